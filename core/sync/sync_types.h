// Options and progress of a sync, shared by the engine, the CLI and the GUI.
#pragma once

#include "chain/block_verifier.h"
#include "rpc/rpc_client.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace bt {

struct SyncOptions {
    RpcEndpoint endpoint;
    QString dbPath;
    std::optional<std::uint64_t> to;        // stop after this block
    bool follow = false;                     // keep following the head
    unsigned confirmations = 0;              // index up to head - confirmations
    std::optional<Hash32> checkpoint;        // trust anchor for a new index (default: genesis)
    int blocksPerRequest = 8;                // blocks per JSON-RPC batch
    int pollIntervalMs = 1000;               // head polling when following
    int verifyThreads = 0;                   // 0: one per core
    std::size_t maxBufferedBlocks = 512;     // bound on blocks held in memory
    // Bound on the raw bytes of the verified blocks held (waiting for their turn or for
    // the writer's commit); large blocks reach it before maxBufferedBlocks does. Fetching
    // pauses at the bound; batches already requested still complete.
    std::size_t maxBufferedBytes = std::size_t(64) << 20;
    // Consensus engine of a new index (default: detected from the anchor block); a
    // resumed index keeps the one it recorded, and a different one here is an error.
    std::optional<consensus::EngineKind> engine;
    std::optional<std::uint64_t> epoch;      // votes reset / Clique checkpoints (default 30000)
};

struct SyncProgress {
    QString phase;                   // "connecting", "syncing", "following", "rolling back", …
    std::uint64_t indexedTo = 0;     // last block written (committed or about to be)
    std::uint64_t target = 0;        // last block this run will index (head - confirmations)
    std::uint64_t startedAt = 0;     // first block of this run
    std::uint64_t blocks = 0;        // blocks written this run
    std::uint64_t transactions = 0;
    std::uint64_t events = 0;        // logs written this run
    std::uint64_t failedBlocks = 0;  // blocks with a failed check, this run
    double blocksPerSecond = 0;
    double eventsPerSecond = 0;
    double etaSeconds = -1;          // -1: unknown
    double fraction() const noexcept
    {
        if (target <= startedAt) return indexedTo >= target ? 1.0 : 0.0;
        const double done = indexedTo + 1 > startedAt ? double(indexedTo + 1 - startedAt) : 0.0;
        return std::min(1.0, done / double(target + 1 - startedAt));
    }
};

}  // namespace bt

Q_DECLARE_METATYPE(bt::SyncProgress)
