// The KPIs page (management): defect rate by month with the rate before and after a
// change date, due-diligence time per supplier (median, p90), recycling rate and
// per-material recovery against the EU 2023/1542 targets, logistics incidents per 100
// shipments, information latency. Every figure is the kpi query's (core/domain/
// kpi_query.h); each KPI's definition, as the query states it, is its tooltip.
#pragma once

#include "domain_page.h"

#include <QDateTime>

class QDateEdit;
class QLabel;
class QChart;

namespace bt::ui {

class ChartView;
class ExplorerTableView;
class RecordTableModel;

class KpiView : public DomainPage {
    Q_OBJECT

public:
    explicit KpiView(facade::ExplorerService* service, QWidget* parent = nullptr);

    ExplorerTableView* primaryTable() const override { return m_monthsTable; }
    QList<ExplorerTableView*> tables() const override;

    const facade::KpiReport& report() const { return m_report; }
    // The change the defect rate is compared around (default: the middle of the data).
    void setChangeDate(const QDate& date);
    // failed / tested summed over the months before / from the change date.
    std::optional<double> defectRateBefore() const;
    std::optional<double> defectRateAfter() const;
    RecordTableModel* monthsModel() const { return m_months; }
    RecordTableModel* dueDiligenceModel() const { return m_dueDiligence; }
    RecordTableModel* recoveryModel() const { return m_recovery; }
    RecordTableModel* carriersModel() const { return m_carriers; }

protected:
    void request() override;
    void clear() override;

private:
    void onReport(quint64 id, const facade::KpiReport& report);
    void fill();
    void fillDefectChart();
    void fillRecoveryChart();
    QString definition(const QString& key) const;
    std::optional<double> rateAround(bool after) const;

    quint64 m_pending = 0;
    facade::KpiReport m_report;
    bool m_changeSet = false;
    QDateEdit* m_change = nullptr;
    QLabel* m_defects = nullptr;
    QLabel* m_recycling = nullptr;
    QLabel* m_incidents = nullptr;
    QLabel* m_latency = nullptr;
    QLabel* m_dueDiligenceTile = nullptr;
    QChart* m_defectChart = nullptr;
    QChart* m_recoveryChart = nullptr;
    ChartView* m_defectView = nullptr;
    ChartView* m_recoveryView = nullptr;
    RecordTableModel* m_months = nullptr;
    RecordTableModel* m_dueDiligence = nullptr;
    RecordTableModel* m_recovery = nullptr;
    RecordTableModel* m_carriers = nullptr;
    ExplorerTableView* m_monthsTable = nullptr;
    ExplorerTableView* m_dueDiligenceTable = nullptr;
    ExplorerTableView* m_recoveryTable = nullptr;
    ExplorerTableView* m_carriersTable = nullptr;
};

}  // namespace bt::ui
