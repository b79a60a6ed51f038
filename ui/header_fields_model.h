// The decoded header of one block, field by field.
#pragma once

#include "explorer_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace bt::ui {

class HeaderFieldsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };

    explicit HeaderFieldsModel(QObject* parent = nullptr);
    void setFields(std::vector<facade::HeaderField> fields);
    QString valueOf(const QString& jsonName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<facade::HeaderField> m_fields;
};

}  // namespace bt::ui
