#include "blocks_table_model.h"

#include "badge_icons.h"
#include "csv_model_writer.h"
#include "display_text.h"
#include "explorer_service.h"

#include <QFontDatabase>
#include <QTimer>

#include <algorithm>

namespace bt::ui {

using facade::BlockRow;
using facade::BlockState;

BlocksTableModel::BlocksTableModel(facade::ExplorerService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(m_service, &facade::ExplorerService::summaryChanged, this, &BlocksTableModel::onSummary);
    connect(m_service, &facade::ExplorerService::blockPageReady, this, &BlocksTableModel::onPage);
    connect(m_service, &facade::ExplorerService::requestFailed, this,
            [this](quint64 id, const facade::ServiceError&) { onRequestFailed(id); });
    connect(m_service, &facade::ExplorerService::indexClosed, this, [this] {
        beginResetModel();
        m_rowCount = 0;
        m_pages.clear();
        m_wanted.clear();
        m_priority.clear();
        m_inFlight.clear();
        endResetModel();
    });
    if (m_service->isIndexOpen()) onSummary(m_service->summary(), facade::IndexChange::Reopened);
}

int BlocksTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rowCount; }

int BlocksTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool BlocksTableModel::isRowLoaded(int row) const
{
    auto it = m_pages.constFind(row / kPageSize);
    return it != m_pages.constEnd() && std::size_t(row % kPageSize) < it->rows.size();
}

const BlockRow* BlocksTableModel::rowAt(int row) const
{
    auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd() || std::size_t(row % kPageSize) >= it->rows.size()) return nullptr;
    return &it->rows[std::size_t(row % kPageSize)];
}

std::optional<quint64> BlocksTableModel::blockNumberAt(int row) const
{
    if (row < 0 || row >= m_rowCount) return std::nullopt;
    if (const BlockRow* r = rowAt(row)) return r->number;
    if (m_contiguous && m_firstNumber) return *m_firstNumber + quint64(row);
    return std::nullopt;
}

void BlocksTableModel::fetchRows(int first, int count)
{
    for (int page = first / kPageSize; page <= (first + std::max(1, count) - 1) / kPageSize; ++page)
        if (std::find(m_priority.begin(), m_priority.end(), page) == m_priority.end()) m_priority.push_back(page);
    schedulePump();
}

void BlocksTableModel::want(int page) const
{
    auto it = std::find(m_wanted.begin(), m_wanted.end(), page);
    if (it != m_wanted.end()) {
        if (std::next(it) == m_wanted.end()) return;
        m_wanted.erase(it);
    }
    m_wanted.push_back(page);
    // Pages scrolled past long ago are not worth a query any more.
    while (int(m_wanted.size()) > kMaxWanted) m_wanted.pop_front();
    schedulePump();
}

void BlocksTableModel::schedulePump() const
{
    if (m_pumpScheduled) return;
    m_pumpScheduled = true;
    // Not from data(): the pump emits nothing itself, but it runs after the paint.
    QTimer::singleShot(0, const_cast<BlocksTableModel*>(this), &BlocksTableModel::pump);
}

void BlocksTableModel::pump()
{
    m_pumpScheduled = false;
    if (!m_service->isIndexOpen()) return;
    auto needed = [this](int page) {
        if (page * kPageSize >= m_rowCount) return false;
        for (int p : m_inFlight)
            if (p == page) return false;
        auto it = m_pages.constFind(page);
        return it == m_pages.constEnd() || it->stale;
    };
    while (m_inFlight.size() < kMaxInFlight && !(m_priority.empty() && m_wanted.empty())) {
        std::deque<int>& queue = m_priority.empty() ? m_wanted : m_priority;
        const int page = m_priority.empty() ? queue.back() : queue.front();
        if (m_priority.empty())
            queue.pop_back();
        else
            queue.pop_front();
        if (needed(page)) request(page);
    }
}

void BlocksTableModel::request(int page)
{
    const quint64 offset = quint64(page) * kPageSize;
    const int count = std::min(kPageSize, m_rowCount - page * kPageSize);
    const quint64 id = m_service->requestBlockPage(offset, count);
    m_inFlight.insert(id, page);
}

void BlocksTableModel::onPage(quint64 requestId, const facade::BlockPage& result)
{
    auto it = m_inFlight.find(requestId);
    if (it == m_inFlight.end()) return;
    const int page = it.value();
    m_inFlight.erase(it);
    if (result.generation == m_generation) {
        Page& p = m_pages[page];
        p.rows = result.rows;
        p.stale = false;
        p.lastUse = ++m_useClock;
        const int first = page * kPageSize;
        const int last = std::min(m_rowCount, first + int(p.rows.size())) - 1;
        if (last >= first) {
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
            emit pageLoaded(first, last);
        }
        evict();
    }
    pump();
}

void BlocksTableModel::onRequestFailed(quint64 requestId)
{
    // The window shows the error; the rows stay placeholders until asked for again.
    if (m_inFlight.remove(requestId)) pump();
}

void BlocksTableModel::evict()
{
    while (m_pages.size() > kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse) oldest = it;
        m_pages.erase(oldest);
    }
}

void BlocksTableModel::markAllStale()
{
    for (Page& p : m_pages) p.stale = true;
}

void BlocksTableModel::onSummary(const facade::IndexSummary& summary, facade::IndexChange change)
{
    const int newCount = int(std::min<quint64>(summary.blocks, quint64(std::numeric_limits<int>::max())));
    m_firstNumber = summary.firstNumber;
    m_contiguous = summary.firstNumber.has_value() && summary.gaps == 0;
    if (change == facade::IndexChange::Reopened || summary.generation != m_generation) {
        beginResetModel();
        m_generation = summary.generation;
        m_rowCount = newCount;
        m_pages.clear();
        m_wanted.clear();
        m_priority.clear();
        m_inFlight.clear();
        endResetModel();
        return;
    }
    const int oldCount = m_rowCount;
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rowCount = newCount;
        for (auto it = m_pages.begin(); it != m_pages.end();)
            it = it.key() * kPageSize >= newCount ? m_pages.erase(it) : std::next(it);
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rowCount = newCount;
        endInsertRows();
    }
    // The page that held the last rows gets more (or other) rows.
    if (oldCount > 0) {
        auto it = m_pages.find((oldCount - 1) / kPageSize);
        if (it != m_pages.end()) it->stale = true;
    }
    if (change == facade::IndexChange::Reorganised || change == facade::IndexChange::Reverified) {
        markAllStale();
        if (m_rowCount > 0) emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
    } else if (oldCount > 0 && m_rowCount > 0) {
        // Appended: the last rows may have changed (a block's anchoring depends on the
        // blocks before it only, so older rows stay as they are).
        const int first = ((oldCount - 1) / kPageSize) * kPageSize;
        emit dataChanged(index(first, 0), index(m_rowCount - 1, ColumnCount - 1));
    }
}

QVariant BlocksTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount) return {};
    const int row = index.row();
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    const BlockRow* r = nullptr;
    if (it != m_pages.end() && std::size_t(row % kPageSize) < it->rows.size()) {
        r = &it->rows[std::size_t(row % kPageSize)];
        it->lastUse = ++m_useClock;
        if (it->stale) want(page);
    } else if (role == Qt::DisplayRole || role == Qt::DecorationRole) {
        want(page);
    }
    const int column = index.column();

    if (role == LoadedRole) return r != nullptr;
    if (role == BlockNumberRole) {
        if (auto n = blockNumberAt(row)) return QVariant::fromValue<qulonglong>(*n);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case NumberColumn:
        case TransactionsColumn:
        case LogsColumn:
        case GasUsedColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::FontRole && (column == HashColumn || column == MinerColumn))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);

    if (!r) {
        if (role == Qt::DisplayRole || role == CsvModelWriter::ExportRole) {
            if (column == NumberColumn)
                if (auto n = blockNumberAt(row)) return QString::number(*n);
            if (column == StatusColumn) return tr("Loading…");
        }
        if (role == Qt::ForegroundRole) return QColor(Qt::gray);
        return {};
    }

    if (role == StateRole) return int(r->state);
    switch (role) {
    case Qt::DisplayRole:
    case CsvModelWriter::ExportRole:
        switch (column) {
        case NumberColumn: return QString::number(r->number);
        case StatusColumn: return DisplayText::stateName(r->state);
        case HashColumn: return r->hash;
        case TimeColumn: return DisplayText::timestamp(r->timestamp);
        case TransactionsColumn: return r->txCount;
        case LogsColumn: return r->logCount;
        case GasUsedColumn: return role == Qt::DisplayRole ? DisplayText::number(r->gasUsed) : QString::number(r->gasUsed);
        case MinerColumn: return r->miner;
        case ProblemColumn:
            if (!r->firstProblem.isEmpty()) return r->firstProblem;
            if (r->state == BlockState::Unanchored && r->brokenAt)
                return tr("After the broken link at block %1").arg(*r->brokenAt);
            return {};
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == StatusColumn) return BadgeIcons::forState(r->state);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn || column == ProblemColumn) return DisplayText::stateColor(r->state);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case StatusColumn:
        case ProblemColumn: {
            QString tip = DisplayText::stateDescription(r->state);
            if (!r->firstProblem.isEmpty()) tip += QStringLiteral("\n") + r->firstProblem;
            return tip;
        }
        case HashColumn: return r->hash;
        case MinerColumn: return r->miner;
        case GasUsedColumn:
            return tr("%1 of %2 gas").arg(DisplayText::number(r->gasUsed), DisplayText::number(r->gasLimit));
        default: return {};
        }
    default: return {};
    }
}

QVariant BlocksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn: return tr("Block");
        case StatusColumn: return tr("Verification");
        case HashColumn: return tr("Hash");
        case TimeColumn: return tr("Time (UTC)");
        case TransactionsColumn: return tr("Transactions");
        case LogsColumn: return tr("Logs");
        case GasUsedColumn: return tr("Gas used");
        case MinerColumn: return tr("Miner");
        case ProblemColumn: return tr("Problem");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case NumberColumn:
        case TransactionsColumn:
        case LogsColumn:
        case GasUsedColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

}  // namespace bt::ui
