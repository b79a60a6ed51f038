// What the domain commands (lineage, compliance, investigate, kpi, shipments,
// disclose) share: their common options, opening the index and bringing its domain
// index up to date (or onto another registry with --registry), turning a query error
// into a message and an exit code, and small formatters.
#pragma once

#include "cli/command.h"
#include "domain/query_support.h"
#include "index/index_db.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace bt::cli {

class DomainCli {
    Q_DECLARE_TR_FUNCTIONS(DomainCli)

public:
    // --db, --json, --registry, --include-unverified.
    static QList<QCommandLineOption> commonOptions();

    // Opens --db read-write, so that an index from an older schema is upgraded and the
    // domain index catches up with the chain (or switches to --registry); read-only
    // when the file cannot be written (then it says what it skipped on stderr).
    // Returns kExitOk, or the exit code to return after printing why.
    static int open(const Invocation& inv, const Command* command, IndexDb& db);

    // Prints the error (and its hints) on stderr; returns the exit code: 2 for what the
    // user can fix (unknown asset or parameter, bad input, no data), 1 otherwise.
    static int fail(const Invocation& inv, const QString& command, const domain::QueryError& e);

    // --from / --to: a date (YYYY-MM-DD) or an RFC 3339 date-time; nullopt and an
    // error message when malformed.
    static std::optional<qint64> parseTime(const QString& text, QString& error);

    static QString time(qint64 unixSeconds);
    static QString date(qint64 unixSeconds);
    static QString percent(double fraction, int decimals = 1);
    static QJsonValue optional(const std::optional<double>& v);
    static QJsonArray strings(const QStringList& list);
    // "N rows of unverified events were left out (--include-unverified to use them)".
    static QString leftOutNote(std::uint64_t leftOut);
};

}  // namespace bt::cli
