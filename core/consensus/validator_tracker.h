// The validator set, followed from the chain itself in chain order — never taken
// from the node: the anchor block's list (genesis extraData, a Clique checkpoint, a
// BFT header), then every block's vote. Each block is checked against the set in
// force when it was sealed (the set after its parent):
//
//   Clique (EIP-225)   signer authorised; not sealed within the last ⌊N/2⌋+1 blocks;
//                      difficulty 2 exactly when in turn (sorted signers[number % N]);
//                      checkpoint signer list = the set.
//   Istanbul 1.0       proposer and committers validators, 2F+1 distinct committers.
//   IBFT 2.0, QBFT     coinbase (proposer) and committers validators, ⌈2N/3⌉ distinct
//                      committers; the header's validator list = the set.
//
// Votes (EIP-225 tally, which Besu's VoteTally and GoQuorum's snapshots follow too):
// a validator's vote replaces its earlier vote on the same candidate; votes that would
// change nothing (add a validator, drop a non-validator) are ignored; a candidate
// with more than N/2 votes joins or leaves, and every vote on it (and, when dropped,
// by it) is discarded. Every `epoch` blocks the pending votes are discarded and that
// block's own vote is ignored (Clique checkpoints carry none; Besu's BFT
// VoteTallyUpdater skips it).
//
// When the set cannot be followed — a QBFT chain whose headers list no validators
// (they come from a validator contract), a Clique index anchored at a block that is
// not a checkpoint, a genesis that names no validators, a block whose header does not
// decode — every later block fails with ValidatorSetUnverifiable: never a pass.
#pragma once

#include "consensus/block_seal.h"

#include <string>
#include <vector>

namespace bt::consensus {

struct CastVote {
    Address voter;
    Address candidate;
    bool authorize = true;
    std::uint64_t block = 0;
    bool operator==(const CastVote&) const = default;
};

// The tracker's state after block `number`. encode() holds everything but `number`
// and `recents` (the index keeps the first with the row, and rebuilds the second from
// the signers of the last blocks), so two states encode alike exactly when the set,
// the pending votes and the flags are the same.
struct ValidatorState {
    EngineConfig config;
    std::uint64_t anchor = 0;              // block the tracking started from
    std::uint64_t number = 0;              // last block applied
    std::vector<Address> validators;       // sorted ascending (byte order)
    std::vector<CastVote> votes;           // pending, in the order cast
    bool tallyComplete = true;             // false from a mid-epoch anchor to the next epoch block
    std::string unverifiable;              // non-empty: why the set cannot be followed
    std::vector<std::pair<std::uint64_t, Address>> recents;  // Clique: (block, signer) in the window

    Bytes encode() const;
    static ConsensusResult<ValidatorState> decode(ByteView state);
    bool contains(const Address& a) const noexcept;
    // Clique: a signer may seal once in this many consecutive blocks, ⌊N/2⌋ + 1.
    std::size_t recentsLimit() const noexcept { return validators.size() / 2 + 1; }
};

class ValidatorTracker {
public:
    ValidatorTracker() = default;
    explicit ValidatorTracker(EngineConfig cfg) { m_state.config = cfg; }

    bool started() const noexcept { return m_started; }
    const ValidatorState& state() const noexcept { return m_state; }

    // Starts at the anchor block: its listed validators become the set (the anchor is
    // trusted by its pinned hash). A non-genesis anchor's own seals are checked
    // against that list. Fills `seal`'s chain fields; returns the block's failures.
    std::vector<ConsensusError> start(const BlockHeader& anchor, BlockSeal& seal);
    // Continues from a state read back from the index (a resumed sync).
    void resume(ValidatorState state);
    // Checks the next block in chain order and applies its vote.
    std::vector<ConsensusError> apply(const BlockHeader& h, BlockSeal& seal);
    // Block `number` could not be read (its header does not decode): nothing after it
    // can be followed.
    void breakAt(std::uint64_t number, const std::string& why);

private:
    std::vector<ConsensusError> checkClique(const BlockHeader& h, BlockSeal& seal);
    std::vector<ConsensusError> checkBft(const BlockHeader& h, BlockSeal& seal);
    void castVote(const Address& voter, const Vote& vote, std::uint64_t block);
    void trimRecents(std::uint64_t number);
    void finish(BlockSeal& seal, const Bytes& before);

    ValidatorState m_state;
    bool m_started = false;
};

}  // namespace bt::consensus
