// The main window: a navigation list of the task pages (Chain, Lineage, Suppliers,
// Defects, Logistics, KPIs), the global search, a message banner for what went wrong
// (or found nothing), and a status bar with the job in progress (sync, import,
// verification: progress, blocks/s, ETA, Cancel), the sync state, the verification
// summary and the open index. It reaches the engine only through the facade's
// ExplorerService, which it owns.
#pragma once

#include "explorer_types.h"

#include <QMainWindow>
#include <QString>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace bt::facade {
class ExplorerService;
}

namespace bt::ui {

class ChainView;
class CsvModelWriter;
class ExplorerPage;
class ExplorerTableView;
class MessageBanner;
class SearchResultsDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    facade::ExplorerService* service() const { return m_service; }
    ChainView* chainView() const { return m_chainView; }
    MessageBanner* banner() const { return m_banner; }

    // The index this window shows; empty when none is open.
    QString indexPath() const { return m_indexPath; }
    // Opens an index (asynchronously: indexPathChanged on success, the banner on failure).
    void setIndexPath(const QString& path) { openIndexFile(path); }
    quint64 openIndexFile(const QString& path);
    // The jobs, as the menus start them once their dialogs are answered.
    quint64 importArchiveFile(const QString& archivePath, const QString& indexPath);
    quint64 startSync(const facade::NodeSettings& settings);
    quint64 verifyAgain();
    void cancelJob();
    // Exports a table's model through the one CSV writer; exportFinished follows.
    bool exportTable(ExplorerTableView* view, const QString& path);
    // The table File ▸ Export Table exports now.
    ExplorerTableView* currentTable() const;
    // Runs the global search for `text`, as typing it and pressing Return does.
    void searchFor(const QString& text);

    // Replaces the placeholder page `objectName` ("lineagePage", …) with a real one.
    void setPage(const QString& objectName, ExplorerPage* page);
    ExplorerPage* page(const QString& objectName) const;

    // The connection settings the Connect dialog starts from (the last ones used).
    void setNodeSettings(const facade::NodeSettings& settings) { m_nodeSettings = settings; }

signals:
    void indexPathChanged(const QString& path);
    void exportFinished(bool ok, qint64 rows, const QString& path, const QString& error);
    void searchShown(const bt::facade::SearchResults& results);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createPages();
    void createStatusBar();
    void addPage(ExplorerPage* page, const QString& objectName, const QString& title, const QString& description);
    void connectService();

    void openIndex();
    void importArchive();
    void connectToNode();
    void exportCurrentTable();
    void askAndExport(ExplorerTableView* view);
    void search();
    void showHit(const facade::SearchHit& hit);
    void showAbout();
    void updateIndexState();
    void updateActions();
    void showSummary(const facade::IndexSummary& summary);
    void onSearchFinished(quint64 requestId, const facade::SearchResults& results);
    void onJobStarted(quint64 jobId, facade::JobKind kind);
    void onJobProgress(quint64 jobId, const facade::JobProgress& progress);
    void onJobFinished(quint64 jobId, const facade::JobResult& result);

    facade::ExplorerService* m_service = nullptr;
    QString m_indexPath;
    QString m_suggestedIndexPath;
    quint64 m_openRequest = 0;
    quint64 m_searchRequest = 0;
    std::optional<facade::JobKind> m_job;
    QString m_syncState;  // how the last sync ended ("Synced to block N"), for the status bar
    std::optional<quint64> m_lastIndexedTo;  // the last block the running sync wrote
    facade::NodeSettings m_nodeSettings;
    QString m_lastReadError;

    QAction* m_openIndexAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_verifyAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_findAction = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    ChainView* m_chainView = nullptr;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_globalSearch = nullptr;
    SearchResultsDialog* m_searchResults = nullptr;
    CsvModelWriter* m_csvWriter = nullptr;
    QString m_exportPath;

    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QLabel* m_syncLabel = nullptr;
    QLabel* m_verificationLabel = nullptr;
    QLabel* m_indexLabel = nullptr;
};

} // namespace bt::ui
