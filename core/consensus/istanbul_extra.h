// Istanbul BFT 1.0 (GoQuorum "istanbul", read by Besu consensus/ibftlegacy): extraData
// and hashing, per GoQuorum core/types/istanbul.go and Besu IbftBlockHashing
// (shared/testdata/consensus/README.md):
//
//   extraData  = vanity (32 bytes) ‖ RLP([validators, proposerSeal, committedSeals])
//   block hash = keccak256(rlp(header with the committed seals emptied)), proposer seal kept
//   proposer   = ecrecover(keccak256(sigHash), proposerSeal), where sigHash =
//                keccak256(rlp(header with proposerSeal "" and committed seals emptied))
//   committer  = ecrecover(keccak256(blockHash ‖ 0x02), committedSeal)   (0x02: COMMIT)
//
// Every Istanbul header has mixHash = istanbulMixHash(); votes ride in coinbase and
// nonce as in Clique.
#pragma once

#include "consensus/seal.h"

#include <vector>

namespace bt::consensus {

inline constexpr std::size_t kIstanbulVanity = 32;

struct IstanbulExtra {
    Hash32 vanity;
    std::vector<Address> validators;
    Bytes proposerSeal;              // 65 bytes, or empty (genesis)
    std::vector<Seal> committedSeals;
};

// Strict: 32 vanity bytes, then exactly one RLP list of exactly three items, each
// validator 20 bytes, the proposer seal empty or 65 bytes, each committed seal 65
// bytes, nothing after the list. GoQuorum falls back to the plain header hash when
// this fails; the explorer reports the block instead (README: "flag it").
ConsensusResult<IstanbulExtra> decodeIstanbulExtra(ByteView extra);
Bytes encodeIstanbulExtra(const IstanbulExtra& e);

Hash32 istanbulBlockHash(const BlockHeader& h, const IstanbulExtra& e);
// The 32 bytes the proposer signed: keccak256(sigHash).
Hash32 istanbulProposerDigest(const BlockHeader& h, const IstanbulExtra& e);
// keccak256(blockHash ‖ 0x02).
Hash32 istanbulCommitDigest(const Hash32& blockHash);

}  // namespace bt::consensus
