// Graphviz (dot) layout of a lineage graph, for drawing it in a QGraphicsView: the
// caller gives each node's box size and each edge's label; dot places them left to
// right (upstream to downstream) and routes the edges. Runs in any thread (a worker:
// dot takes a while on a large graph); calls are serialised, as Graphviz keeps global
// state.
#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace bt::ui {

struct GraphLayoutInput {
    struct Node {
        qint64 id = 0;
        QSizeF size;   // in points (1/72 inch), as the drawing will be
    };
    struct Edge {
        qint64 src = 0, dst = 0;
        QString label;
    };
    QList<Node> nodes;
    QList<Edge> edges;
};

struct GraphLayout {
    struct Node {
        qint64 id = 0;
        QPointF centre;  // y down, origin at the top left of the bounding box
        QSizeF size;
    };
    struct Edge {
        qint64 src = 0, dst = 0;
        QList<QPointF> path;  // cubic Bézier: start, then three points per segment
        std::optional<QPointF> arrowTip;
        std::optional<QPointF> labelPos;
        QString label;
    };
    QString error;
    QSizeF size;
    QList<Node> nodes;
    QList<Edge> edges;
};

GraphLayout layoutGraph(const GraphLayoutInput& input);

}  // namespace bt::ui
