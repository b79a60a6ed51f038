// The Logistics page: every shipment (an SSCC from Shipping to Receiving) with its
// carrier, readings, alarms, excursions and incident; for the selected one, its
// temperature and humidity timeline with the shipper's limit band, the readings
// outside it and the device's alarms marked, and its excursions as a table
// (core/domain/shipment_query.h).
#pragma once

#include "domain_page.h"

class QChart;
class QLabel;

namespace bt::ui {

class ChartView;
class ExplorerTableView;
class RecordTableModel;

class LogisticsView : public DomainPage {
    Q_OBJECT

public:
    explicit LogisticsView(facade::ExplorerService* service, QWidget* parent = nullptr);

    ExplorerTableView* primaryTable() const override { return m_shipmentsTable; }
    QList<ExplorerTableView*> tables() const override { return {m_shipmentsTable, m_excursionsTable, m_readingsTable}; }
    bool showsHitKind(const QString& kind) const override { return kind == QLatin1String("shipment"); }
    void showSearchHit(const facade::SearchHit& hit) override { selectShipment(hit.domainKey); }

    const facade::ShipmentsReport& report() const { return m_list; }
    const facade::ShipmentValues& selected() const { return m_selected; }
    void selectShipment(const QString& sscc);
    RecordTableModel* shipmentsModel() const { return m_shipments; }
    RecordTableModel* excursionsModel() const { return m_excursions; }
    RecordTableModel* readingsModel() const { return m_readings; }
    ChartView* chartView() const { return m_chartView; }

signals:
    void shipmentShown(const QString& sscc);

protected:
    void request() override;
    void clear() override;

private:
    void onReport(quint64 id, const facade::ShipmentsReport& report);
    void fillList();
    void showShipment(const facade::ShipmentValues& s);

    quint64 m_pendingList = 0;
    quint64 m_pendingOne = 0;
    QString m_wanted;
    facade::ShipmentsReport m_list;
    facade::ShipmentValues m_selected;
    RecordTableModel* m_shipments = nullptr;
    RecordTableModel* m_excursions = nullptr;
    RecordTableModel* m_readings = nullptr;
    ExplorerTableView* m_shipmentsTable = nullptr;
    ExplorerTableView* m_excursionsTable = nullptr;
    ExplorerTableView* m_readingsTable = nullptr;
    QChart* m_chart = nullptr;
    ChartView* m_chartView = nullptr;
    QLabel* m_shipmentTitle = nullptr;
};

}  // namespace bt::ui
