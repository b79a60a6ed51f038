#include "domain/domain_indexer.h"

#include "domain/domain_schema.h"
#include "domain/sql_query.h"

#include <QSqlError>

#include <algorithm>

namespace bt::domain {

using namespace bt::registry;

namespace {

// Blocks per transaction: bounds the work lost to a kill and the size of the WAL.
constexpr std::uint64_t kChunkBlocks = 2000;
constexpr std::size_t kMaxDetails = 200;

const QString kRegistryKey = QStringLiteral("domain_registry");
const QString kRegistryBlockKey = QStringLiteral("domain_registry_block");
const QString kRegistrySourceKey = QStringLiteral("domain_registry_source");
const QString kWatermarkKey = QStringLiteral("domain_indexed_to");

// Registry logs of a block range, in chain order, with what the checks need. The
// unary + keeps SQLite on the logs' primary key (a block range) instead of the
// (address, topic0) index, which would visit every registry log ever indexed.
const char* const kLogsSql =
    "SELECT l.block_number, l.log_index, l.tx_index, l.topic0, l.topic1, l.topic2, l.topic3, l.data, "
    "t.sender, t.status, b.status, b.timestamp "
    "FROM logs l JOIN blocks b ON b.number = l.block_number "
    "LEFT JOIN transactions t ON t.block_number = l.block_number AND t.tx_index = l.tx_index "
    "WHERE l.block_number BETWEEN ? AND ? AND +l.address = ? ORDER BY l.block_number, l.log_index";

std::optional<Address> addressOf(ByteView v)
{
    auto a = Address::from(v);
    if (!a) return std::nullopt;
    return *a;
}

}  // namespace

struct DomainIndexer::RawLog {
    std::uint64_t block = 0;
    std::uint64_t logIndex = 0;
    int txIndex = 0;
    std::vector<Hash32> topics;
    Bytes data;
    std::optional<Address> signer;
    int txStatus = 0;
    int blockStatus = 0;
    std::int64_t blockTime = 0;

    static RawLog from(const SqlQuery& q)
    {
        RawLog r;
        r.block = static_cast<std::uint64_t>(q.int64(0));
        r.logIndex = static_cast<std::uint64_t>(q.int64(1));
        r.txIndex = q.integer(2);
        for (int c = 3; c <= 6; ++c) {
            if (q.isNull(c)) break;
            if (auto h = Hash32::from(q.blob(c))) r.topics.push_back(*h);
        }
        const ByteView d = q.blob(7);
        r.data.assign(d.begin(), d.end());
        if (!q.isNull(8)) r.signer = addressOf(q.blob(8));
        r.txStatus = q.isNull(9) ? 1 : q.integer(9);
        r.blockStatus = q.integer(10);
        r.blockTime = q.int64(11);
        return r;
    }
};

DomainIndexer::DomainIndexer(IndexDb& db) : m_db(db), m_store(db), m_projector(m_store) {}

std::optional<std::uint64_t> DomainIndexer::indexedTo(IndexDb& db)
{
    auto v = db.meta(kWatermarkKey);
    if (!v) return std::nullopt;
    bool ok = false;
    const auto n = v->toULongLong(&ok);
    return ok ? std::optional<std::uint64_t>(n) : std::nullopt;
}

std::optional<Address> DomainIndexer::registry() const
{
    auto v = m_db.meta(kRegistryKey);
    if (!v) return std::nullopt;
    auto a = fixedFromHex<20>(v->toStdString());
    if (!a) return std::nullopt;
    return *a;
}

IndexError DomainIndexer::setRegistry(const Address& address)
{
    if (registry() == address && m_db.meta(kRegistrySourceKey) == QStringLiteral("override")) return {};
    if (!m_db.db().transaction()) return m_db.errorOf(m_db.db().lastError(), QStringLiteral("switching the registry"));
    IndexError e;
    if (registry() != address) e = DomainStore::clearAll(m_db);
    if (e.ok() && (!m_db.setMeta(kRegistryKey, QString::fromStdString(toHex(address))) ||
                   !m_db.setMeta(kRegistryBlockKey, QStringLiteral("0")) ||
                   !m_db.setMeta(kRegistrySourceKey, QStringLiteral("override"))))
        e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("storing the registry address"));
    if (e.ok() && !m_db.db().commit()) e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("switching the registry"));
    if (!e.ok()) m_db.db().rollback();
    m_stateThrough.reset();
    m_store.clearCaches();
    return e;
}

BlockMark DomainIndexer::markOf(std::uint64_t block, int blockStatus, int txStatus) const noexcept
{
    if (blockStatus == 2 || (m_firstBroken && block > *m_firstBroken)) return BlockMark::ChainBroken;
    if (blockStatus != 0 || txStatus != 0) return BlockMark::Failed;
    return BlockMark::Verified;
}

IndexError DomainIndexer::loadState()
{
    m_state.clear();
    sqlite3* h = m_db.handle();
    std::vector<std::pair<std::int64_t, RegistryLog>> logs;
    auto addr = [](const SqlQuery& q, int c) { return addressOf(q.blob(c)).value_or(Address{}); };
    SqlQuery a(h, "SELECT log_id, previous_admin, new_admin FROM admin_history");
    while (a.next()) logs.emplace_back(a.int64(0), AdminTransferred{addr(a, 1), addr(a, 2)});
    SqlQuery p(h, "SELECT log_id, account, role, active, name, country, gln FROM participant_history");
    while (p.next()) {
        if (p.integer(3))
            logs.emplace_back(p.int64(0), ParticipantRegistered{addr(p, 1), static_cast<Role>(p.integer(2)), p.text(4),
                                                                p.text(5), p.text(6)});
        else
            logs.emplace_back(p.int64(0), ParticipantRevoked{addr(p, 1)});
    }
    SqlQuery k(h, "SELECT log_id, kind, role_mask FROM kind_permissions");
    while (k.next())
        logs.emplace_back(k.int64(0), KindPermissionChanged{static_cast<EventKind>(k.integer(1)),
                                                            static_cast<std::uint16_t>(k.integer(2))});
    SqlQuery c(h, "SELECT log_id, cert_id, subject, auditor, scheme, site_gln, status, valid_from, valid_until, "
                  "evidence_hash, evidence_uri FROM certifications");
    while (c.next()) {
        CertificationAttested ca;
        ca.certId = static_cast<std::uint64_t>(c.int64(1));
        ca.claim.subject = addr(c, 2);
        ca.auditor = addr(c, 3);
        ca.claim.scheme = c.text(4);
        ca.claim.siteGln = c.text(5);
        ca.claim.status = static_cast<CertificationStatus>(c.integer(6));
        ca.claim.validFrom = static_cast<std::uint64_t>(c.int64(7));
        ca.claim.validUntil = static_cast<std::uint64_t>(c.int64(8));
        if (auto eh = Hash32::from(c.blob(9))) ca.claim.evidenceHash = *eh;
        ca.claim.evidenceUri = c.text(10);
        logs.emplace_back(c.int64(0), ca);
    }
    SqlQuery s(h, "SELECT log_id, cert_id, auditor, status FROM certification_changes");
    while (s.next())
        logs.emplace_back(s.int64(0), CertificationStatusChanged{static_cast<std::uint64_t>(s.int64(1)), addr(s, 2),
                                                                 static_cast<CertificationStatus>(s.integer(3))});
    for (SqlQuery* q : {&a, &p, &k, &c, &s})
        if (q->failed()) return m_db.errorOfCode(q->rc(), QStringLiteral("loading the registry state"));
    std::sort(logs.begin(), logs.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [key, log] : logs) m_state.apply(log, key);
    return {};
}

IndexError DomainIndexer::detectRegistry(std::uint64_t from, std::uint64_t to)
{
    sqlite3* h = m_db.handle();
    const Hash32 zero{};
    SqlQuery q(h, "SELECT block_number, tx_index, address FROM logs WHERE block_number BETWEEN ? AND ? "
                  "AND topic0 = ? AND topic1 = ? ORDER BY block_number, log_index");
    q.bind(1, static_cast<std::int64_t>(from)).bind(2, static_cast<std::int64_t>(to));
    q.bind(3, ByteView(eventTopic(RegistryEvent::AdminTransferred))).bind(4, ByteView(zero));
    SqlQuery created(h, "SELECT contract_address FROM transactions WHERE block_number = ? AND tx_index = ?");
    SqlQuery defaults(h, "SELECT count(*) FROM logs WHERE block_number = ? AND tx_index = ? AND address = ? "
                         "AND topic0 = ?");
    while (q.next()) {
        const std::int64_t block = q.int64(0);
        const std::int64_t tx = q.int64(1);
        const Bytes address(q.blob(2).begin(), q.blob(2).end());
        // The constructor: the transaction created this contract and the contract
        // also logged its default permission matrix.
        created.bind(1, block).bind(2, tx);
        const bool isCreation = created.next() && !created.isNull(0) &&
                                std::equal(address.begin(), address.end(), created.blob(0).begin(), created.blob(0).end());
        created.reset();
        defaults.bind(1, block).bind(2, tx).bind(3, ByteView(address));
        defaults.bind(4, ByteView(eventTopic(RegistryEvent::KindPermissionChanged)));
        const bool hasDefaults = defaults.next() && defaults.int64(0) > 0;
        defaults.reset();
        if (!isCreation || !hasDefaults) continue;
        q.reset();
        if (!m_db.setMeta(kRegistryKey, QString::fromStdString(toHex(address))) ||
            !m_db.setMeta(kRegistryBlockKey, QString::number(block)) ||
            !m_db.setMeta(kRegistrySourceKey, QStringLiteral("detected")))
            return m_db.errorOf(m_db.db().lastError(), QStringLiteral("storing the registry address"));
        return {};
    }
    if (q.failed()) return m_db.errorOfCode(q.rc(), QStringLiteral("looking for the registry"));
    return {};
}

IndexError DomainIndexer::run(std::optional<std::uint64_t> through)
{
    m_stats = {};
    if (IndexError e = m_store.prepare(); !e.ok()) return e;
    sqlite3* h = m_db.handle();
    SqlQuery range(h, "SELECT min(number), max(number) FROM blocks");
    if (!range.next() || range.isNull(0)) return {};
    const auto minBlock = static_cast<std::uint64_t>(range.int64(0));
    auto to = static_cast<std::uint64_t>(range.int64(1));
    range.reset();
    if (through) to = std::min(to, *through);
    const auto watermark = indexedTo(m_db);
    if (watermark && *watermark >= to) return {};
    if (m_stateThrough != watermark) {
        if (IndexError e = loadState(); !e.ok()) return e;
        m_store.clearCaches();
        m_stateThrough = watermark;
    }
    SqlQuery broken(h, "SELECT min(number) FROM blocks WHERE status = 2");
    m_firstBroken.reset();
    if (broken.next() && !broken.isNull(0)) m_firstBroken = static_cast<std::uint64_t>(broken.int64(0));
    broken.reset();

    std::uint64_t from = watermark ? *watermark + 1 : minBlock;
    while (from <= to) {
        const std::uint64_t chunkTo = std::min(to, from + kChunkBlocks - 1);
        if (!m_db.db().transaction())
            return m_db.errorOf(m_db.db().lastError(), QStringLiteral("starting a domain index batch"));
        IndexError e;
        auto registry = this->registry();
        if (!registry) {
            e = detectRegistry(from, chunkTo);
            registry = this->registry();
        }
        if (e.ok() && registry) e = processChunk(*registry, from, chunkTo);
        if (e.ok() && !m_store.flushLatency()) e = m_store.lastError(QStringLiteral("writing the latency aggregates"));
        if (e.ok() && !m_db.setMeta(kWatermarkKey, QString::number(chunkTo)))
            e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("moving the domain watermark"));
        if (e.ok() && !m_db.db().commit())
            e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("committing a domain index batch"));
        if (!e.ok()) {
            m_db.db().rollback();
            m_stateThrough.reset();  // the state saw logs that were rolled back
            m_store.clearCaches();
            return e;
        }
        m_stateThrough = chunkTo;
        m_stats.blocks += chunkTo - from + 1;
        from = chunkTo + 1;
    }
    return {};
}

IndexError DomainIndexer::processChunk(const Address& registry, std::uint64_t from, std::uint64_t to)
{
    SqlQuery q(m_db.handle(), kLogsSql);
    q.bind(1, static_cast<std::int64_t>(from)).bind(2, static_cast<std::int64_t>(to)).bind(3, ByteView(registry));
    while (q.next()) {
        const RawLog log = RawLog::from(q);
        if (IndexError e = handleLog(log); !e.ok()) {
            q.reset();
            return e;
        }
    }
    if (q.failed()) return m_db.errorOfCode(q.rc(), QStringLiteral("reading the registry's logs"));
    return {};
}

IndexError DomainIndexer::handleLog(const RawLog& log)
{
    LogContext at;
    at.key = logKey(log.block, log.logIndex);
    at.block = log.block;
    at.txIndex = log.txIndex;
    at.blockMark = markOf(log.block, log.blockStatus, log.txStatus);
    at.blockTime = log.blockTime;
    at.signer = log.signer;
    const QString where = QStringLiteral("indexing log %1 of block %2").arg(log.logIndex).arg(log.block);

    auto decoded = decodeRegistryLog(log.topics, log.data);
    if (!decoded) {
        ++m_stats.registryLogs;
        if (!m_store.writeLogError(at, "a registry log that does not decode: " + decoded.error().message()))
            return m_store.lastError(where);
        return {};
    }
    if (!*decoded) return {};  // not one of the registry's events
    ++m_stats.registryLogs;
    const RegistryLog& rl = **decoded;
    const auto* ev = std::get_if<TraceEventRecorded>(&rl);
    if (!ev) {
        if (!m_store.writeRegistryLog(rl, at)) return m_store.lastError(where);
        m_state.apply(rl, at.key);
        return {};
    }

    std::string disclosed;
    if (ev->isPrivate()) {
        SqlQuery d(m_db.handle(), "SELECT document FROM disclosures WHERE event_id = ?");
        d.bind(1, at.key);
        if (d.next()) disclosed = d.text(0);
        d.reset();
    }
    SemanticOutcome out = m_checker.check(m_state, *ev, log.signer, ev->isPrivate() ? disclosed : ev->document);
    TraceEventRow row;
    row.at = at;
    row.chainEventId = ev->eventId;
    row.kind = ev->kind;
    row.recorder = ev->recorder;
    row.signerRole = out.signerRole;
    row.scheme = out.scheme;
    row.hash = ev->eventHash;
    row.isPrivate = ev->isPrivate();
    row.epcisType = out.epcisType;
    row.bizStep = out.bizStep;
    row.disposition = out.disposition;
    row.epcisId = out.epcisId;
    row.eventTime = out.eventTime;
    row.status = out.status;
    row.reason = out.reason;
    if (!m_store.writeTraceEvent(row)) return m_store.lastError(where);
    ++m_stats.events;
    if (out.status == EventStatus::Failed) ++m_stats.failedEvents;
    if (out.status == EventStatus::NotDisclosed) ++m_stats.undisclosedEvents;
    if (out.event && !m_projector.project(at.key, ev->kind, ev->recorder, out.signerRole, *out.event, row.ok()))
        return m_store.lastError(where);
    return {};
}

IndexError DomainIndexer::recheck(bool fix, RecheckReport& report)
{
    report = RecheckReport{};
    const auto registry = this->registry();
    if (!registry) return {};
    sqlite3* h = m_db.handle();
    SqlQuery range(h, "SELECT min(number), max(number) FROM blocks");
    if (!range.next() || range.isNull(0)) return {};
    const auto first = static_cast<std::uint64_t>(range.int64(0));
    const auto last = std::min<std::uint64_t>(static_cast<std::uint64_t>(range.int64(1)),
                                              indexedTo(m_db).value_or(0));
    range.reset();
    SqlQuery broken(h, "SELECT min(number) FROM blocks WHERE status = 2");
    m_firstBroken.reset();
    if (broken.next() && !broken.isNull(0)) m_firstBroken = static_cast<std::uint64_t>(broken.int64(0));
    broken.reset();

    RegistryState state;
    SemanticChecker checker;
    SqlQuery stored(h, "SELECT status, coalesce(reason, ''), block_status, ok FROM trace_events WHERE id = ?");
    SqlQuery disclosure(h, "SELECT document FROM disclosures WHERE event_id = ?");
    struct Fix {
        std::int64_t key;
        EventStatus status;
        std::string reason;
        BlockMark mark;
        bool ok;
    };
    std::vector<Fix> fixes;
    bool structural = false;
    std::uint64_t logStatusMismatches = 0;
    std::uint64_t currentBlock = 0;
    auto note = [&](const QString& line) {
        ++report.mismatches;
        if (report.details.size() < kMaxDetails) report.details.push_back({currentBlock, line});
    };

    SqlQuery logs(h, kLogsSql);
    logs.bind(1, static_cast<std::int64_t>(first)).bind(2, static_cast<std::int64_t>(last)).bind(3, ByteView(*registry));
    while (logs.next()) {
        const RawLog log = RawLog::from(logs);
        currentBlock = log.block;
        const std::int64_t key = logKey(log.block, log.logIndex);
        const BlockMark mark = markOf(log.block, log.blockStatus, log.txStatus);
        auto decoded = decodeRegistryLog(log.topics, log.data);
        if (!decoded || !*decoded) continue;
        const RegistryLog& rl = **decoded;
        const auto* ev = std::get_if<TraceEventRecorded>(&rl);
        if (!ev) {
            state.apply(rl, key);
            const char* table = std::visit(
                [](const auto& e) -> const char* {
                    using T = std::decay_t<decltype(e)>;
                    if constexpr (std::is_same_v<T, AdminTransferred>) return "admin_history";
                    else if constexpr (std::is_same_v<T, ParticipantRegistered> || std::is_same_v<T, ParticipantRevoked>)
                        return "participant_history";
                    else if constexpr (std::is_same_v<T, KindPermissionChanged>) return "kind_permissions";
                    else if constexpr (std::is_same_v<T, CertificationAttested>) return "certifications";
                    else return "certification_changes";
                },
                rl);
            SqlQuery s(h, (std::string("SELECT block_status FROM ") + table + " WHERE log_id = ?").c_str());
            s.bind(1, key);
            if (!s.next()) {
                structural = true;
                note(QStringLiteral("block %1, log %2: the registry's %3 row is missing").arg(log.block).arg(log.logIndex).arg(QLatin1String(table)));
            } else if (s.integer(0) != static_cast<int>(mark)) {
                ++logStatusMismatches;
                note(QStringLiteral("block %1, log %2: %3 row marked %4, the block is %5")
                         .arg(log.block).arg(log.logIndex).arg(QLatin1String(table))
                         .arg(QString::fromLatin1(blockMarkName(static_cast<BlockMark>(s.integer(0))).data()),
                              QString::fromLatin1(blockMarkName(mark).data())));
            }
            s.reset();
            continue;
        }
        ++report.eventsChecked;
        std::string document = ev->document;
        if (ev->isPrivate()) {
            disclosure.bind(1, key);
            if (disclosure.next()) document = disclosure.text(0);
            disclosure.reset();
        }
        const SemanticOutcome out = checker.check(state, *ev, log.signer, document);
        if (out.status == EventStatus::Failed) ++report.failedEvents;
        const bool ok = out.status == EventStatus::Verified && mark == BlockMark::Verified;
        stored.bind(1, key);
        if (!stored.next()) {
            structural = true;
            note(QStringLiteral("event %1 (block %2, log %3) is missing from the domain index")
                     .arg(ev->eventId).arg(log.block).arg(log.logIndex));
            continue;
        }
        const auto sStatus = static_cast<EventStatus>(stored.integer(0));
        const std::string sReason = stored.text(1);
        const auto sMark = static_cast<BlockMark>(stored.integer(2));
        const bool sOk = stored.integer(3) != 0;
        stored.reset();
        if (sStatus != out.status || sReason != out.reason || sMark != mark || sOk != ok) {
            note(QStringLiteral("event %1 (block %2, log %3): stored %4%5, recomputed %6%7")
                     .arg(ev->eventId).arg(log.block).arg(log.logIndex)
                     .arg(QString::fromLatin1(eventStatusName(sStatus).data()),
                          sMark == BlockMark::Verified ? QString() : QStringLiteral(" in a %1 block").arg(QString::fromLatin1(blockMarkName(sMark).data())),
                          QString::fromLatin1(eventStatusName(out.status).data()),
                          out.reason.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(out.reason))));
            fixes.push_back({key, out.status, out.reason, mark, ok});
        }
    }
    if (logs.failed()) return m_db.errorOfCode(logs.rc(), QStringLiteral("re-checking the registry's logs"));
    SqlQuery count(h, "SELECT count(*) FROM trace_events");
    if (count.next() && static_cast<std::uint64_t>(count.int64(0)) != report.eventsChecked) {
        structural = true;
        note(QStringLiteral("the domain index holds %1 events, the registry's logs %2")
                 .arg(count.int64(0)).arg(report.eventsChecked));
    }
    count.reset();
    if (!fix || report.mismatches == 0) return {};

    if (structural) {
        // Rows are missing or extra: rebuild from the logs, keeping the registry and
        // the disclosed documents.
        const Address reg = *registry;
        const QString source = m_db.meta(kRegistrySourceKey).value_or(QStringLiteral("detected"));
        const QString block = m_db.meta(kRegistryBlockKey).value_or(QStringLiteral("0"));
        std::vector<std::pair<std::int64_t, std::string>> disclosed;
        SqlQuery d(h, "SELECT event_id, document FROM disclosures");
        while (d.next()) disclosed.emplace_back(d.int64(0), d.text(1));
        if (!m_db.db().transaction()) return m_db.errorOf(m_db.db().lastError(), QStringLiteral("rebuilding the domain index"));
        IndexError e = DomainStore::clearAll(m_db);
        if (e.ok() && (!m_db.setMeta(kRegistryKey, QString::fromStdString(toHex(reg))) ||
                       !m_db.setMeta(kRegistryBlockKey, block) || !m_db.setMeta(kRegistrySourceKey, source)))
            e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("rebuilding the domain index"));
        SqlQuery ins(h, "INSERT INTO disclosures VALUES(?, ?, strftime('%s', 'now'))");
        for (const auto& [k, doc] : disclosed) {
            ins.bind(1, k).bindText(2, doc);
            if (e.ok() && !ins.exec()) e = m_db.errorOfCode(ins.rc(), QStringLiteral("keeping the disclosures"));
        }
        if (e.ok() && !m_db.db().commit()) e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("rebuilding the domain index"));
        if (!e.ok()) {
            m_db.db().rollback();
            return e;
        }
        m_stateThrough.reset();
        m_store.clearCaches();
        if (IndexError re = run(); !re.ok()) return re;
        report.fixed = true;
        return {};
    }

    if (!m_db.db().transaction()) return m_db.errorOf(m_db.db().lastError(), QStringLiteral("correcting event statuses"));
    IndexError e;
    SqlQuery upd(h, "UPDATE trace_events SET status = ?, reason = ?, block_status = ?, ok = ? WHERE id = ?");
    for (const Fix& f : fixes) {
        upd.bind(1, static_cast<int>(f.status)).bindTextOrNull(2, f.reason).bind(3, static_cast<int>(f.mark));
        upd.bind(4, f.ok ? 1 : 0).bind(5, f.key);
        if (!upd.exec()) {
            e = m_db.errorOfCode(upd.rc(), QStringLiteral("correcting event statuses"));
            break;
        }
        for (const EventTable& t : eventTables()) {
            if (!t.hasOk) continue;
            SqlQuery set(h, (std::string("UPDATE ") + t.name + " SET ok = ? WHERE event_id = ?").c_str());
            set.bind(1, f.ok ? 1 : 0).bind(2, f.key);
            if (!set.exec()) {
                e = m_db.errorOfCode(set.rc(), QStringLiteral("correcting event statuses"));
                break;
            }
        }
        if (!e.ok()) break;
    }
    if (e.ok() && logStatusMismatches > 0) {
        // Registry state rows take their block's mark, as the indexer would have.
        for (const char* t : logTables()) {
            const std::string sql = std::string("UPDATE ") + t +
                                    " SET block_status = (SELECT CASE WHEN b.status = 2 OR (?1 IS NOT NULL AND b.number > ?1) "
                                    "THEN 2 WHEN b.status <> 0 OR coalesce(x.status, 1) <> 0 THEN 1 ELSE 0 END "
                                    "FROM blocks b LEFT JOIN transactions x ON x.block_number = b.number AND "
                                    "x.tx_index = " + t + ".tx_index WHERE b.number = " + t + ".log_id >> 20)";
            SqlQuery set(h, sql.c_str());
            if (m_firstBroken) set.bind(1, static_cast<std::int64_t>(*m_firstBroken));
            else set.bindNull(1);
            if (!set.exec()) {
                e = m_db.errorOfCode(set.rc(), QStringLiteral("correcting registry rows"));
                break;
            }
        }
    }
    if (e.ok()) e = DomainStore::rebuildAggregates(m_db);
    if (e.ok() && !m_db.db().commit()) e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("correcting event statuses"));
    if (!e.ok()) {
        m_db.db().rollback();
        return e;
    }
    m_stateThrough.reset();
    report.fixed = true;
    return {};
}

}  // namespace bt::domain
