// The blocks of the open index, one row each in number order, for a table that may
// hold millions of rows: rowCount() comes from the index summary, and rows are read
// in pages of kPageSize through the facade, asynchronously, when a view first asks
// for them. Up to kMaxPages pages stay cached (least recently used go first); a page
// asked for and not yet there shows the block number and a placeholder, and fills in
// with dataChanged() when it arrives. The pages wanted last are fetched first, so a
// fast scroll loads what is on screen now, not what it passed on the way.
//
// As a sync appends blocks, rows are inserted at the end; after a reorganisation or
// a re-verification the cached pages are refreshed in place (the old values stay on
// screen until the new ones arrive, so nothing flickers).
#pragma once

#include "explorer_types.h"
#include "row_fetcher.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>
#include <optional>
#include <vector>

namespace bt::facade {
class ExplorerService;
}

namespace bt::ui {

class BlocksTableModel : public QAbstractTableModel, public RowFetcher {
    Q_OBJECT

public:
    enum Column { NumberColumn, StatusColumn, HashColumn, TimeColumn, TransactionsColumn, LogsColumn, GasUsedColumn,
                  MinerColumn, ProblemColumn, ColumnCount };
    enum Role { BlockNumberRole = Qt::UserRole + 1, StateRole, LoadedRole };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 64;
    static constexpr int kMaxInFlight = 2;
    static constexpr int kMaxWanted = 12;

    explicit BlocksTableModel(facade::ExplorerService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isRowLoaded(int row) const override;
    void fetchRows(int first, int count) override;
    int fetchSize() const override { return kPageSize; }

    // The block shown in `row`, when it is known without a query.
    std::optional<quint64> blockNumberAt(int row) const;
    const facade::BlockRow* rowAt(int row) const;  // null when not loaded
    int cachedPages() const { return int(m_pages.size()); }
    int requestsInFlight() const { return int(m_inFlight.size()); }

signals:
    void pageLoaded(int firstRow, int lastRow);

private:
    struct Page {
        std::vector<facade::BlockRow> rows;
        bool stale = false;
        quint64 lastUse = 0;
    };

    void onSummary(const facade::IndexSummary& summary, facade::IndexChange change);
    void onPage(quint64 requestId, const facade::BlockPage& page);
    void onRequestFailed(quint64 requestId);
    void want(int page) const;
    void schedulePump() const;
    void pump();
    void request(int page);
    void markAllStale();
    void evict();

    facade::ExplorerService* m_service;
    int m_rowCount = 0;
    quint64 m_generation = 0;
    std::optional<quint64> m_firstNumber;
    bool m_contiguous = false;

    // Mutable: data() is const, and asking for a row is what makes it load.
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable std::deque<int> m_wanted;      // most recent last
    mutable std::deque<int> m_priority;    // fetchRows(): never dropped
    mutable bool m_pumpScheduled = false;
    QHash<quint64, int> m_inFlight;        // request id → page
};

}  // namespace bt::ui
