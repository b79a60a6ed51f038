// One block in full: its verification state and hash, where it stands against the
// pinned checkpoint, every check with its result, and its transactions, logs and
// decoded header. Loads through the facade; reloads when the index is re-verified.
#pragma once

#include "explorer_types.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;

namespace bt::facade {
class ExplorerService;
}

namespace bt::ui {

class ChecksTableModel;
class ExplorerTableView;
class HeaderFieldsModel;
class LogsTableModel;
class TransactionsTableModel;

class BlockDetailsPanel : public QWidget {
    Q_OBJECT

public:
    explicit BlockDetailsPanel(facade::ExplorerService* service, QWidget* parent = nullptr);

    // Loads block `number`; with `txIndex`, selects that transaction when it is there.
    void showBlock(quint64 number, int txIndex = -1);
    void clear();
    std::optional<quint64> currentBlock() const { return m_number; }
    bool isLoaded() const noexcept { return m_loaded; }

    ChecksTableModel* checksModel() const { return m_checks; }
    TransactionsTableModel* transactionsModel() const { return m_transactions; }
    LogsTableModel* logsModel() const { return m_logs; }
    HeaderFieldsModel* headerModel() const { return m_header; }
    QList<ExplorerTableView*> tables() const;

signals:
    void blockShown(quint64 number);
    void exportRequested(bt::ui::ExplorerTableView* view);

private:
    void onDetails(quint64 requestId, const facade::BlockDetails& details);
    void showCheck(int row);
    void retitleTabs();

    facade::ExplorerService* m_service;
    std::optional<quint64> m_number;
    int m_pendingTx = -1;
    quint64 m_requestId = 0;
    bool m_loaded = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_hash = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_link = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_checkReason = nullptr;
    ChecksTableModel* m_checks = nullptr;
    TransactionsTableModel* m_transactions = nullptr;
    LogsTableModel* m_logs = nullptr;
    HeaderFieldsModel* m_header = nullptr;
    ExplorerTableView* m_checksView = nullptr;
    ExplorerTableView* m_transactionsView = nullptr;
    ExplorerTableView* m_logsView = nullptr;
    ExplorerTableView* m_headerView = nullptr;
};

}  // namespace bt::ui
