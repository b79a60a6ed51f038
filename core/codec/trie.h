// Merkle-Patricia trie roots (Yellow Paper, appendix D). The explorer only needs
// roots, never proofs or updates, so the root is computed from the final sorted
// key/value set in one pass. Secure tries (state, storage) are the same structure
// over keccak256(key): the caller hashes the keys.
#pragma once

#include "bytes.h"

#include <map>
#include <span>
#include <utility>
#include <vector>

namespace bt {

// Root of a trie holding `entries` (keys are raw bytes; empty values are absent).
Hash32 trieRoot(const std::map<Bytes, Bytes>& entries);
// The same over views: `entries` must be sorted by key with no key twice.
Hash32 trieRootSorted(std::span<const std::pair<ByteView, ByteView>> entries);

// Root of the trie Ethereum builds for an ordered list (transactions, receipts,
// withdrawals): key rlp(index), value the item's encoding.
Hash32 orderedTrieRoot(const std::vector<Bytes>& items);
Hash32 orderedTrieRoot(const std::vector<ByteView>& items);

}  // namespace bt
