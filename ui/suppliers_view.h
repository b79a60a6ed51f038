// The Suppliers page (procurement): every supplier with its certificates, their
// validity and the risk flags of the compliance query (core/domain/compliance_query.h),
// a "problems only" filter, the lots checked (flagged ones first) and, per pack, the
// share of each element that came from flagged lots (by the mass balance).
#pragma once

#include "domain_page.h"

class QCheckBox;

namespace bt::ui {

class ExplorerTableView;
class RecordTableModel;

class SuppliersView : public DomainPage {
    Q_OBJECT

public:
    explicit SuppliersView(facade::ExplorerService* service, QWidget* parent = nullptr);

    ExplorerTableView* primaryTable() const override { return m_suppliersTable; }
    QList<ExplorerTableView*> tables() const override { return {m_suppliersTable, m_lotsTable, m_packsTable}; }

    bool showsHitKind(const QString& kind) const override { return kind == QLatin1String("participant"); }
    void showSearchHit(const facade::SearchHit& hit) override { selectSupplier(hit.domainKey, hit.title); }
    // Selects the supplier with this account (shows a note when it is no supplier).
    void selectSupplier(const QString& account, const QString& title = {});

    const facade::ComplianceReport& report() const { return m_report; }
    void setProblemsOnly(bool on);
    RecordTableModel* suppliersModel() const { return m_suppliers; }
    RecordTableModel* lotsModel() const { return m_lots; }
    RecordTableModel* packsModel() const { return m_packs; }

protected:
    void request() override;
    void clear() override;

private:
    void onReport(quint64 id, const facade::ComplianceReport& report);
    void fill();

    quint64 m_pending = 0;
    QString m_wantedAccount, m_wantedTitle;
    facade::ComplianceReport m_report;
    QCheckBox* m_problemsOnly = nullptr;
    RecordTableModel* m_suppliers = nullptr;
    RecordTableModel* m_lots = nullptr;
    RecordTableModel* m_packs = nullptr;
    ExplorerTableView* m_suppliersTable = nullptr;
    ExplorerTableView* m_lotsTable = nullptr;
    ExplorerTableView* m_packsTable = nullptr;
};

}  // namespace bt::ui
