#include "cli/domain_cli.h"

#include "cli/dispatcher.h"
#include "domain/domain_indexer.h"
#include "domain/utc_time.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace bt::cli {

QList<QCommandLineOption> DomainCli::commonOptions()
{
    return {
        {QStringLiteral("db"), tr("Index file."), QStringLiteral("PATH")},
        {QStringLiteral("json"), tr("Machine-readable output.")},
        {QStringLiteral("registry"),
         tr("The registry contract to follow (default: detected from its creation); another address rebuilds "
            "the domain index."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("include-unverified"),
         tr("Also use rows of events that failed registry semantics or sit in unverified blocks.")},
    };
}

int DomainCli::open(const Invocation& inv, const Command* command, IndexDb& db)
{
    const QCommandLineParser& p = inv.parser;
    if (!p.isSet(QStringLiteral("db"))) return inv.dispatcher.usageError(inv.err, tr("--db PATH is required"), command);
    std::optional<Address> registry;
    if (p.isSet(QStringLiteral("registry"))) {
        auto a = fixedFromHex<20>(p.value(QStringLiteral("registry")).trimmed().toStdString());
        if (!a) return inv.dispatcher.usageError(inv.err, tr("--registry: not a 20-byte hex address"), command);
        registry = *a;
    }
    const QString path = p.value(QStringLiteral("db"));
    IndexError e = db.open(path, IndexDb::Mode::ReadWrite);
    if (e.kind == IndexError::Kind::ReadOnly) {
        if (registry) {
            inv.err << tr("%1: %2 is read-only; --registry needs to rebuild its domain index").arg(command->name(), path)
                    << '\n';
            return kExitFailure;
        }
        e = db.open(path, IndexDb::Mode::ReadOnly);
        if (e.ok())
            inv.err << tr("%1: note: %2 is read-only; its domain index is used as it is").arg(command->name(), path)
                    << '\n';
    }
    if (!e.ok()) {
        inv.err << tr("%1: %2").arg(command->name(), e.message) << '\n';
        return e.kind == IndexError::Kind::NotFound || e.kind == IndexError::Kind::NotAnIndex ||
                       e.kind == IndexError::Kind::NewerSchema
                   ? kExitUsage
                   : kExitFailure;
    }
    if (db.db().connectOptions().contains(QLatin1String("READONLY"))) return kExitOk;
    domain::DomainIndexer indexer(db);
    if (registry) {
        if (IndexError re = indexer.setRegistry(*registry); !re.ok()) {
            inv.err << tr("%1: %2").arg(command->name(), re.message) << '\n';
            return kExitFailure;
        }
    }
    if (IndexError re = indexer.run(); !re.ok()) {
        inv.err << tr("%1: bringing the domain index up to date: %2").arg(command->name(), re.message) << '\n';
        return kExitFailure;
    }
    return kExitOk;
}

int DomainCli::fail(const Invocation& inv, const QString& command, const domain::QueryError& e)
{
    inv.err << tr("%1: %2").arg(command, e.message) << '\n';
    if (!e.hints.isEmpty()) {
        inv.err << (e.hintsTitle.isEmpty() ? tr("hint:") : e.hintsTitle) << '\n';
        for (const QString& h : e.hints) inv.err << "  " << h << '\n';
    }
    inv.err.flush();
    return e.kind == domain::QueryError::Kind::Database ? kExitFailure : kExitUsage;
}

std::optional<qint64> DomainCli::parseTime(const QString& text, QString& error)
{
    auto t = domain::parseDateOrDateTime(text.trimmed().toStdString());
    if (!t) {
        error = tr("\"%1\" is not a date (YYYY-MM-DD) or an RFC 3339 date-time").arg(text);
        return std::nullopt;
    }
    return *t;
}

QString DomainCli::time(qint64 t) { return QString::fromStdString(domain::formatDateTime(t)); }

QString DomainCli::date(qint64 t) { return QString::fromStdString(domain::formatDate(t)); }

QString DomainCli::percent(double f, int decimals) { return QStringLiteral("%1 %").arg(f * 100.0, 0, 'f', decimals); }

QJsonValue DomainCli::optional(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QJsonArray DomainCli::strings(const QStringList& list) { return QJsonArray::fromStringList(list); }

QString DomainCli::leftOutNote(std::uint64_t leftOut)
{
    if (leftOut == 0) return {};
    return tr("%n row(s) of unverified events left out (--include-unverified to use them)", nullptr, int(leftOut));
}

}  // namespace bt::cli
