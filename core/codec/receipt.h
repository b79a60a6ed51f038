// Transaction receipts as the receipts trie commits to them: legacy
// rlp([status-or-root, cumulativeGasUsed, logsBloom, logs]) and typed
// type || rlp(...). Before Byzantium the first field is the post-state root.
#pragma once

#include "bytes.h"
#include "result.h"
#include "transaction.h"

#include <optional>
#include <vector>

namespace bt {

struct Log {
    Address address;
    std::vector<Hash32> topics;
    Bytes data;
    bool operator==(const Log&) const = default;
};

struct Receipt {
    TxType type = TxType::Legacy;
    std::optional<Hash32> postStateRoot;  // pre-Byzantium
    bool status = false;                  // Byzantium on (when postStateRoot is unset)
    std::uint64_t cumulativeGasUsed = 0;
    Bloom logsBloom;
    std::vector<Log> logs;

    // Strict: a legacy RLP list or a known type byte (1-4) followed by exactly one
    // list; status must be empty (0) or 0x01, a root exactly 32 bytes. Errors name
    // the field ("receipt.logs[2].topics[0]") and the offset (base + position).
    static Result<Receipt> decode(ByteView consensusEncoding, std::size_t base = 0);
    Bytes encode() const;  // consensus encoding, the value stored in the receipts trie

    // The bloom the logs imply (each address and topic sets 3 bits of keccak).
    Bloom computeBloom() const;

    bool operator==(const Receipt&) const = default;
};

// Adds one value (an address or a topic) to a bloom: bits keccak[0..1], [2..3],
// [4..5] mod 2048 (Yellow Paper, 4.3.1).
void bloomAdd(Bloom& bloom, ByteView value) noexcept;

}  // namespace bt
