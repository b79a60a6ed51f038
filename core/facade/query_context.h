// What a query running in one of the facade's reader threads may use: that
// thread's own read connection to the open index. Only core code (index queries,
// the domain queries, search providers) sees it; the GUI never includes this header.
#pragma once

#include "index/index_db.h"

#include <QString>

namespace bt::facade {

class QueryContext {
public:
    QueryContext(IndexDb& db, quint64 generation) : m_db(db), m_generation(generation) {}

    // The read connection, opened in (and owned by) the calling thread.
    IndexDb& db() noexcept { return m_db; }
    const QString& path() const noexcept { return m_db.path(); }
    // Changes each time an index is (re)opened; results carry it so that stale ones are dropped.
    quint64 generation() const noexcept { return m_generation; }

private:
    IndexDb& m_db;
    quint64 m_generation;
};

}  // namespace bt::facade
