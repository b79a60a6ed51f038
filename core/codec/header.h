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
// Number of RLP fields of a layout: 15, 16, 17, 20 or 21.
std::size_t fieldCount(HeaderLayout l) noexcept;

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
    // the layouts (15, 16, 17, 20 or 21; any other count is InvalidHeaderLayout),
    // and nothing after the list. Errors name the field ("header.stateRoot") and
    // the absolute offset (base + position in `rlp`).
    static Result<BlockHeader> decode(ByteView rlp, std::size_t base = 0);
    Bytes encode() const;
    Hash32 hash() const;  // keccak256(encode())

    // True when the optional fields present are exactly those of one layout (no
    // gap such as a withdrawalsRoot without a baseFeePerGas). decode() guarantees
    // it; a header assembled by hand (e.g. from JSON) may not.
    bool hasConsistentFields() const noexcept;
    // The layout of the fields present (meaningful when hasConsistentFields()).
    HeaderLayout layout() const noexcept;
    // InvalidHeaderLayout unless the fields are consistent and layout() is the one
    // `fork` prescribes.
    Status checkLayout(Fork fork) const;

    bool operator==(const BlockHeader&) const = default;
};

// keccak256(rlp([])): the ommers hash of a block with no uncles.
const Hash32& emptyOmmersHash() noexcept;
// keccak256(rlp("")): the root of an empty trie.
const Hash32& emptyTrieRoot() noexcept;

// What validateAgainstParent() enforces beyond the fork's rules.
struct HeaderRules {
    // Mainnet and geth-style chains cap extraData at 32 bytes; proof-of-authority
    // chains carry signatures and validator lists there (Clique 32 + 20n + 65,
    // IBFT/QBFT an RLP list), so they pass nullopt or their own bound.
    std::optional<std::size_t> maxExtraData = 32;
    // From Paris on, difficulty and nonce must be zero and there must be no ommers
    // (EIP-3675). Opt-in: a PoA chain may schedule Shanghai and later without ever
    // merging, and keeps its own difficulty (QBFT: 1, Clique: 1 or 2).
    bool proofOfStake = false;
};

// Checks of a header against its parent that need no state: parentHash links to
// the parent, number = parent + 1, timestamp after the parent's, gasUsed <= gasLimit,
// the gas limit bound (|Δ| < parent / 1024, at least 5000, at most 2^63 - 1; doubled
// parent limit at the London fork block, EIP-1559), the EIP-1559 base fee (1 gwei at
// the fork block), the header layout of `fork`, the extraData bound, and the
// post-Merge fields when rules.proofOfStake. `fork` and `parentFork` are the forks
// active at the header and at its parent (ForkSchedule::forkAt).
//
// Not checked: difficulty before the Merge (needs the difficulty-bomb schedule of
// each fork), the seal (PoW / PoA signatures), and the EIP-4844 blob gas fields
// (excessBlobGas needs the chain's blob schedule: target, max and update fraction
// change with each fork and differ between chains).
Status validateAgainstParent(const BlockHeader& h, const BlockHeader& parent, Fork fork, Fork parentFork,
                             const HeaderRules& rules = {});

// The base fee EIP-1559 prescribes for a child of `parent`, or nullopt when the
// parent has none (i.e. the child is the first London block: 1 gwei applies).
std::optional<U256> expectedBaseFee(const BlockHeader& parent);
inline constexpr std::uint64_t kInitialBaseFee = 1'000'000'000;  // EIP-1559 INITIAL_BASE_FEE
inline constexpr std::uint64_t kMinGasLimit = 5000;
inline constexpr std::uint64_t kMaxGasLimit = 0x7fffffffffffffffULL;  // 2^63 - 1

}  // namespace bt
