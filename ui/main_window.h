// The main window: a navigation list of the task pages (chain, lineage, suppliers,
// defects, logistics, KPIs), a global search, and a status bar with the open index and
// its sync state.
#pragma once

#include <QMainWindow>
#include <QString>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace bt::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The index database this window shows; empty when none is open. For now the window
    // only records and shows the path: reading the index comes with core's index facade.
    QString indexPath() const { return m_indexPath; }
    void setIndexPath(const QString& path);

signals:
    void indexPathChanged(const QString& path);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createPages();
    void createStatusBar();
    void addPage(const QString& objectName, const QString& title, const QString& description);

    void openIndex();
    void search();
    void showAbout();
    void updateIndexState();

    QString m_indexPath;

    QAction* m_openIndexAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_findAction = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_globalSearch = nullptr;
    QLabel* m_indexLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
};

} // namespace bt::ui
