// The logs of one block, with the registry's events decoded.
#pragma once

#include "explorer_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace bt::ui {

class LogsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IndexColumn, TransactionColumn, EventColumn, DecodedColumn, AddressColumn, TopicsColumn, DataColumn,
                  ColumnCount };

    explicit LogsTableModel(QObject* parent = nullptr);

    void setLogs(std::vector<facade::LogRow> rows);
    const facade::LogRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<facade::LogRow> m_rows;
};

}  // namespace bt::ui
