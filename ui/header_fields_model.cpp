#include "header_fields_model.h"

#include "csv_model_writer.h"
#include "display_text.h"

#include <QFontDatabase>

namespace bt::ui {

HeaderFieldsModel::HeaderFieldsModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeaderFieldsModel::setFields(std::vector<facade::HeaderField> fields)
{
    beginResetModel();
    m_fields = std::move(fields);
    endResetModel();
}

QString HeaderFieldsModel::valueOf(const QString& jsonName) const
{
    for (const auto& f : m_fields)
        if (f.name == jsonName) return f.value;
    return {};
}

int HeaderFieldsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_fields.size()); }

int HeaderFieldsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HeaderFieldsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_fields.size()) return {};
    const facade::HeaderField& f = m_fields[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn) return DisplayText::headerFieldTitle(f.name);
        if (f.name == QLatin1String("timestamp"))
            return QStringLiteral("%1 (%2)").arg(f.value, DisplayText::timestampUtc(f.value.toLongLong()));
        return f.value;
    case CsvModelWriter::ExportRole: return index.column() == FieldColumn ? f.name : f.value;
    case Qt::ToolTipRole: return index.column() == FieldColumn ? f.name : f.value;
    case Qt::FontRole:
        if (index.column() == ValueColumn) return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default: return {};
    }
}

QVariant HeaderFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == FieldColumn ? tr("Field") : tr("Value");
}

}  // namespace bt::ui
