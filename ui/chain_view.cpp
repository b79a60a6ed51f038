#include "chain_view.h"

#include "block_details_panel.h"
#include "blocks_table_model.h"
#include "display_text.h"
#include "explorer_service.h"
#include "explorer_table_view.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace bt::ui {

ChainView::ChainView(facade::ExplorerService* service, QWidget* parent) : ExplorerPage(parent), m_service(service)
{
    auto* title = new QLabel(tr("Chain"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chainSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyButton = new QToolButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyAgainButton"));
    m_verifyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(title);
    top->addWidget(m_summary, 1, Qt::AlignBottom);
    top->addWidget(m_verifyButton, 0, Qt::AlignBottom);

    // Blocks table.
    m_model = new BlocksTableModel(m_service, this);
    m_table = new ExplorerTableView(this);
    m_table->setObjectName(QStringLiteral("blocksTable"));
    m_table->setExportName(QStringLiteral("blocks"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidthForText(BlocksTableModel::NumberColumn, QStringLiteral("99,999,999"));
    m_table->setColumnWidthForText(BlocksTableModel::StatusColumn, tr("After a broken link") + QStringLiteral("    "));
    m_table->setColumnWidthForText(BlocksTableModel::HashColumn, QStringLiteral("0x") + QString(22, QLatin1Char('f')), true);
    m_table->setColumnWidthForText(BlocksTableModel::TimeColumn, QStringLiteral("2025-12-31 23:59:59"));
    m_table->setColumnWidthForText(BlocksTableModel::TransactionsColumn, QStringLiteral("9,999"));
    m_table->setColumnWidthForText(BlocksTableModel::LogsColumn, QStringLiteral("9,999"));
    m_table->setColumnWidthForText(BlocksTableModel::GasUsedColumn, QStringLiteral("30,000,000"));
    m_table->setColumnWidthForText(BlocksTableModel::MinerColumn, QStringLiteral("0x") + QString(14, QLatin1Char('F')), true);
    m_table->setColumnElideMode(BlocksTableModel::ProblemColumn, Qt::ElideRight);
    // The beneficiary is in the header tab and in an export; the problem needs the room here.
    m_table->setColumnHidden(BlocksTableModel::MinerColumn, true);
    connect(m_table, &ExplorerTableView::exportRequested, this, &ExplorerPage::exportRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.isValid() ? current.row() : -1); });
    // Follow the newest blocks while a sync appends them, if the view was at the end.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar* bar = m_table->verticalScrollBar();
        m_followTail = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail) m_table->scrollToBottom();
    });
    connect(m_model, &BlocksTableModel::pageLoaded, this, [this](int first, int last) {
        if (m_pendingRow && *m_pendingRow >= first && *m_pendingRow <= last) {
            const int row = *m_pendingRow;
            m_pendingRow.reset();
            onCurrentRowChanged(row);
        }
    });

    m_details = new BlockDetailsPanel(m_service, this);
    connect(m_details, &BlockDetailsPanel::exportRequested, this, &ExplorerPage::exportRequested);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("chainSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);

    m_content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(split);

    // What to do when no index is open.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("chainEmpty"));
    auto* emptyHeadline = new QLabel(tr("No index open"), m_empty);
    QFont headlineFont = emptyHeadline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    emptyHeadline->setFont(headlineFont);
    auto* emptyText = new QLabel(tr("Open an index file, import a chain archive, or connect to a node to sync the chain "
                                    "into a new index. Every block is verified on this computer as it arrives."),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyText->setMaximumWidth(560);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    for (const char* name : {"emptyOpenButton", "emptyImportButton", "emptyConnectButton"}) {
        auto* b = new QPushButton(m_empty);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        m_emptyButtons.append({b, nullptr});
    }
    buttons->addStretch(1);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 24, 0, 0);
    emptyLayout->setSpacing(12);
    emptyLayout->addWidget(emptyHeadline);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(1);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("chainStack"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_service, &facade::ExplorerService::summaryChanged, this, &ChainView::onSummary);
    connect(m_service, &facade::ExplorerService::indexClosed, this, [this] {
        m_stack->setCurrentWidget(m_empty);
        m_summary->clear();
    });
    m_summary->setVisible(false);
    m_stack->setCurrentWidget(m_empty);
}

void ChainView::setActions(QAction* openIndex, QAction* importArchive, QAction* connectNode, QAction* verifyAgain)
{
    const QList<QAction*> actions{openIndex, importArchive, connectNode};
    for (int i = 0; i < m_emptyButtons.size() && i < actions.size(); ++i) {
        QAction* action = actions[i];
        QAbstractButton* button = m_emptyButtons[i].first;
        m_emptyButtons[i].second = action;
        // The action's text without its menu accelerator and ellipsis handling.
        auto sync = [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->statusTip());
        };
        sync();
        connect(action, &QAction::changed, button, sync);
        connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
    }
    m_verifyButton->setDefaultAction(verifyAgain);
}

ExplorerTableView* ChainView::primaryTable() const { return m_table; }

QList<ExplorerTableView*> ChainView::tables() const { return QList<ExplorerTableView*>{m_table} + m_details->tables(); }

bool ChainView::showsHitKind(const QString& kind) const
{
    return kind == QLatin1String("block") || kind == QLatin1String("transaction") || kind == QLatin1String("address");
}

void ChainView::showSearchHit(const facade::SearchHit& hit)
{
    showBlock(hit.blockNumber, hit.row, hit.kind == facade::SearchHit::Kind::Block ? -1 : hit.txIndex);
}

void ChainView::onSummary(const facade::IndexSummary& summary, facade::IndexChange change)
{
    m_stack->setCurrentWidget(m_content);
    QStringList parts;
    parts << tr("Blocks: %1").arg(DisplayText::number(summary.blocks));
    parts << tr("Transactions: %1").arg(DisplayText::number(summary.transactions));
    parts << tr("Logs: %1").arg(DisplayText::number(summary.logs));
    if (!summary.chainId.isEmpty()) parts << tr("Chain ID: %1").arg(summary.chainId);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    m_summary->setVisible(true);
    // A freshly opened index shows its newest block.
    const bool nothingSelected = !m_table->selectionModel()->currentIndex().isValid();
    if ((change == facade::IndexChange::Reopened || nothingSelected) && m_model->rowCount() > 0 &&
        (change == facade::IndexChange::Reopened || !m_details->currentBlock())) {
        selectRow(m_model->rowCount() - 1);
        m_table->scrollToBottom();
    }
}

void ChainView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) return;
    m_selecting = true;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selecting = false;
    onCurrentRowChanged(row);
}

void ChainView::onCurrentRowChanged(int row)
{
    if (m_selecting) return;  // selectRow() calls this once it is done
    if (row < 0) return;
    const auto number = m_model->blockNumberAt(row);
    if (!number) {
        // Its page is on the way (an index with gaps): show it when it arrives.
        m_pendingRow = row;
        m_model->fetchRows(row, 1);
        return;
    }
    m_pendingRow.reset();
    if (m_details->currentBlock() != number || !m_details->isLoaded()) m_details->showBlock(*number);
}

void ChainView::showBlock(quint64 number, qint64 row, int txIndex)
{
    if (row >= 0 && row < m_model->rowCount()) {
        m_selecting = true;
        const QModelIndex index = m_model->index(int(row), 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_selecting = false;
    }
    m_pendingRow.reset();
    m_details->showBlock(number, txIndex);
}

}  // namespace bt::ui
