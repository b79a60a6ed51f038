// The lineage DAG as stored in the domain index, read lazily and cached: assets, their
// edges up and down, how each was made (for the mass balance) and, for ore lots, the
// mine they came from. One LineageGraph per query, on the query's own connection.
#pragma once

#include "domain/domain_types.h"
#include "domain/mass_balance.h"
#include "domain/sql_query.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bt::domain {

struct AssetInfo {
    std::int64_t id = 0;
    std::string uri;
    AssetKind kind = AssetKind::Unknown;
    std::string material;
};

struct GraphEdge {
    std::int64_t event = 0;
    std::int64_t src = 0;
    std::int64_t dst = 0;
    Relation relation = Relation::Transformation;
    double srcQty = 0;
    std::string srcUom;
    double dstQty = 0;
    std::string dstUom;
    std::int64_t time = 0;
    bool ok = true;
};

// Where an origin lot came from: its Commissioning at a mine.
struct OriginInfo {
    std::int64_t event = 0;
    Address miner;
    std::string site;          // SGLN of the mine
    std::int64_t time = 0;
    double quantity = 0;
    std::string uom;
    std::string certificates;  // certificationInfo URIs, space-separated
};

class LineageGraph : public MbSource {
public:
    LineageGraph(sqlite3* db, bool includeUnverified);

    // The asset with this identifier; a lot or serial alone ("PK-000123") also matches
    // when exactly one asset ends with it (`matches` lists them otherwise).
    std::optional<std::int64_t> findAsset(const std::string& text, std::vector<std::string>* matches = nullptr);
    std::optional<AssetInfo> info(std::int64_t asset);
    std::optional<OriginInfo> origin(std::int64_t asset);

    // Edges into (upstream) or out of (downstream) an asset, verified ones unless the
    // graph includes unverified rows; leftOut() counts the edges passed over.
    const std::vector<GraphEdge>& upstream(std::int64_t asset);
    const std::vector<GraphEdge>& downstream(std::int64_t asset);
    std::uint64_t leftOut() const noexcept { return m_leftOut; }

    const MbNode* node(std::int64_t asset) override;

private:
    std::vector<GraphEdge> edges(SqlQuery& q, std::int64_t asset);

    sqlite3* m_db;
    bool m_all;
    SqlQuery m_up, m_down, m_info, m_kind, m_elements, m_origin;
    std::unordered_map<std::int64_t, std::vector<GraphEdge>> m_upCache, m_downCache;
    std::unordered_map<std::int64_t, std::optional<AssetInfo>> m_infoCache;
    std::unordered_map<std::int64_t, std::optional<OriginInfo>> m_originCache;
    std::unordered_map<std::int64_t, MbNode> m_nodes;
    std::uint64_t m_leftOut = 0;
};

}  // namespace bt::domain
