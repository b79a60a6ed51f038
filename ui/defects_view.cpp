#include "defects_view.h"

#include "chart_view.h"
#include "domain_format.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "lttb.h"
#include "record_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <map>

namespace bt::ui {

namespace {

const QColor kProblem(0xb0, 0x00, 0x20);
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kUninspected(0x90, 0x90, 0x90);

ExplorerTableView* makeTable(QWidget* parent, const QString& objectName, const QString& exportName, RecordTableModel* model)
{
    auto* t = new ExplorerTableView(parent);
    t->setObjectName(objectName);
    t->setExportName(exportName);
    t->setModel(model);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QComboBox* filterCombo(QWidget* parent, const QString& objectName)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMinimumContentsLength(8);
    return c;
}

// Fills a filter combo: "All" (empty data) then the values by their short names.
void setChoices(QComboBox* c, const QStringList& values, const QString& current, const QString& all)
{
    c->clear();
    if (!all.isEmpty()) c->addItem(all, QString());
    for (const QString& v : values) c->addItem(DomainFormat::shortId(v), v);
    const int i = c->findData(current);
    c->setCurrentIndex(i >= 0 ? i : 0);
}

QString outcomeText(facade::MeasurementPoint::Outcome o)
{
    switch (o) {
    case facade::MeasurementPoint::Outcome::Conformant: return DefectsView::tr("conformant");
    case facade::MeasurementPoint::Outcome::NonConformant: return DefectsView::tr("non-conformant");
    case facade::MeasurementPoint::Outcome::None: break;
    }
    return DefectsView::tr("not inspected");
}

QString dimensionText(const QString& d)
{
    if (d == QLatin1String("equipment")) return DefectsView::tr("equipment");
    if (d == QLatin1String("line")) return DefectsView::tr("line");
    if (d == QLatin1String("operator")) return DefectsView::tr("operator");
    if (d == QLatin1String("week")) return DefectsView::tr("week");
    return d;
}

QString recallKindText(const QString& k)
{
    if (k == QLatin1String("suspect lot")) return DefectsView::tr("suspect lot");
    if (k == QLatin1String("cell lot")) return DefectsView::tr("cell lot");
    if (k == QLatin1String("module")) return DefectsView::tr("module");
    if (k == QLatin1String("pack")) return DefectsView::tr("pack");
    if (k == QLatin1String("vehicle")) return DefectsView::tr("vehicle");
    return k;
}

}  // namespace

DefectsView::DefectsView(facade::ExplorerService* service, QWidget* parent) : DomainPage(service, tr("Defects"), parent)
{
    m_parameter = filterCombo(this, QStringLiteral("parameterCombo"));
    m_plant = filterCombo(this, QStringLiteral("plantCombo"));
    m_line = filterCombo(this, QStringLiteral("lineCombo"));
    m_equipment = filterCombo(this, QStringLiteral("equipmentCombo"));
    m_operator = filterCombo(this, QStringLiteral("operatorCombo"));
    m_period = new QCheckBox(tr("Period"), this);
    m_period->setObjectName(QStringLiteral("periodCheck"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setToolTip(tr("The period ends before this day."));

    auto* filters = new QHBoxLayout;
    auto add = [&](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    add(tr("&Parameter:"), m_parameter);
    add(tr("Plant:"), m_plant);
    add(tr("Line:"), m_line);
    add(tr("Equipment:"), m_equipment);
    add(tr("Operator:"), m_operator);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    body()->addLayout(filters);

    for (QComboBox* c : {m_parameter, m_plant, m_line, m_equipment, m_operator})
        connect(c, &QComboBox::currentIndexChanged, this, &DefectsView::filterChanged);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        filterChanged();
    });
    connect(m_from, &QDateEdit::userDateChanged, this, &DefectsView::filterChanged);
    connect(m_to, &QDateEdit::userDateChanged, this, &DefectsView::filterChanged);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new ChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("controlChart"));
    m_chartView->setExportName(QStringLiteral("control_chart"));
    m_limitsNote = new QLabel(this);
    m_limitsNote->setObjectName(QStringLiteral("limitsNote"));
    m_limitsNote->setWordWrap(true);

    m_suspects = new RecordTableModel({tr("Suspect"), tr("Kind"), tr("Lots"), tr("Non-conformant"), tr("Cells failed"),
                                       tr("Rate"), tr("Rate elsewhere"), tr("Ratio"), tr("p-value"), tr("Mean shift (σ)")},
                                      this);
    m_recall = new RecordTableModel({tr("Kind"), tr("Identifier")}, this);
    m_points = new RecordTableModel({tr("Time"), tr("Value"), tr("Lot"), tr("Plant"), tr("Line"), tr("Equipment"),
                                     tr("Operator"), tr("Inspection"), tr("Cells tested"), tr("Cells failed")},
                                    this);
    m_suspectsTable = makeTable(this, QStringLiteral("suspectsTable"), QStringLiteral("suspects"), m_suspects);
    m_recallTable = makeTable(this, QStringLiteral("recallTable"), QStringLiteral("recall_scope"), m_recall);
    m_pointsTable = makeTable(this, QStringLiteral("measurementsTable"), QStringLiteral("measurements"), m_points);
    m_suspectsTable->setColumnWidthForText(0, QStringLiteral("urn:epc:id:sgln:4063012.00001.COAT-2"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("defectsTabs"));
    tabs->addTab(m_suspectsTable, tr("Suspects"));
    tabs->addTab(m_recallTable, tr("Recall scope"));
    tabs->addTab(m_pointsTable, tr("Measurements"));

    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_limitsNote);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(chartBox);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body()->addWidget(split, 1);

    connect(service, &facade::ExplorerService::defectsReady, this, &DefectsView::onReport);
}

facade::DefectsFilter DefectsView::filter() const { return m_filter; }

void DefectsView::setFilter(const facade::DefectsFilter& filter)
{
    m_filter = filter;
    if (service()->isIndexOpen()) m_pending = service()->requestDefects(m_filter);
}

void DefectsView::filterChanged()
{
    if (m_filling) return;
    facade::DefectsFilter f;
    f.parameter = m_parameter->currentData().toString();
    f.plant = m_plant->currentData().toString();
    f.line = m_line->currentData().toString();
    f.equipment = m_equipment->currentData().toString();
    f.operatorId = m_operator->currentData().toString();
    if (m_period->isChecked()) {
        f.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        f.to = QDateTime(m_to->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }
    setFilter(f);
}

void DefectsView::request() { m_pending = service()->requestDefects(m_filter); }

void DefectsView::clear()
{
    m_report = {};
    fillTables();
    fillChart();
}

void DefectsView::onReport(quint64 id, const facade::DefectsReport& report)
{
    if (id != m_pending) return;
    m_report = report;
    if (!report.error.ok())
        showError(report.error);
    else
        clearMessage();
    fillFilters();
    fillTables();
    fillChart();
    emit updated();
}

void DefectsView::fillFilters()
{
    m_filling = true;
    const QString all = tr("All");
    setChoices(m_parameter, m_report.parameters, m_report.parameter.isEmpty() ? m_filter.parameter : m_report.parameter, {});
    // Keep the parameter the page shows as the filter's, so that a refresh asks for it again.
    m_filter.parameter = m_parameter->currentData().toString();
    setChoices(m_plant, m_report.plants, m_filter.plant, all);
    setChoices(m_line, m_report.lines, m_filter.line, all);
    setChoices(m_equipment, m_report.equipment, m_filter.equipment, all);
    setChoices(m_operator, m_report.operators, m_filter.operatorId, all);
    if (!m_report.points.isEmpty() && !m_period->isChecked()) {
        m_from->setDate(QDateTime::fromSecsSinceEpoch(m_report.points.first().time, Qt::UTC).date());
        m_to->setDate(QDateTime::fromSecsSinceEpoch(m_report.points.last().time, Qt::UTC).date().addDays(1));
    }
    m_filling = false;
}

void DefectsView::fillTables()
{
    const QLocale l;
    std::vector<std::vector<RecordCell>> rows;
    for (const auto& s : m_report.suspects) {
        RecordCell p = RecordCell::number(s.pValue < 1e-4 ? l.toString(s.pValue, 'e', 1) : l.toString(s.pValue, 'f', 4), s.pValue);
        if (s.pValue < 0.01) p.foreground = kProblem;
        rows.push_back({RecordCell::plain(DomainFormat::shortId(s.value), s.value), RecordCell::plain(dimensionText(s.dimension)),
                        RecordCell::number(l.toString(s.lots), double(s.lots)),
                        RecordCell::number(l.toString(s.nonConformant), double(s.nonConformant)),
                        RecordCell::number(tr("%1 of %2").arg(l.toString(s.failed), l.toString(s.tested)), double(s.failed)),
                        RecordCell::number(DomainFormat::percent(s.rate, 1), s.rate),
                        RecordCell::number(DomainFormat::percent(s.otherRate, 1), s.otherRate),
                        RecordCell::number(l.toString(s.rateRatio, 'f', 2), s.rateRatio), p,
                        RecordCell::number(l.toString(s.meanShiftSigma, 'f', 2), s.meanShiftSigma)});
    }
    m_suspects->setRows(std::move(rows));
    m_suspectsTable->fitColumnsToContents();
    m_suspects->setHeaderToolTips({m_report.definitions});

    rows.clear();
    QStringList keys;
    for (const auto& r : m_report.recall) {
        rows.push_back({RecordCell::plain(recallKindText(r.kind)), RecordCell::plain(r.id, r.id)});
        keys << r.id;
    }
    m_recall->setRows(std::move(rows), keys);
    m_recallTable->fitColumnsToContents();
    m_recall->setHeaderToolTips({m_report.recallBasis, m_report.recallBasis});

    rows.clear();
    rows.reserve(std::size_t(m_report.points.size()));
    for (const auto& p : m_report.points) {
        RecordCell outcome = RecordCell::plain(outcomeText(p.outcome));
        if (p.outcome == facade::MeasurementPoint::Outcome::NonConformant) outcome.foreground = kProblem;
        rows.push_back({RecordCell{DomainFormat::dateTime(p.time), DomainFormat::isoTime(p.time), {}, {}, Qt::AlignLeft | Qt::AlignVCenter},
                        RecordCell::number(l.toString(p.value, 'g', 6), p.value), RecordCell::plain(DomainFormat::shortId(p.asset), p.asset),
                        RecordCell::plain(DomainFormat::shortId(p.plant), p.plant), RecordCell::plain(DomainFormat::shortId(p.line), p.line),
                        RecordCell::plain(DomainFormat::shortId(p.equipment), p.equipment), RecordCell::plain(p.operatorId), outcome,
                        RecordCell::number(l.toString(p.tested), double(p.tested)),
                        RecordCell::number(l.toString(p.failed), double(p.failed))});
    }
    m_points->setRows(std::move(rows));
    m_pointsTable->fitColumnsToContents();
}

void DefectsView::fillChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* a : m_chart->axes()) {
        m_chart->removeAxis(a);
        delete a;
    }
    m_drawn = 0;
    const auto& pts = m_report.points;
    if (pts.isEmpty()) {
        m_chart->setTitle(QString());
        m_limitsNote->clear();
        return;
    }
    m_chart->setTitle(tr("%1 (%2)").arg(DomainFormat::shortId(m_report.parameter), DomainFormat::unit(m_report.uom)));

    // Limits: the equipment's own baseline chart when one is chosen, else the data's mean ± 3 sd.
    m_centre = m_report.mean;
    m_lcl = m_report.lcl;
    m_ucl = m_report.ucl;
    QString note = tr("Centre line: mean of the %1 measurements shown; limits: mean ± 3 standard deviations.")
                       .arg(QLocale().toString(pts.size()));
    if (!m_filter.equipment.isEmpty() && m_report.limits.size() == 1) {
        const auto& e = m_report.limits.first();
        m_centre = e.mean;
        m_lcl = e.lcl;
        m_ucl = e.ucl;
        note = tr("Individuals chart of %1: centre and limits from its baseline; %2 of %3 points in a run that breaks "
                  "a Western Electric rule.")
                   .arg(DomainFormat::shortId(e.equipment))
                   .arg(e.outOfControl)
                   .arg(e.points);
    }
    m_limitsNote->setText(note);
    m_limitsNote->setToolTip(m_report.definitions);

    // Downsample in time order to about one point per pixel column, keep every
    // non-conformant point (what the engineer hunts for), then split by outcome.
    std::vector<QPointF> xy;
    xy.reserve(std::size_t(pts.size()));
    for (const auto& p : pts) xy.emplace_back(double(p.time) * 1000.0, p.value);
    const int budget = std::max(300, m_chartView->width());
    std::vector<int> kept = lttbIndices(xy, budget);
    {
        std::vector<char> in(xy.size(), 0);
        for (int i : kept) in[std::size_t(i)] = 1;
        for (int i = 0; i < pts.size(); ++i)
            if (pts[i].outcome == facade::MeasurementPoint::Outcome::NonConformant && !in[std::size_t(i)]) kept.push_back(i);
        std::sort(kept.begin(), kept.end());
    }
    auto* good = new QScatterSeries;
    good->setName(tr("Conformant lot"));
    good->setColor(kGood);
    auto* bad = new QScatterSeries;
    bad->setName(tr("Non-conformant lot"));
    bad->setColor(kProblem);
    auto* none = new QScatterSeries;
    none->setName(tr("Not inspected"));
    none->setColor(kUninspected);
    QList<QPointF> g, b, n;
    double lo = m_lcl, hi = m_ucl;
    for (int i : kept) {
        const auto& p = pts[i];
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
        switch (p.outcome) {
        case facade::MeasurementPoint::Outcome::Conformant: g << xy[std::size_t(i)]; break;
        case facade::MeasurementPoint::Outcome::NonConformant: b << xy[std::size_t(i)]; break;
        case facade::MeasurementPoint::Outcome::None: n << xy[std::size_t(i)]; break;
        }
    }
    m_drawn = int(kept.size());
    for (auto [series, points] : {std::pair{none, &n}, std::pair{good, &g}, std::pair{bad, &b}}) {
        series->setMarkerSize(6);
        series->setBorderColor(series->color());
        series->replace(*points);
    }

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTitleText(tr("measured (UTC)"));
    x->setRange(QDateTime::fromSecsSinceEpoch(pts.first().time, Qt::UTC),
                QDateTime::fromSecsSinceEpoch(std::max(pts.last().time, pts.first().time + 60), Qt::UTC));
    auto* y = new QValueAxis;
    y->setTitleText(DomainFormat::unit(m_report.uom));
    const double pad = (hi - lo) * 0.08 + 1e-9;
    y->setRange(lo - pad, hi + pad);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    const double x0 = xy.front().x(), x1 = xy.back().x();
    auto line = [&](const QString& name, double v, const QColor& colour, Qt::PenStyle style) {
        auto* s = new QLineSeries;
        s->setName(name);
        QPen pen(colour);
        pen.setWidthF(1.5);
        pen.setStyle(style);
        s->setPen(pen);
        s->replace(QList<QPointF>{{x0, v}, {x1, v}});
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };
    line(tr("Mean %1").arg(QLocale().toString(m_centre, 'g', 5)), m_centre, QColor(0x33, 0x33, 0x33), Qt::SolidLine);
    line(tr("Upper control limit %1").arg(QLocale().toString(m_ucl, 'g', 5)), m_ucl, kProblem, Qt::DashLine);
    line(tr("Lower control limit %1").arg(QLocale().toString(m_lcl, 'g', 5)), m_lcl, kProblem, Qt::DashLine);
    for (QScatterSeries* s : {none, good, bad}) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        // The raw value of the point under the mouse: time, value, lot, where, outcome.
        connect(s, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const auto& all = m_report.points;
            const qint64 t = qint64(point.x() / 1000.0);
            for (const auto& p : all) {
                if (p.time != t || p.value != point.y()) continue;
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\n%2 %3\nlot %4\n%5, %6, operator %7\n%8")
                                       .arg(DomainFormat::dateTime(p.time), QLocale().toString(p.value, 'g', 6),
                                            DomainFormat::unit(m_report.uom), DomainFormat::shortId(p.asset),
                                            DomainFormat::shortId(p.line), DomainFormat::shortId(p.equipment),
                                            p.operatorId, outcomeText(p.outcome)),
                                   m_chartView);
                return;
            }
        });
    }
}

}  // namespace bt::ui
