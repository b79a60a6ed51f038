// The Lineage page: an asset's graph upstream to its mines (with the mass balance:
// each mine's share of Co, Li and Ni) or downstream to modules, packs, vehicles,
// second life and recyclers (core/domain/lineage_query.h), laid out by Graphviz (dot,
// on a worker thread) and drawn in a QGraphicsView: zoom with the wheel, pan by
// dragging, fit; nodes coloured by stage, a red mark on lots with a compliance
// problem, edge labels with quantities. Clicking a node shows the EPCIS event that
// made it — pretty JSON, recorder, transaction, block and verification — beside the
// graph. Exports the drawing as SVG or PNG. Claims the global search's asset hits.
#pragma once

#include "domain_page.h"
#include "graph_layout.h"

#include <QFutureWatcher>
#include <QGraphicsView>

class QComboBox;
class QGraphicsScene;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class QTabWidget;

namespace bt::ui {

class ExplorerTableView;
class RecordTableModel;

// Zoom with the wheel (around the mouse), pan by dragging.
class GraphView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GraphView(QGraphicsScene* scene, QWidget* parent = nullptr);
    void zoomBy(double factor);
    void fit();

protected:
    void wheelEvent(QWheelEvent* event) override;
};

class LineageView : public DomainPage {
    Q_OBJECT

public:
    explicit LineageView(facade::ExplorerService* service, QWidget* parent = nullptr);

    ExplorerTableView* primaryTable() const override { return m_nodesTable; }
    QList<ExplorerTableView*> tables() const override { return {m_nodesTable, m_originsTable}; }
    bool showsHitKind(const QString& kind) const override { return kind == QLatin1String("asset"); }
    void showSearchHit(const facade::SearchHit& hit) override { showAsset(hit.domainKey, false); }

    // Asks for the asset's lineage (upstream, or downstream).
    void showAsset(const QString& asset, bool downstream);
    // Shows the event that made this node in the side panel.
    void selectNode(qint64 id);

    const facade::LineageReport& report() const { return m_report; }
    const facade::TraceEventDetails& eventDetails() const { return m_event; }
    RecordTableModel* nodesModel() const { return m_nodes; }
    RecordTableModel* originsModel() const { return m_origins; }
    QGraphicsScene* scene() const { return m_scene; }
    int drawnNodes() const { return m_drawnNodes; }
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);

signals:
    // The graph is drawn (after the layout).
    void graphDrawn();
    void eventShown(qint64 eventId);

protected:
    void request() override;
    void clear() override;

private:
    void onReport(quint64 id, const facade::LineageReport& report);
    void onEvent(quint64 id, const facade::TraceEventDetails& details);
    void startLayout();
    void draw(const GraphLayout& layout);
    void fillTables();
    void askExport(bool svg);
    const facade::LineageNodeValue* node(qint64 id) const;

    quint64 m_pending = 0;
    quint64 m_pendingEvent = 0;
    QString m_asset;
    bool m_downstream = false;
    facade::LineageReport m_report;
    facade::TraceEventDetails m_event;
    QLineEdit* m_assetEdit = nullptr;
    QComboBox* m_direction = nullptr;
    QGraphicsScene* m_scene = nullptr;
    GraphView* m_view = nullptr;
    QFutureWatcher<GraphLayout>* m_layoutWatcher = nullptr;
    quint64 m_layoutGeneration = 0;
    int m_drawnNodes = 0;
    QLabel* m_nodeTitle = nullptr;
    QLabel* m_recorder = nullptr;
    QLabel* m_transaction = nullptr;
    QLabel* m_block = nullptr;
    QLabel* m_verification = nullptr;
    QPlainTextEdit* m_document = nullptr;
    RecordTableModel* m_nodes = nullptr;
    RecordTableModel* m_origins = nullptr;
    QTabWidget* m_tabs = nullptr;
    ExplorerTableView* m_nodesTable = nullptr;
    ExplorerTableView* m_originsTable = nullptr;
};

}  // namespace bt::ui
