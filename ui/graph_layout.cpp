#include "graph_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QHash>

#include <mutex>

namespace bt::ui {

namespace {

std::mutex& graphvizMutex()
{
    static std::mutex m;
    return m;
}

void set(void* obj, const char* name, const QByteArray& value)
{
    agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.constData()), const_cast<char*>(""));
}

}  // namespace

GraphLayout layoutGraph(const GraphLayoutInput& input)
{
    GraphLayout out;
    const std::lock_guard lock(graphvizMutex());
    GVC_t* gvc = gvContext();
    if (!gvc) {
        out.error = QStringLiteral("Graphviz could not start");
        return out;
    }
    Agraph_t* g = agopen(const_cast<char*>("lineage"), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.25");
    set(g, "ranksep", "0.9");
    set(g, "splines", "true");
    QHash<qint64, Agnode_t*> nodes;
    for (const auto& n : input.nodes) {
        Agnode_t* a = agnode(g, const_cast<char*>(QByteArray::number(n.id).constData()), 1);
        set(a, "shape", "box");
        set(a, "fixedsize", "true");
        set(a, "label", "");
        set(a, "width", QByteArray::number(n.size.width() / 72.0));
        set(a, "height", QByteArray::number(n.size.height() / 72.0));
        nodes.insert(n.id, a);
    }
    QList<Agedge_t*> edges;
    QList<const GraphLayoutInput::Edge*> sources;
    for (const auto& e : input.edges) {
        Agnode_t* a = nodes.value(e.src);
        Agnode_t* b = nodes.value(e.dst);
        if (!a || !b) continue;
        Agedge_t* edge = agedge(g, a, b, nullptr, 1);
        if (!e.label.isEmpty()) {
            set(edge, "label", e.label.toUtf8());
            set(edge, "fontsize", "9");
        }
        edges << edge;
        sources << &e;
    }
    if (gvLayout(gvc, g, "dot") != 0) {
        out.error = QStringLiteral("dot could not lay out the graph");
        agclose(g);
        gvFreeContext(gvc);
        return out;
    }
    const boxf bb = GD_bb(g);
    const double top = bb.UR.y;
    auto flip = [&](pointf p) { return QPointF(p.x - bb.LL.x, top - p.y); };
    out.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (const auto& n : input.nodes) {
        Agnode_t* a = nodes.value(n.id);
        out.nodes << GraphLayout::Node{n.id, flip(ND_coord(a)), QSizeF(ND_width(a) * 72.0, ND_height(a) * 72.0)};
    }
    for (int i = 0; i < edges.size(); ++i) {
        Agedge_t* e = edges[i];
        GraphLayout::Edge le;
        le.src = sources[i]->src;
        le.dst = sources[i]->dst;
        le.label = sources[i]->label;
        if (const splines* spl = ED_spl(e); spl && spl->size > 0) {
            const bezier& bz = spl->list[0];
            for (decltype(bz.size) k = 0; k < bz.size; ++k) le.path << flip(bz.list[k]);
            if (bz.eflag) le.arrowTip = flip(bz.ep);
        }
        if (textlabel_t* lbl = ED_label(e); lbl && lbl->set) le.labelPos = flip(lbl->pos);
        out.edges << le;
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

}  // namespace bt::ui
