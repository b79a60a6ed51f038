#include "transactions_table_model.h"

#include "badge_icons.h"
#include "csv_model_writer.h"
#include "display_text.h"

#include <QColor>
#include <QFontDatabase>

namespace bt::ui {

TransactionsTableModel::TransactionsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TransactionsTableModel::setTransactions(std::vector<facade::TxRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const facade::TxRow* TransactionsTableModel::rowAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? &m_rows[std::size_t(row)] : nullptr;
}

int TransactionsTableModel::rowOfIndex(int txIndex) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].index == txIndex) return int(i);
    return -1;
}

int TransactionsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TransactionsTableModel::data(const QModelIndex& index, int role) const
{
    const facade::TxRow* t = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!t) return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case CsvModelWriter::ExportRole:
        switch (column) {
        case IndexColumn: return t->index;
        case StatusColumn: return t->verified ? tr("Verified") : tr("Failed");
        case HashColumn: return t->hash;
        case TypeColumn: return DisplayText::txTypeName(t->type);
        case FromColumn: return t->sender.isEmpty() ? tr("(not recovered)") : t->sender;
        case ToColumn:
            if (!t->recipient.isEmpty()) return t->recipient;
            return t->contractAddress.isEmpty() ? tr("(contract creation)")
                                                : tr("(creates %1)").arg(t->contractAddress);
        case ValueColumn: return t->value;
        case GasUsedColumn: return role == Qt::DisplayRole ? DisplayText::number(t->gasUsed) : QString::number(t->gasUsed);
        case ResultColumn: return t->success ? tr("Success") : tr("Reverted");
        case ProblemColumn: return t->failures.join(QStringLiteral("; "));
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == StatusColumn) return BadgeIcons::forTransaction(t->verified);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn || column == ProblemColumn)
            return DisplayText::stateColor(t->verified ? facade::BlockState::Verified : facade::BlockState::Failed);
        if (column == ResultColumn && !t->success) return QColor(0xe6, 0x51, 0x00);
        return {};
    case Qt::FontRole:
        if (column == HashColumn || column == FromColumn || column == ToColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (column == IndexColumn || column == ValueColumn || column == GasUsedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (column) {
        case HashColumn: return t->hash;
        case FromColumn: return t->sender;
        case ToColumn: return t->recipient.isEmpty() ? t->contractAddress : t->recipient;
        case StatusColumn:
        case ProblemColumn:
            return t->failures.isEmpty() ? tr("Hash, signature and sender verified from the raw transaction.")
                                         : t->failures.join(QLatin1Char('\n'));
        default: return {};
        }
    default: return {};
    }
}

QVariant TransactionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case IndexColumn: return tr("#");
    case StatusColumn: return tr("Verification");
    case HashColumn: return tr("Transaction hash");
    case TypeColumn: return tr("Type");
    case FromColumn: return tr("From (recovered)");
    case ToColumn: return tr("To");
    case ValueColumn: return tr("Value (wei)");
    case GasUsedColumn: return tr("Gas used");
    case ResultColumn: return tr("Result");
    case ProblemColumn: return tr("Problem");
    default: return {};
    }
}

}  // namespace bt::ui
