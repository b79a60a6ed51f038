#include "main_window.h"

#include "placeholder_page.h"

#include <bt/version.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

// Q_INIT_RESOURCE must be called from the global namespace; the resources live in this
// static library, whose rcc object the linker would otherwise drop.
static void initUiResources()
{
    Q_INIT_RESOURCE(batterytrace);
}

namespace bt::ui {

namespace {
constexpr int kStatusPathMaxWidth = 480;
constexpr int kSearchWidth = 420;
constexpr int kStatusMessageMs = 5000;
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/batterytrace.svg")));

    createActions();
    createMenus();
    createToolBar();
    createPages();
    createStatusBar();
    updateIndexState();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::setIndexPath(const QString& path)
{
    if (path == m_indexPath) return;
    m_indexPath = path;
    updateIndexState();
    emit indexPathChanged(m_indexPath);
}

void MainWindow::createActions()
{
    m_openIndexAction = new QAction(tr("&Open Index…"), this);
    m_openIndexAction->setObjectName(QStringLiteral("actionOpenIndex"));
    m_openIndexAction->setShortcut(QKeySequence::Open);
    m_openIndexAction->setStatusTip(tr("Open a local index database"));
    connect(m_openIndexAction, &QAction::triggered, this, &MainWindow::openIndex);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
    file->addSeparator();
    file->addAction(m_quitAction);

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

    addPage(QStringLiteral("chainPage"), tr("Chain"),
            tr("Blocks and transactions of the synced chain, each with the result of its own verification: "
               "header hash, parent link back to the pinned checkpoint, transaction signatures and signers, "
               "transaction and receipt roots, and the validators' seals. A block that fails a check is "
               "shown as failed, with the reason."));
    addPage(QStringLiteral("lineagePage"), tr("Lineage"),
            tr("Where a lot, cell, module, pack or vehicle came from and where it went: the graph of "
               "merges and splits from the mine to the recycler, with quantities and the share of each "
               "material's mass that came from each source."));
    addPage(QStringLiteral("suppliersPage"), tr("Suppliers"),
            tr("Participants and their certifications (RMI RMAP, IRMA, OECD due diligence) at the time of "
               "each event, how long due diligence took, and which packs carry material from an "
               "uncertified or risky source."));
    addPage(QStringLiteral("defectsPage"), tr("Defects"),
            tr("Defect investigation: from a failing cell lot back to the coating line, equipment, operator, "
               "time window and process parameters that deviated, and forward to the packs and vehicles "
               "in the recall scope."));
    addPage(QStringLiteral("logisticsPage"), tr("Logistics"),
            tr("Temperature, humidity and shock timelines of every shipment, excursions against the "
               "limits, alarms, and the incident rate of each carrier."));
    addPage(QStringLiteral("kpisPage"), tr("KPIs"),
            tr("Dashboards for management: defect rate, raw-material due-diligence time, recycling rate, "
               "logistics incident rate, and information latency from event time to chain."));

    // Wide enough for the longest page name in any language, never for a full page.
    int textWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        textWidth = std::max(textWidth, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setMinimumWidth(std::max(160, textWidth + 64));

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
    setCentralWidget(splitter);
}

void MainWindow::addPage(const QString& objectName, const QString& title, const QString& description)
{
    auto* page = new PlaceholderPage(title, description, m_pages);
    page->setObjectName(objectName);
    m_pages->addWidget(page);

    auto* item = new QListWidgetItem(title, m_navigation);
    const int height = m_navigation->fontMetrics().height() * 2 + 4;
    item->setSizeHint(QSize(0, height));
    item->setToolTip(description);
}

void MainWindow::createStatusBar()
{
    m_indexLabel = new QLabel(this);
    m_indexLabel->setObjectName(QStringLiteral("indexStatus"));
    m_indexLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    for (QLabel* label : {m_indexLabel, m_syncLabel}) label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_indexLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
}

void MainWindow::updateIndexState()
{
    if (m_indexPath.isEmpty()) {
        setWindowTitle(tr("BatteryTrace Explorer"));
        m_indexLabel->setText(tr("No index open"));
        m_indexLabel->setToolTip(QString());
        m_syncLabel->setText(QString());
        m_syncLabel->setVisible(false);
        return;
    }
    const QString nativePath = QDir::toNativeSeparators(m_indexPath);
    setWindowTitle(QFileInfo(m_indexPath).fileName());
    const QString text = tr("Index: %1").arg(nativePath);
    m_indexLabel->setText(m_indexLabel->fontMetrics().elidedText(text, Qt::ElideMiddle, kStatusPathMaxWidth));
    m_indexLabel->setToolTip(nativePath);
    // The sync engine reports here once it exists; until then nothing syncs.
    m_syncLabel->setText(tr("Not syncing"));
    m_syncLabel->setVisible(true);
}

void MainWindow::openIndex()
{
    const QString start = m_indexPath.isEmpty() ? QDir::homePath() : QFileInfo(m_indexPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Index"), start,
                                                      tr("BatteryTrace index (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) setIndexPath(path);
}

void MainWindow::search()
{
    if (m_globalSearch->text().trimmed().isEmpty()) return;
    statusBar()->showMessage(m_indexPath.isEmpty() ? tr("Open an index to search it.")
                                                   : tr("Search arrives with the index views."),
                             kStatusMessageMs);
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
