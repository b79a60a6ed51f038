// What the GUI tests stand on: a real chain on a real anvil node (the registry
// contract deployed from its committed artifact, participants registered, supply-chain
// events recorded, plain transfers, empty blocks), synced into a real index by the
// real SyncEngine; the index's numbers read back through core (IndexReader), not
// through the facade under test; and small tools for tampering with an index file
// and for watching that the GUI thread keeps turning.
#pragma once

#include "anvil_node.h"

#include "codec/bytes.h"
#include "index/index_reader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <optional>
#include <vector>

namespace bt::test {

struct ChainContent {
    Address registry;
    std::vector<Hash32> transactions;  // every transaction sent, in order
    std::vector<std::uint64_t> blocks; // the block of each
    Hash32 recordTx;                   // a TraceEventRecorded transaction
    std::uint64_t recordBlock = 0;
    Hash32 transferTx;                 // a plain transfer
    std::uint64_t transferBlock = 0;
    Address miner;                     // the participant registered as a miner (dev key 1)
    std::uint64_t head = 0;
};

// Deploys the registry, registers a miner and a refiner, records two events, sends
// two transfers (legacy and EIP-1559), then mines `emptyBlocks` empty blocks.
bool buildChain(AnvilNode& node, ChainContent& out, QString& error, std::uint64_t emptyBlocks = 12);
// anvil_mine: `n` empty blocks at once.
bool mineEmpty(const QUrl& node, std::uint64_t n, QString& error);

// Syncs the node into `dbPath` (created if missing) with SyncEngine in a worker
// thread, waiting with an event loop.
bool syncIndex(const QUrl& node, const QString& dbPath, QString& error, int timeoutMs = 120000);

// The index's status as core reads it, on a connection of the test's own.
std::optional<IndexStatus> readStatus(const QString& dbPath, QString& error);
std::optional<std::vector<StoredFailure>> readFailures(const QString& dbPath, QString& error);
// One value of the first row of a query (hex for a BLOB), on a connection of the test's own.
std::optional<QString> queryValue(const QString& dbPath, const QString& sql, QString& error);
bool execSql(const QString& dbPath, const QStringList& statements, QString& error);
// Changes one byte of blocks.header_rlp of block `number` (a corrupted block hash).
bool corruptHeaderByte(const QString& dbPath, std::uint64_t number, int offset, QString& error);
// Changes the recorded sender of transaction `txIndex` of block `number`.
bool corruptSender(const QString& dbPath, std::uint64_t number, int txIndex, QString& error);

// An index of `rows` made-up blocks (numbers 0…rows-1, random hashes, a pinned
// anchor), written straight with SQL: for what needs many rows fast and no chain
// (scrolling, paging, export). Every block is verified except every `failedEvery`th
// (0: none), which is recorded as failed with one failure row.
bool makeSyntheticIndex(const QString& dbPath, std::uint64_t rows, QString& error, std::uint64_t failedEvery = 0);

// Copies a file (replacing the target).
bool copyFile(const QString& from, const QString& to);

// Measures how long the event loop of the current thread goes without turning: a
// timer every 5 ms records the longest gap between two of its ticks, and how much CPU
// time the thread itself spent in that gap. On a machine busy with other work a gap
// can be the scheduler's (the thread was runnable but not running); a gap the thread
// spent computing is the application's own stall.
class Heartbeat : public QObject {
public:
    // The longest gap the thread spent busy (its own CPU time within one gap).
    qint64 maxBusyMs() const noexcept { return m_maxBusy; }
    // Load average per CPU over the last minute: above 1, wall-clock gaps include waiting for a CPU.
    static double loadPerCpu();
    // The stall to hold an application to: the wall-clock gap on an idle machine, the
    // busy time when other processes compete for the CPUs.
    qint64 stallMs() const { return loadPerCpu() > 1.0 ? m_maxBusy : m_maxGap; }
    explicit Heartbeat(QObject* parent = nullptr);
    void start();
    void stop();
    // Around what the test itself does on the GUI thread (a screenshot), which is not
    // the application's doing: the gap it makes is not counted.
    void pause();
    void resume();
    qint64 maxGapMs() const noexcept { return m_maxGap; }
    int ticks() const noexcept { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpuUs = 0;
    qint64 m_maxGap = 0;
    qint64 m_maxBusy = 0;
    int m_ticks = 0;
};

// Saves a screenshot (tests/support/screenshot.h) and fails the test if it cannot.
QString shoot(QWidget* widget, const QString& name);

}  // namespace bt::test
