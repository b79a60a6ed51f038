#include "domain/query_support.h"

#include "codec/registry_abi.h"
#include "domain/domain_indexer.h"
#include "domain/sql_query.h"

#include <sqlite3.h>

namespace bt::domain {

QString hexText(ByteView bytes) { return QString::fromStdString(toHex(bytes)); }

QString DomainCoverage::lagNote() const
{
    if (!head || (indexedTo && *indexedTo >= *head)) return {};
    return QStringLiteral("the domain index covers blocks through %1 of %2; the rest is not indexed yet")
        .arg(indexedTo ? QString::number(*indexedTo) : QStringLiteral("none"))
        .arg(*head);
}

ReadSnapshot::ReadSnapshot(sqlite3* db)
{
    // BEGIN is deferred: the snapshot starts at the first read. Failing to begin leaves
    // each statement in its own transaction, as before: slower, not wrong.
    if (db && sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK) m_db = db;
}

ReadSnapshot::~ReadSnapshot()
{
    // A read transaction left open would pin this connection to an old snapshot.
    if (m_db && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

QueryError checkDomainIndex(IndexDb& db, DomainCoverage& out)
{
    out = DomainCoverage{};
    sqlite3* h = db.handle();
    SqlQuery q(h, "SELECT max(number) FROM blocks");
    if (!q.next() || q.isNull(0)) {
        if (q.failed()) return {QueryError::Kind::Database, QString::fromStdString(q.error()), {}};
        return {QueryError::Kind::NoData, QStringLiteral("%1: the index is empty (sync or import a chain first)").arg(db.path()), {}};
    }
    out.head = static_cast<std::uint64_t>(q.int64(0));
    q.reset();
    SqlQuery t(h, "SELECT timestamp FROM blocks WHERE number = ?");
    t.bind(1, static_cast<std::int64_t>(*out.head));
    if (t.next()) out.headTime = t.int64(0);
    t.reset();
    out.registry = db.meta(QStringLiteral("domain_registry")).value_or(QString());
    out.indexedTo = DomainIndexer::indexedTo(db);
    // Not count(*): that reads the whole table on every query of a large index.
    SqlQuery n(h, "SELECT EXISTS(SELECT 1 FROM trace_events)");
    if (n.next()) out.hasEvents = n.integer(0) != 0;
    n.reset();
    if (out.registry.isEmpty())
        return {QueryError::Kind::NoData,
                QStringLiteral("%1: no BatteryTrace registry in blocks through %2 (give its address with --registry)")
                    .arg(db.path())
                    .arg(out.indexedTo ? QString::number(*out.indexedTo) : QStringLiteral("(not indexed yet)")),
                {}};
    if (!out.hasEvents)
        return {QueryError::Kind::NoData,
                QStringLiteral("%1: the registry %2 has recorded no supply-chain events yet").arg(db.path(), out.registry), {}};
    return {};
}

ParticipantInfo participantAt(sqlite3* db, ByteView account, std::int64_t beforeKey)
{
    ParticipantInfo p;
    p.account = hexText(account);
    SqlQuery q(db, "SELECT name, role, country, gln FROM participant_history WHERE account = ? AND log_id < ? "
                   "AND active = 1 ORDER BY log_id DESC LIMIT 1");
    q.bind(1, account).bind(2, beforeKey);
    if (q.next()) {
        p.known = true;
        p.name = QString::fromStdString(q.text(0));
        p.role = QString::fromLatin1(registry::roleName(static_cast<registry::Role>(q.integer(1))).data());
        p.country = QString::fromStdString(q.text(2));
        p.gln = QString::fromStdString(q.text(3));
        q.reset();
    }
    return p;
}

}  // namespace bt::domain
