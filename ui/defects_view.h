// The Defects page (quality): a control chart of the chosen process parameter over
// time — every measurement a point coloured by its lot's inspection outcome, the mean
// and the control limits — with filters by plant, line, equipment, operator and
// period; the ranked suspects of the investigate query (core/domain/
// investigate_query.h) and its recall scope. The chart shows at most as many points
// as it has pixels across (LTTB); the raw values are in the tooltips and the
// measurements table.
#pragma once

#include "domain_page.h"

class QChart;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace bt::ui {

class ChartView;
class ExplorerTableView;
class RecordTableModel;

class DefectsView : public DomainPage {
    Q_OBJECT

public:
    explicit DefectsView(facade::ExplorerService* service, QWidget* parent = nullptr);

    ExplorerTableView* primaryTable() const override { return m_suspectsTable; }
    QList<ExplorerTableView*> tables() const override { return {m_suspectsTable, m_recallTable, m_pointsTable}; }

    const facade::DefectsReport& report() const { return m_report; }
    // Asks again with this filter (the combos follow).
    void setFilter(const facade::DefectsFilter& filter);
    facade::DefectsFilter filter() const;
    RecordTableModel* suspectsModel() const { return m_suspects; }
    RecordTableModel* recallModel() const { return m_recall; }
    RecordTableModel* pointsModel() const { return m_points; }
    // The points drawn (after downsampling) and the centre line and limits drawn.
    int drawnPoints() const { return m_drawn; }
    double centre() const { return m_centre; }
    double lowerLimit() const { return m_lcl; }
    double upperLimit() const { return m_ucl; }
    ChartView* chartView() const { return m_chartView; }

protected:
    void request() override;
    void clear() override;

private:
    void onReport(quint64 id, const facade::DefectsReport& report);
    void fillFilters();
    void fillTables();
    void fillChart();
    void filterChanged();

    quint64 m_pending = 0;
    facade::DefectsReport m_report;
    facade::DefectsFilter m_filter;
    bool m_filling = false;
    QComboBox* m_parameter = nullptr;
    QComboBox* m_plant = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_equipment = nullptr;
    QComboBox* m_operator = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_limitsNote = nullptr;
    QChart* m_chart = nullptr;
    ChartView* m_chartView = nullptr;
    RecordTableModel* m_suspects = nullptr;
    RecordTableModel* m_recall = nullptr;
    RecordTableModel* m_points = nullptr;
    ExplorerTableView* m_suspectsTable = nullptr;
    ExplorerTableView* m_recallTable = nullptr;
    ExplorerTableView* m_pointsTable = nullptr;
    int m_drawn = 0;
    double m_centre = 0, m_lcl = 0, m_ucl = 0;
};

}  // namespace bt::ui
