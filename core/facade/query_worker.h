// A reader thread's state: its own read connection to the open index, opened,
// used and closed in that thread (one QSqlDatabase connection per thread). The
// service posts work to it as lambdas; it has no slots of its own.
#pragma once

#include "explorer_types.h"

#include <QObject>

#include <functional>
#include <memory>

namespace bt {
class IndexDb;
}

namespace bt::facade {

class QueryContext;

class QueryWorker : public QObject {
public:
    QueryWorker();
    ~QueryWorker() override;

    // In the worker's thread. `upgrade`: an index of an older schema may be upgraded
    // (read-write, once) before it is read; only one worker of a service does it.
    // `check` runs on the new connection before it replaces the current one: when
    // either fails, the index open until then stays open.
    ServiceError open(const QString& path, quint64 generation, bool upgrade,
                      const std::function<ServiceError(IndexDb&)>& check = {});
    void close();
    bool isOpen() const noexcept;
    quint64 generation() const noexcept { return m_generation; }
    // The open connection, for a query; null when nothing is open.
    IndexDb* db() noexcept { return m_db.get(); }

private:
    std::unique_ptr<IndexDb> m_db;
    quint64 m_generation = 0;
};

}  // namespace bt::facade
