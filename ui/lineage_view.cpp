#include "lineage_view.h"

#include "domain_format.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "record_table_model.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QFormLayout>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace bt::ui {

namespace {

const QColor kProblem(0xd0, 0x10, 0x20);
constexpr int kIdRole = 0;  // QGraphicsItem::data key holding the node id

QColor stageColour(const QString& kind)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("ore"), QColor(0xa1, 0x88, 0x7f)},       {QStringLiteral("refined"), QColor(0xff, 0xcc, 0x80)},
        {QStringLiteral("cathode"), QColor(0xff, 0xe0, 0x82)},   {QStringLiteral("electrode"), QColor(0xc5, 0xe1, 0xa5)},
        {QStringLiteral("cell-lot"), QColor(0xa5, 0xd6, 0xa7)},  {QStringLiteral("cell"), QColor(0x80, 0xcb, 0xc4)},
        {QStringLiteral("module"), QColor(0x81, 0xd4, 0xfa)},    {QStringLiteral("pack"), QColor(0x90, 0xca, 0xf9)},
        {QStringLiteral("vehicle"), QColor(0xb3, 0x9d, 0xdb)},   {QStringLiteral("recovered"), QColor(0xce, 0x93, 0xd8)},
    };
    return colours.value(kind, QColor(0xe0, 0xe0, 0xe0));
}

QString kindText(const QString& kind)
{
    if (kind == QLatin1String("ore")) return LineageView::tr("ore lot");
    if (kind == QLatin1String("refined")) return LineageView::tr("refined lot");
    if (kind == QLatin1String("cathode")) return LineageView::tr("cathode material");
    if (kind == QLatin1String("electrode")) return LineageView::tr("electrode");
    if (kind == QLatin1String("cell-lot")) return LineageView::tr("cell lot");
    if (kind == QLatin1String("cell")) return LineageView::tr("cell");
    if (kind == QLatin1String("module")) return LineageView::tr("module");
    if (kind == QLatin1String("pack")) return LineageView::tr("pack");
    if (kind == QLatin1String("vehicle")) return LineageView::tr("vehicle");
    if (kind == QLatin1String("recovered")) return LineageView::tr("recovered material");
    if (kind == QLatin1String("lot")) return LineageView::tr("lot");
    if (kind == QLatin1String("item")) return LineageView::tr("item");
    return LineageView::tr("unknown");
}

QString statusText(const QString& status)
{
    if (status == QLatin1String("verified")) return LineageView::tr("verified");
    if (status == QLatin1String("failed")) return LineageView::tr("failed");
    if (status == QLatin1String("not-disclosed") || status == QLatin1String("not disclosed"))
        return LineageView::tr("private, not disclosed");
    return status;
}

QString quantity(double q, const QString& uom)
{
    if (q == 0 && uom.isEmpty()) return {};
    return QStringLiteral("%1 %2").arg(QLocale().toString(q, 'g', 6), DomainFormat::unit(uom)).trimmed();
}

ExplorerTableView* makeTable(QWidget* parent, const QString& objectName, const QString& exportName, RecordTableModel* model)
{
    auto* t = new ExplorerTableView(parent);
    t->setObjectName(objectName);
    t->setExportName(exportName);
    t->setModel(model);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

}  // namespace

GraphView::GraphView(QGraphicsScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
}

void GraphView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.05, 8.0);
    scale(next / current, next / current);
}

void GraphView::fit()
{
    if (!scene() || scene()->items().isEmpty()) return;
    fitInView(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    // Never blow a small graph up beyond its natural size.
    if (transform().m11() > 1.0) resetTransform();
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

LineageView::LineageView(facade::ExplorerService* service, QWidget* parent)
    : DomainPage(service, tr("Lineage"), parent)
{
    m_assetEdit = new QLineEdit(this);
    m_assetEdit->setObjectName(QStringLiteral("assetEdit"));
    m_assetEdit->setPlaceholderText(tr("Asset identifier (Digital Link URI, lot or serial)"));
    m_assetEdit->setClearButtonEnabled(true);
    m_assetEdit->setMinimumWidth(m_assetEdit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(tr("Upstream (to the mines)"), false);
    m_direction->addItem(tr("Downstream (to vehicles and recyclers)"), true);
    auto* show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("showLineageButton"));
    header()->addSpacing(12);
    header()->addWidget(m_assetEdit, 1);
    header()->addWidget(m_direction);
    header()->addWidget(show);
    auto go = [this] { showAsset(m_assetEdit->text(), m_direction->currentData().toBool()); };
    connect(show, &QPushButton::clicked, this, go);
    connect(m_assetEdit, &QLineEdit::returnPressed, this, go);

    m_scene = new QGraphicsScene(this);
    m_view = new GraphView(m_scene, this);
    m_view->setObjectName(QStringLiteral("lineageGraph"));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto selected = m_scene->selectedItems();
        if (!selected.isEmpty()) selectNode(selected.first()->data(kIdRole).toLongLong());
    });

    auto* tools = new QHBoxLayout;
    auto tool = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
    };
    tool(tr("Zoom in"), QStringLiteral("zoomInButton"), [this] { m_view->zoomBy(1.25); });
    tool(tr("Zoom out"), QStringLiteral("zoomOutButton"), [this] { m_view->zoomBy(0.8); });
    tool(tr("Fit"), QStringLiteral("fitButton"), [this] { m_view->fit(); });
    tools->addStretch(1);
    tool(tr("Export SVG…"), QStringLiteral("exportSvgButton"), [this] { askExport(true); });
    tool(tr("Export PNG…"), QStringLiteral("exportPngButton"), [this] { askExport(false); });

    // The side panel: the event behind the node clicked.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_nodeTitle = valueLabel(side, QStringLiteral("nodeTitle"));
    m_nodeTitle->setText(tr("Click a node to see the event that made it."));
    QFont bold = m_nodeTitle->font();
    bold.setBold(true);
    m_nodeTitle->setFont(bold);
    m_recorder = valueLabel(side, QStringLiteral("eventRecorder"));
    m_transaction = valueLabel(side, QStringLiteral("eventTransaction"));
    m_block = valueLabel(side, QStringLiteral("eventBlock"));
    m_verification = valueLabel(side, QStringLiteral("eventVerification"));
    auto* form = new QFormLayout;
    form->addRow(tr("Recorder:"), m_recorder);
    form->addRow(tr("Transaction:"), m_transaction);
    form->addRow(tr("Block:"), m_block);
    form->addRow(tr("Verification:"), m_verification);
    m_document = new QPlainTextEdit(side);
    m_document->setObjectName(QStringLiteral("eventDocument"));
    m_document->setReadOnly(true);
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setLineWrapMode(QPlainTextEdit::NoWrap);
    sideLayout->addWidget(m_nodeTitle);
    sideLayout->addLayout(form);
    sideLayout->addWidget(new QLabel(tr("EPCIS event:"), side));
    sideLayout->addWidget(m_document, 1);

    m_nodes = new RecordTableModel({tr("Asset"), tr("Stage"), tr("Material"), tr("Depth"), tr("Mine"), tr("Country"),
                                    tr("Compliance")},
                                   this);
    m_origins = new RecordTableModel({tr("Element"), tr("Mine"), tr("Country"), tr("Risk area"), tr("Share")}, this);
    m_nodesTable = makeTable(this, QStringLiteral("lineageNodesTable"), QStringLiteral("lineage"), m_nodes);
    m_originsTable = makeTable(this, QStringLiteral("originsTable"), QStringLiteral("origin_shares"), m_origins);
    m_nodesTable->setColumnWidthForText(0, QStringLiteral("https://id.example/01/04063012000013/21/PK-000000"));
    connect(m_nodesTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString key = m_nodes->key(index.row());
        for (const auto& n : m_report.nodes)
            if (n.uri == key) selectNode(n.id);
    });
    m_tabs = new QTabWidget(this);
    auto* tabs = m_tabs;
    tabs->setObjectName(QStringLiteral("lineageTabs"));
    tabs->addTab(m_originsTable, tr("Origin shares (mass balance)"));
    tabs->addTab(m_nodesTable, tr("Assets"));

    // What the colours and the red mark mean.
    QStringList legend;
    for (const char* kind : {"ore", "refined", "cathode", "electrode", "cell-lot", "module", "pack", "vehicle", "recovered"}) {
        const QString k = QString::fromLatin1(kind);
        legend << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2")
                      .arg(stageColour(k).darker(115).name(), kindText(k).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    legend << QStringLiteral("<span style='color:%1'>&#9679;</span>&nbsp;%2")
                  .arg(kProblem.name(), tr("compliance problem").toHtmlEscaped());
    auto* legendLabel = new QLabel(legend.join(QStringLiteral("&nbsp;&nbsp; ")), this);
    legendLabel->setObjectName(QStringLiteral("lineageLegend"));
    legendLabel->setTextFormat(Qt::RichText);
    legendLabel->setWordWrap(true);

    auto* graphBox = new QWidget(this);
    auto* graphLayout = new QVBoxLayout(graphBox);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->addLayout(tools);
    graphLayout->addWidget(m_view, 1);
    graphLayout->addWidget(legendLabel);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(graphBox);
    top->addWidget(side);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    body()->addWidget(split, 1);

    m_layoutWatcher = new QFutureWatcher<GraphLayout>(this);
    connect(m_layoutWatcher, &QFutureWatcher<GraphLayout>::finished, this, [this] {
        if (m_layoutWatcher->property("generation").toULongLong() != m_layoutGeneration) return;
        draw(m_layoutWatcher->result());
    });
    connect(service, &facade::ExplorerService::lineageReady, this, &LineageView::onReport);
    connect(service, &facade::ExplorerService::traceEventReady, this, &LineageView::onEvent);
}

void LineageView::showAsset(const QString& asset, bool downstream)
{
    m_asset = asset.trimmed();
    m_downstream = downstream;
    {
        const QSignalBlocker b1(m_assetEdit), b2(m_direction);
        m_assetEdit->setText(m_asset);
        m_direction->setCurrentIndex(downstream ? 1 : 0);
    }
    if (m_asset.isEmpty()) {
        showMessage(tr("Enter an asset identifier: a Digital Link URI, or a lot or serial number alone."), true);
        return;
    }
    request();
}

void LineageView::request()
{
    if (m_asset.isEmpty()) {
        showMessage(tr("Enter an asset identifier, or search for one (Ctrl+F), to see where it came from and where it went."),
                    false);
        return;
    }
    m_pending = service()->requestLineage(m_asset, m_downstream);
}

void LineageView::clear()
{
    m_report = {};
    m_event = {};
    m_pendingEvent = 0;
    m_nodeTitle->setText(tr("Click a node to see the event that made it."));
    for (QLabel* l : {m_recorder, m_transaction, m_block, m_verification}) l->clear();
    m_document->clear();
    ++m_layoutGeneration;
    m_scene->clear();
    m_drawnNodes = 0;
    fillTables();
}

void LineageView::onReport(quint64 id, const facade::LineageReport& report)
{
    if (id != m_pending) return;
    if (!report.error.ok()) {
        clear();
        showError(report.error);
        emit updated();
        return;
    }
    clearMessage();
    m_report = report;
    if (report.truncated)
        showMessage(tr("The graph was cut at %1 assets; the tables and the drawing show that part.")
                        .arg(report.nodes.size()),
                    false);
    fillTables();
    startLayout();
    emit updated();
}

const facade::LineageNodeValue* LineageView::node(qint64 id) const
{
    for (const auto& n : m_report.nodes)
        if (n.id == id) return &n;
    return nullptr;
}

void LineageView::startLayout()
{
    // Box sizes from the font the scene draws with, measured here, laid out there.
    QFont font = m_view->font();
    const QFontMetricsF fm(font);
    GraphLayoutInput in;
    for (const auto& n : m_report.nodes) {
        const QString l1 = kindText(n.kind), l2 = DomainFormat::shortId(n.uri);
        const double w = std::max(fm.horizontalAdvance(l1), fm.horizontalAdvance(l2)) + 20;
        in.nodes << GraphLayoutInput::Node{n.id, QSizeF(std::max(w, 80.0), fm.height() * 2 + 12)};
    }
    for (const auto& e : m_report.edges)
        in.edges << GraphLayoutInput::Edge{e.src, e.dst, quantity(e.srcQty, e.srcUom)};
    const quint64 generation = ++m_layoutGeneration;
    m_layoutWatcher->setProperty("generation", generation);
    m_layoutWatcher->setFuture(QtConcurrent::run([in] { return layoutGraph(in); }));
}

void LineageView::draw(const GraphLayout& layout)
{
    m_scene->clear();
    m_drawnNodes = 0;
    if (!layout.error.isEmpty()) {
        showMessage(tr("The graph could not be laid out: %1").arg(layout.error), true);
        return;
    }
    const QFont font = m_view->font();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    QPen edgePen(QColor(0x60, 0x60, 0x60));
    edgePen.setWidthF(1.2);
    for (const auto& e : layout.edges) {
        if (e.path.size() < 4) continue;
        QPainterPath path(e.path.first());
        for (int i = 1; i + 2 < e.path.size(); i += 3) path.cubicTo(e.path[i], e.path[i + 1], e.path[i + 2]);
        QPointF tip = e.arrowTip.value_or(e.path.last());
        if (e.arrowTip) path.lineTo(tip);
        auto* item = m_scene->addPath(path, edgePen);
        item->setZValue(0);
        // The arrow head, along the last segment.
        const QPointF from = e.path.last() == tip ? e.path[e.path.size() - 2] : e.path.last();
        const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.4) * 8, std::sin(angle - 0.4) * 8)
             << tip - QPointF(std::cos(angle + 0.4) * 8, std::sin(angle + 0.4) * 8);
        m_scene->addPolygon(head, edgePen, QBrush(edgePen.color()))->setZValue(0);
        if (e.labelPos && !e.label.isEmpty()) {
            auto* label = m_scene->addSimpleText(e.label, small);
            const QRectF r = label->boundingRect();
            label->setPos(*e.labelPos - QPointF(r.width() / 2, r.height() / 2));
            label->setBrush(QColor(0x30, 0x30, 0x30));
            label->setZValue(1);
        }
    }
    for (const auto& ln : layout.nodes) {
        const auto* n = node(ln.id);
        if (!n) continue;
        const QRectF rect(ln.centre - QPointF(ln.size.width() / 2, ln.size.height() / 2), ln.size);
        QPainterPath shape;
        shape.addRoundedRect(rect, 6, 6);
        QPen pen(n->flagged ? kProblem : QColor(0x50, 0x50, 0x50));
        pen.setWidthF(n->flagged ? 3 : 1);
        auto* box = m_scene->addPath(shape, pen, stageColour(n->kind));
        box->setFlag(QGraphicsItem::ItemIsSelectable);
        box->setData(kIdRole, n->id);
        box->setZValue(2);
        QString tip = QStringLiteral("%1\n%2").arg(kindText(n->kind), n->uri);
        if (!n->material.isEmpty()) tip += QStringLiteral("\n") + n->material;
        if (n->origin) tip += QStringLiteral("\n") + tr("mine: %1 (%2)").arg(n->mine, n->country);
        if (n->flagged) tip += QStringLiteral("\n") + tr("compliance: %1").arg(n->flagReasons.join(QStringLiteral("; ")));
        box->setToolTip(tip);
        auto* text = new QGraphicsSimpleTextItem(QStringLiteral("%1\n%2").arg(kindText(n->kind), DomainFormat::shortId(n->uri)), box);
        text->setFont(font);
        const QRectF tr = text->boundingRect();
        text->setPos(rect.center() - QPointF(tr.width() / 2, tr.height() / 2));
        if (n->flagged) {
            // The red mark: a filled circle with "!" on the box's corner.
            auto* mark = m_scene->addEllipse(QRectF(rect.topRight() - QPointF(9, 9), QSizeF(18, 18)), QPen(Qt::white),
                                             QBrush(kProblem));
            mark->setZValue(3);
            mark->setToolTip(n->flagReasons.join(QLatin1Char('\n')));
            auto* bang = m_scene->addSimpleText(QStringLiteral("!"), font);
            bang->setBrush(Qt::white);
            bang->setPos(mark->rect().center() - QPointF(bang->boundingRect().width() / 2, bang->boundingRect().height() / 2));
            bang->setZValue(4);
        }
        ++m_drawnNodes;
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    m_view->fit();
    emit graphDrawn();
}

void LineageView::fillTables()
{
    std::vector<std::vector<RecordCell>> rows;
    QStringList keys;
    for (const auto& n : m_report.nodes) {
        RecordCell compliance = RecordCell::plain(n.flagged ? tr("flagged") : QString(), n.flagReasons.join(QLatin1Char('\n')));
        compliance.foreground = kProblem;
        rows.push_back({RecordCell::plain(n.uri, n.uri), RecordCell::plain(kindText(n.kind)), RecordCell::plain(n.material),
                        RecordCell::number(QString::number(n.depth), n.depth), RecordCell::plain(n.mine),
                        RecordCell::plain(n.country), compliance});
        keys << n.uri;
    }
    m_nodes->setRows(std::move(rows), keys);
    m_nodesTable->fitColumnsToContents();
    rows.clear();
    for (const auto& o : m_report.origins) {
        RecordCell risk = RecordCell::plain(o.cahra ? tr("conflict-affected or high-risk") : QString());
        risk.foreground = kProblem;
        rows.push_back({RecordCell::plain(o.element), RecordCell::plain(o.mine), RecordCell::plain(o.country), risk,
                        RecordCell::number(DomainFormat::percent(o.share), o.share)});
    }
    m_origins->setRows(std::move(rows));
    m_originsTable->fitColumnsToContents();
    m_origins->setHeaderToolTips({QString(), QString(), QString(), QString(), m_report.massBalanceDefinition});
    // Origin shares follow the asset upstream; a downstream graph has none to show.
    const int originsTab = m_tabs->indexOf(m_originsTable);
    m_tabs->setTabEnabled(originsTab, !m_downstream);
    m_tabs->setTabToolTip(originsTab, m_downstream ? tr("Origin shares follow the asset upstream: choose Upstream to see them.")
                                                   : QString());
    if (m_downstream && m_tabs->currentIndex() == originsTab) m_tabs->setCurrentWidget(m_nodesTable);
}

void LineageView::selectNode(qint64 id)
{
    const auto* n = node(id);
    if (!n) return;
    m_nodeTitle->setText(QStringLiteral("%1 %2").arg(kindText(n->kind), n->uri));
    m_recorder->clear();
    m_transaction->clear();
    m_block->clear();
    m_verification->clear();
    m_document->clear();
    if (n->eventId == 0) {
        m_document->setPlainText(tr("No event of this asset is in the index."));
        return;
    }
    m_pendingEvent = service()->requestTraceEvent(n->eventId);
}

void LineageView::onEvent(quint64 id, const facade::TraceEventDetails& d)
{
    if (id != m_pendingEvent) return;
    m_event = d;
    if (!d.error.ok()) {
        m_document->setPlainText(d.error.message);
        return;
    }
    m_recorder->setText(d.recorderName.isEmpty() ? d.recorder : QStringLiteral("%1 (%2)").arg(d.recorderName, d.recorder));
    m_transaction->setText(d.transaction);
    m_block->setText(tr("%1, log %2").arg(QLocale().toString(qulonglong(d.blockNumber))).arg(d.logIndex));
    QString v = tr("event %1; block %2").arg(statusText(d.status), d.blockVerified ? tr("verified") : tr("failed"));
    if (!d.reason.isEmpty()) v += QStringLiteral(" — ") + d.reason;
    m_verification->setText(v);
    m_verification->setStyleSheet(d.status == QLatin1String("verified") && d.blockVerified
                                      ? QStringLiteral("QLabel { color: #1b7f3b; }")
                                      : QStringLiteral("QLabel { color: #b00020; }"));
    m_document->setPlainText(d.document.isEmpty() ? tr("Private event: its document has not been disclosed.") : d.document);
    emit eventShown(d.eventId);
}

bool LineageView::exportSvg(const QString& path)
{
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Lineage of %1").arg(m_asset));
    QPainter painter;
    if (!painter.begin(&svg)) return false;
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return painter.end();
}

bool LineageView::exportPng(const QString& path)
{
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    const double scale = 2.0;
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return false;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    painter.end();
    return image.save(path, "PNG");
}

void LineageView::askExport(bool svg)
{
    if (m_scene->items().isEmpty()) return;
    const QString name = QStringLiteral("lineage-%1.%2").arg(DomainFormat::shortId(m_asset), svg ? QStringLiteral("svg") : QStringLiteral("png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), QDir::home().filePath(name),
                                                      svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!(svg ? exportSvg(path) : exportPng(path)))
        showMessage(tr("The graph could not be written to %1.").arg(QDir::toNativeSeparators(path)), true);
}

}  // namespace bt::ui
