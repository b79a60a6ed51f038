// The checks of a block (DESIGN.md, "What verified means") and their outcome.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bt {

enum class Check : std::uint8_t {
    HeaderEncoding,    // the header RLP decodes strictly into a known layout
    BlockHash,         // keccak(rlp(header)) equals what the source claimed
    BlockNumber,       // the block is the one that was asked for
    ParentLink,        // parentHash equals the hash of the block before it in the index
    Checkpoint,        // the block at the pinned number has the pinned hash
    HeaderRules,       // stateless header rules against the parent (gas limit, base fee, …)
    TxEncoding,        // each transaction envelope decodes strictly
    TxHash,            // keccak(envelope) equals what the source claimed
    TxSignature,       // the signature is in range for the fork and recovers a sender
    TxSender,          // the recovered sender equals what the source claimed
    TxRules,           // the fork's transaction rules (type active, chain id, fees, …)
    TransactionsRoot,  // the transactions trie root equals the header's
    ReceiptEncoding,   // each receipt decodes strictly, one per transaction
    ReceiptsRoot,      // the receipts trie root equals the header's
    ReceiptTotals,     // last cumulativeGasUsed = gasUsed, union of receipt blooms = logsBloom
    WithdrawalsRoot,
    OmmersHash,
    Consensus,         // the engine's seal and quorum rules (Clique, IBFT, QBFT)
};

std::string_view checkName(Check c) noexcept;

struct CheckFailure {
    Check check;
    int txIndex = -1;  // -1: the block itself
    std::string detail;
};

}  // namespace bt
