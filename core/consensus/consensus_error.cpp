#include "consensus/consensus_error.h"

namespace bt::consensus {

std::string_view describe(ConsensusErrc code) noexcept
{
    switch (code) {
    case ConsensusErrc::UnknownEngine: return "unknown consensus engine";
    case ConsensusErrc::EngineNotDetected: return "consensus engine not recognised";
    case ConsensusErrc::EngineMismatch: return "block does not fit the consensus engine";
    case ConsensusErrc::MalformedExtraData: return "malformed extraData";
    case ConsensusErrc::InvalidVanity: return "invalid vanity";
    case ConsensusErrc::InvalidVote: return "invalid vote";
    case ConsensusErrc::InvalidRound: return "invalid round";
    case ConsensusErrc::InvalidSeal: return "invalid seal";
    case ConsensusErrc::MissingSeal: return "missing seal";
    case ConsensusErrc::InvalidHeaderField: return "header field not allowed by the engine";
    case ConsensusErrc::WrongDifficulty: return "wrong difficulty";
    case ConsensusErrc::UnauthorizedSigner: return "not a validator";
    case ConsensusErrc::RecentlySigned: return "signer sealed too recently";
    case ConsensusErrc::DuplicateCommitter: return "duplicate committed seal";
    case ConsensusErrc::QuorumNotReached: return "quorum not reached";
    case ConsensusErrc::ValidatorListMismatch: return "validator list differs from the followed set";
    case ConsensusErrc::ValidatorSetUnverifiable: return "validator set not verifiable from headers";
    }
    return "consensus error";
}

ConsensusError ConsensusError::fromCodec(ConsensusErrc c, const Error& e, std::string f)
{
    return ConsensusError(c, std::move(f), e.message());
}

std::string ConsensusError::message() const
{
    std::string m(describe(code));
    if (!field.empty()) {
        m += " in ";
        m += field;
    }
    if (!detail.empty()) {
        m += ": ";
        m += detail;
    }
    return m;
}

}  // namespace bt::consensus
