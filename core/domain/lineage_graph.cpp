#include "domain/lineage_graph.h"

#include "codec/registry_abi.h"

namespace bt::domain {

namespace {

constexpr const char* kEdgeColumns = "event_id, src, dst, relation, src_qty, src_uom, dst_qty, dst_uom, time, ok";

}  // namespace

LineageGraph::LineageGraph(sqlite3* db, bool includeUnverified) : m_db(db), m_all(includeUnverified)
{
    m_up.prepare(db, (std::string("SELECT ") + kEdgeColumns + " FROM lineage_edges WHERE dst = ?").c_str());
    m_down.prepare(db, (std::string("SELECT ") + kEdgeColumns + " FROM lineage_edges WHERE src = ?").c_str());
    m_info.prepare(db, "SELECT uri FROM assets WHERE id = ?");
    m_kind.prepare(db, "SELECT kind, material FROM asset_facts WHERE asset_id = ? "
                       "ORDER BY kind >= 10 DESC, event_id LIMIT 1");
    m_elements.prepare(db, "SELECT element, basis, value, ok FROM asset_elements WHERE asset_id = ? ORDER BY event_id");
    m_origin.prepare(db, "SELECT event_id, recorder, site, time, quantity, uom, certificates, ok FROM commissions "
                         "WHERE asset_id = ? AND recorder_role = ? ORDER BY event_id LIMIT 1");
}

std::optional<std::int64_t> LineageGraph::findAsset(const std::string& text, std::vector<std::string>* matches)
{
    SqlQuery exact(m_db, "SELECT id FROM assets WHERE uri = ?");
    exact.bindText(1, text);
    if (exact.next()) {
        const std::int64_t id = exact.int64(0);
        exact.reset();
        return id;
    }
    // A lot or serial typed alone: the identifier's last path segment.
    if (text.find('/') != std::string::npos) return std::nullopt;
    SqlQuery suffix(m_db, "SELECT id, uri FROM assets WHERE uri LIKE ? ESCAPE '\\' LIMIT 11");
    std::string pattern = "%/";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    suffix.bindText(1, pattern);
    std::vector<std::pair<std::int64_t, std::string>> found;
    while (suffix.next()) found.emplace_back(suffix.int64(0), suffix.text(1));
    if (found.size() == 1) return found.front().first;
    if (matches)
        for (const auto& f : found) matches->push_back(f.second);
    return std::nullopt;
}

std::optional<AssetInfo> LineageGraph::info(std::int64_t asset)
{
    if (auto it = m_infoCache.find(asset); it != m_infoCache.end()) return it->second;
    std::optional<AssetInfo> out;
    m_info.bind(1, asset);
    if (m_info.next()) {
        AssetInfo a;
        a.id = asset;
        a.uri = m_info.text(0);
        m_info.reset();
        m_kind.bind(1, asset);
        if (m_kind.next()) {
            a.kind = static_cast<AssetKind>(m_kind.integer(0));
            a.material = m_kind.text(1);
            m_kind.reset();
        } else {
            a.kind = a.uri.find("/21/") != std::string::npos ? AssetKind::Item : AssetKind::Lot;
        }
        out = a;
    }
    return m_infoCache[asset] = out;
}

std::optional<OriginInfo> LineageGraph::origin(std::int64_t asset)
{
    if (auto it = m_originCache.find(asset); it != m_originCache.end()) return it->second;
    std::optional<OriginInfo> out;
    m_origin.bind(1, asset).bind(2, static_cast<int>(registry::Role::Miner));
    if (m_origin.next()) {
        if (m_all || m_origin.integer(7)) {
            OriginInfo o;
            o.event = m_origin.int64(0);
            if (auto a = Address::from(m_origin.blob(1))) o.miner = *a;
            o.site = m_origin.text(2);
            o.time = m_origin.int64(3);
            o.quantity = m_origin.real(4);
            o.uom = m_origin.text(5);
            o.certificates = m_origin.text(6);
            out = o;
        } else {
            ++m_leftOut;
        }
        m_origin.reset();
    }
    return m_originCache[asset] = out;
}

std::vector<GraphEdge> LineageGraph::edges(SqlQuery& q, std::int64_t asset)
{
    std::vector<GraphEdge> out;
    q.bind(1, asset);
    while (q.next()) {
        GraphEdge e;
        e.event = q.int64(0);
        e.src = q.int64(1);
        e.dst = q.int64(2);
        e.relation = static_cast<Relation>(q.integer(3));
        e.srcQty = q.real(4);
        e.srcUom = q.text(5);
        e.dstQty = q.real(6);
        e.dstUom = q.text(7);
        e.time = q.int64(8);
        e.ok = q.integer(9) != 0;
        if (!e.ok && !m_all) {
            ++m_leftOut;
            continue;
        }
        out.push_back(std::move(e));
    }
    return out;
}

const std::vector<GraphEdge>& LineageGraph::upstream(std::int64_t asset)
{
    if (auto it = m_upCache.find(asset); it != m_upCache.end()) return it->second;
    return m_upCache[asset] = edges(m_up, asset);
}

const std::vector<GraphEdge>& LineageGraph::downstream(std::int64_t asset)
{
    if (auto it = m_downCache.find(asset); it != m_downCache.end()) return it->second;
    return m_downCache[asset] = edges(m_down, asset);
}

const MbNode* LineageGraph::node(std::int64_t asset)
{
    if (auto it = m_nodes.find(asset); it != m_nodes.end()) return &it->second;
    if (!info(asset)) return nullptr;
    MbNode n;
    n.origin = origin(asset).has_value();
    m_elements.bind(1, asset);
    while (m_elements.next()) {
        if (!m_all && !m_elements.integer(3)) continue;
        // Later declarations replace earlier ones (ORDER BY event_id).
        const std::string el = m_elements.text(0);
        if (static_cast<ElementBasis>(m_elements.integer(1)) == ElementBasis::MassFraction)
            n.fraction[el] = m_elements.real(2);
        else
            n.perUnit[el] = m_elements.real(2);
    }
    if (!n.origin) {
        // Productions: the edges into the asset, grouped by event. A removal ends an
        // installation but does not unmake the assembly's history.
        std::map<std::int64_t, MbProduction> byEvent;
        for (const GraphEdge& e : upstream(asset)) {
            if (e.relation == Relation::Removal) continue;
            MbProduction& p = byEvent[e.event];
            p.event = e.event;
            p.outQuantity = e.dstQty;
            p.outUom = e.dstUom;
            p.inputs.push_back({e.src, e.srcQty, e.srcUom});
        }
        for (auto& [ev, p] : byEvent) n.productions.push_back(std::move(p));
    }
    return &(m_nodes[asset] = std::move(n));
}

}  // namespace bt::domain
