// Clique (EIP-225) extraData and hashing, as go-ethereum consensus/clique, Besu
// CliqueBlockHashing and Nethermind implement them (shared/testdata/consensus/README.md):
//
//   extraData = vanity (32 bytes) ‖ signers (N × 20 bytes, checkpoint blocks only,
//               number % epoch == 0, genesis included) ‖ seal (65 bytes, r ‖ s ‖ v)
//   block hash = keccak256(rlp(header))                — the seal is part of it
//   seal hash  = keccak256(rlp(header with extraData[0 : len - 65]))
//   signer     = ecrecover(seal hash, seal)
//
// The genesis seal is 65 zero bytes: no signer.
#pragma once

#include "consensus/seal.h"

#include <vector>

namespace bt::consensus {

inline constexpr std::size_t kCliqueVanity = 32;
inline constexpr std::size_t kCliqueMinExtra = kCliqueVanity + kSealSize;  // 97

// Clique's vote nonces: authorise the candidate in coinbase, or drop it.
inline constexpr FixedBytes<8> kNonceAuthorize{{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}};
inline constexpr FixedBytes<8> kNonceDrop{};

struct CliqueExtra {
    Hash32 vanity;
    std::vector<Address> signers;  // empty except on checkpoint blocks
    Seal seal;
};

// Strict: at least 97 bytes, and the part between vanity and seal a whole number of
// addresses. MalformedExtraData otherwise.
ConsensusResult<CliqueExtra> decodeCliqueExtra(ByteView extra);
Bytes encodeCliqueExtra(const CliqueExtra& e);

// keccak256(rlp(header without the trailing 65 seal bytes)); `h.extraData` must be at
// least 65 bytes (decodeCliqueExtra() guarantees it).
Hash32 cliqueSealHash(const BlockHeader& h);

}  // namespace bt::consensus
