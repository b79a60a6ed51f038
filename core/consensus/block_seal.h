// One block under its engine, alone: the block hash by the engine's rule, the seals
// recovered (Clique signer, Istanbul proposer, committers), the validator list and
// vote the header carries, and every problem visible without the chain around it
// (extraData layout, fields the engine fixes, seals that recover nothing, duplicate
// committers). Pure and re-entrant: the sync runs it on its verification threads.
//
// What needs the chain — whether those signers were validators at that block, the
// quorum, Clique's turn and recent-signers window, votes — is ValidatorTracker's,
// run in chain order; it fills in the second half of BlockSeal.
#pragma once

#include "codec/header.h"
#include "consensus/consensus_error.h"
#include "consensus/engine.h"

#include <optional>
#include <vector>

namespace bt::consensus {

struct Vote {
    Address candidate;
    bool authorize = true;  // false: drop
    bool operator==(const Vote&) const = default;
};

struct BlockSeal {
    EngineKind engine = EngineKind::Pos;
    Hash32 hash;                        // the block hash by the engine's rule
    bool extraDecoded = false;          // extraData is in the engine's layout
    std::optional<Address> proposer;    // Clique signer; Istanbul proposer seal; IBFT 2.0/QBFT coinbase
    std::vector<Address> committers;    // recovered committed seals, in seal order (unrecoverable ones left out)
    std::size_t committedSeals = 0;     // seals in the header
    // The validators the header lists (IBFT family: every block; Clique: checkpoints).
    std::optional<std::vector<Address>> listedValidators;
    std::optional<Vote> vote;
    std::optional<std::uint64_t> round;
    std::vector<ConsensusError> problems;  // found on this block alone

    // Filled in chain order by ValidatorTracker:
    bool followed = false;                  // checked against a validator set followed from the chain
    std::size_t validatorCount = 0;         // size of that set
    std::optional<std::size_t> quorum;      // committers required (IBFT family)
    std::optional<bool> quorumHeld;         // unset: no quorum rule, or the set is not known
    std::optional<bool> inTurn;             // Clique: the signer's turn (difficulty 2)
    std::optional<Bytes> stateAfter;        // the tracker's state after this block, when it changed
};

// `h` must be a strictly decoded header. Ethash and PoS: the plain hash, nothing else.
BlockSeal inspectSeal(const EngineConfig& cfg, const BlockHeader& h);

// The block hash alone (no seal recovery): what a node of that engine calls the
// block's hash. Headers whose extraData does not decode hash as they are.
Hash32 engineBlockHash(EngineKind k, const BlockHeader& h);

}  // namespace bt::consensus
