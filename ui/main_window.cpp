#include "main_window.h"

#include "chain_view.h"
#include "connect_dialog.h"
#include "csv_model_writer.h"
#include "display_text.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "message_banner.h"
#include "defects_view.h"
#include "kpi_view.h"
#include "lineage_view.h"
#include "logistics_view.h"
#include "suppliers_view.h"
#include "search_results_dialog.h"
#include "search_results_model.h"

#include <bt/version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

// Q_INIT_RESOURCE must be called from the global namespace; the resources live in this
// static library, whose rcc object the linker would otherwise drop.
static void initUiResources()
{
    Q_INIT_RESOURCE(batterytrace);
}

namespace bt::ui {

using facade::JobKind;
using facade::JobResult;

namespace {
constexpr int kStatusPathMaxWidth = 420;
constexpr int kSearchWidth = 420;
constexpr int kStatusMessageMs = 6000;
constexpr int kProgressSteps = 1000;

QString colouredDot(const QColor& c) { return QStringLiteral("<span style=\"color:%1\">●</span>").arg(c.name()); }
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/batterytrace.svg")));

    m_service = new facade::ExplorerService(this);
    m_csvWriter = new CsvModelWriter(this);
    createActions();
    createMenus();
    createToolBar();
    createPages();
    createStatusBar();
    connectService();
    updateIndexState();
    updateActions();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openIndexAction = new QAction(tr("&Open Index…"), this);
    m_openIndexAction->setObjectName(QStringLiteral("actionOpenIndex"));
    m_openIndexAction->setShortcut(QKeySequence::Open);
    m_openIndexAction->setStatusTip(tr("Open a local index database"));
    connect(m_openIndexAction, &QAction::triggered, this, &MainWindow::openIndex);

    m_importAction = new QAction(tr("&Import Chain Archive…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImportArchive"));
    m_importAction->setStatusTip(tr("Verify the blocks of a chain archive and store them in an index"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importArchive);

    m_connectAction = new QAction(tr("&Connect to Node…"), this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setStatusTip(tr("Sync the chain from a JSON-RPC node into an index, verifying every block"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToNode);

    m_exportAction = new QAction(tr("&Export Table as CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportCsv"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setStatusTip(tr("Write the current table, every row of it, to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentTable);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_verifyAction = new QAction(tr("&Verify Again"), this);
    m_verifyAction->setObjectName(QStringLiteral("actionVerifyAgain"));
    m_verifyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    m_verifyAction->setStatusTip(tr("Check every block of the index again from its raw data, with no node"));
    connect(m_verifyAction, &QAction::triggered, this, &MainWindow::verifyAgain);

    m_cancelAction = new QAction(tr("&Cancel Sync"), this);
    m_cancelAction->setObjectName(QStringLiteral("actionCancelJob"));
    m_cancelAction->setStatusTip(tr("Stop the running sync, import or verification; what it verified is kept"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelJob);

    m_aboutAction = new QAction(tr("&About BatteryTrace Explorer"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_findAction = new QAction(tr("Find"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    addAction(m_findAction);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openIndexAction);
    file->addAction(m_importAction);
    file->addAction(m_connectAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* chain = menuBar()->addMenu(tr("&Chain"));
    chain->setObjectName(QStringLiteral("chainMenu"));
    chain->addAction(m_verifyAction);
    chain->addAction(m_cancelAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_globalSearch = new QLineEdit(bar);
    m_globalSearch->setObjectName(QStringLiteral("globalSearch"));
    m_globalSearch->setPlaceholderText(tr("Asset id, tx hash, block, participant…"));
    m_globalSearch->setToolTip(tr("Search the open index (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_globalSearch->setClearButtonEnabled(true);
    m_globalSearch->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_globalSearch->setFixedWidth(kSearchWidth);
    bar->addWidget(m_globalSearch);
    connect(m_globalSearch, &QLineEdit::returnPressed, this, &MainWindow::search);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_globalSearch->setFocus(Qt::ShortcutFocusReason);
        m_globalSearch->selectAll();
    });
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    // Room around the page names; colours stay the style's own.
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { padding-top: 6px; }"
        "QListWidget#navigation::item { padding-left: 14px; border: 0px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_chainView = new ChainView(m_service, m_pages);
    m_chainView->setActions(m_openIndexAction, m_importAction, m_connectAction, m_verifyAction);
    addPage(m_chainView, QStringLiteral("chainPage"), tr("Chain"),
            tr("Blocks and transactions of the synced chain, each with the result of its own verification: "
               "header hash, parent link back to the pinned checkpoint, transaction signatures and signers, "
               "transaction and receipt roots, and the validators' seals. A block that fails a check is "
               "shown as failed, with the reason."));
    addPage(new LineageView(m_service, m_pages), QStringLiteral("lineagePage"), tr("Lineage"),
                tr("Where a lot, cell, module, pack or vehicle came from and where it went: the graph of "
                   "merges and splits from the mine to the recycler, with quantities and the share of each "
                   "material's mass that came from each source."));
    addPage(new SuppliersView(m_service, m_pages), QStringLiteral("suppliersPage"), tr("Suppliers"),
                tr("Participants and their certifications (RMI RMAP, IRMA, OECD due diligence) at the time of "
                   "each event, how long due diligence took, and which packs carry material from an "
                   "uncertified or risky source."));
    addPage(new DefectsView(m_service, m_pages), QStringLiteral("defectsPage"), tr("Defects"),
                tr("Defect investigation: from a failing cell lot back to the coating line, equipment, operator, "
                   "time window and process parameters that deviated, and forward to the packs and vehicles "
                   "in the recall scope."));
    addPage(new LogisticsView(m_service, m_pages), QStringLiteral("logisticsPage"), tr("Logistics"),
                tr("Temperature, humidity and shock timelines of every shipment, excursions against the "
                   "limits, alarms, and the incident rate of each carrier."));
    addPage(new KpiView(m_service, m_pages), QStringLiteral("kpisPage"), tr("KPIs"),
                tr("Dashboards for management: defect rate, raw-material due-diligence time, recycling rate, "
                   "logistics incident rate, and information latency from event time to chain."));

    // Wide enough for the longest page name in any language, never for a full page.
    int textWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        textWidth = std::max(textWidth, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setMinimumWidth(std::max(150, textWidth + 64));
    m_navigation->setMaximumWidth(std::max(220, textWidth + 96));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_navigation->minimumWidth(), 1});

    m_banner = new MessageBanner(this);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::addPage(ExplorerPage* page, const QString& objectName, const QString& title,
                         const QString& description)
{
    page->setObjectName(objectName);
    m_pages->addWidget(page);
    connect(page, &ExplorerPage::exportRequested, this, &MainWindow::askAndExport);

    auto* item = new QListWidgetItem(title, m_navigation);
    const int height = m_navigation->fontMetrics().height() * 2 + 4;
    item->setSizeHint(QSize(0, height));
    item->setToolTip(description);
}

void MainWindow::setPage(const QString& objectName, ExplorerPage* page)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* old = m_pages->widget(i);
        if (old->objectName() != objectName) continue;
        page->setObjectName(objectName);
        m_pages->insertWidget(i, page);
        m_pages->removeWidget(old);
        old->deleteLater();
        connect(page, &ExplorerPage::exportRequested, this, &MainWindow::askAndExport);
        if (m_navigation->currentRow() == i) m_pages->setCurrentIndex(i);
        return;
    }
}

ExplorerPage* MainWindow::page(const QString& objectName) const
{
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->widget(i)->objectName() == objectName) return qobject_cast<ExplorerPage*>(m_pages->widget(i));
    return nullptr;
}

void MainWindow::createStatusBar()
{
    m_jobLabel = new QLabel(this);
    m_jobLabel->setObjectName(QStringLiteral("jobStatus"));
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setRange(0, kProgressSteps);
    m_jobProgress->setFixedWidth(160);
    m_jobProgress->setTextVisible(true);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the job; what it verified is kept"));
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelJob);

    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_verificationLabel = new QLabel(this);
    m_verificationLabel->setObjectName(QStringLiteral("verificationStatus"));
    m_verificationLabel->setTextFormat(Qt::RichText);
    m_indexLabel = new QLabel(this);
    m_indexLabel->setObjectName(QStringLiteral("indexStatus"));
    m_indexLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_jobLabel, m_syncLabel, m_verificationLabel, m_indexLabel}) label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_verificationLabel);
    statusBar()->addPermanentWidget(m_indexLabel);
    for (QWidget* w : std::initializer_list<QWidget*>{m_jobLabel, m_jobProgress, m_cancelButton, m_verificationLabel})
        w->setVisible(false);
}

void MainWindow::connectService()
{
    using facade::ExplorerService;
    connect(m_service, &ExplorerService::indexOpened, this, [this](quint64 requestId, const facade::IndexSummary& s) {
        const bool changed = m_indexPath != s.path;
        m_indexPath = s.path;
        if (requestId != 0 && requestId == m_openRequest &&
            (m_banner->level() == MessageBanner::Level::Error || m_banner->level() == MessageBanner::Level::Info))
            m_banner->clear();
        m_lastReadError.clear();
        updateIndexState();
        updateActions();
        if (changed) emit indexPathChanged(m_indexPath);
    });
    connect(m_service, &ExplorerService::indexOpenFailed, this,
            [this](quint64, const QString& path, const facade::ServiceError& e) {
                QString detail = e.message;
                if (!m_indexPath.isEmpty())
                    detail += QStringLiteral("\n") +
                              tr("The index open before, %1, stays open.").arg(QDir::toNativeSeparators(m_indexPath));
                m_banner->showMessage(MessageBanner::Level::Error,
                                      tr("Cannot open “%1”: %2").arg(QFileInfo(path).fileName(),
                                                                     DisplayText::errorHeadline(e.kind)),
                                      detail);
                if (m_indexPath.isEmpty()) m_suggestedIndexPath = path;
            });
    connect(m_service, &ExplorerService::requestFailed, this, [this](quint64, const facade::ServiceError& e) {
        if (e.kind == facade::ServiceError::Kind::NoIndex || e.message == m_lastReadError) return;
        m_lastReadError = e.message;
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("Reading the index failed: %1").arg(DisplayText::errorHeadline(e.kind)), e.message);
    });
    connect(m_service, &ExplorerService::summaryChanged, this,
            [this](const facade::IndexSummary& s, facade::IndexChange) { showSummary(s); });
    connect(m_service, &ExplorerService::searchFinished, this, &MainWindow::onSearchFinished);
    connect(m_service, &ExplorerService::jobStarted, this, &MainWindow::onJobStarted);
    connect(m_service, &ExplorerService::jobProgress, this, &MainWindow::onJobProgress);
    connect(m_service, &ExplorerService::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_service, &ExplorerService::jobRefused, this, [this](JobKind kind, const facade::ServiceError& e) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("%1 not started: %2").arg(DisplayText::jobName(kind), DisplayText::errorHeadline(e.kind)));
    });
    connect(m_service, &ExplorerService::reorganised, this, [this](quint64 from, quint64 ancestor) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The node's chain was reorganised: blocks %1 to %2 were replaced.").arg(ancestor + 1).arg(from),
                              tr("The index was rolled back to block %1, the last block both chains share, and "
                                 "continues from there.")
                                  .arg(ancestor));
    });
    connect(m_csvWriter, &CsvModelWriter::progress, this, [this](qint64 done, qint64 total) {
        statusBar()->showMessage(tr("Exporting: %1 of %2 rows…").arg(DisplayText::number(quint64(done)),
                                                                   DisplayText::number(quint64(total))));
    });
    connect(m_csvWriter, &CsvModelWriter::finished, this, [this](bool ok, qint64 rows, const QString& error) {
        if (ok)
            statusBar()->showMessage(tr("Exported %1 rows to %2").arg(DisplayText::number(quint64(rows)),
                                                                     QDir::toNativeSeparators(m_exportPath)),
                                     kStatusMessageMs);
        else {
            statusBar()->clearMessage();
            m_banner->showMessage(MessageBanner::Level::Error,
                                  tr("The table was not exported to “%1”.").arg(QDir::toNativeSeparators(m_exportPath)),
                                  error);
        }
        emit exportFinished(ok, rows, m_exportPath, error);
    });
}

// --- Index -------------------------------------------------------------------------

quint64 MainWindow::openIndexFile(const QString& path)
{
    m_syncState.clear();  // it was about the index open before
    m_openRequest = m_service->openIndex(path);
    return m_openRequest;
}

void MainWindow::openIndex()
{
    const QString start = m_indexPath.isEmpty() ? QDir::homePath() : QFileInfo(m_indexPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Index"), start,
                                                      tr("BatteryTrace index (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) openIndexFile(path);
}

void MainWindow::updateIndexState()
{
    if (m_indexPath.isEmpty()) {
        setWindowTitle(tr("BatteryTrace Explorer"));
        m_indexLabel->setText(tr("No index open"));
        m_indexLabel->setToolTip(QString());
        m_syncLabel->setText(QString());
        m_syncLabel->setVisible(false);
        m_verificationLabel->setVisible(false);
        return;
    }
    const QString nativePath = QDir::toNativeSeparators(m_indexPath);
    setWindowTitle(QFileInfo(m_indexPath).fileName());
    // The file name; the full path is in the tooltip and the window title bar's file.
    const QString text = tr("Index: %1").arg(QFileInfo(m_indexPath).fileName());
    m_indexLabel->setText(m_indexLabel->fontMetrics().elidedText(text, Qt::ElideMiddle, kStatusPathMaxWidth));
    m_indexLabel->setToolTip(nativePath);
    if (!m_job) {
        m_syncLabel->setText(m_syncState.isEmpty() ? tr("Not syncing") : m_syncState);
        m_syncLabel->setVisible(true);
    }
}

void MainWindow::showSummary(const facade::IndexSummary& s)
{
    if (!m_service->isIndexOpen()) return;
    QStringList parts;
    parts << colouredDot(DisplayText::stateColor(facade::BlockState::Verified)) + QStringLiteral("&nbsp;") +
                 tr("%1 verified").arg(DisplayText::number(s.verifiedBlocks));
    const quint64 failed = s.failedBlocks;
    parts << colouredDot(DisplayText::stateColor(facade::BlockState::Failed)) + QStringLiteral("&nbsp;") +
                 tr("%1 failed").arg(DisplayText::number(failed));
    if (s.unanchoredBlocks > 0)
        parts << colouredDot(DisplayText::stateColor(facade::BlockState::Unanchored)) + QStringLiteral("&nbsp;") +
                     tr("%1 after a broken link").arg(DisplayText::number(s.unanchoredBlocks));
    QString checkpoint;
    if (s.anchorNumber)
        checkpoint = tr("checkpoint: block %1 (%2)")
                         .arg(DisplayText::number(*s.anchorNumber), DisplayText::anchorSource(s.anchorSource));
    else
        checkpoint = tr("no checkpoint pinned yet");
    m_verificationLabel->setText(parts.join(QStringLiteral("&nbsp;&nbsp;")) + QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;") +
                                 checkpoint.toHtmlEscaped());
    QStringList tip;
    tip << tr("Blocks: %1, from %2 to %3")
               .arg(DisplayText::number(s.blocks))
               .arg(s.firstNumber ? DisplayText::number(*s.firstNumber) : QStringLiteral("—"))
               .arg(s.headNumber ? DisplayText::number(*s.headNumber) : QStringLiteral("—"));
    tip << tr("Verified: %1").arg(DisplayText::number(s.verifiedBlocks));
    tip << tr("Failed a check: %1").arg(DisplayText::number(s.failedBlocks));
    tip << tr("After a broken link: %1").arg(DisplayText::number(s.unanchoredBlocks));
    if (s.firstBrokenLink) tip << tr("First broken link: block %1").arg(DisplayText::number(*s.firstBrokenLink));
    tip << tr("Transactions that failed a check: %1").arg(DisplayText::number(s.failedTransactions));
    if (s.gaps > 0) tip << tr("Missing blocks: %1").arg(DisplayText::number(s.gaps));
    tip << tr("Checkpoint: %1").arg(s.anchorHash.isEmpty() ? tr("none") : s.anchorHash);
    tip << tr("Consensus engine: %1").arg(DisplayText::engineTitle(s.consensusEngine));
    m_verificationLabel->setToolTip(tip.join(QLatin1Char('\n')));
    m_verificationLabel->setVisible(true);
}

void MainWindow::updateActions()
{
    const bool open = m_service->isIndexOpen();
    const bool busy = m_service->isBusy();
    m_verifyAction->setEnabled(open && !busy);
    m_importAction->setEnabled(!busy);
    m_connectAction->setEnabled(!busy);
    m_cancelAction->setEnabled(busy);
    m_exportAction->setEnabled(open);
    if (m_job) {
        switch (*m_job) {
        case JobKind::Sync: m_cancelAction->setText(tr("&Cancel Sync")); break;
        case JobKind::Import: m_cancelAction->setText(tr("&Cancel Import")); break;
        case JobKind::Verify: m_cancelAction->setText(tr("&Cancel Verification")); break;
        }
    } else {
        m_cancelAction->setText(tr("&Cancel Sync"));
    }
}

// --- Jobs --------------------------------------------------------------------------

void MainWindow::importArchive()
{
    const QString start = m_indexPath.isEmpty() ? QDir::homePath() : QFileInfo(m_indexPath).absolutePath();
    const QString archive = QFileDialog::getOpenFileName(this, tr("Import Chain Archive"), start,
                                                         tr("Chain archives (*.btarchive *.btar *.zst);;All files (*)"));
    if (archive.isEmpty()) return;
    const QString suggested = m_indexPath.isEmpty()
                                  ? QFileInfo(archive).absoluteDir().filePath(QFileInfo(archive).completeBaseName() +
                                                                             QStringLiteral(".sqlite"))
                                  : m_indexPath;
    const QString index = QFileDialog::getSaveFileName(this, tr("Import into Index"), suggested,
                                                       tr("BatteryTrace index (*.sqlite *.db);;All files (*)"), nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
    if (index.isEmpty()) return;
    importArchiveFile(archive, index);
}

quint64 MainWindow::importArchiveFile(const QString& archivePath, const QString& indexPath)
{
    return m_service->importArchive(archivePath, indexPath);
}

void MainWindow::connectToNode()
{
    ConnectDialog dialog(this);
    facade::NodeSettings settings = m_nodeSettings;
    if (settings.url.isEmpty()) settings.url = QStringLiteral("http://127.0.0.1:8545");
    if (!m_indexPath.isEmpty())
        settings.indexPath = m_indexPath;
    else if (settings.indexPath.isEmpty())
        settings.indexPath = !m_suggestedIndexPath.isEmpty()
                                 ? m_suggestedIndexPath
                                 : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                       .filePath(QStringLiteral("chain.sqlite"));
    dialog.setSettings(settings);
    if (dialog.exec() != QDialog::Accepted) return;
    startSync(dialog.settings());
}

quint64 MainWindow::startSync(const facade::NodeSettings& settings)
{
    // Kept for the next Connect (in memory only: headers may hold secrets).
    m_nodeSettings = settings;
    if (const QString dir = QFileInfo(settings.indexPath).absolutePath(); !QDir().mkpath(dir)) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(dir)));
        return 0;
    }
    return m_service->startSync(settings);
}

quint64 MainWindow::verifyAgain() { return m_service->verifyAgain(); }

void MainWindow::cancelJob()
{
    if (!m_service->isBusy()) return;
    m_service->cancelJob();
    m_cancelButton->setEnabled(false);
    m_jobLabel->setText(tr("%1: stopping…").arg(DisplayText::jobName(*m_job)));
}

void MainWindow::onJobStarted(quint64, JobKind kind)
{
    m_job = kind;
    if (kind == JobKind::Sync) m_lastIndexedTo.reset();
    m_jobProgress->setRange(0, 0);  // busy until the first progress says how far
    m_jobLabel->setText(tr("%1: starting…").arg(DisplayText::jobName(kind)));
    m_cancelButton->setEnabled(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_jobLabel, m_jobProgress, m_cancelButton}) w->setVisible(true);
    // The job's own line says how the sync goes; the sync label returns when it ends.
    m_syncLabel->setVisible(false);
    updateActions();
}

void MainWindow::onJobProgress(quint64, const facade::JobProgress& p)
{
    if (p.total > 0 || p.kind != JobKind::Sync || p.phase != QLatin1String("connecting")) {
        m_jobProgress->setRange(0, kProgressSteps);
        m_jobProgress->setValue(int(p.fraction * kProgressSteps));
    }
    const QString eta = tr("ETA %1").arg(DisplayText::duration(p.etaSeconds));
    QString text;
    switch (p.kind) {
    case JobKind::Sync:
        if (p.phase != QLatin1String("connecting")) m_lastIndexedTo = p.indexedTo;
        if (p.phase == QLatin1String("connecting")) {
            text = tr("Sync: connecting…");
            m_syncLabel->setText(tr("Connecting"));
        } else if (p.phase == QLatin1String("following") && p.indexedTo >= p.target) {
            text = tr("Sync: following the head at block %1").arg(DisplayText::number(p.indexedTo));
            m_syncLabel->setText(tr("Following the head"));
        } else {
            text = tr("%1: block %2 of %3 · %4 · %5")
                       .arg(DisplayText::syncPhase(p.phase), DisplayText::number(p.indexedTo),
                            DisplayText::number(p.target), DisplayText::rate(p.blocksPerSecond), eta);
            m_syncLabel->setText(tr("Syncing %1%").arg(int(p.fraction * 100)));
        }
        if (p.failedBlocks > 0) text += QStringLiteral(" · ") + tr("%1 failed").arg(DisplayText::number(p.failedBlocks));
        break;
    case JobKind::Import:
        text = tr("Importing: %1 of %2 blocks · %3 · %4")
                   .arg(DisplayText::number(p.done), DisplayText::number(p.total), DisplayText::rate(p.blocksPerSecond),
                        eta);
        break;
    case JobKind::Verify:
        text = tr("Verifying: %1 of %2 blocks · %3 · %4")
                   .arg(DisplayText::number(p.done), DisplayText::number(p.total), DisplayText::rate(p.blocksPerSecond),
                        eta);
        break;
    }
    if (m_cancelButton->isEnabled()) m_jobLabel->setText(text);
}

void MainWindow::onJobFinished(quint64, const JobResult& r)
{
    m_job.reset();
    for (QWidget* w : std::initializer_list<QWidget*>{m_jobLabel, m_jobProgress, m_cancelButton}) w->setVisible(false);
    updateActions();
    using Outcome = JobResult::Outcome;
    using Level = MessageBanner::Level;
    const QString kept = tr("The blocks verified so far are kept in the index; run it again to continue.");
    switch (r.kind) {
    case JobKind::Sync:
        if (r.outcome == Outcome::Completed) {
            statusBar()->showMessage(tr("Sync finished: %1").arg(r.message), kStatusMessageMs);
        } else if (r.outcome == Outcome::Cancelled) {
            m_banner->showMessage(Level::Info, tr("Sync cancelled."), kept);
        } else if (!r.error.ok()) {
            m_banner->showMessage(Level::Error, tr("Sync not started: %1").arg(DisplayText::errorHeadline(r.error.kind)),
                                  r.message);
        } else {
            m_banner->showMessage(Level::Error, tr("Sync stopped: %1").arg(r.message), kept);
        }
        m_syncState = r.outcome == Outcome::Completed
                          ? tr("Synced to block %1").arg(m_lastIndexedTo ? DisplayText::number(*m_lastIndexedTo) : QStringLiteral("—"))
                      : r.outcome == Outcome::Cancelled ? tr("Sync cancelled")
                                                        : tr("Sync failed");
        m_syncLabel->setText(m_syncState);
        m_syncLabel->setVisible(true);
        break;
    case JobKind::Import:
        if (r.outcome == Outcome::Completed) {
            m_banner->showMessage(r.failedBlocks ? Level::Warning : Level::Success,
                                  tr("Imported %1 blocks; %2 failed a check.")
                                      .arg(DisplayText::number(r.blocks), DisplayText::number(r.failedBlocks)));
        } else if (r.outcome == Outcome::Cancelled) {
            m_banner->showMessage(Level::Info, tr("Import cancelled."), kept);
        } else {
            m_banner->showMessage(Level::Error,
                                  r.error.ok() ? tr("Import failed.")
                                               : tr("Import failed: %1").arg(DisplayText::errorHeadline(r.error.kind)),
                                  r.message);
        }
        break;
    case JobKind::Verify:
        if (r.outcome == Outcome::Completed) {
            const QString recorded = r.statusesUpdated ? QString()
                                                       : QStringLiteral(" ") +
                                                             tr("The index is read-only: the outcome was not recorded in it.");
            if (r.failures == 0) {
                m_banner->showMessage(Level::Success,
                                      tr("Verified all %1 blocks again: every check passed, and every block is linked to "
                                         "the checkpoint.")
                                          .arg(DisplayText::number(r.blocks)),
                                      recorded.trimmed());
            } else {
                QString detail = r.message;
                if (r.anchoredThrough)
                    detail += QStringLiteral("\n") +
                              tr("Linked to the checkpoint through block %1.").arg(DisplayText::number(*r.anchoredThrough));
                m_banner->showMessage(Level::Error,
                                      tr("Verification found %1 failures in %2 of %3 blocks.")
                                          .arg(DisplayText::number(r.failures), DisplayText::number(r.failedBlocks),
                                               DisplayText::number(r.blocks)),
                                      detail + recorded);
            }
        } else if (r.outcome == Outcome::Cancelled) {
            m_banner->showMessage(Level::Info, tr("Verification cancelled."));
        } else {
            m_banner->showMessage(Level::Error, tr("Verification failed: %1").arg(DisplayText::errorHeadline(r.error.kind)),
                                  r.message);
        }
        break;
    }
    updateIndexState();
}

// --- Search ------------------------------------------------------------------------

void MainWindow::search() { searchFor(m_globalSearch->text()); }

void MainWindow::searchFor(const QString& text)
{
    if (text.trimmed().isEmpty()) return;
    if (!m_service->isIndexOpen()) {
        statusBar()->showMessage(tr("Open an index to search it."), kStatusMessageMs);
        return;
    }
    if (m_globalSearch->text() != text) m_globalSearch->setText(text);
    statusBar()->showMessage(tr("Searching for “%1”…").arg(text.trimmed()));
    m_searchRequest = m_service->search(text);
}

void MainWindow::onSearchFinished(quint64 requestId, const facade::SearchResults& results)
{
    if (requestId != m_searchRequest) return;
    statusBar()->clearMessage();
    using I = facade::SearchResults::Interpretation;
    if (results.hits.empty()) {
        QString detail;
        const facade::IndexSummary& s = m_service->summary();
        switch (results.interpretation) {
        case I::Number:
            detail = s.firstNumber && s.headNumber
                         ? tr("The index holds blocks %1 to %2.").arg(DisplayText::number(*s.firstNumber),
                                                                     DisplayText::number(*s.headNumber))
                         : tr("The index holds no blocks yet.");
            break;
        case I::Hash: detail = tr("No block or transaction in the index has this hash."); break;
        case I::Address: detail = tr("No transaction in the index was sent by or to this address."); break;
        case I::Text:
        case I::Empty:
            detail = tr("Search for a block number, a block or transaction hash, an address, an asset id (a "
                        "Digital Link URI, or a lot or serial number alone), or part of a participant's name.");
            break;
        }
        m_banner->showMessage(MessageBanner::Level::Info, tr("Nothing found for “%1”.").arg(results.query), detail);
        emit searchShown(results);
        return;
    }
    if (m_banner->level() == MessageBanner::Level::Info) m_banner->clear();
    if (results.hits.size() == 1) {
        showHit(results.hits.front());
    } else {
        if (!m_searchResults) {
            m_searchResults = new SearchResultsDialog(this);
            connect(m_searchResults, &SearchResultsDialog::hitActivated, this, &MainWindow::showHit);
            connect(m_searchResults, &SearchResultsDialog::exportRequested, this, &MainWindow::askAndExport);
        }
        m_searchResults->setResults(results);
        m_searchResults->show();
        m_searchResults->raise();
        // The first hit right away; the others are one click away.
        showHit(results.hits.front());
    }
    emit searchShown(results);
}

void MainWindow::showHit(const facade::SearchHit& hit)
{
    const QString kind = SearchResultsModel::kindKey(hit);
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* page = qobject_cast<ExplorerPage*>(m_pages->widget(i));
        if (!page || !page->showsHitKind(kind)) continue;
        m_navigation->setCurrentRow(i);
        page->showSearchHit(hit);
        QString what;
        switch (hit.kind) {
        case facade::SearchHit::Kind::Block: what = tr("Block %1").arg(DisplayText::number(hit.blockNumber)); break;
        case facade::SearchHit::Kind::Transaction:
        case facade::SearchHit::Kind::Address:
            what = tr("Transaction %1 of block %2").arg(hit.txIndex).arg(DisplayText::number(hit.blockNumber));
            break;
        case facade::SearchHit::Kind::Domain: what = hit.title; break;
        }
        statusBar()->showMessage(tr("Showing %1").arg(what), kStatusMessageMs);
        return;
    }
    m_banner->showMessage(MessageBanner::Level::Info,
                          tr("Found %1, which no view shows.")
                              .arg(hit.title.isEmpty() ? hit.domainKey : hit.title, SearchResultsModel::kindName(hit)));
}

// --- Export ------------------------------------------------------------------------

ExplorerTableView* MainWindow::currentTable() const
{
    auto* page = qobject_cast<ExplorerPage*>(m_pages->currentWidget());
    if (!page) return nullptr;
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto* view = qobject_cast<ExplorerTableView*>(w); view && page->isAncestorOf(view)) return view;
    }
    return page->primaryTable();
}

void MainWindow::exportCurrentTable() { askAndExport(currentTable()); }

void MainWindow::askAndExport(ExplorerTableView* view)
{
    if (!view || !view->model() || view->model()->rowCount() == 0) {
        statusBar()->showMessage(tr("This table has no rows to export."), kStatusMessageMs);
        return;
    }
    const QString start = QDir(m_indexPath.isEmpty() ? QDir::homePath() : QFileInfo(m_indexPath).absolutePath())
                              .filePath(view->exportName() + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), start, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) exportTable(view, path);
}

bool MainWindow::exportTable(ExplorerTableView* view, const QString& path)
{
    if (!view || !view->model()) return false;
    if (m_csvWriter->isRunning()) {
        statusBar()->showMessage(tr("An export is already running."), kStatusMessageMs);
        return false;
    }
    m_exportPath = path;
    if (!m_csvWriter->start(view->model(), path)) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)), m_csvWriter->errorString());
        emit exportFinished(false, 0, path, m_csvWriter->errorString());
        return false;
    }
    return true;
}

// --- Misc --------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running job stops after what it committed; the service joins its thread.
    if (m_service->isBusy()) m_service->cancelJob();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    // Window-modal and deleted on close: the event loop keeps running, and tests can find
    // and close the box by its objectName.
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About BatteryTrace Explorer"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>%1</h3>").arg(tr("BatteryTrace Explorer %1").arg(QStringLiteral(BT_VERSION_STRING))));
    box->setInformativeText(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(tr("Traceability of electric-vehicle batteries from mine to recycler, read from an EVM "
                    "consortium blockchain."),
                 tr("The explorer trusts nothing the node says: it verifies every block hash and every "
                    "signature itself, on this computer.")));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace bt::ui
