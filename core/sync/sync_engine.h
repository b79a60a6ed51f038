// The sync engine: fetches blocks with their receipts from a node, verifies each one
// from its raw encodings on a pool of threads, and appends them in order to the
// index. Follows the head with N confirmations and rolls the index back to the
// common ancestor on a reorganisation. Used by the CLI and the GUI alike.
//
// Lives in a worker thread: create it, move it to a QThread, invoke start() there.
// Progress is reported at most every 250 ms.
#pragma once

#include "sync/block_sink.h"
#include "sync/chain_writer.h"
#include "sync/sync_types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <map>
#include <memory>

class QTimer;

namespace bt {

class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class Result { Completed, Cancelled, Failed };
    Q_ENUM(Result)

    explicit SyncEngine(SyncOptions options, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Thread-safe: asks the engine to stop after committing what it has verified.
    void requestCancel() noexcept;

public slots:
    void start();

signals:
    void progressChanged(const bt::SyncProgress& progress);
    void reorganised(quint64 fromBlock, quint64 ancestor);
    void finished(bt::SyncEngine::Result result, const QString& message);

private:
    struct Prepared;
    struct BatchResult;

    void connectNode();
    void onChainId(const QString& chainIdHex);
    void checkAnchor();
    void checkResume();
    void refreshHead();
    void pump();
    void sendBatch(std::uint64_t first, std::uint64_t count);
    void sendReceiptsFallback(std::shared_ptr<BatchResult> partial);
    void onBatchVerified(std::shared_ptr<BatchResult> result);
    void drainWrites();
    void walkBack(std::uint64_t k, std::uint64_t mismatchAt);
    void caughtUp();
    void emitProgress(bool force);
    void fail(const QString& message);
    void finish(Result r, QString message);
    bool flushSink();
    void stopSink();
    bool stopping() const noexcept;
    void callOne(const QString& method, nlohmann::json params,
                 std::function<void(const nlohmann::json&)> onResult);

    SyncOptions m_opt;
    VerifyOptions m_verify;
    std::unique_ptr<IndexDb> m_db;
    std::unique_ptr<ChainWriter> m_chain;
    RpcClient* m_rpc = nullptr;
    QThread m_writerThread;
    BlockSink* m_sink = nullptr;          // lives in m_writerThread
    std::uint64_t m_unwritten = 0;        // blocks handed to the sink, not yet committed
    std::deque<std::size_t> m_unwrittenBytes;  // their raw sizes, in the order handed over
    std::size_t m_bufferedBytes = 0;      // raw bytes in m_ready and m_unwrittenBytes
    QTimer* m_pollTimer = nullptr;
    QThreadPool m_pool;

    std::atomic<bool> m_cancel{false};
    bool m_done = false;
    bool m_blockReceipts = true;      // eth_getBlockReceipts available
    int m_generation = 0;             // bumped on a rollback; stale replies are dropped
    int m_inFlightBatches = 0;        // HTTP requests outstanding
    int m_verifyingBatches = 0;       // answers being parsed and verified on the pool
    std::size_t m_inFlightBlocks = 0; // blocks asked for and not yet ready to write
    std::uint64_t m_nextFetch = 0;
    std::uint64_t m_target = 0;
    bool m_haveTarget = false;
    std::optional<std::uint64_t> m_acceptBrokenLinkAt;
    bool m_walkingBack = false;
    bool m_parentMismatch = false;    // the walk back started from a block whose parent did not match
    std::map<std::uint64_t, std::unique_ptr<Prepared>> m_ready;
    QString m_chainId;

    SyncProgress m_progress;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceProgress;
    std::deque<std::pair<qint64, std::uint64_t>> m_rateWindow;  // (ms, blocks) samples
    std::deque<std::pair<qint64, std::uint64_t>> m_eventWindow;
};

}  // namespace bt
