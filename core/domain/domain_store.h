// Writes the domain tables (domain_schema.cpp) on the index's own connection, with
// prepared statements: the indexer writes a few rows per anchored event, millions of
// times on a large chain. Also the maintenance that touches every domain table:
// dropping the rows of blocks a reorganisation removed, clearing everything for
// another registry, and the latency aggregates.
#pragma once

#include "codec/registry_abi.h"
#include "domain/domain_types.h"
#include "domain/sql_query.h"
#include "index/index_db.h"

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>

namespace bt::domain {

// Where a registry log sits and how its block came out.
struct LogContext {
    std::int64_t key = 0;  // logKey(block, logIndex)
    std::uint64_t block = 0;
    int txIndex = 0;
    BlockMark blockMark = BlockMark::Verified;
    std::int64_t blockTime = 0;
    std::optional<Address> signer;
};

struct TraceEventRow {
    LogContext at;
    std::uint64_t chainEventId = 0;
    registry::EventKind kind = registry::EventKind::Commissioning;
    Address recorder;
    std::optional<registry::Role> signerRole;
    std::string scheme;
    Hash32 hash;
    bool isPrivate = false;
    std::string epcisType, bizStep, disposition, epcisId;
    std::optional<std::int64_t> eventTime;
    EventStatus status = EventStatus::Verified;
    std::string reason;
    bool ok() const noexcept { return status == EventStatus::Verified && at.blockMark == BlockMark::Verified; }
};

class DomainStore {
public:
    explicit DomainStore(IndexDb& db);

    IndexError prepare();
    IndexDb& db() noexcept { return m_db; }
    sqlite3* handle() const noexcept { return m_h; }
    // An IndexError for the last statement that failed.
    IndexError lastError(const QString& doing) const;

    bool writeRegistryLog(const registry::RegistryLog& log, const LogContext& at);
    bool writeLogError(const LogContext& at, const std::string& detail);
    bool writeTraceEvent(const TraceEventRow& row);

    // The id of the asset `uri`, created (first seen at `key`) when new; 0 on error.
    std::int64_t assetId(const std::string& uri, std::int64_t key);
    // The asset's kind as known so far (asset_facts: the earliest specific fact).
    AssetKind assetKind(std::int64_t assetId);

    // Row writers for EventProjector; each returns false on an SQLite error.
    bool fact(std::int64_t event, std::int64_t asset, AssetKind kind, const std::string& material,
              const std::string& uom, bool ok);
    bool element(std::int64_t event, std::int64_t asset, const std::string& element, ElementBasis basis, double value,
                 bool ok);
    bool commission(std::int64_t event, int seq, std::int64_t asset, std::optional<double> qty, const std::string& uom,
                    const std::string& site, const Address& recorder, std::optional<registry::Role> role,
                    std::int64_t time, const std::string& certificates, bool ok);
    bool edge(std::int64_t event, int seq, std::int64_t src, std::int64_t dst, Relation rel, double srcQty,
              const std::string& srcUom, double dstQty, const std::string& dstUom, std::int64_t time, bool ok);
    bool production(std::int64_t event, int seq, std::int64_t asset, const std::string& plant, const std::string& line,
                    const std::string& equipment, const std::string& op, std::int64_t time, bool ok);
    bool measurement(std::int64_t event, int seq, std::optional<std::int64_t> asset, const std::string& parameter,
                     double value, const std::string& uom, const std::string& equipment, const std::string& line,
                     const std::string& plant, const std::string& op, std::int64_t time, bool ok);
    bool inspection(std::int64_t event, int seq, std::int64_t asset, const std::string& test,
                    std::optional<std::int64_t> tested, std::optional<std::int64_t> failed,
                    const std::string& disposition, const Address& inspector, std::int64_t time, bool ok);
    bool shipping(std::int64_t event, const std::string& sscc, const Address& shipper, const std::string& carrier,
                  const std::string& source, const std::string& destination, const std::string& limitsJson,
                  std::int64_t time, bool ok);
    bool receiving(std::int64_t event, const std::string& sscc, const Address& receiver, const std::string& disposition, const std::string& incidentType, const std::string& incidentNote,
                   std::int64_t time, bool ok);
    bool goods(std::int64_t event, int seq, std::int64_t asset, std::optional<double> qty, const std::string& uom);
    bool reading(std::int64_t event, int seq, const std::string& sscc, const std::string& device, std::int64_t time,
                 const std::string& type, std::optional<double> value, const std::string& uom, bool alarm, bool ok);
    bool useReading(std::int64_t event, int seq, std::int64_t asset, const std::string& parameter,
                    std::optional<double> value, const std::string& uom, std::int64_t time, bool ok);
    bool repurposing(std::int64_t event, int seq, std::int64_t asset, const std::string& as, std::optional<double> soh,
                     const Address& op, std::int64_t time, bool ok);
    bool recycling(std::int64_t event, const std::string& element, double input, double recovered,
                   const Address& recycler, std::int64_t time, bool ok);
    bool dueDiligence(std::int64_t event, int seq, std::int64_t asset, const Address& reviewer,
                      const std::string& scheme, const std::string& outcome, std::int64_t time, bool ok);

    // Latency aggregates: counted in memory, written by flushLatency() before commit.
    void countLatency(std::int64_t eventTime, std::int64_t blockTime, bool ok, int sign = 1);
    bool flushLatency();

    // Forgets cached lookups (after a truncation or a reset by someone else).
    void clearCaches();

    // The bucket of a latency in seconds: -1 negative, 0 zero, b >= 1 for
    // [2^((b-1)/8), 2^(b/8)) s, so a percentile read from the buckets is within 4.4 %.
    static int latencyBucket(std::int64_t seconds) noexcept;
    static double bucketMidpoint(int bucket) noexcept;

    // Removes every domain row of blocks above `number` and rebuilds the aggregates
    // (inside the caller's transaction). Called by IndexWriter::truncateAbove.
    static IndexError truncateAbove(IndexDb& db, std::uint64_t number);
    // Removes every domain row and the domain's meta keys (another registry).
    static IndexError clearAll(IndexDb& db);
    // Recomputes kpi_latency from trace_events.
    static IndexError rebuildAggregates(IndexDb& db);

private:
    IndexDb& m_db;
    sqlite3* m_h = nullptr;
    bool m_prepared = false;
    SqlQuery m_insAdmin, m_insParticipant, m_insKindPermission, m_insCert, m_insCertChange, m_insLogError;
    SqlQuery m_insEvent, m_selAsset, m_insAsset, m_selKind;
    SqlQuery m_insFact, m_insElement, m_insCommission, m_insEdge, m_insProduction, m_insMeasurement, m_insInspection;
    SqlQuery m_insShipping, m_insReceiving, m_insGoods, m_insReading, m_insUse, m_insRepurposing, m_insRecycling;
    SqlQuery m_insDueDiligence, m_upsertLatency;
    SqlQuery* m_lastFailed = nullptr;
    std::unordered_map<std::string, std::int64_t> m_assetCache;
    std::map<std::tuple<std::int64_t, int, int>, std::pair<std::int64_t, std::int64_t>> m_latency;

    bool run(SqlQuery& q);
};

}  // namespace bt::domain
