#include "search_results_dialog.h"

#include "display_text.h"
#include "explorer_table_view.h"
#include "search_results_model.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::ui {

SearchResultsDialog::SearchResultsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("searchResultsDialog"));
    setWindowTitle(tr("Search Results"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("searchHeading"));
    m_heading->setWordWrap(true);
    m_model = new SearchResultsModel(this);
    m_table = new ExplorerTableView(this);
    m_table->setObjectName(QStringLiteral("searchResultsTable"));
    m_table->setExportName(QStringLiteral("search"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidthForText(SearchResultsModel::KindColumn, tr("Sent to the address") + QStringLiteral("  "));
    m_table->setColumnWidthForText(SearchResultsModel::BlockColumn, QStringLiteral("99999999"));
    m_table->setColumnWidthForText(SearchResultsModel::TransactionColumn, QStringLiteral("0000"));
    m_table->setColumnWidthForText(SearchResultsModel::HashColumn, QStringLiteral("0x") + QString(30, QLatin1Char('f')), true);
    connect(m_table, &ExplorerTableView::exportRequested, this, &SearchResultsDialog::exportRequested);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& i) { activate(i.row()); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* show = buttons->addButton(tr("&Show"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showHitButton"));
    connect(show, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid()) activate(i.row());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

void SearchResultsDialog::setResults(const facade::SearchResults& results)
{
    m_model->setResults(results);
    QString heading = tr("%1 results for “%2”.").arg(DisplayText::number(results.hits.size()), results.query);
    if (results.truncated) heading += QStringLiteral(" ") + tr("Only the first %1 are shown.").arg(results.hits.size());
    m_heading->setText(heading);
    if (m_model->rowCount() > 0) m_table->selectRow(0);
}

void SearchResultsDialog::activate(int row)
{
    if (const facade::SearchHit* hit = m_model->hitAt(row)) emit hitActivated(*hit);
}

}  // namespace bt::ui
