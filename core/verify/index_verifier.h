// Offline re-verification of a whole index from its stored raw encodings, with no
// node: every block check again, each block's link to the one before it, the link of
// the first block to the pinned checkpoint, and the derived rows the views show
// (transaction hashes, senders, logs) against what the raw data gives.
//
// When the index is writable, each block's recorded status is brought in line with
// the outcome, so that nothing that fails is ever shown as verified.
#pragma once

#include "chain/block_verifier.h"
#include "index/index_db.h"
#include "index/index_reader.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace bt {

struct VerifyReport {
    std::uint64_t blocksChecked = 0;
    std::uint64_t transactionsChecked = 0;
    std::uint64_t failedBlocks = 0;
    std::vector<StoredFailure> failures;   // every failure, in chain order
    std::optional<std::uint64_t> anchoredThrough;  // last block linked to the checkpoint
    std::optional<std::uint64_t> firstNumber;
    std::optional<std::uint64_t> lastNumber;
    QString anchorHash;
    bool statusesUpdated = false;
    bool cancelled = false;
    // Consensus, re-derived offline: the engine, blocks whose committers reached the
    // quorum or not, and the validator set followed through the last block.
    QString engine;
    std::uint64_t quorumHeldBlocks = 0;
    std::uint64_t quorumMissedBlocks = 0;
    std::vector<QString> validators;
    QString validatorSetUnverifiable;
    // Registry semantics re-checked from the stored logs (core/domain): events checked,
    // events that fail (they stay in the index, marked), and stored rows that differed
    // from the recomputation (reported in `failures` as "registry-semantics").
    std::uint64_t eventsChecked = 0;
    std::uint64_t eventsFailingSemantics = 0;
    std::uint64_t semanticMismatches = 0;
    bool semanticsCorrected = false;

    bool ok() const noexcept { return failures.empty() && !cancelled; }
};

struct IndexVerifyOptions {
    // A checkpoint received through another channel: it must be a block of the
    // verified chain (the pinned anchor or any block linked to it).
    std::optional<Hash32> checkpoint;
    bool updateStatuses = true;   // when the index is writable
    int threads = 0;              // 0: one per core
    std::size_t chunk = 256;      // blocks read and verified together
};

class IndexVerifier {
public:
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    // `db` is opened by the caller in the calling thread.
    IndexError run(IndexDb& db, const IndexVerifyOptions& opt, VerifyReport& report, const Progress& progress = {},
                   const std::atomic<bool>* cancel = nullptr);
};

}  // namespace bt
