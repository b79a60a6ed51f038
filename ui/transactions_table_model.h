// The transactions of one block: hash, type, sender, recipient, value, outcome, and
// whether each passed verification (with the reasons when not).
#pragma once

#include "explorer_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace bt::ui {

class TransactionsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IndexColumn, StatusColumn, HashColumn, TypeColumn, FromColumn, ToColumn, ValueColumn, GasUsedColumn,
                  ResultColumn, ProblemColumn, ColumnCount };

    explicit TransactionsTableModel(QObject* parent = nullptr);

    void setTransactions(std::vector<facade::TxRow> rows);
    const facade::TxRow* rowAt(int row) const;
    int rowOfIndex(int txIndex) const;  // -1 when the block has no such transaction

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<facade::TxRow> m_rows;
};

}  // namespace bt::ui
