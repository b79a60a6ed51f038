// What every domain query shares: its error type (the CLI turns the kind into an exit
// code), the check that the index has a domain index to ask at all, and participant
// lookups "as the registry knew them at that point".
#pragma once

#include "codec/bytes.h"
#include "index/index_db.h"

#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace bt::domain {

struct QueryError {
    enum class Kind {
        None,
        NotFound,   // an asset, parameter or shipment that the index does not hold
        BadInput,   // a malformed argument (a date, a depth)
        NoData,     // an empty index, no registry, or nothing in the range asked for
        Database,   // SQLite failed
    };
    QueryError() = default;
    QueryError(Kind k, QString m, QStringList h = {}, QString title = {})
        : kind(k), message(std::move(m)), hints(std::move(h)), hintsTitle(std::move(title))
    {
    }

    Kind kind = Kind::None;
    QString message;
    QStringList hints;  // e.g. the known parameters, the assets that matched a prefix
    QString hintsTitle; // what the hints are ("known parameters:")
    bool ok() const noexcept { return kind == Kind::None; }
    static QueryError from(const IndexError& e) { return {Kind::Database, e.message, {}}; }
};

// How much of the chain the domain index covers.
struct DomainCoverage {
    QString registry;                       // 0x…, empty when none was found
    std::optional<std::uint64_t> indexedTo; // the domain watermark
    std::optional<std::uint64_t> head;      // the last block in the index
    bool hasEvents = false;                 // any anchored event indexed
    std::int64_t headTime = 0;              // the head block's timestamp
    // A note for the output when the domain index lags the chain index.
    QString lagNote() const;
};

// One read transaction for the whole of a query: every statement sees the same
// snapshot of the index (the sync may be writing beside it, in WAL mode), and SQLite
// takes its shared lock once instead of once per statement, which a query that steps
// millions of statements (a recall, a lineage) feels. Nests: inside a transaction the
// caller opened, it does nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sqlite3* db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db = nullptr;  // null when the caller's transaction was already open
};

// Fills `out`; NoData when the index has no blocks, no registry, or no events.
QueryError checkDomainIndex(IndexDb& db, DomainCoverage& out);

struct ParticipantInfo {
    QString account;  // 0x…
    QString name;
    QString role;
    QString country;
    QString gln;
    bool known = false;
};
// The participant `account` as registered before the log `beforeKey` (the latest
// registration when beforeKey is max).
ParticipantInfo participantAt(sqlite3* db, ByteView account, std::int64_t beforeKey = INT64_MAX);

QString hexText(ByteView bytes);

}  // namespace bt::domain
