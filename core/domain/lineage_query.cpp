#include "domain/lineage_query.h"

#include "domain/cahra.h"
#include "domain/lineage_graph.h"
#include "domain/mass_balance.h"

#include <QHash>

#include <algorithm>
#include <deque>
#include <set>

namespace bt::domain {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

const char* const kMassBalanceDefinition =
    "share of each element in one unit of the asset by mine of origin: at each production, each input contributes "
    "quantity consumed x element per unit (declared element content; an assembly sums its parts), and the output "
    "inherits the inputs' shares in proportion; splits keep a lot's shares (docs/data-model.md 3.1)";

// The unit "one asset" is counted in: a serialised item is one piece; a lot is
// counted in the unit it was made (or commissioned) in.
std::string unitOf(LineageGraph& graph, std::int64_t asset)
{
    const auto info = graph.info(asset);
    if (info && info->uri.find("/21/") != std::string::npos) return "H87";
    for (const GraphEdge& e : graph.upstream(asset))
        if (e.relation != Relation::Removal) return e.dstUom;
    if (auto o = graph.origin(asset)) return o->uom;
    return "KGM";
}

}  // namespace

QueryError runLineage(IndexDb& db, const LineageRequest& req, LineageResult& out)
{
    out = LineageResult{};
    const ReadSnapshot snapshot(db.handle());
    out.downstream = req.downstream;
    out.depth = req.depth;
    if (req.depth && *req.depth < 0)
        return {QueryError::Kind::BadInput, QStringLiteral("--depth must be 0 or more"), {}};
    DomainCoverage coverage;
    if (QueryError e = checkDomainIndex(db, coverage); !e.ok()) return e;
    out.coverageNote = coverage.lagNote();

    sqlite3* h = db.handle();
    LineageGraph graph(h, req.includeUnverified);
    std::vector<std::string> matches;
    const auto root = graph.findAsset(req.asset.toStdString(), &matches);
    if (!root) {
        QueryError e{QueryError::Kind::NotFound, QStringLiteral("unknown asset \"%1\"").arg(req.asset), {}};
        if (matches.size() > 1) {
            e.message = QStringLiteral("\"%1\" matches several assets; give the full identifier").arg(req.asset);
            e.hintsTitle = QStringLiteral("matching assets:");
            for (const auto& m : matches) e.hints << qs(m);
        } else {
            e.message += QStringLiteral(": give a GS1 Digital Link URI (https://id.gs1.org/01/{GTIN}/21/{serial} or "
                                        "/10/{lot}) or a lot or serial alone");
        }
        return e;
    }

    auto makeNode = [&](std::int64_t id, int depth) {
        LineageNode n;
        n.id = id;
        n.depth = depth;
        if (auto info = graph.info(id)) {
            n.uri = qs(info->uri);
            n.kind = info->kind;
            n.material = qs(info->material);
        }
        if (auto o = graph.origin(id)) {
            n.origin = true;
            const ParticipantInfo p = participantAt(h, o->miner, o->event);
            n.mine = p.name;
            n.mineAccount = p.account;
            n.country = p.country;
            n.site = qs(o->site);
            n.extractedAt = o->time;
        }
        return n;
    };

    // Breadth-first, so each node gets its shortest distance from the root.
    QHash<qint64, int> index;  // asset → position in out.nodes
    std::deque<std::int64_t> queue{*root};
    out.nodes << makeNode(*root, 0);
    index.insert(*root, 0);
    std::set<std::pair<std::int64_t, std::int64_t>> seenEdges;  // (event, seq-free identity: src,dst)
    while (!queue.empty()) {
        const std::int64_t at = queue.front();
        queue.pop_front();
        LineageNode& node = out.nodes[index.value(at)];
        const int depth = node.depth;
        const auto& edges = req.downstream ? graph.downstream(at) : graph.upstream(at);
        if (req.depth && depth >= *req.depth) {
            node.more = !edges.empty();
            continue;
        }
        for (const GraphEdge& e : edges) {
            const std::int64_t next = req.downstream ? e.dst : e.src;
            if (!seenEdges.insert({e.event, (e.src << 1) ^ e.dst}).second) continue;
            LineageEdge le;
            le.src = e.src;
            le.dst = e.dst;
            le.relation = e.relation;
            le.srcQty = e.srcQty;
            le.srcUom = qs(e.srcUom);
            le.dstQty = e.dstQty;
            le.dstUom = qs(e.dstUom);
            le.time = e.time;
            le.eventId = e.event;
            le.verified = e.ok;
            out.edges << le;
            if (index.contains(next)) continue;
            if (out.nodes.size() >= req.maxNodes) {
                out.truncated = true;
                continue;
            }
            index.insert(next, static_cast<int>(out.nodes.size()));
            out.nodes << makeNode(next, depth + 1);
            queue.push_back(next);
        }
    }

    if (req.downstream) {
        // Second life: a repurposing of any node reached.
        SqlQuery r(h, "SELECT repurposed_as, time, ok FROM repurposing WHERE asset_id = ? ORDER BY event_id DESC LIMIT 1");
        for (LineageNode& n : out.nodes) {
            r.bind(1, n.id);
            if (r.next() && (req.includeUnverified || r.integer(2))) {
                n.repurposedAs = qs(r.text(0));
                n.repurposedAt = r.int64(1);
            }
            r.reset();
        }
    }
    out.root = out.nodes.front();

    if (req.massBalance && !req.downstream) {
        out.massBalanceDefinition = QString::fromLatin1(kMassBalanceDefinition);
        MassBalance mb(graph);
        const std::string unit = unitOf(graph, *root);
        for (const QString& el : req.elements) {
            const std::string element = el.toStdString();
            const MbShares& s = mb.shares(*root, element);
            ElementBalance b;
            b.element = el;
            b.kgPerUnit = mb.elementPer(*root, element, unit);
            b.fallback = s.fallback;
            b.cycle = s.cycle;
            QHash<QString, int> byMine;
            for (const auto& [leaf, share] : s.byLeaf) {
                if (share <= 0) continue;
                auto o = graph.origin(leaf);
                if (!o) {
                    b.untracedShare += share;
                    continue;
                }
                const ParticipantInfo p = participantAt(h, o->miner, o->event);
                const QString key = p.account;
                if (!byMine.contains(key)) {
                    MineShare m;
                    m.mine = p.name.isEmpty() ? p.account : p.name;
                    m.account = p.account;
                    m.country = p.country;
                    m.cahra = isCahraCountry(p.country.toStdString());
                    byMine.insert(key, static_cast<int>(b.mines.size()));
                    b.mines << m;
                }
                MineShare& m = b.mines[byMine.value(key)];
                m.share += share;
                m.lots << leaf;
            }
            std::sort(b.mines.begin(), b.mines.end(), [](const MineShare& x, const MineShare& y) {
                return x.share != y.share ? x.share > y.share : x.mine < y.mine;
            });
            out.massBalance << b;
        }
    }
    out.leftOut = graph.leftOut();
    return {};
}

}  // namespace bt::domain
