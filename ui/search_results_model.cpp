#include "search_results_model.h"

#include <QColor>
#include <QFontDatabase>

namespace bt::ui {

using facade::SearchHit;

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchResultsModel::setResults(const facade::SearchResults& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchHit* SearchResultsModel::hitAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_results.hits.size() ? &m_results.hits[std::size_t(row)] : nullptr;
}

QString SearchResultsModel::kindKey(const SearchHit& hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Block: return QStringLiteral("block");
    case SearchHit::Kind::Transaction: return QStringLiteral("transaction");
    case SearchHit::Kind::Address: return QStringLiteral("address");
    case SearchHit::Kind::Domain: return hit.domainKind;
    }
    return {};
}

QString SearchResultsModel::kindName(const SearchHit& hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Block: return tr("Block");
    case SearchHit::Kind::Transaction: return tr("Transaction");
    case SearchHit::Kind::Address:
        if (hit.role == QLatin1String("sender")) return tr("Sent by the address");
        if (hit.role == QLatin1String("recipient")) return tr("Sent to the address");
        return tr("Created the contract");
    case SearchHit::Kind::Domain:
        if (hit.domainKind == QLatin1String("asset")) return tr("Asset");
        if (hit.domainKind == QLatin1String("participant")) return tr("Participant");
        return hit.domainKind;
    }
    return {};
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    const SearchHit* h = index.isValid() ? hitAt(index.row()) : nullptr;
    if (!h) return {};
    if (role == Qt::FontRole && index.column() == HashColumn) return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && index.column() == HashColumn) return h->hash;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case KindColumn: return kindName(*h);
    case BlockColumn: return h->kind == SearchHit::Kind::Domain && h->blockNumber == 0 ? QVariant() : QVariant(h->blockNumber);
    case TransactionColumn: return h->txIndex >= 0 ? QVariant(h->txIndex) : QVariant();
    case HashColumn: return h->hash;
    case DetailColumn: return h->kind == SearchHit::Kind::Domain ? h->title : QVariant();
    default: return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case KindColumn: return tr("Found");
    case BlockColumn: return tr("Block");
    case TransactionColumn: return tr("Tx");
    case HashColumn: return tr("Hash");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

}  // namespace bt::ui
