// Verifies one block from its raw encodings alone: header hash, every transaction's
// hash, signature and sender, the fork's transaction rules, the transactions,
// receipts and withdrawals roots, and the receipts' totals. Nothing the source
// claimed is trusted; claims are only compared with what is recomputed.
//
// Pure C++ and re-entrant: blocks are verified in parallel by the sync engine and by
// offline re-verification; the checks that need the previous block (parent link,
// header rules) are verifyLink()'s, run in chain order.
#pragma once

#include "chain/raw_block.h"
#include "chain/verification.h"
#include "codec/fork.h"
#include "codec/header.h"
#include "codec/receipt.h"
#include "codec/transaction.h"
#include "consensus/block_seal.h"

#include <optional>
#include <vector>

namespace bt {

struct VerifyOptions {
    // The chain's id; when set, typed and EIP-155 transactions must carry it.
    std::optional<U256> chainId;
    // The chain's fork schedule. When unset, each block's fork is the latest one
    // whose header layout the block has (the layout is all a header tells).
    std::optional<ForkSchedule> schedule;
    // Proof-of-authority chains carry validator data in extraData, beyond 32 bytes.
    bool boundExtraData = false;
    // The execution layer's header rules against the parent (gas limit bounds, the
    // EIP-1559 base fee, strictly increasing timestamps). Off by default: they are
    // rules of block production, not of what the block committed to, and dev nodes
    // (anvil's anvil_mine, evm_setNextBlockTimestamp) break them on purpose.
    bool strictHeaderRules = false;
    // The chain's consensus engine (DESIGN.md, "What verified means", item 5). When
    // set, the block hash follows the engine's rule (Istanbul, IBFT 2.0 and QBFT hash
    // a header with parts of extraData removed) and the block's seals are recovered
    // and checked as far as one block allows; the validator set is ChainWriter's, in
    // chain order. Unset: keccak(rlp(header)) and no seal checks.
    std::optional<consensus::EngineConfig> consensus;
};

struct VerifiedTx {
    Hash32 hash;
    std::optional<Address> sender;  // unset when recovery failed
    TxType type = TxType::Legacy;
    std::optional<Address> to;
    std::uint64_t nonce = 0;
    U256 value;
    std::uint64_t gasLimit = 0;
    Bytes input;
    // From the receipt (when it decoded):
    bool status = false;
    std::uint64_t gasUsed = 0;
    std::optional<Address> contractAddress;
    std::vector<Log> logs;
};

struct VerifiedBlock {
    std::optional<BlockHeader> header;  // unset when the header did not decode
    Hash32 hash;                         // recomputed (or the claimed one if the header did not decode)
    std::uint64_t number = 0;
    Fork fork = Fork::Frontier;
    std::vector<VerifiedTx> txs;
    std::vector<CheckFailure> failures;
    // Under a consensus engine: proposer, committers, quorum (see VerifyOptions::consensus).
    std::optional<consensus::BlockSeal> consensus;

    bool ok() const noexcept { return failures.empty(); }
};

Fork forkOfHeader(const BlockHeader& h, const VerifyOptions& opt) noexcept;

VerifiedBlock verifyBlock(const RawBlock& raw, const VerifyOptions& opt);

// The engine's part of verifyBlock() on a block whose header decoded: sets
// block.consensus, replaces block.hash with the engine's block hash, and appends a
// Check::Consensus failure for each problem of the block alone. ChainWriter calls it
// again for blocks verified before the engine was known (an archive import).
void applyConsensusEngine(VerifiedBlock& block, const consensus::EngineConfig& engine);

// The checks against the block before it: parent hash, number = parent + 1, a
// timestamp not before the parent's, and with strictHeaderRules the stateless header
// rules (gas limit bounds, base fee, …). Appends failures.
void verifyLink(VerifiedBlock& block, const BlockHeader& parent, const Hash32& parentHash,
                const VerifyOptions& opt);

}  // namespace bt
