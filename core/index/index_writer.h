// Writes verified blocks into the index: the raw encodings (for offline
// re-verification), the parsed rows the views need, and every failed check.
// The caller groups writes into transactions (begin/commit), so the index never
// holds part of a block: a batch is there entirely or not at all.
#pragma once

#include "chain/block_verifier.h"
#include "chain/raw_block.h"
#include "index/index_db.h"
#include "index/sqlite_statement.h"

#include <optional>

namespace bt {

// Stored status of a block (blocks.status).
enum class BlockStatus : int {
    Verified = 0,
    Failed = 1,        // a check inside the block failed; its link to the parent holds
    ChainBroken = 2,   // its hash or its parent link failed: nothing after it is anchored
};

BlockStatus statusOf(const VerifiedBlock& b) noexcept;

struct StoredBlockRef {
    std::uint64_t number = 0;
    Hash32 hash;
    Bytes headerRlp;
};

class IndexWriter {
public:
    explicit IndexWriter(IndexDb& db);

    IndexError begin();
    IndexError commit();
    void rollback();

    IndexError writeBlock(const RawBlock& raw, const VerifiedBlock& verified);
    // Removes every block above `number` (a reorganisation) — inside a transaction.
    IndexError truncateAbove(std::uint64_t number);
    // Replaces the recorded failures of a block (offline re-verification).
    IndexError setVerification(std::uint64_t number, BlockStatus status, const std::vector<CheckFailure>& failures);

    std::optional<StoredBlockRef> lastBlock();
    std::optional<StoredBlockRef> block(std::uint64_t number);

    // Consensus: the validator tracker's latest stored state at or below `number`
    // (block, state), and the authorised Clique signers of blocks (after, through].
    std::optional<std::pair<std::uint64_t, Bytes>> consensusState(std::uint64_t number);
    std::vector<std::pair<std::uint64_t, Address>> recentSigners(std::uint64_t after, std::uint64_t through);

private:
    IndexError prepareAll();
    IndexError insertFailures(std::uint64_t number, const std::vector<CheckFailure>& failures);
    IndexError insertConsensus(std::uint64_t number, const consensus::BlockSeal& seal);

    IndexDb& m_db;
    SqliteStatement m_insertBlock;
    SqliteStatement m_insertTx;
    SqliteStatement m_insertLog;
    SqliteStatement m_insertFailure;
    SqliteStatement m_insertConsensus;
    SqliteStatement m_insertConsensusState;
    bool m_prepared = false;
};

}  // namespace bt
