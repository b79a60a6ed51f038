// The Chain page: the blocks of the open index on a paged model (a verification
// badge per block), and the selected block in full below (every check, its
// transactions, logs and header). With no index open, it says how to get one.
#pragma once

#include "explorer_page.h"

#include <optional>

class QAbstractButton;
class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace bt::facade {
class ExplorerService;
}

namespace bt::ui {

class BlockDetailsPanel;
class BlocksTableModel;

class ChainView : public ExplorerPage {
    Q_OBJECT

public:
    explicit ChainView(facade::ExplorerService* service, QWidget* parent = nullptr);

    // The window's actions, for the buttons of the empty state and the toolbar.
    void setActions(QAction* openIndex, QAction* importArchive, QAction* connectNode, QAction* verifyAgain);

    BlocksTableModel* blocksModel() const { return m_model; }
    ExplorerTableView* blocksTable() const { return m_table; }
    BlockDetailsPanel* details() const { return m_details; }

    // Selects block `number` (in `row`, when known) and shows it; with `txIndex`, that transaction.
    void showBlock(quint64 number, qint64 row = -1, int txIndex = -1);

    ExplorerTableView* primaryTable() const override;
    QList<ExplorerTableView*> tables() const override;
    bool showsHitKind(const QString& kind) const override;
    void showSearchHit(const facade::SearchHit& hit) override;

private:
    void onSummary(const facade::IndexSummary& summary, facade::IndexChange change);
    void onCurrentRowChanged(int row);
    void selectRow(int row);

    facade::ExplorerService* m_service;
    BlocksTableModel* m_model = nullptr;
    ExplorerTableView* m_table = nullptr;
    BlockDetailsPanel* m_details = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_summary = nullptr;
    QToolButton* m_verifyButton = nullptr;
    QList<QPair<QAbstractButton*, QAction*>> m_emptyButtons;
    bool m_followTail = false;
    bool m_selecting = false;
    std::optional<int> m_pendingRow;  // selected before its page arrived
};

}  // namespace bt::ui
