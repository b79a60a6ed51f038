// IBFT 2.0 (Besu) and QBFT (Besu, GoQuorum) extraData and hashing, per Besu
// IbftExtraDataCodec / QbftExtraDataCodec / BftBlockHashing and GoQuorum
// core/types/istanbul.go (shared/testdata/consensus/README.md). One RLP list:
//
//   [vanity, validators, vote, round, committedSeals]
//
//            vote absent   vote present                        round
//   IBFT 2.0  0x80 ("")     [recipient, 0xff add | 0x00 drop]   exactly 4 bytes
//   QBFT      0xc0 ([])     [recipient, 0xff add | 0x80 drop]   minimal scalar (0 → 0x80)
//
//   block hash       IBFT 2.0: extraData = [vanity, validators, vote]          (3 items)
//                    QBFT:     extraData = [vanity, validators, vote, 0x80, []] (round 0, no seals)
//                    block 0 (Besu): the header as it is
//   committed seal   IBFT 2.0: digest of extraData = [vanity, validators, vote, round]
//                    QBFT:     digest of extraData = [vanity, validators, vote, round, []]
//                    committer = ecrecover(digest, seal) — no further hashing
//
// No proposer seal: the proposer is the header's coinbase.
#pragma once

#include "consensus/seal.h"

#include <optional>
#include <vector>

namespace bt::consensus {

enum class BftFlavor : std::uint8_t { Ibft2, Qbft };

struct BftVote {
    Address recipient;
    bool add = true;  // false: drop
    bool operator==(const BftVote&) const = default;
};

struct BftExtra {
    Bytes vanity;                    // 32 bytes in every header Besu accepts; GoQuorum's codec takes any
    std::vector<Address> validators;
    std::optional<BftVote> vote;
    std::uint64_t round = 0;
    std::vector<Seal> committedSeals;
};

// Strict, per flavor: exactly five items, each validator 20 bytes, the vote and
// round encoded as the table above says, each seal 65 bytes, nothing after the list.
ConsensusResult<BftExtra> decodeBftExtra(BftFlavor f, ByteView extra);
Bytes encodeBftExtra(BftFlavor f, const BftExtra& e);
// The extraData that goes into the block hash / the committed-seal digest.
Bytes encodeBftExtraForBlockHash(BftFlavor f, const BftExtra& e);
Bytes encodeBftExtraForCommitSeal(BftFlavor f, const BftExtra& e);

Hash32 bftBlockHash(BftFlavor f, const BlockHeader& h, const BftExtra& e);
Hash32 bftCommitDigest(BftFlavor f, const BlockHeader& h, const BftExtra& e);

}  // namespace bt::consensus
