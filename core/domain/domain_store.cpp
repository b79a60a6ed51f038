#include "domain/domain_store.h"

#include "domain/domain_schema.h"
#include "domain/utc_time.h"

#include <QSqlError>

#include <cmath>

namespace bt::domain {

namespace {

constexpr std::size_t kAssetCacheLimit = 500'000;  // bounded: a 10M-event chain has millions of assets

void bindAddress(SqlQuery& q, int i, const Address& a) { q.bind(i, ByteView(a)); }

}  // namespace

DomainStore::DomainStore(IndexDb& db) : m_db(db) {}

IndexError DomainStore::lastError(const QString& doing) const
{
    return m_db.errorOfCode(m_lastFailed ? m_lastFailed->rc() : SQLITE_ERROR, doing);
}

bool DomainStore::run(SqlQuery& q)
{
    if (q.exec()) return true;
    m_lastFailed = &q;
    return false;
}

IndexError DomainStore::prepare()
{
    if (m_prepared) return {};
    m_h = m_db.handle();
    if (!m_h) return {IndexError::Kind::Io, QStringLiteral("%1: no SQLite connection").arg(m_db.path())};
    const std::pair<SqlQuery*, const char*> statements[] = {
        {&m_insAdmin, "INSERT INTO admin_history VALUES(?,?,?,?,?)"},
        {&m_insParticipant,
         "INSERT INTO participant_history(log_id, tx_index, block_status, account, role, active, name, country, gln) "
         "VALUES(?,?,?,?,?,?,?,?,?)"},
        {&m_insKindPermission, "INSERT INTO kind_permissions VALUES(?,?,?,?,?)"},
        {&m_insCert, "INSERT INTO certifications VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insCertChange, "INSERT INTO certification_changes VALUES(?,?,?,?,?,?)"},
        {&m_insLogError, "INSERT INTO registry_log_errors VALUES(?,?,?,?)"},
        {&m_insEvent,
         "INSERT INTO trace_events(id, tx_index, chain_event_id, kind, recorder, signer, signer_role, scheme, hash, "
         "private, epcis_type, biz_step, disposition, epcis_id, event_time, block_time, status, reason, block_status, ok) "
         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_selAsset, "SELECT id FROM assets WHERE uri = ?"},
        {&m_insAsset, "INSERT INTO assets(uri, first_log) VALUES(?, ?)"},
        {&m_selKind, "SELECT kind FROM asset_facts WHERE asset_id = ? ORDER BY kind >= 10 DESC, event_id LIMIT 1"},
        {&m_insFact, "INSERT OR IGNORE INTO asset_facts VALUES(?,?,?,?,?,?)"},
        {&m_insElement, "INSERT OR REPLACE INTO asset_elements VALUES(?,?,?,?,?,?)"},
        {&m_insCommission, "INSERT INTO commissions VALUES(?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insEdge, "INSERT INTO lineage_edges VALUES(?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insProduction, "INSERT INTO productions VALUES(?,?,?,?,?,?,?,?,?)"},
        {&m_insMeasurement, "INSERT INTO measurements VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insInspection, "INSERT INTO inspections VALUES(?,?,?,?,?,?,?,?,?,?)"},
        {&m_insShipping, "INSERT INTO shipping VALUES(?,?,?,?,?,?,?,?,?)"},
        {&m_insReceiving, "INSERT INTO receiving VALUES(?,?,?,?,?,?,?,?)"},
        {&m_insGoods, "INSERT INTO shipment_goods VALUES(?,?,?,?,?)"},
        {&m_insReading, "INSERT INTO sensor_readings VALUES(?,?,?,?,?,?,?,?,?,?)"},
        {&m_insUse, "INSERT INTO use_readings VALUES(?,?,?,?,?,?,?,?)"},
        {&m_insRepurposing, "INSERT INTO repurposing VALUES(?,?,?,?,?,?,?,?)"},
        {&m_insRecycling, "INSERT OR REPLACE INTO recycling VALUES(?,?,?,?,?,?,?)"},
        {&m_insDueDiligence, "INSERT INTO due_diligence VALUES(?,?,?,?,?,?,?,?)"},
        {&m_upsertLatency,
         "INSERT INTO kpi_latency VALUES(?,?,?,?,?) ON CONFLICT(day, ok, bucket) DO UPDATE SET "
         "n = n + excluded.n, latency_sum = latency_sum + excluded.latency_sum"},
    };
    for (const auto& [q, sql] : statements)
        if (int rc = q->prepare(m_h, sql); rc != SQLITE_OK)
            return m_db.errorOfCode(rc, QStringLiteral("preparing the domain index statements"));
    m_prepared = true;
    return {};
}

bool DomainStore::writeRegistryLog(const registry::RegistryLog& log, const LogContext& at)
{
    using namespace registry;
    auto head = [&](SqlQuery& q) {
        q.bind(1, at.key).bind(2, at.txIndex).bind(3, static_cast<int>(at.blockMark));
        return &q;
    };
    return std::visit(
        [&](const auto& e) -> bool {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, AdminTransferred>) {
                SqlQuery& q = *head(m_insAdmin);
                bindAddress(q, 4, e.previousAdmin);
                bindAddress(q, 5, e.newAdmin);
                return run(q);
            } else if constexpr (std::is_same_v<T, ParticipantRegistered>) {
                SqlQuery& q = *head(m_insParticipant);
                bindAddress(q, 4, e.account);
                q.bind(5, static_cast<int>(e.role)).bind(6, 1).bindText(7, e.name).bindText(8, e.country).bindText(9, e.gln);
                return run(q);
            } else if constexpr (std::is_same_v<T, ParticipantRevoked>) {
                // The role it had, for history views: the latest registration.
                SqlQuery last(m_h, "SELECT role, name, country, gln FROM participant_history WHERE account = ? "
                                   "ORDER BY log_id DESC LIMIT 1");
                last.bind(1, ByteView(e.account));
                const bool found = last.next();
                SqlQuery& q = *head(m_insParticipant);
                bindAddress(q, 4, e.account);
                q.bind(5, found ? last.integer(0) : 0).bind(6, 0);
                if (found) q.bindText(7, last.text(1)).bindText(8, last.text(2)).bindText(9, last.text(3));
                else q.bindNull(7).bindNull(8).bindNull(9);
                last.reset();
                return run(q);
            } else if constexpr (std::is_same_v<T, KindPermissionChanged>) {
                SqlQuery& q = *head(m_insKindPermission);
                q.bind(4, static_cast<int>(e.kind)).bind(5, static_cast<int>(e.roleMask));
                return run(q);
            } else if constexpr (std::is_same_v<T, CertificationAttested>) {
                SqlQuery& q = *head(m_insCert);
                q.bind(4, static_cast<std::int64_t>(e.certId));
                bindAddress(q, 5, e.claim.subject);
                bindAddress(q, 6, e.auditor);
                q.bindText(7, e.claim.scheme).bindText(8, e.claim.siteGln).bind(9, static_cast<int>(e.claim.status));
                q.bind(10, static_cast<std::int64_t>(e.claim.validFrom)).bind(11, static_cast<std::int64_t>(e.claim.validUntil));
                q.bind(12, ByteView(e.claim.evidenceHash)).bindText(13, e.claim.evidenceUri);
                return run(q);
            } else if constexpr (std::is_same_v<T, CertificationStatusChanged>) {
                SqlQuery& q = *head(m_insCertChange);
                q.bind(4, static_cast<std::int64_t>(e.certId));
                bindAddress(q, 5, e.auditor);
                q.bind(6, static_cast<int>(e.status));
                return run(q);
            } else {
                return true;  // TraceEventRecorded: writeTraceEvent
            }
        },
        log);
}

bool DomainStore::writeLogError(const LogContext& at, const std::string& detail)
{
    m_insLogError.bind(1, at.key).bind(2, at.txIndex).bind(3, static_cast<int>(at.blockMark)).bindText(4, detail);
    return run(m_insLogError);
}

bool DomainStore::writeTraceEvent(const TraceEventRow& r)
{
    SqlQuery& q = m_insEvent;
    q.bind(1, r.at.key).bind(2, r.at.txIndex).bind(3, static_cast<std::int64_t>(r.chainEventId));
    q.bind(4, static_cast<int>(r.kind));
    bindAddress(q, 5, r.recorder);
    if (r.at.signer) bindAddress(q, 6, *r.at.signer);
    else q.bindNull(6);
    if (r.signerRole) q.bind(7, static_cast<int>(*r.signerRole));
    else q.bindNull(7);
    q.bindText(8, r.scheme).bind(9, ByteView(r.hash)).bind(10, r.isPrivate ? 1 : 0);
    q.bindTextOrNull(11, r.epcisType).bindTextOrNull(12, r.bizStep).bindTextOrNull(13, r.disposition);
    q.bindTextOrNull(14, r.epcisId).bindOpt(15, r.eventTime).bind(16, r.at.blockTime);
    q.bind(17, static_cast<int>(r.status)).bindTextOrNull(18, r.reason).bind(19, static_cast<int>(r.at.blockMark));
    q.bind(20, r.ok() ? 1 : 0);
    if (!run(q)) return false;
    if (r.eventTime) countLatency(*r.eventTime, r.at.blockTime, r.ok());
    return true;
}

std::int64_t DomainStore::assetId(const std::string& uri, std::int64_t key)
{
    if (auto it = m_assetCache.find(uri); it != m_assetCache.end()) return it->second;
    std::int64_t id = 0;
    m_selAsset.bindText(1, uri);
    if (m_selAsset.next()) {
        id = m_selAsset.int64(0);
        m_selAsset.reset();
    } else {
        if (m_selAsset.failed()) {
            m_lastFailed = &m_selAsset;
            return 0;
        }
        m_insAsset.bindText(1, uri).bind(2, key);
        if (!run(m_insAsset)) return 0;
        id = sqlite3_last_insert_rowid(m_h);
    }
    if (m_assetCache.size() >= kAssetCacheLimit) m_assetCache.clear();
    m_assetCache.emplace(uri, id);
    return id;
}

AssetKind DomainStore::assetKind(std::int64_t asset)
{
    m_selKind.bind(1, asset);
    AssetKind k = AssetKind::Unknown;
    if (m_selKind.next()) {
        k = static_cast<AssetKind>(m_selKind.integer(0));
        m_selKind.reset();
    }
    return k;
}

bool DomainStore::fact(std::int64_t event, std::int64_t asset, AssetKind kind, const std::string& material,
                       const std::string& uom, bool ok)
{
    m_insFact.bind(1, event).bind(2, asset).bind(3, static_cast<int>(kind)).bindTextOrNull(4, material);
    m_insFact.bindTextOrNull(5, uom).bind(6, ok ? 1 : 0);
    return run(m_insFact);
}

bool DomainStore::element(std::int64_t event, std::int64_t asset, const std::string& el, ElementBasis basis,
                          double value, bool ok)
{
    m_insElement.bind(1, event).bind(2, asset).bindText(3, el).bind(4, static_cast<int>(basis)).bind(5, value);
    m_insElement.bind(6, ok ? 1 : 0);
    return run(m_insElement);
}

bool DomainStore::commission(std::int64_t event, int seq, std::int64_t asset, std::optional<double> qty,
                             const std::string& uom, const std::string& site, const Address& recorder,
                             std::optional<registry::Role> role, std::int64_t time, const std::string& certificates,
                             bool ok)
{
    SqlQuery& q = m_insCommission;
    q.bind(1, event).bind(2, seq).bind(3, asset).bindOpt(4, qty).bindTextOrNull(5, uom).bindTextOrNull(6, site);
    bindAddress(q, 7, recorder);
    if (role) q.bind(8, static_cast<int>(*role));
    else q.bindNull(8);
    q.bind(9, time).bindTextOrNull(10, certificates).bind(11, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::edge(std::int64_t event, int seq, std::int64_t src, std::int64_t dst, Relation rel, double srcQty,
                       const std::string& srcUom, double dstQty, const std::string& dstUom, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insEdge;
    q.bind(1, event).bind(2, seq).bind(3, src).bind(4, dst).bind(5, static_cast<int>(rel));
    q.bind(6, srcQty).bindTextOrNull(7, srcUom).bind(8, dstQty).bindTextOrNull(9, dstUom).bind(10, time);
    q.bind(11, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::production(std::int64_t event, int seq, std::int64_t asset, const std::string& plant,
                             const std::string& line, const std::string& equipment, const std::string& op,
                             std::int64_t time, bool ok)
{
    SqlQuery& q = m_insProduction;
    q.bind(1, event).bind(2, seq).bind(3, asset).bindTextOrNull(4, plant).bindTextOrNull(5, line);
    q.bindTextOrNull(6, equipment).bindTextOrNull(7, op).bind(8, time).bind(9, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::measurement(std::int64_t event, int seq, std::optional<std::int64_t> asset,
                              const std::string& parameter, double value, const std::string& uom,
                              const std::string& equipment, const std::string& line, const std::string& plant,
                              const std::string& op, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insMeasurement;
    q.bind(1, event).bind(2, seq).bindOpt(3, asset).bindText(4, parameter).bind(5, value).bindTextOrNull(6, uom);
    q.bindTextOrNull(7, equipment).bindTextOrNull(8, line).bindTextOrNull(9, plant).bindTextOrNull(10, op);
    q.bind(11, time).bind(12, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::inspection(std::int64_t event, int seq, std::int64_t asset, const std::string& test,
                             std::optional<std::int64_t> tested, std::optional<std::int64_t> failed,
                             const std::string& disposition, const Address& inspector, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insInspection;
    q.bind(1, event).bind(2, seq).bind(3, asset).bindTextOrNull(4, test).bindOpt(5, tested).bindOpt(6, failed);
    q.bindText(7, disposition);
    bindAddress(q, 8, inspector);
    q.bind(9, time).bind(10, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::shipping(std::int64_t event, const std::string& sscc, const Address& shipper,
                           const std::string& carrier, const std::string& source, const std::string& destination,
                           const std::string& limitsJson, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insShipping;
    q.bind(1, event).bindText(2, sscc);
    bindAddress(q, 3, shipper);
    q.bindTextOrNull(4, carrier).bindTextOrNull(5, source).bindTextOrNull(6, destination);
    q.bindTextOrNull(7, limitsJson).bind(8, time).bind(9, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::receiving(std::int64_t event, const std::string& sscc, const Address& receiver,
                            const std::string& disposition, const std::string& incidentType,
                            const std::string& incidentNote, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insReceiving;
    q.bind(1, event).bindText(2, sscc);
    bindAddress(q, 3, receiver);
    q.bindTextOrNull(4, disposition).bindTextOrNull(5, incidentType).bindTextOrNull(6, incidentNote);
    q.bind(7, time).bind(8, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::goods(std::int64_t event, int seq, std::int64_t asset, std::optional<double> qty,
                        const std::string& uom)
{
    m_insGoods.bind(1, event).bind(2, seq).bind(3, asset).bindOpt(4, qty).bindTextOrNull(5, uom);
    return run(m_insGoods);
}

bool DomainStore::reading(std::int64_t event, int seq, const std::string& sscc, const std::string& device,
                          std::int64_t time, const std::string& type, std::optional<double> value,
                          const std::string& uom, bool alarm, bool ok)
{
    SqlQuery& q = m_insReading;
    q.bind(1, event).bind(2, seq).bindText(3, sscc).bindTextOrNull(4, device).bind(5, time).bindText(6, type);
    q.bindOpt(7, value).bindTextOrNull(8, uom).bind(9, alarm ? 1 : 0).bind(10, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::useReading(std::int64_t event, int seq, std::int64_t asset, const std::string& parameter,
                             std::optional<double> value, const std::string& uom, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insUse;
    q.bind(1, event).bind(2, seq).bind(3, asset).bindText(4, parameter).bindOpt(5, value).bindTextOrNull(6, uom);
    q.bind(7, time).bind(8, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::repurposing(std::int64_t event, int seq, std::int64_t asset, const std::string& as,
                              std::optional<double> soh, const Address& op, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insRepurposing;
    q.bind(1, event).bind(2, seq).bind(3, asset).bindTextOrNull(4, as).bindOpt(5, soh);
    bindAddress(q, 6, op);
    q.bind(7, time).bind(8, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::recycling(std::int64_t event, const std::string& el, double input, double recovered,
                            const Address& recycler, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insRecycling;
    q.bind(1, event).bindText(2, el).bind(3, input).bind(4, recovered);
    bindAddress(q, 5, recycler);
    q.bind(6, time).bind(7, ok ? 1 : 0);
    return run(q);
}

bool DomainStore::dueDiligence(std::int64_t event, int seq, std::int64_t asset, const Address& reviewer,
                               const std::string& scheme, const std::string& outcome, std::int64_t time, bool ok)
{
    SqlQuery& q = m_insDueDiligence;
    q.bind(1, event).bind(2, seq).bind(3, asset);
    bindAddress(q, 4, reviewer);
    q.bindTextOrNull(5, scheme).bindTextOrNull(6, outcome).bind(7, time).bind(8, ok ? 1 : 0);
    return run(q);
}

int DomainStore::latencyBucket(std::int64_t seconds) noexcept
{
    if (seconds < 0) return -1;
    if (seconds == 0) return 0;
    return 1 + static_cast<int>(std::floor(8.0 * std::log2(static_cast<double>(seconds))));
}

double DomainStore::bucketMidpoint(int bucket) noexcept
{
    if (bucket <= 0) return 0;
    return std::exp2((static_cast<double>(bucket) - 0.5) / 8.0);
}

void DomainStore::countLatency(std::int64_t eventTime, std::int64_t blockTime, bool ok, int sign)
{
    const std::int64_t latency = blockTime - eventTime;
    auto& cell = m_latency[{dayOf(eventTime), ok ? 1 : 0, latencyBucket(latency)}];
    cell.first += sign;
    cell.second += sign * latency;
}

bool DomainStore::flushLatency()
{
    for (const auto& [key, v] : m_latency) {
        const auto& [day, ok, bucket] = key;
        m_upsertLatency.bind(1, day).bind(2, ok).bind(3, bucket).bind(4, v.first).bind(5, v.second);
        if (!run(m_upsertLatency)) return false;
    }
    m_latency.clear();
    return true;
}

void DomainStore::clearCaches()
{
    m_assetCache.clear();
    m_latency.clear();
}

IndexError DomainStore::truncateAbove(IndexDb& db, std::uint64_t number)
{
    sqlite3* h = db.handle();
    const std::int64_t above = firstKeyAbove(number) - 1;
    auto del = [&](const std::string& sql) -> IndexError {
        SqlQuery q(h, sql.c_str());
        q.bind(1, above);
        if (!q.exec()) return db.errorOfCode(q.rc(), QStringLiteral("removing domain rows above block %1").arg(number));
        return {};
    };
    for (const char* t : logTables())
        if (IndexError e = del(std::string("DELETE FROM ") + t + " WHERE log_id > ?"); !e.ok()) return e;
    for (const EventTable& t : eventTables())
        if (IndexError e = del(std::string("DELETE FROM ") + t.name + " WHERE event_id > ?"); !e.ok()) return e;
    for (const char* sql : {"DELETE FROM trace_events WHERE id > ?", "DELETE FROM disclosures WHERE event_id > ?",
                            "DELETE FROM assets WHERE first_log > ?"})
        if (IndexError e = del(sql); !e.ok()) return e;
    // The watermark moves back with the chain; a registry detected above is forgotten
    // (an explicit --registry stays).
    const auto watermark = db.meta(QStringLiteral("domain_indexed_to"));
    if (watermark && watermark->toLongLong() > static_cast<qint64>(number) &&
        !db.setMeta(QStringLiteral("domain_indexed_to"), QString::number(number)))
        return db.errorOf(db.db().lastError(), QStringLiteral("moving the domain watermark back"));
    const auto registryBlock = db.meta(QStringLiteral("domain_registry_block"));
    if (registryBlock && registryBlock->toLongLong() > static_cast<qint64>(number) &&
        db.meta(QStringLiteral("domain_registry_source")) != QStringLiteral("override")) {
        if (!execSql(h, "DELETE FROM meta WHERE key IN ('domain_registry', 'domain_registry_block', "
                        "'domain_registry_source')"))
            return db.errorOfCode(sqlite3_errcode(h), QStringLiteral("forgetting the registry"));
    }
    return rebuildAggregates(db);
}

IndexError DomainStore::clearAll(IndexDb& db)
{
    sqlite3* h = db.handle();
    std::vector<std::string> statements;
    for (const char* t : logTables()) statements.push_back(std::string("DELETE FROM ") + t);
    for (const EventTable& t : eventTables()) statements.push_back(std::string("DELETE FROM ") + t.name);
    for (const char* t : {"trace_events", "disclosures", "assets", "kpi_latency"})
        statements.push_back(std::string("DELETE FROM ") + t);
    statements.push_back("DELETE FROM meta WHERE key LIKE 'domain\\_%' ESCAPE '\\'");
    for (const auto& sql : statements)
        if (!execSql(h, sql.c_str()))
            return db.errorOfCode(sqlite3_errcode(h), QStringLiteral("clearing the domain index"));
    return {};
}

IndexError DomainStore::rebuildAggregates(IndexDb& db)
{
    sqlite3* h = db.handle();
    if (!execSql(h, "DELETE FROM kpi_latency"))
        return db.errorOfCode(sqlite3_errcode(h), QStringLiteral("rebuilding the latency aggregates"));
    DomainStore store(db);
    if (IndexError e = store.prepare(); !e.ok()) return e;
    SqlQuery q(h, "SELECT event_time, block_time, ok FROM trace_events WHERE event_time IS NOT NULL");
    while (q.next()) store.countLatency(q.int64(0), q.int64(1), q.integer(2) != 0);
    if (q.failed()) return db.errorOfCode(q.rc(), QStringLiteral("rebuilding the latency aggregates"));
    if (!store.flushLatency()) return store.lastError(QStringLiteral("rebuilding the latency aggregates"));
    return {};
}

}  // namespace bt::domain
