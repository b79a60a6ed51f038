#include "block_details_panel.h"

#include "badge_icons.h"
#include "checks_table_model.h"
#include "display_text.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "header_fields_model.h"
#include "logs_table_model.h"
#include "transactions_table_model.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bt::ui {

using facade::BlockState;

BlockDetailsPanel::BlockDetailsPanel(facade::ExplorerService* service, QWidget* parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("blockDetails"));
    m_checks = new ChecksTableModel(this);
    m_transactions = new TransactionsTableModel(this);
    m_logs = new LogsTableModel(this);
    m_header = new HeaderFieldsModel(this);

    m_empty = new QLabel(tr("Select a block to see every check of its verification, its transactions and its logs."), this);
    m_empty->setObjectName(QStringLiteral("blockDetailsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    // Heading: number, badge, state, hash, time; then the link to the checkpoint.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("blockTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("blockBadge"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("blockState"));
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_hash = new QLabel(this);
    m_hash->setObjectName(QStringLiteral("blockHash"));
    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("blockTime"));
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("blockLink"));
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* hashCaption = new QLabel(tr("Hash:"), this);
    hashCaption->setObjectName(QStringLiteral("blockHashCaption"));
    auto* heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(m_title);
    heading->addSpacing(6);
    heading->addWidget(m_badge);
    heading->addWidget(m_state);
    heading->addStretch(1);
    heading->addWidget(m_time);
    auto* hashRow = new QHBoxLayout;
    hashRow->setSpacing(8);
    hashRow->addWidget(hashCaption);
    hashRow->addWidget(m_hash, 1);

    auto makeTable = [this](QAbstractItemModel* model, const char* name, const QString& exportName) {
        auto* view = new ExplorerTableView(this);
        view->setObjectName(QString::fromLatin1(name));
        view->setModel(model);
        view->setExportName(exportName);
        connect(view, &ExplorerTableView::exportRequested, this, &BlockDetailsPanel::exportRequested);
        return view;
    };
    m_checksView = makeTable(m_checks, "checksTable", QStringLiteral("checks"));
    m_checksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checksView->setColumnElideMode(ChecksTableModel::DetailColumn, Qt::ElideRight);
    m_checksView->setColumnWidthForText(ChecksTableModel::CheckColumn, tr("Gas and bloom totals"));
    m_checksView->setColumnWidthForText(ChecksTableModel::ResultColumn, tr("Not applicable") + QStringLiteral("   "));
    m_transactionsView = makeTable(m_transactions, "transactionsTable", QStringLiteral("transactions"));
    const QString hashSample = QStringLiteral("0x") + QString(64, QLatin1Char('f'));
    const QString addressSample = QStringLiteral("0x") + QString(40, QLatin1Char('F'));
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::IndexColumn, QStringLiteral("0000"));
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::StatusColumn, tr("Verified") + QStringLiteral("    "));
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::HashColumn, hashSample.left(30), true);
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::TypeColumn, tr("Dynamic fee (EIP-1559)"));
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::FromColumn, addressSample.left(26), true);
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::ToColumn, addressSample.left(26), true);
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::ValueColumn, QStringLiteral("1000000000000000000"));
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::GasUsedColumn, QStringLiteral("10,000,000"));
    m_transactionsView->setColumnWidthForText(TransactionsTableModel::ResultColumn, tr("Reverted"));
    m_transactionsView->setColumnElideMode(TransactionsTableModel::ProblemColumn, Qt::ElideRight);
    m_transactionsView->setColumnElideMode(TransactionsTableModel::TypeColumn, Qt::ElideRight);
    m_logsView = makeTable(m_logs, "logsTable", QStringLiteral("logs"));
    m_logsView->setColumnWidthForText(LogsTableModel::IndexColumn, QStringLiteral("0000"));
    m_logsView->setColumnWidthForText(LogsTableModel::TransactionColumn, QStringLiteral("0000"));
    m_logsView->setTextElideMode(Qt::ElideRight);
    m_logsView->setColumnWidthForText(LogsTableModel::EventColumn, QStringLiteral("CertificationAttested"));
    m_logsView->setColumnWidthForText(LogsTableModel::DecodedColumn, QString(64, QLatin1Char('x')));
    m_logsView->setColumnWidthForText(LogsTableModel::AddressColumn, addressSample.left(26), true);
    m_logsView->setColumnWidthForText(LogsTableModel::TopicsColumn, hashSample.left(40), true);
    m_headerView = makeTable(m_header, "headerTable", QStringLiteral("header"));
    m_headerView->setColumnWidthForText(HeaderFieldsModel::FieldColumn, tr("Parent beacon block root"));

    auto* checksBox = new QWidget(this);
    auto* checksLabel = new QLabel(tr("Verification checks"), checksBox);
    checksLabel->setObjectName(QStringLiteral("checksHeading"));
    QFont headingFont = checksLabel->font();
    headingFont.setBold(true);
    checksLabel->setFont(headingFont);
    auto* checksLayout = new QVBoxLayout(checksBox);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->setSpacing(4);
    // The selected check in full: a failure's reason holds hashes that no column is
    // wide enough for; here it wraps anywhere and copies as it is.
    m_checkReason = new QPlainTextEdit(checksBox);
    m_checkReason->setObjectName(QStringLiteral("checkReason"));
    m_checkReason->setReadOnly(true);
    m_checkReason->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_checkReason->setFrameShape(QFrame::StyledPanel);
    m_checkReason->setFixedHeight(m_checkReason->fontMetrics().lineSpacing() * 4 + 14);
    m_checkReason->setPlaceholderText(tr("Select a check to read its result in full."));
    checksLayout->addWidget(checksLabel);
    checksLayout->addWidget(m_checksView, 1);
    checksLayout->addWidget(m_checkReason);
    connect(m_checksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showCheck(current.isValid() ? current.row() : -1); });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("blockTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_transactionsView, QString());
    m_tabs->addTab(m_logsView, QString());
    m_tabs->addTab(m_headerView, QString());
    retitleTabs();

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("detailsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(checksBox);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 6, 0, 0);
    contentLayout->setSpacing(6);
    contentLayout->addLayout(heading);
    contentLayout->addLayout(hashRow);
    contentLayout->addWidget(m_link);
    contentLayout->addWidget(split, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_service, &facade::ExplorerService::blockDetailsReady, this, &BlockDetailsPanel::onDetails);
    connect(m_service, &facade::ExplorerService::summaryChanged, this,
            [this](const facade::IndexSummary&, facade::IndexChange change) {
                if (!m_number) return;
                if (change == facade::IndexChange::Reopened)
                    clear();
                else if (change != facade::IndexChange::Appended || !m_loaded)
                    showBlock(*m_number);  // statuses may have changed: read it again
            });
    connect(m_service, &facade::ExplorerService::indexClosed, this, &BlockDetailsPanel::clear);
}

QList<ExplorerTableView*> BlockDetailsPanel::tables() const
{
    return {m_checksView, m_transactionsView, m_logsView, m_headerView};
}

void BlockDetailsPanel::showCheck(int row)
{
    const facade::CheckResult* c = m_checks->rowAt(row);
    if (!c) {
        m_checkReason->clear();
        return;
    }
    const QString detail = m_checks->index(row, ChecksTableModel::DetailColumn).data().toString();
    QString text = QStringLiteral("%1: %2").arg(DisplayText::checkTitle(c->name), DisplayText::checkStateName(c->state));
    if (c->reasons.size() > 1)
        text += QStringLiteral("\n") + c->reasons.join(QLatin1Char('\n'));
    else
        text += QStringLiteral("\n") + detail;
    if (c->state == facade::CheckState::Failed && !DisplayText::checkDescription(c->name).isEmpty())
        text += QStringLiteral("\n") + tr("Expected: %1").arg(DisplayText::checkDescription(c->name));
    m_checkReason->setPlainText(text);
}

void BlockDetailsPanel::retitleTabs()
{
    m_tabs->setTabText(0, tr("Transactions (%1)").arg(m_transactions->rowCount()));
    m_tabs->setTabText(1, tr("Logs (%1)").arg(m_logs->rowCount()));
    m_tabs->setTabText(2, tr("Header"));
}

void BlockDetailsPanel::clear()
{
    m_number.reset();
    m_loaded = false;
    m_requestId = 0;
    m_checks->setChecks({}, {});
    m_transactions->setTransactions({});
    m_logs->setLogs({});
    m_header->setFields({});
    m_checkReason->clear();
    retitleTabs();
    m_stack->setCurrentWidget(m_empty);
}

void BlockDetailsPanel::showBlock(quint64 number, int txIndex)
{
    if (m_number != number) m_loaded = false;
    m_number = number;
    m_pendingTx = txIndex;
    m_requestId = m_service->requestBlockDetails(number);
}

void BlockDetailsPanel::onDetails(quint64 requestId, const facade::BlockDetails& d)
{
    if (requestId != m_requestId) return;
    m_loaded = true;
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Block %1").arg(DisplayText::number(d.number)));
    if (!d.found) {
        m_badge->clear();
        m_state->setText(tr("Not in the index"));
        m_hash->clear();
        m_time->clear();
        m_link->clear();
        m_checks->setChecks({}, {});
        m_transactions->setTransactions({});
        m_logs->setLogs({});
        m_header->setFields({});
        retitleTabs();
        return;
    }
    m_badge->setPixmap(BadgeIcons::forState(d.state).pixmap(20, 20));
    m_state->setText(DisplayText::stateName(d.state));
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(DisplayText::stateColor(d.state).name()));
    m_state->setToolTip(DisplayText::stateDescription(d.state));
    m_hash->setText(d.hash);
    m_time->setText(DisplayText::timestampUtc(d.timestamp));

    const facade::CheckpointLink& l = d.link;
    const QString anchor = l.anchorNumber ? tr("block %1 %2 (%3)")
                                                .arg(*l.anchorNumber)
                                                .arg(DisplayText::shortHash(l.anchorHash),
                                                     DisplayText::anchorSource(l.anchorSource))
                                          : tr("none pinned");
    QString linkText;
    QColor linkColor = DisplayText::stateColor(BlockState::Verified);
    if (l.isAnchor) {
        linkText = tr("This block is the pinned checkpoint, %1.").arg(anchor);
    } else if (l.anchored) {
        linkText = tr("Linked to the checkpoint %1 through every parent link.").arg(anchor);
    } else {
        linkText = l.brokenAt ? tr("Not linked to the checkpoint %1: the chain breaks at block %2.")
                                    .arg(anchor)
                                    .arg(*l.brokenAt)
                              : tr("Not linked to the checkpoint %1.").arg(anchor);
        linkColor = DisplayText::stateColor(BlockState::Unanchored);
    }
    if (!d.headerError.isEmpty()) linkText += QStringLiteral(" ") + tr("The header does not decode: %1").arg(d.headerError);
    m_link->setText(linkText);
    m_link->setStyleSheet(QStringLiteral("color: %1;").arg(linkColor.name()));

    m_checks->setChecks(d.checks, d.link, d.consensusEngine);
    m_transactions->setTransactions(d.transactions);
    m_logs->setLogs(d.logs);
    m_header->setFields(d.header);
    retitleTabs();
    // A failed block opens on what failed; a verified one on its first check.
    int focus = 0;
    for (int r = 0; r < m_checks->rowCount(); ++r)
        if (m_checks->rowAt(r)->state == facade::CheckState::Failed) {
            focus = r;
            break;
        }
    if (m_checks->rowCount() > 0) {
        m_checksView->selectRow(focus);
        m_checksView->scrollTo(m_checks->index(focus, 0), QAbstractItemView::PositionAtCenter);
        showCheck(focus);
    } else {
        showCheck(-1);
    }
    if (m_pendingTx >= 0) {
        const int row = m_transactions->rowOfIndex(m_pendingTx);
        if (row >= 0) {
            m_tabs->setCurrentWidget(m_transactionsView);
            m_transactionsView->selectRow(row);
            m_transactionsView->scrollTo(m_transactions->index(row, 0));
        }
        m_pendingTx = -1;
    }
    emit blockShown(d.number);
}

}  // namespace bt::ui
