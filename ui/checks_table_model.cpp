#include "checks_table_model.h"

#include "badge_icons.h"
#include "csv_model_writer.h"
#include "display_text.h"

namespace bt::ui {

using facade::CheckState;

ChecksTableModel::ChecksTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChecksTableModel::setChecks(std::vector<facade::CheckResult> checks, const facade::CheckpointLink& link,
                                 const QString& engine)
{
    beginResetModel();
    m_checks = std::move(checks);
    m_link = link;
    m_engine = engine;
    endResetModel();
}

const facade::CheckResult* ChecksTableModel::rowAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_checks.size() ? &m_checks[std::size_t(row)] : nullptr;
}

int ChecksTableModel::rowOfCheck(const QString& name) const
{
    for (std::size_t i = 0; i < m_checks.size(); ++i)
        if (m_checks[i].name == name) return int(i);
    return -1;
}

int ChecksTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_checks.size()); }

int ChecksTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ChecksTableModel::detailOf(const facade::CheckResult& c) const
{
    if (!c.reasons.isEmpty()) return c.reasons.join(QStringLiteral("; "));
    if (c.name == QLatin1String("checkpoint")) {
        const QString anchor =
            m_link.anchorNumber
                ? tr("block %1 %2 (%3)")
                      .arg(*m_link.anchorNumber)
                      .arg(DisplayText::shortHash(m_link.anchorHash), DisplayText::anchorSource(m_link.anchorSource))
                : tr("no checkpoint pinned");
        if (m_link.isAnchor) return tr("This block is the pinned checkpoint: %1.").arg(anchor);
        if (c.state == CheckState::Passed) return tr("Linked to the checkpoint %1.").arg(anchor);
        if (m_link.brokenAt) return tr("Not linked: the chain breaks at block %1.").arg(*m_link.brokenAt);
        return tr("Not linked to the checkpoint %1.").arg(anchor);
    }
    if (c.name == QLatin1String("consensus") && c.state == CheckState::Passed)
        return tr("%1: every seal recovers an authorised validator, with the quorum the engine requires.")
            .arg(DisplayText::engineTitle(m_engine));
    if (c.state == CheckState::Passed) return DisplayText::checkDescription(c.name);
    return DisplayText::checkNote(c.name, c.state, m_engine);
}

QVariant ChecksTableModel::data(const QModelIndex& index, int role) const
{
    const facade::CheckResult* c = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!c) return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case CsvModelWriter::ExportRole:
        switch (column) {
        case CheckColumn: return DisplayText::checkTitle(c->name);
        case ResultColumn: return DisplayText::checkStateName(c->state);
        case DetailColumn: return detailOf(*c);
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == ResultColumn) return BadgeIcons::forCheck(c->state);
        return {};
    case Qt::ForegroundRole:
        if (column == ResultColumn) return DisplayText::checkStateColor(c->state);
        if (column == DetailColumn && c->state == CheckState::Failed) return DisplayText::checkStateColor(c->state);
        if (column == DetailColumn && c->state != CheckState::Passed) return QColor(Qt::gray);
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 (%2)\n%3").arg(DisplayText::checkTitle(c->name), c->name,
                                                        DisplayText::checkDescription(c->name));
        if (!c->reasons.isEmpty()) tip += QStringLiteral("\n\n") + c->reasons.join(QLatin1Char('\n'));
        return tip;
    }
    case CheckNameRole: return c->name;
    case CheckStateRole: return int(c->state);
    default: return {};
    }
}

QVariant ChecksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case CheckColumn: return tr("Check");
    case ResultColumn: return tr("Result");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

}  // namespace bt::ui
