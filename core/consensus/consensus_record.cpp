#include "consensus/consensus_record.h"

namespace bt::consensus {

ConsensusRecord ConsensusRecord::of(std::uint64_t number, const BlockSeal& s)
{
    ConsensusRecord r;
    r.engine = std::string(engineName(s.engine));
    r.proposer = s.proposer;
    if (isBft(s.engine) && number > 0) {
        Bytes c;
        for (const Address& a : s.committers) append(c, a);
        r.committers = std::move(c);
    }
    r.committerCount = s.committers.size();
    if (s.followed) r.validatorCount = s.validatorCount;
    r.quorum = s.quorum;
    r.quorumHeld = s.quorumHeld;
    r.inTurn = s.inTurn;
    r.round = s.round;
    if (s.vote) {
        r.voteCandidate = s.vote->candidate;
        r.voteAuthorize = s.vote->authorize;
    }
    r.state = s.stateAfter;
    return r;
}

std::string ConsensusRecord::differences(const ConsensusRecord& o) const
{
    std::string d;
    auto add = [&d](bool differs, const char* name) {
        if (!differs) return;
        if (!d.empty()) d += ", ";
        d += name;
    };
    add(engine != o.engine, "engine");
    add(proposer != o.proposer, "proposer");
    add(committers != o.committers || committerCount != o.committerCount, "committers");
    add(validatorCount != o.validatorCount, "validator count");
    add(quorum != o.quorum || quorumHeld != o.quorumHeld, "quorum");
    add(inTurn != o.inTurn, "turn");
    add(round != o.round, "round");
    add(voteCandidate != o.voteCandidate || voteAuthorize != o.voteAuthorize, "vote");
    add(state != o.state, "validator-set state");
    return d;
}

}  // namespace bt::consensus
