#include "kpi_view.h"

#include "chart_view.h"
#include "display_text.h"
#include "domain_format.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "record_table_model.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace bt::ui {

namespace {

QLabel* tile(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setFrameShape(QFrame::StyledPanel);
    l->setTextFormat(Qt::RichText);
    l->setAlignment(Qt::AlignCenter);
    l->setMargin(6);
    l->setMinimumHeight(l->fontMetrics().height() * 3 + 12);
    l->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return l;
}

QString tileText(const QString& title, const QString& value, const QString& detail)
{
    return QStringLiteral("<div>%1</div><div style='font-size:large; font-weight:bold'>%2</div><div>%3</div>")
        .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped());
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

QDate dateOf(qint64 t) { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date(); }

}  // namespace

KpiView::KpiView(facade::ExplorerService* service, QWidget* parent) : DomainPage(service, tr("KPIs"), parent)
{
    auto* changeLabel = new QLabel(tr("Process change on:"), this);
    m_change = new QDateEdit(this);
    m_change->setObjectName(QStringLiteral("changeDate"));
    m_change->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_change->setCalendarPopup(true);
    m_change->setToolTip(tr("The defect rate is compared before and after this date (months before it against "
                            "the months from it on)."));
    header()->addStretch(1);
    header()->addWidget(changeLabel);
    header()->addWidget(m_change);
    connect(m_change, &QDateEdit::userDateChanged, this, [this] {
        m_changeSet = true;
        fill();
    });

    m_defects = tile(this, QStringLiteral("defectRateTile"));
    m_dueDiligenceTile = tile(this, QStringLiteral("dueDiligenceTile"));
    m_recycling = tile(this, QStringLiteral("recyclingTile"));
    m_incidents = tile(this, QStringLiteral("incidentsTile"));
    m_latency = tile(this, QStringLiteral("latencyTile"));
    auto* tiles = new QHBoxLayout;
    for (QLabel* l : {m_defects, m_dueDiligenceTile, m_recycling, m_incidents, m_latency}) tiles->addWidget(l);
    body()->addLayout(tiles);

    m_defectChart = new QChart;
    m_defectChart->setTitle(tr("Defect rate by month"));
    m_defectChart->legend()->setAlignment(Qt::AlignBottom);
    m_defectView = new ChartView(m_defectChart, this);
    m_defectView->setObjectName(QStringLiteral("defectRateChart"));
    m_defectView->setExportName(QStringLiteral("defect_rate"));
    m_recoveryChart = new QChart;
    m_recoveryChart->setTitle(tr("Material recovery against EU 2023/1542 targets"));
    m_recoveryChart->legend()->setAlignment(Qt::AlignBottom);
    m_recoveryView = new ChartView(m_recoveryChart, this);
    m_recoveryView->setObjectName(QStringLiteral("recoveryChart"));
    m_recoveryView->setExportName(QStringLiteral("recovery"));

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_defectView);
    charts->addWidget(m_recoveryView);

    m_months = new RecordTableModel({tr("Month"), tr("Defect rate"), tr("Cells tested"), tr("Cells failed"),
                                     tr("Inspections"), tr("Recycling rate"), tr("Shipments"), tr("Incidents"),
                                     tr("Incidents per 100"), tr("Latency (median)")},
                                    this);
    m_dueDiligence = new RecordTableModel({tr("Supplier"), tr("Reviews"), tr("Median"), tr("90th percentile")}, this);
    m_recovery = new RecordTableModel({tr("Material"), tr("Input (kg)"), tr("Recovered (kg)"), tr("Recovery"),
                                       tr("Target 2027"), tr("Target 2031"), tr("Meets 2027"), tr("Meets 2031")},
                                      this);
    m_carriers = new RecordTableModel({tr("Carrier"), tr("Shipments"), tr("Incidents"), tr("Incidents per 100")}, this);
    m_monthsTable = makeTable(this, QStringLiteral("kpiMonthsTable"), QStringLiteral("kpi_by_month"), m_months);
    m_dueDiligenceTable = makeTable(this, QStringLiteral("dueDiligenceTable"), QStringLiteral("due_diligence"), m_dueDiligence);
    m_recoveryTable = makeTable(this, QStringLiteral("recoveryTable"), QStringLiteral("recovery"), m_recovery);
    m_carriersTable = makeTable(this, QStringLiteral("carriersTable"), QStringLiteral("carrier_incidents"), m_carriers);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("kpiTabs"));
    tabs->addTab(m_monthsTable, tr("By month"));
    tabs->addTab(m_dueDiligenceTable, tr("Due diligence"));
    tabs->addTab(m_recoveryTable, tr("Recovery"));
    tabs->addTab(m_carriersTable, tr("Carriers"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body()->addWidget(split, 1);

    connect(service, &facade::ExplorerService::kpisReady, this, &KpiView::onReport);
}

QList<ExplorerTableView*> KpiView::tables() const
{
    return {m_monthsTable, m_dueDiligenceTable, m_recoveryTable, m_carriersTable};
}

void KpiView::request() { m_pending = service()->requestKpis(); }

void KpiView::clear()
{
    m_report = {};
    fill();
}

void KpiView::setChangeDate(const QDate& date)
{
    m_changeSet = true;
    m_change->setDate(date);
    fill();
}

void KpiView::onReport(quint64 id, const facade::KpiReport& report)
{
    if (id != m_pending) return;
    m_report = report;
    if (!report.error.ok()) {
        m_report = {};
        fill();
        showError(report.error);
        emit updated();
        return;
    }
    clearMessage();
    if (!m_changeSet && !report.months.isEmpty()) {
        // The middle of the months with inspections: a first guess at "before and after".
        QList<const facade::KpiPeriodValues*> tested;
        for (const auto& m : report.months)
            if (m.tested > 0) tested << &m;
        const auto& mid = tested.isEmpty() ? report.months.at(report.months.size() / 2) : *tested.at(tested.size() / 2);
        const QSignalBlocker block(m_change);
        m_change->setDate(dateOf(mid.from));
    }
    fill();
    emit updated();
}

std::optional<double> KpiView::rateAround(bool after) const
{
    const QDate change = m_change->date();
    qint64 tested = 0, failed = 0;
    for (const auto& m : m_report.months) {
        if ((dateOf(m.from) >= change) != after) continue;
        tested += m.tested;
        failed += m.failed;
    }
    if (tested == 0) return std::nullopt;
    return double(failed) / double(tested);
}

std::optional<double> KpiView::defectRateBefore() const { return rateAround(false); }
std::optional<double> KpiView::defectRateAfter() const { return rateAround(true); }

QString KpiView::definition(const QString& key) const { return m_report.definitions.value(key); }

void KpiView::fill()
{
    const auto& t = m_report.total;
    const QLocale l;
    m_defects->setText(tileText(tr("Defect rate"), DomainFormat::percent(t.defectRate),
                                tr("before %1 · after %2")
                                    .arg(DomainFormat::percent(defectRateBefore()), DomainFormat::percent(defectRateAfter()))));
    m_defects->setToolTip(definition(QStringLiteral("defect rate")));
    std::optional<double> worstP90;
    for (const auto& d : t.dueDiligence)
        if (d.p90Days && (!worstP90 || *d.p90Days > *worstP90)) worstP90 = d.p90Days;
    m_dueDiligenceTile->setText(tileText(tr("Due diligence (p90, slowest supplier)"), DomainFormat::days(worstP90),
                                         tr("%n supplier(s)", nullptr, int(t.dueDiligence.size()))));
    m_dueDiligenceTile->setToolTip(definition(QStringLiteral("due diligence time")));
    m_recycling->setText(tileText(tr("Recycling rate"), DomainFormat::percent(t.recyclingRate),
                                  tr("%n recycling event(s)", nullptr, int(t.recyclingEvents))));
    m_recycling->setToolTip(definition(QStringLiteral("recycling rate")));
    m_incidents->setText(tileText(tr("Incidents per 100 shipments"), DomainFormat::decimal(t.incidentsPer100),
                                  tr("%1 of %2 shipments").arg(l.toString(t.incidents), l.toString(t.shipments))));
    m_incidents->setToolTip(definition(QStringLiteral("logistics incident rate")));
    m_latency->setText(tileText(tr("Information latency (median)"), DomainFormat::duration(t.latencyMedianSeconds),
                                tr("p90 %1 · %2 events")
                                    .arg(DomainFormat::duration(t.latencyP90Seconds), l.toString(t.latencyEvents))));
    m_latency->setToolTip(definition(QStringLiteral("information latency")));
    m_defectView->setToolTip(definition(QStringLiteral("defect rate")));
    m_recoveryView->setToolTip(definition(QStringLiteral("recycling rate")));

    std::vector<std::vector<RecordCell>> rows;
    for (const auto& m : m_report.months) {
        rows.push_back({RecordCell::plain(m.label),
                        RecordCell::number(DomainFormat::percent(m.defectRate), m.defectRate.value_or(qQNaN())),
                        RecordCell::number(l.toString(m.tested), double(m.tested)),
                        RecordCell::number(l.toString(m.failed), double(m.failed)),
                        RecordCell::number(l.toString(m.inspections), double(m.inspections)),
                        RecordCell::number(DomainFormat::percent(m.recyclingRate), m.recyclingRate.value_or(qQNaN())),
                        RecordCell::number(l.toString(m.shipments), double(m.shipments)),
                        RecordCell::number(l.toString(m.incidents), double(m.incidents)),
                        RecordCell::number(DomainFormat::decimal(m.incidentsPer100), m.incidentsPer100.value_or(qQNaN())),
                        RecordCell::number(DomainFormat::duration(m.latencyMedianSeconds),
                                           m.latencyMedianSeconds.value_or(qQNaN()))});
    }
    m_months->setRows(std::move(rows));
    m_monthsTable->fitColumnsToContents();
    m_months->setHeaderToolTips({QString(), definition(QStringLiteral("defect rate")), QString(), QString(), QString(),
                                 definition(QStringLiteral("recycling rate")), QString(), QString(),
                                 definition(QStringLiteral("logistics incident rate")),
                                 definition(QStringLiteral("information latency"))});

    rows.clear();
    for (const auto& d : t.dueDiligence)
        rows.push_back({RecordCell::plain(d.supplier, d.account), RecordCell::number(l.toString(d.reviews), double(d.reviews)),
                        RecordCell::number(DomainFormat::days(d.medianDays), d.medianDays.value_or(qQNaN())),
                        RecordCell::number(DomainFormat::days(d.p90Days), d.p90Days.value_or(qQNaN()))});
    m_dueDiligence->setRows(std::move(rows));
    m_dueDiligenceTable->fitColumnsToContents();
    m_dueDiligence->setHeaderToolTips({QString(), QString(), definition(QStringLiteral("due diligence time")),
                                       definition(QStringLiteral("due diligence time"))});

    rows.clear();
    auto meets = [](std::optional<double> rate, std::optional<double> target) {
        if (!rate || !target) return RecordCell::plain(DomainFormat::dash());
        RecordCell c = RecordCell::plain(*rate >= *target ? tr("yes") : tr("no"));
        c.foreground = *rate >= *target ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20);
        return c;
    };
    for (const auto& r : t.recovery)
        rows.push_back({RecordCell::plain(r.element),
                        RecordCell::number(l.toString(r.inputKg, 'f', 1), r.inputKg),
                        RecordCell::number(l.toString(r.recoveredKg, 'f', 1), r.recoveredKg),
                        RecordCell::number(DomainFormat::percent(r.rate), r.rate.value_or(qQNaN())),
                        RecordCell::number(DomainFormat::percent(r.target2027, 0), r.target2027.value_or(qQNaN())),
                        RecordCell::number(DomainFormat::percent(r.target2031, 0), r.target2031.value_or(qQNaN())),
                        meets(r.rate, r.target2027), meets(r.rate, r.target2031)});
    m_recovery->setRows(std::move(rows));
    m_recoveryTable->fitColumnsToContents();

    rows.clear();
    for (const auto& c : t.carriers)
        rows.push_back({RecordCell::plain(c.carrier), RecordCell::number(l.toString(c.shipments), double(c.shipments)),
                        RecordCell::number(l.toString(c.incidents), double(c.incidents)),
                        RecordCell::number(DomainFormat::decimal(c.per100), c.per100.value_or(qQNaN()))});
    m_carriers->setRows(std::move(rows));
    m_carriersTable->fitColumnsToContents();

    fillDefectChart();
    fillRecoveryChart();
}

void KpiView::fillDefectChart()
{
    m_defectChart->removeAllSeries();
    for (QAbstractAxis* a : m_defectChart->axes()) {
        m_defectChart->removeAxis(a);
        delete a;
    }
    // One bar per month, coloured by the side of the change it falls on.
    auto* before = new QBarSet(tr("Before the change"));
    auto* after = new QBarSet(tr("From the change on"));
    before->setColor(QColor(0xc6, 0x53, 0x3a));
    after->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList categories;
    double top = 0;
    const QDate change = m_change->date();
    for (const auto& m : m_report.months) {
        const double pct = m.defectRate.value_or(0) * 100.0;
        const bool isAfter = dateOf(m.from) >= change;
        *before << (isAfter ? 0.0 : pct);
        *after << (isAfter ? pct : 0.0);
        categories << (m.label.size() == 7 ? m.label.mid(2) : m.label);
        top = std::max(top, pct);
    }
    auto* series = new QStackedBarSeries;
    series->append(before);
    series->append(after);
    m_defectChart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 8 ? -90 : 0);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->setLabelFormat(QStringLiteral("%.1f %%"));
    m_defectChart->addAxis(x, Qt::AlignBottom);
    m_defectChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void KpiView::fillRecoveryChart()
{
    m_recoveryChart->removeAllSeries();
    for (QAbstractAxis* a : m_recoveryChart->axes()) {
        m_recoveryChart->removeAxis(a);
        delete a;
    }
    auto* achieved = new QBarSet(tr("Recovered"));
    auto* t2027 = new QBarSet(tr("Target 2027"));
    auto* t2031 = new QBarSet(tr("Target 2031"));
    achieved->setColor(QColor(0x1f, 0x77, 0xb4));
    t2027->setColor(QColor(0xbb, 0xbb, 0xbb));
    t2031->setColor(QColor(0x77, 0x77, 0x77));
    QStringList categories;
    for (const auto& r : m_report.total.recovery) {
        categories << r.element;
        *achieved << r.rate.value_or(0) * 100.0;
        *t2027 << r.target2027.value_or(0) * 100.0;
        *t2031 << r.target2031.value_or(0) * 100.0;
    }
    auto* series = new QBarSeries;
    series->append(achieved);
    series->append(t2027);
    series->append(t2031);
    m_recoveryChart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    m_recoveryChart->addAxis(x, Qt::AlignBottom);
    m_recoveryChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

}  // namespace bt::ui
