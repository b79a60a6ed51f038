// The hits of a global search: what was found (block, transaction, an address's
// transaction, or a domain hit), where (block, transaction), and its hash.
#pragma once

#include "explorer_types.h"

#include <QAbstractTableModel>

namespace bt::ui {

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KindColumn, BlockColumn, TransactionColumn, HashColumn, DetailColumn, ColumnCount };

    explicit SearchResultsModel(QObject* parent = nullptr);
    void setResults(const facade::SearchResults& results);
    const facade::SearchResults& results() const { return m_results; }
    const facade::SearchHit* hitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(const facade::SearchHit& hit);
    static QString kindKey(const facade::SearchHit& hit);  // "block", "transaction", "address", or the domain kind

private:
    facade::SearchResults m_results;
};

}  // namespace bt::ui
