// What the integration tests share: running the real CLI (QProcess, waiting with an
// event loop so that anvil's output pipe keeps draining), running SyncEngine in a
// worker thread and collecting its signals, reading an index file directly (a
// read-only SQLite connection of the test's own, independent of core/index), and
// comparing an index with the node's chain block by block.
#pragma once

#include "rpc/blocking_rpc.h"
#include "sync/sync_engine.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace bt::test {

// The CLI binary CMake built (BT_CLI_PATH), or BT_CLI.
QString cliPath();

struct CliRun {
    QStringList args;
    bool finished = false;  // false: still running at the deadline (then killed)
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;
    // "batterytrace-cli sync … → exit 1; stdout: …; stderr: …", for failure messages.
    QString describe() const;
};

// Runs the CLI to completion (or kills it at the deadline).
CliRun runCli(const QStringList& args, int timeoutMs = 60000);
// Starts the CLI and returns at once (for kill -9).
std::unique_ptr<QProcess> startCli(const QStringList& args);
// Waits with an event loop for `p` to finish; false at the deadline.
bool waitFinished(QProcess& p, int timeoutMs);

// `status --db PATH --json`, parsed; nullopt with `error` set.
std::optional<QJsonObject> cliStatus(const QString& db, QString& error);

// A block as the index file holds it.
struct IndexedBlock {
    std::uint64_t number = 0;
    QString hash;
    QString parentHash;
    int txCount = 0;
    int logCount = 0;  // blocks.log_count
    int logRows = 0;   // rows in the logs table
    int status = 0;
    QStringList txHashes;
    QStringList senders;
};

// Reads every block of an index through a read-only connection of its own.
std::optional<std::vector<IndexedBlock>> readIndex(const QString& dbPath, QString& error);
// Rows of a query, each as one line of text (BLOBs in hex), for row-by-row comparison.
std::optional<QStringList> queryRows(const QString& dbPath, const QString& sql, QString& error);
// Executes statements on the file with a read-write connection of its own.
bool execSql(const QString& dbPath, const QStringList& statements, QString& error);

// Compares the index with the node's chain, block by block from 0 to the node's head
// (or `through`): the same numbers with no gap and nothing beyond, and per block the
// hash, the parent hash, the transaction hashes in order, their senders, the number
// of logs (from eth_getBlockReceipts); with `requireVerified`, every block verified.
// Returns an empty string when they are equal, otherwise what differs.
QString compareWithNode(const QString& dbPath, BlockingRpc& node, std::optional<std::uint64_t> through = {},
                        bool requireVerified = true);

// An RPC endpoint for tests: short timeouts, few retries.
RpcEndpoint testEndpoint(const QUrl& url, int timeoutMs = 5000, int maxRetries = 1);
SyncOptions testSyncOptions(const QUrl& url, const QString& dbPath);

// SyncEngine on a worker thread, as the GUI runs it; its signals are collected in the
// test's thread (queued), so the test waits with an event loop (QTRY_*, wait()).
class EngineRun : public QObject {
public:
    explicit EngineRun(SyncOptions options);
    ~EngineRun() override;  // cancels and joins

    void start();
    void cancel();
    // Event loop until finished() or the deadline; false at the deadline.
    bool wait(int timeoutMs);

    bool finished = false;
    SyncEngine::Result result = SyncEngine::Result::Failed;
    QString message;
    std::vector<std::pair<quint64, quint64>> reorganisations;  // (from, ancestor)
    int progressSignals = 0;
    SyncProgress lastProgress;

private:
    QThread m_thread;
    SyncEngine* m_engine = nullptr;
};

// A JSON quantity as a number (0 when it is not one).
std::uint64_t quantityOf(const nlohmann::json& j);

}  // namespace bt::test
