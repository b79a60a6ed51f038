// The hook for the domain's search: the global search asks the chain (block number,
// block hash, transaction hash, address) and then every registered provider, in a
// reader thread, with that thread's connection. The domain queries add theirs (asset
// id, participant name or account) with ExplorerService::addSearchProvider; their
// hits carry a domainKind ("asset", "participant") that the matching view claims.
#pragma once

#include "explorer_types.h"

#include <vector>

namespace bt::facade {

class QueryContext;

class SearchProvider {
public:
    virtual ~SearchProvider() = default;
    // At most `limit` hits for `text` (trimmed, never empty). Runs in a reader
    // thread; must not keep `ctx` beyond the call. Errors: return no hits.
    virtual std::vector<SearchHit> search(QueryContext& ctx, const QString& text, std::size_t limit) = 0;
};

}  // namespace bt::facade
