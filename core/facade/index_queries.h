// The chain view's queries over one read connection: the summary, pages of blocks,
// a block with every check's outcome, its transactions and logs, and the chain part
// of the global search. Synchronous and thread-confined like the IndexDb it reads;
// the facade runs it in its reader threads.
#pragma once

#include "explorer_types.h"

#include <cstddef>
#include <optional>

namespace bt {
class IndexDb;
struct IndexError;
}  // namespace bt

namespace bt::facade {

// How rows map to block numbers: when the index has no gaps, row r is block
// first + r and a page is a range query; otherwise an OFFSET query.
struct RowLayout {
    std::optional<quint64> first;
    bool contiguous = false;
};

class IndexQueries {
public:
    explicit IndexQueries(IndexDb& db) : m_db(db) {}

    ServiceError summary(IndexSummary& out);
    ServiceError blockPage(quint64 offset, int count, const RowLayout& layout, BlockPage& out);
    ServiceError blockDetails(quint64 number, BlockDetails& out);
    // The chain's hits for `text`: a block number, a block or transaction hash, an
    // address (its transactions). Sets the interpretation; appends at most `limit` hits.
    ServiceError searchChain(const QString& text, std::size_t limit, const RowLayout& layout, SearchResults& out);
    // The row of block `number` in number order.
    ServiceError rowOfBlock(quint64 number, const RowLayout& layout, qint64& row);

    static ServiceError fromIndexError(const IndexError& e);

private:
    IndexDb& m_db;
};

}  // namespace bt::facade
