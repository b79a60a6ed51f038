#include "record_table_model.h"

#include "csv_model_writer.h"

namespace bt::ui {

RecordTableModel::RecordTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void RecordTableModel::setRows(std::vector<std::vector<RecordCell>> rows, QStringList keys)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (auto& r : m_rows) r.resize(std::size_t(m_headers.size()));
    m_keys = std::move(keys);
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RecordTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_headers.size()); }

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const RecordCell& c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole: return c.text;
    case Qt::ToolTipRole: return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::ForegroundRole: return c.foreground.isValid() ? QVariant(c.foreground) : QVariant();
    case Qt::TextAlignmentRole: return QVariant(int(c.alignment));
    case SortRole: return c.raw.isValid() ? c.raw : QVariant(c.text);
    case CsvModelWriter::ExportRole: return c.raw.isValid() ? c.raw : QVariant(c.text);
    case KeyRole: return key(index.row());
    default: return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size()) return {};
    if (role == Qt::DisplayRole) return m_headers.at(section);
    // Header tips are definitions, often a paragraph: as rich text the tooltip wraps them
    // instead of drawing one line wider than the window.
    if (role == Qt::ToolTipRole && section < m_headerToolTips.size() && !m_headerToolTips.at(section).isEmpty())
        return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(m_headerToolTips.at(section).toHtmlEscaped());
    return {};
}

}  // namespace bt::ui
