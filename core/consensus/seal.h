// What every engine shares: the 65-byte seal r ‖ s ‖ v (v the recovery id, 0 or 1)
// that Clique, Istanbul, IBFT 2.0 and QBFT all use, and a header hashed with its
// extraData replaced, which is how each engine derives its block hash and the
// digests its validators sign.
#pragma once

#include "codec/bytes.h"
#include "codec/header.h"
#include "codec/signature.h"
#include "consensus/consensus_error.h"

namespace bt::consensus {

inline constexpr std::size_t kSealSize = 65;
using Seal = FixedBytes<kSealSize>;

// keccak256(rlp(h with extraData = extra)); every other field as is.
Hash32 hashWithExtraData(const BlockHeader& h, ByteView extra);

// The signer of `digest`. InvalidSeal (naming `field`) for a v other than 0 or 1, an
// r or s out of range, or a signature that recovers no key. High s is accepted: the
// clients recover seals without the EIP-2 rule.
ConsensusResult<Address> recoverSealer(const Hash32& digest, const Seal& seal, std::string_view field);

// r ‖ s ‖ v of a signature (the inverse of what recoverSealer() reads).
Seal sealOf(const Signature& sig);
// Signs `digest` into a seal (tests and the simulator seal their own blocks).
Result<Seal> makeSeal(const Hash32& digest, const PrivateKey& key);

// "0xab…" lists for messages.
std::string addressList(const std::vector<Address>& addresses);

}  // namespace bt::consensus
