#include "logistics_view.h"

#include "chart_view.h"
#include "domain_format.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "record_table_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <limits>

namespace bt::ui {

namespace {

const QColor kProblem(0xb0, 0x00, 0x20);

ExplorerTableView* makeTable(QWidget* parent, const QString& objectName, const QString& exportName, RecordTableModel* model)
{
    auto* t = new ExplorerTableView(parent);
    t->setObjectName(objectName);
    t->setExportName(exportName);
    t->setModel(model);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

RecordCell timeCell(qint64 t) { return {DomainFormat::dateTime(t), DomainFormat::isoTime(t), {}, {}, Qt::AlignLeft | Qt::AlignVCenter}; }

bool isTemperature(const QString& type) { return type.contains(QLatin1String("emperature")); }
bool isHumidity(const QString& type) { return type.contains(QLatin1String("umidity")); }

}  // namespace

LogisticsView::LogisticsView(facade::ExplorerService* service, QWidget* parent)
    : DomainPage(service, tr("Logistics"), parent)
{
    m_shipments = new RecordTableModel({tr("Shipment"), tr("Carrier"), tr("Shipper"), tr("Shipped"), tr("Received"),
                                        tr("Readings"), tr("Alarms"), tr("Excursions"), tr("Incident")},
                                       this);
    m_excursions = new RecordTableModel({tr("Measurement"), tr("From"), tr("To"), tr("Readings"), tr("Worst"),
                                         tr("Limit"), tr("Alarmed")},
                                        this);
    m_readings = new RecordTableModel({tr("Time"), tr("Measurement"), tr("Value"), tr("Unit"), tr("Alarm"),
                                       tr("Outside the limits")},
                                      this);
    m_shipmentsTable = makeTable(this, QStringLiteral("shipmentsTable"), QStringLiteral("shipments"), m_shipments);
    m_shipmentsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shipmentsTable->setColumnWidthForText(0, QStringLiteral("000000000000000000"));
    m_shipmentsTable->setColumnWidthForText(1, QStringLiteral("Transalpine Freight AG"));
    m_shipmentsTable->setColumnWidthForText(2, QStringLiteral("Austral Lithium Chemicals Pty"));
    m_shipmentsTable->setColumnWidthForText(3, QStringLiteral("2025-12-31 23:59"));
    m_shipmentsTable->setColumnWidthForText(4, QStringLiteral("2025-12-31 23:59"));
    m_excursionsTable = makeTable(this, QStringLiteral("excursionsTable"), QStringLiteral("excursions"), m_excursions);
    m_readingsTable = makeTable(this, QStringLiteral("readingsTable"), QStringLiteral("sensor_readings"), m_readings);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new ChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("shipmentChart"));
    m_chartView->setExportName(QStringLiteral("shipment"));
    m_shipmentTitle = new QLabel(tr("Select a shipment to see its sensor timeline."), this);
    m_shipmentTitle->setObjectName(QStringLiteral("shipmentTitle"));
    m_shipmentTitle->setWordWrap(true);
    m_shipmentTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_excursionsTable, tr("Excursions"));
    tabs->addTab(m_readingsTable, tr("Readings"));
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_shipmentTitle);
    auto* detailSplit = new QSplitter(Qt::Horizontal, detail);
    detailSplit->addWidget(m_chartView);
    detailSplit->addWidget(tabs);
    detailSplit->setStretchFactor(0, 3);
    detailSplit->setStretchFactor(1, 2);
    detailSplit->setSizes({700, 450});
    detailLayout->addWidget(detailSplit, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_shipmentsTable);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    body()->addWidget(split, 1);

    connect(m_shipmentsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) selectShipment(m_shipments->key(current.row()));
            });
    connect(service, &facade::ExplorerService::shipmentsReady, this, &LogisticsView::onReport);
}

void LogisticsView::request() { m_pendingList = service()->requestShipments(); }

void LogisticsView::clear()
{
    m_pendingOne = 0;
    m_list = {};
    m_selected = {};
    fillList();
    showShipment({});
}

void LogisticsView::selectShipment(const QString& sscc)
{
    if (sscc.isEmpty()) return;
    m_wanted = sscc;
    m_pendingOne = service()->requestShipments(sscc);
}

void LogisticsView::onReport(quint64 id, const facade::ShipmentsReport& report)
{
    if (id == m_pendingList) {
        m_list = report;
        if (!report.error.ok())
            showError(report.error);
        else
            clearMessage();
        fillList();
        // Something to look at at once: the first shipment that left its limits.
        if (m_selected.sscc.isEmpty() && m_pendingOne == 0)
            for (const auto& s : m_list.shipments)
                if (s.excursionCount > 0) {
                    selectShipment(s.sscc);
                    break;
                }
        emit updated();
        return;
    }
    if (id != m_pendingOne) return;
    if (!report.error.ok() || report.shipments.isEmpty()) {
        showError(report.error.ok() ? facade::DomainError{facade::DomainError::Kind::NotFound,
                                                          tr("no shipment %1").arg(m_wanted), {}, {}}
                                    : report.error);
        showShipment({});
        return;
    }
    clearMessage();
    showShipment(report.shipments.first());
    const int row = m_shipments->rowOfKey(report.shipments.first().sscc);
    if (row >= 0 && m_shipmentsTable->currentIndex().row() != row) {
        const QSignalBlocker block(m_shipmentsTable->selectionModel());
        m_shipmentsTable->selectRow(row);
    }
    emit shipmentShown(report.shipments.first().sscc);
}

void LogisticsView::fillList()
{
    const QLocale l;
    std::vector<std::vector<RecordCell>> rows;
    QStringList keys;
    for (const auto& s : m_list.shipments) {
        RecordCell excursions = RecordCell::number(l.toString(s.excursionCount), s.excursionCount);
        if (s.excursionCount > 0) excursions.foreground = kProblem;
        RecordCell incident = RecordCell::plain(s.incidentType, s.incidentNote);
        incident.foreground = kProblem;
        rows.push_back({RecordCell::plain(DomainFormat::shortId(s.sscc), s.sscc), RecordCell::plain(s.carrier),
                        RecordCell::plain(s.shipper), timeCell(s.shippedAt),
                        s.receivedAt ? timeCell(*s.receivedAt) : RecordCell::plain(tr("in transit")),
                        RecordCell::number(l.toString(s.readings), double(s.readings)),
                        RecordCell::number(l.toString(s.alarms), double(s.alarms)), excursions, incident});
        keys << s.sscc;
    }
    m_shipments->setRows(std::move(rows), keys);
    m_shipmentsTable->fitColumnsToContents();
    m_shipments->setHeaderToolTips({QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                                    m_list.definition});
}

void LogisticsView::showShipment(const facade::ShipmentValues& s)
{
    m_selected = s;
    m_chart->removeAllSeries();
    for (QAbstractAxis* a : m_chart->axes()) {
        m_chart->removeAxis(a);
        delete a;
    }
    const QLocale l;
    std::vector<std::vector<RecordCell>> rows;
    for (const auto& x : s.excursions) {
        RecordCell alarmed = RecordCell::plain(x.alarmed ? tr("yes") : tr("no"));
        rows.push_back({RecordCell::plain(x.type), timeCell(x.start), timeCell(x.end),
                        RecordCell::number(l.toString(x.readings), x.readings),
                        RecordCell::number(l.toString(x.worst, 'f', 1), x.worst), RecordCell::plain(x.limit), alarmed});
    }
    m_excursions->setRows(std::move(rows));
    m_excursionsTable->fitColumnsToContents();
    rows.clear();
    for (const auto& r : s.series) {
        RecordCell outside = RecordCell::plain(r.outside ? tr("outside") : QString());
        outside.foreground = kProblem;
        rows.push_back({timeCell(r.time), RecordCell::plain(r.type),
                        r.value ? RecordCell::number(l.toString(*r.value, 'f', 2), *r.value) : RecordCell::plain(DomainFormat::dash()),
                        RecordCell::plain(DomainFormat::unit(r.uom)), RecordCell::plain(r.alarm ? tr("alarm") : QString()), outside});
    }
    m_readings->setRows(std::move(rows));
    m_readingsTable->fitColumnsToContents();

    if (s.sscc.isEmpty()) {
        m_shipmentTitle->setText(tr("Select a shipment to see its sensor timeline."));
        m_chart->setTitle(QString());
        return;
    }
    QStringList limitTexts;
    for (const auto& lim : s.limits)
        limitTexts << tr("%1 %2 to %3 %4")
                          .arg(lim.type, lim.min ? l.toString(*lim.min) : DomainFormat::dash(),
                               lim.max ? l.toString(*lim.max) : DomainFormat::dash(), DomainFormat::unit(lim.uom));
    m_shipmentTitle->setText(tr("Shipment %1 by %2, %3 → %4; limits: %5")
                                 .arg(DomainFormat::shortId(s.sscc), s.carrier, DomainFormat::shortId(s.source),
                                      DomainFormat::shortId(s.destination),
                                      limitTexts.isEmpty() ? tr("none") : limitTexts.join(QStringLiteral("; "))));
    m_chart->setTitle(tr("Temperature and humidity of %1").arg(DomainFormat::shortId(s.sscc)));

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd HH:mm"));
    x->setTickCount(5);
    x->setTitleText(tr("time (UTC)"));
    QString tempUnit, humUnit;  // as the readings give them
    for (const auto& r : s.series) {
        if (tempUnit.isEmpty() && isTemperature(r.type)) tempUnit = DomainFormat::unit(r.uom);
        if (humUnit.isEmpty() && isHumidity(r.type)) humUnit = DomainFormat::unit(r.uom);
    }
    auto* yTemp = new QValueAxis;
    yTemp->setTitleText(tempUnit.isEmpty() ? tr("temperature") : tr("temperature (%1)").arg(tempUnit));
    auto* yHum = new QValueAxis;
    yHum->setTitleText(humUnit.isEmpty() ? tr("relative humidity") : tr("relative humidity (%1)").arg(humUnit));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(yTemp, Qt::AlignLeft);
    m_chart->addAxis(yHum, Qt::AlignRight);

    auto* temp = new QLineSeries;
    temp->setName(tr("Temperature"));
    temp->setColor(QColor(0xd6, 0x27, 0x28));
    auto* hum = new QLineSeries;
    hum->setName(tr("Humidity"));
    hum->setColor(QColor(0x1f, 0x77, 0xb4));
    auto* outside = new QScatterSeries;
    outside->setName(tr("Outside the limits"));
    outside->setColor(kProblem);
    outside->setMarkerSize(9);
    auto* alarms = new QScatterSeries;
    alarms->setName(tr("Alarm"));
    alarms->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    alarms->setColor(QColor(0xff, 0x9f, 0x00));
    alarms->setMarkerSize(11);
    double tMin = std::numeric_limits<double>::max(), tMax = std::numeric_limits<double>::lowest();
    double hMin = tMin, hMax = tMax;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    QList<QPointF> tp, hp, op, ap, opH, apH;
    for (const auto& r : s.series) {
        if (!r.value) continue;
        const double ms = double(r.time) * 1000.0;
        first = std::min(first, r.time);
        last = std::max(last, r.time);
        if (isTemperature(r.type)) {
            tp << QPointF(ms, *r.value);
            tMin = std::min(tMin, *r.value);
            tMax = std::max(tMax, *r.value);
        } else if (isHumidity(r.type)) {
            hp << QPointF(ms, *r.value);
            hMin = std::min(hMin, *r.value);
            hMax = std::max(hMax, *r.value);
        } else {
            continue;
        }
        const bool t = isTemperature(r.type);
        if (r.outside) (t ? op : opH) << QPointF(ms, *r.value);
        if (r.alarm) (t ? ap : apH) << QPointF(ms, *r.value);
    }
    if (first > last) {
        first = s.shippedAt;
        last = s.receivedAt.value_or(s.shippedAt + 3600);
    }
    temp->replace(tp);
    hum->replace(hp);
    outside->replace(op);
    alarms->replace(ap);

    // The limit band of the temperature, as an area between its min and max.
    for (const auto& lim : s.limits) {
        if (!isTemperature(lim.type) || (!lim.min && !lim.max)) continue;
        auto* lower = new QLineSeries;
        auto* upper = new QLineSeries;
        const double lo = lim.min.value_or(std::min(tMin, lim.max.value_or(0) - 10));
        const double hi = lim.max.value_or(std::max(tMax, lo + 10));
        lower->append(double(first) * 1000.0, lo);
        lower->append(double(last) * 1000.0, lo);
        upper->append(double(first) * 1000.0, hi);
        upper->append(double(last) * 1000.0, hi);
        auto* band = new QAreaSeries(upper, lower);
        band->setName(tr("Temperature limits"));
        band->setColor(QColor(0x2e, 0x7d, 0x32, 40));
        band->setBorderColor(QColor(0x2e, 0x7d, 0x32));
        m_chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(yTemp);
        tMin = std::min(tMin, lo);
        tMax = std::max(tMax, hi);
    }
    m_chart->addSeries(temp);
    temp->attachAxis(x);
    temp->attachAxis(yTemp);
    m_chart->addSeries(hum);
    hum->attachAxis(x);
    hum->attachAxis(yHum);
    // Markers on the axis of their measurement; the humidity's share the legend entry.
    m_chart->addSeries(outside);
    outside->attachAxis(x);
    outside->attachAxis(yTemp);
    m_chart->addSeries(alarms);
    alarms->attachAxis(x);
    alarms->attachAxis(yTemp);
    for (auto [points, like] : {std::pair{opH, outside}, std::pair{apH, alarms}}) {
        if (points.isEmpty()) continue;
        auto* h = new QScatterSeries;
        h->setMarkerShape(like->markerShape());
        h->setMarkerSize(like->markerSize());
        h->setColor(like->color());
        h->replace(points);
        m_chart->addSeries(h);
        h->attachAxis(x);
        h->attachAxis(yHum);
        for (auto* marker : m_chart->legend()->markers(h)) marker->setVisible(false);
    }

    x->setRange(QDateTime::fromSecsSinceEpoch(first, Qt::UTC), QDateTime::fromSecsSinceEpoch(std::max(last, first + 60), Qt::UTC));
    if (tMin <= tMax) yTemp->setRange(tMin - 2, tMax + 2);
    if (hMin <= hMax) yHum->setRange(std::max(0.0, hMin - 5), std::min(100.0, hMax + 5));
}

}  // namespace bt::ui
