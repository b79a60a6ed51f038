// Block headers of every fork's layout, Frontier to Prague: decode from RLP,
// encode, hash. The layout follows the fields present: 15 (Frontier), +baseFee
// (London), +withdrawalsRoot (Shanghai), +blobGasUsed, excessBlobGas,
// parentBeaconBlockRoot (Cancun), +requestsHash (Prague).
#pragma once

#include "bytes.h"
#include "fork.h"
#include "result.h"
#include "u256.h"

#include <optional>

namespace bt {

enum class HeaderLayout : std::uint8_t { Frontier, London, Shanghai, Cancun, Prague };

std::string_view layoutName(HeaderLayout l) noexcept;
// The layout a fork's headers have (Frontier..Berlin → Frontier, London and Paris →
// London, …).
HeaderLayout layoutOf(Fork f) noexcept;

struct BlockHeader {
    Hash32 parentHash;
    Hash32 ommersHash;        // "sha3Uncles" in JSON-RPC
    Address beneficiary;      // "miner"
    Hash32 stateRoot;
    Hash32 transactionsRoot;
    Hash32 receiptsRoot;
    Bloom logsBloom;
    U256 difficulty;
    std::uint64_t number = 0;
    std::uint64_t gasLimit = 0;
    std::uint64_t gasUsed = 0;
    std::uint64_t timestamp = 0;
    Bytes extraData;
    Hash32 mixHash;           // "prevRandao" after the Merge
    FixedBytes<8> nonce;
    std::optional<U256> baseFeePerGas;           // London
    std::optional<Hash32> withdrawalsRoot;       // Shanghai
    std::optional<std::uint64_t> blobGasUsed;    // Cancun
    std::optional<std::uint64_t> excessBlobGas;  // Cancun
    std::optional<Hash32> parentBeaconBlockRoot; // Cancun
    std::optional<Hash32> requestsHash;          // Prague

    // Strict: every field its exact size, integers minimal, a field count of one of
    // the layouts (15, 16, 17, 20 or 21) with no optional field missing in between.
    static Result<BlockHeader> decode(ByteView rlp, std::size_t base = 0);
    Bytes encode() const;
    Hash32 hash() const;  // keccak256(encode())

    HeaderLayout layout() const noexcept;
    // InvalidHeaderLayout unless layout() is the one `fork` prescribes.
    Status checkLayout(Fork fork) const;

    bool operator==(const BlockHeader&) const = default;
};

// keccak256(rlp([])): the ommers hash of a block with no uncles.
const Hash32& emptyOmmersHash() noexcept;
// keccak256(rlp("")): the root of an empty trie.
const Hash32& emptyTrieRoot() noexcept;

}  // namespace bt
