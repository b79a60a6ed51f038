// What the index keeps per block under a consensus engine (tables consensus_blocks and
// consensus_state, core/index/schema.cpp), built from a BlockSeal: one definition for
// the writer and for `verify`, which compares the stored record with the one it
// recomputes from the raw headers.
#pragma once

#include "consensus/block_seal.h"

#include <optional>
#include <string>

namespace bt::consensus {

struct ConsensusRecord {
    std::string engine;                          // engineName()
    std::optional<Address> proposer;
    std::optional<Bytes> committers;             // n × 20 bytes in seal order (IBFT family, past the genesis)
    std::uint64_t committerCount = 0;
    std::optional<std::uint64_t> validatorCount; // unset: the set was not followed
    std::optional<std::uint64_t> quorum;
    std::optional<bool> quorumHeld;
    std::optional<bool> inTurn;
    std::optional<std::uint64_t> round;
    std::optional<Address> voteCandidate;
    std::optional<bool> voteAuthorize;
    std::optional<Bytes> state;                  // the tracker's state after the block, when it changed

    static ConsensusRecord of(std::uint64_t number, const BlockSeal& seal);
    bool operator==(const ConsensusRecord&) const = default;
    // "proposer, quorumHeld": the fields that differ, for a failure message.
    std::string differences(const ConsensusRecord& other) const;
};

}  // namespace bt::consensus
