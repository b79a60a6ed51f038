// The chart view every chart of the explorer uses: antialiased, and its context menu
// saves the chart as a PNG (File ▸ Export exports tables; charts export from here).
#pragma once

#include <QtCharts/QChartView>

namespace bt::ui {

class ChartView : public QChartView {
    Q_OBJECT

public:
    explicit ChartView(QChart* chart, QWidget* parent = nullptr);

    // The file name a save suggests ("defect_rate" → defect_rate.png).
    void setExportName(const QString& name) { m_exportName = name; }
    // Renders the chart at its current size (twice the pixels) into a PNG file.
    bool savePng(const QString& path);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString m_exportName;
};

}  // namespace bt::ui
