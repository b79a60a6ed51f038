#include "query_worker.h"

#include "index_queries.h"

#include "index/index_db.h"

#include <QFileInfo>

namespace bt::facade {

QueryWorker::QueryWorker() = default;

QueryWorker::~QueryWorker() { close(); }

bool QueryWorker::isOpen() const noexcept { return m_db && m_db->isOpen(); }

void QueryWorker::close()
{
    if (m_db) m_db->close();
    m_db.reset();
}

ServiceError QueryWorker::open(const QString& path, quint64 generation, bool upgrade,
                               const std::function<ServiceError(IndexDb&)>& check)
{
    auto db = std::make_unique<IndexDb>();
    // Read-only: browsing an index must never change it. WAL lets it read while a
    // sync or a re-verification writes through connections of their own.
    IndexError e = db->open(path, IndexDb::Mode::ReadOnly);
    if (!e.ok() && e.kind == IndexError::Kind::NewerSchema && upgrade && QFileInfo(path).isWritable()) {
        // Either an older schema, which a read-write open upgrades in place (the
        // schema steps are additive), or a newer one, which it refuses as well.
        IndexDb rw;
        const IndexError upgraded = rw.open(path, IndexDb::Mode::ReadWrite);
        rw.close();
        e = upgraded.ok() ? db->open(path, IndexDb::Mode::ReadOnly) : upgraded;
    }
    if (!e.ok()) return IndexQueries::fromIndexError(e);
    if (check)
        if (ServiceError ce = check(*db); !ce.ok()) return ce;
    close();
    m_db = std::move(db);
    m_generation = generation;
    return {};
}

}  // namespace bt::facade
