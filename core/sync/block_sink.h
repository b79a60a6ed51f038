// The sync's writer: persists linked, verified blocks on a thread of its own, so that
// SQLite's work (inserts, index maintenance, commits, WAL checkpoints) overlaps with
// fetching and verifying instead of stalling them. Blocks arrive in chain order and
// are committed in batches (at most every 250 ms), so a killed process leaves whole
// batches only.
#pragma once

#include "chain/block_verifier.h"
#include "chain/raw_block.h"
#include "domain/domain_indexer.h"
#include "index/index_db.h"
#include "index/index_writer.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace bt {

struct SinkBlock {
    RawBlock raw;
    VerifiedBlock verified;
};

class BlockSink : public QObject {
    Q_OBJECT
public:
    explicit BlockSink(QString dbPath, QObject* parent = nullptr);
    ~BlockSink() override;

    // These run in the sink's thread: call them through queued or blocking-queued
    // invocations. Errors are reported by failed(); the sink then ignores writes.
    bool open();
    void write(std::shared_ptr<const SinkBlock> block);
    bool flush();
    bool truncateAbove(quint64 number);
    void close();

    const QString& error() const noexcept { return m_error; }

signals:
    void failed(const QString& message);
    void committed(quint64 lastNumber, quint64 blocks);

private:
    void fail(const IndexError& e);

    QString m_path;
    std::unique_ptr<IndexDb> m_db;
    std::unique_ptr<IndexWriter> m_writer;
    std::unique_ptr<domain::DomainIndexer> m_domain;  // indexes the registry's logs after each commit
    bool m_inTransaction = false;
    quint64 m_pending = 0;
    quint64 m_lastNumber = 0;
    QElapsedTimer m_sinceCommit;
    QString m_error;
};

}  // namespace bt
