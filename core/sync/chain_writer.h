// Appends verified blocks to the index in chain order: links each block to the one
// before it (parent hash and the stateless header rules), checks the pinned
// checkpoint, and groups writes into transactions so that a killed process leaves
// whole batches only. Shared by the node sync and the archive import.
#pragma once

#include "chain/block_verifier.h"
#include "consensus/validator_tracker.h"
#include "index/index_db.h"
#include "index/index_writer.h"

#include <optional>

namespace bt {

struct Anchor {
    std::uint64_t number = 0;
    Hash32 hash;
};

class ChainWriter {
public:
    ChainWriter(IndexDb& db, VerifyOptions opt);

    // Reads the pinned anchor and the last indexed block, and the consensus engine
    // with the validator-set state after that block (a resumed sync continues it).
    // An engine name this version does not know is an error.
    IndexError load();
    const std::optional<Anchor>& anchor() const noexcept { return m_anchor; }
    // Also records the consensus engine, when one is set.
    IndexError pin(const Anchor& a, const QString& source, const QString& chainId);

    // The chain's consensus engine (set before pin() for a new index; load() reads it
    // back). With none set, the first block linked decides it (detectEngine()).
    void setConsensus(const consensus::EngineConfig& engine);
    const std::optional<consensus::EngineConfig>& consensus() const noexcept { return m_opt.consensus; }
    // The validator set followed through the last linked block.
    const consensus::ValidatorState& validatorState() const noexcept { return m_tracker.state(); }
    // The next block number to write (the anchor's number for an empty index).
    std::uint64_t nextNumber() const noexcept;
    std::optional<std::uint64_t> lastNumber() const noexcept;
    const std::optional<StoredBlockRef>& last() const noexcept { return m_last; }

    enum class Outcome { Written, ParentMismatch };
    // Links and writes `v` (whose number must be nextNumber()). On a parent mismatch
    // nothing is written (outcome ParentMismatch) unless acceptBrokenLink, in which
    // case the block is written with a ParentLink failure.
    IndexError append(const RawBlock& raw, VerifiedBlock& v, bool acceptBrokenLink, Outcome& outcome);
    // The linking half of append(): checks `v` against the last block and, unless
    // the parent does not match, takes it as the new last block without writing it
    // (the sync writes on another thread, through a BlockSink).
    Outcome link(const RawBlock& raw, VerifiedBlock& v, bool acceptBrokenLink);

    // Commits the open batch, if any.
    IndexError flush();
    std::size_t uncommitted() const noexcept { return m_uncommitted; }
    // Rolls the index back to `number` (a reorganisation), in one transaction.
    IndexError truncateAbove(std::uint64_t number);

    IndexWriter& writer() noexcept { return m_writer; }

private:
    void trackConsensus(VerifiedBlock& v);
    IndexError loadConsensus();

    IndexDb& m_db;
    IndexWriter m_writer;
    VerifyOptions m_opt;
    std::optional<Anchor> m_anchor;
    std::optional<StoredBlockRef> m_last;
    std::optional<BlockHeader> m_lastHeader;
    bool m_inTransaction = false;
    std::size_t m_uncommitted = 0;
    consensus::ValidatorTracker m_tracker;
    bool m_consensusUnsaved = false;  // detected by link(), not yet in meta
    std::string m_engineError;        // the first block fits no engine: why
};

}  // namespace bt
