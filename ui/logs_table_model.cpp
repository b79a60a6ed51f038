#include "logs_table_model.h"

#include "csv_model_writer.h"

#include <QColor>
#include <QFontDatabase>

namespace bt::ui {

namespace {
constexpr int kDataPreviewChars = 74;  // "0x" and 36 bytes
}

LogsTableModel::LogsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LogsTableModel::setLogs(std::vector<facade::LogRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const facade::LogRow* LogsTableModel::rowAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

int LogsTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int LogsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LogsTableModel::data(const QModelIndex& index, int role) const
{
    const facade::LogRow* l = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!l) return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case CsvModelWriter::ExportRole:
        switch (column) {
        case IndexColumn: return l->logIndex;
        case TransactionColumn: return l->txIndex;
        case AddressColumn: return l->address;
        case EventColumn: return l->eventName.isEmpty() ? tr("(unknown)") : l->eventName;
        case DecodedColumn: return l->decoded;
        case TopicsColumn: return l->topics.join(role == Qt::DisplayRole ? QStringLiteral(", ") : QStringLiteral(" "));
        case DataColumn:
            if (role == Qt::DisplayRole && l->data.size() > kDataPreviewChars)
                return l->data.left(kDataPreviewChars) + QStringLiteral("…");
            return l->data;
        default: return {};
        }
    case Qt::ForegroundRole:
        if (column == EventColumn && l->eventName.isEmpty()) return QColor(Qt::gray);
        return {};
    case Qt::FontRole:
        if (column == AddressColumn || column == TopicsColumn || column == DataColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (column == IndexColumn || column == TransactionColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case TopicsColumn: return l->topics.join(QLatin1Char('\n'));
        case DataColumn: return l->data.size() > 2000 ? l->data.left(2000) + QStringLiteral("…") : l->data;
        case DecodedColumn: return QString(l->decoded).replace(QStringLiteral("; "), QStringLiteral("\n"));
        case AddressColumn: return l->address;
        default: return {};
        }
    default: return {};
    }
}

QVariant LogsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case IndexColumn: return tr("#");
    case TransactionColumn: return tr("Tx");
    case AddressColumn: return tr("Contract");
    case EventColumn: return tr("Event");
    case DecodedColumn: return tr("Decoded");
    case TopicsColumn: return tr("Topics");
    case DataColumn: return tr("Data");
    default: return {};
    }
}

}  // namespace bt::ui
