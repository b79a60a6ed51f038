#include "consensus/validator_tracker.h"

#include "codec/rlp.h"
#include "consensus/quorum.h"
#include "consensus/seal.h"

#include <algorithm>

namespace bt::consensus {

namespace {

constexpr std::uint64_t kStateVersion = 1;

void addError(std::vector<ConsensusError>& out, ConsensusErrc c, std::string field, std::string detail)
{
    out.emplace_back(c, std::move(field), std::move(detail));
}

std::vector<Address> sortedUnique(std::vector<Address> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

std::string countOf(std::size_t n) { return std::to_string(n) + (n == 1 ? " validator" : " validators"); }

ConsensusError corrupt(std::string detail)
{
    return ConsensusError(ConsensusErrc::ValidatorSetUnverifiable, "stored validator state", std::move(detail));
}

}  // namespace

Bytes ValidatorState::encode() const
{
    rlp::Encoder e;
    e.beginList()
        .uint(kStateVersion)
        .bytes(asBytes(engineName(config.kind)))
        .uint(config.epoch)
        .uint(anchor)
        .uint(tallyComplete ? 1 : 0)
        .bytes(asBytes(unverifiable))
        .beginList();
    for (const Address& a : validators) e.fixed(a);
    e.endList().beginList();
    for (const CastVote& v : votes)
        e.beginList().fixed(v.voter).fixed(v.candidate).uint(v.authorize ? 1 : 0).uint(v.block).endList();
    e.endList().endList();
    return e.take();
}

ConsensusResult<ValidatorState> ValidatorState::decode(ByteView state)
{
    auto top = rlp::decodeExact(state);
    if (!top) return corrupt(top.error().message());
    auto items = rlp::listItems(*top, 8, 8);
    if (!items) return corrupt(items.error().message());
    const auto& it = *items;
    auto version = rlp::uint64Of(it[0]);
    if (!version || *version != kStateVersion) return corrupt("unknown state version");
    ValidatorState s;
    auto name = rlp::bytesOf(it[1]);
    if (!name) return corrupt(name.error().message());
    const std::string engine(name->begin(), name->end());
    auto kind = parseEngineName(engine);
    if (!kind) return ConsensusError(ConsensusErrc::UnknownEngine, "stored validator state", "\"" + engine + "\"");
    s.config.kind = *kind;
    auto epoch = rlp::uint64Of(it[2]);
    auto anchor = rlp::uint64Of(it[3]);
    auto complete = rlp::uint64Of(it[4]);
    auto why = rlp::bytesOf(it[5]);
    if (!epoch || !anchor || !complete || !why) return corrupt("malformed fields");
    s.config.epoch = *epoch;
    s.anchor = *anchor;
    s.tallyComplete = *complete != 0;
    s.unverifiable.assign(why->begin(), why->end());
    auto validators = rlp::listItems(it[6]);
    if (!validators) return corrupt(validators.error().message());
    for (const auto& v : *validators) {
        auto a = rlp::fixedOf<20>(v);
        if (!a) return corrupt(a.error().message());
        s.validators.push_back(*a);
    }
    auto votes = rlp::listItems(it[7]);
    if (!votes) return corrupt(votes.error().message());
    for (const auto& v : *votes) {
        auto f = rlp::listItems(v, 4, 4);
        if (!f) return corrupt(f.error().message());
        auto voter = rlp::fixedOf<20>((*f)[0]);
        auto candidate = rlp::fixedOf<20>((*f)[1]);
        auto authorize = rlp::uint64Of((*f)[2]);
        auto block = rlp::uint64Of((*f)[3]);
        if (!voter || !candidate || !authorize || !block) return corrupt("malformed vote");
        s.votes.push_back({*voter, *candidate, *authorize != 0, *block});
    }
    return s;
}

bool ValidatorState::contains(const Address& a) const noexcept
{
    return std::binary_search(validators.begin(), validators.end(), a);
}

std::vector<ConsensusError> ValidatorTracker::start(const BlockHeader& anchor, BlockSeal& seal)
{
    const Bytes before;  // the anchor's state is always recorded
    m_started = true;
    m_state.anchor = anchor.number;
    m_state.number = anchor.number;
    m_state.validators.clear();
    m_state.votes.clear();
    m_state.recents.clear();
    m_state.unverifiable.clear();
    const std::uint64_t epoch = m_state.config.epoch;
    m_state.tallyComplete = anchor.number == 0 || (epoch != 0 && anchor.number % epoch == 0);
    std::vector<ConsensusError> out;
    const EngineKind k = m_state.config.kind;
    if (!hasSeals(k)) {
        finish(seal, before);
        return out;
    }
    const std::string at = "block " + std::to_string(anchor.number);
    if (!seal.extraDecoded) {
        m_state.unverifiable = "the anchor " + at + " carries no readable validator list";
    } else if (!seal.listedValidators || seal.listedValidators->empty()) {
        if (k == EngineKind::Qbft)
            m_state.unverifiable = "the anchor " + at +
                                   " lists no validators: this QBFT network selects them through a validator contract, "
                                   "which block headers cannot prove";
        else if (k == EngineKind::Clique)
            m_state.unverifiable = "the index is anchored at " + at +
                                   ", which is not a Clique checkpoint (no signer list); pin the genesis or a "
                                   "checkpoint block (a multiple of the epoch, " + std::to_string(epoch) + ")";
        else
            m_state.unverifiable = "the anchor " + at + " lists no validators";
    } else {
        const auto& listed = *seal.listedValidators;
        m_state.validators = sortedUnique(listed);
        if (m_state.validators.size() != listed.size())
            addError(out, ConsensusErrc::ValidatorListMismatch, "extraData.validators", "the anchor lists a validator twice");
    }
    if (!m_state.unverifiable.empty()) {
        addError(out, ConsensusErrc::ValidatorSetUnverifiable, {}, m_state.unverifiable);
        finish(seal, before);
        return out;
    }
    if (anchor.number > 0) {
        // A pinned checkpoint: its seals are checked against the list it carries (the set
        // in force when it was sealed), and its vote counts.
        auto more = k == EngineKind::Clique ? checkClique(anchor, seal) : checkBft(anchor, seal);
        out.insert(out.end(), more.begin(), more.end());
        m_state.recents.clear();  // EIP-225 snapshots start with no recent signers
    } else {
        seal.followed = true;
        seal.validatorCount = m_state.validators.size();
    }
    finish(seal, before);
    return out;
}

void ValidatorTracker::resume(ValidatorState state)
{
    m_state = std::move(state);
    m_started = true;
}

void ValidatorTracker::breakAt(std::uint64_t number, const std::string& why)
{
    m_started = true;
    m_state.number = number;
    if (m_state.unverifiable.empty()) m_state.unverifiable = why;
}

std::vector<ConsensusError> ValidatorTracker::apply(const BlockHeader& h, BlockSeal& seal)
{
    const Bytes before = m_state.encode();
    std::vector<ConsensusError> out;
    m_state.number = h.number;
    if (!hasSeals(m_state.config.kind)) {
        finish(seal, before);
        return out;
    }
    if (!m_state.unverifiable.empty()) {
        addError(out, ConsensusErrc::ValidatorSetUnverifiable, {}, m_state.unverifiable);
        finish(seal, before);
        return out;
    }
    out = m_state.config.kind == EngineKind::Clique ? checkClique(h, seal) : checkBft(h, seal);
    finish(seal, before);
    return out;
}

void ValidatorTracker::finish(BlockSeal& seal, const Bytes& before)
{
    Bytes after = m_state.encode();
    if (after != before) seal.stateAfter = std::move(after);
}

void ValidatorTracker::trimRecents(std::uint64_t number)
{
    const std::uint64_t limit = m_state.recentsLimit();
    if (number < limit) return;
    const std::uint64_t oldest = number - limit;  // entries at or below it leave the window
    std::erase_if(m_state.recents, [oldest](const auto& r) { return r.first <= oldest; });
}

std::vector<ConsensusError> ValidatorTracker::checkClique(const BlockHeader& h, BlockSeal& seal)
{
    std::vector<ConsensusError> out;
    const std::uint64_t n = h.number;
    const std::uint64_t epoch = m_state.config.epoch;
    const bool checkpoint = epoch != 0 && n % epoch == 0;
    seal.followed = true;
    seal.validatorCount = m_state.validators.size();
    if (checkpoint && seal.listedValidators && *seal.listedValidators != m_state.validators)
        addError(out, ConsensusErrc::ValidatorListMismatch, "extraData.signers",
                 "the checkpoint lists " + addressList(*seal.listedValidators) + ", the signers followed from block " +
                     std::to_string(m_state.anchor) + " are " + addressList(m_state.validators));
    trimRecents(n);
    bool authorised = false;
    if (seal.proposer) {
        const Address& signer = *seal.proposer;
        if (!m_state.contains(signer)) {
            addError(out, ConsensusErrc::UnauthorizedSigner, "extraData.seal",
                     "signer " + toHex(signer) + " is not one of the " + countOf(m_state.validators.size()) +
                         " authorised after block " + std::to_string(n - 1));
        } else {
            authorised = true;
            for (const auto& [block, who] : m_state.recents)
                if (who == signer)
                    addError(out, ConsensusErrc::RecentlySigned, "extraData.seal",
                             "signer " + toHex(signer) + " sealed block " + std::to_string(block) +
                                 "; with " + countOf(m_state.validators.size()) + " it may seal once in " +
                                 std::to_string(m_state.recentsLimit()) + " consecutive blocks");
            const auto pos = std::lower_bound(m_state.validators.begin(), m_state.validators.end(), signer) -
                             m_state.validators.begin();
            const bool inTurn = n % m_state.validators.size() == std::uint64_t(pos);
            seal.inTurn = inTurn;
            const U256 want(inTurn ? 2 : 1);
            if (h.difficulty != want && (h.difficulty == U256(1) || h.difficulty == U256(2)))
                addError(out, ConsensusErrc::WrongDifficulty, "difficulty",
                         h.difficulty.toDecimal() + ", but " + toHex(signer) + " is " +
                             (inTurn ? "in turn (want 2)" : "out of turn (want 1)"));
            m_state.recents.emplace_back(n, signer);
        }
    }
    if (checkpoint) {
        m_state.votes.clear();
        m_state.tallyComplete = true;
    } else if (authorised && seal.vote) {
        castVote(*seal.proposer, *seal.vote, n);
    }
    return out;
}

std::vector<ConsensusError> ValidatorTracker::checkBft(const BlockHeader& h, BlockSeal& seal)
{
    std::vector<ConsensusError> out;
    const std::uint64_t n = h.number;
    const EngineKind k = m_state.config.kind;
    const std::string after = n > 0 ? " after block " + std::to_string(n - 1) : std::string();
    if (!seal.extraDecoded) {
        // Nothing to check the set against, and no vote to follow: the set is lost.
        m_state.unverifiable = "block " + std::to_string(n) + "'s extraData does not decode";
        addError(out, ConsensusErrc::ValidatorSetUnverifiable, {}, m_state.unverifiable);
        return out;
    }
    if (k == EngineKind::Qbft && seal.listedValidators && seal.listedValidators->empty()) {
        // Besu writes no validators (and no vote) in QBFT headers once they come from a
        // validator contract; GoQuorum likewise. Headers alone cannot prove that set.
        m_state.unverifiable = "from block " + std::to_string(n) +
                               " the QBFT headers list no validators: they are selected by a validator contract, "
                               "which block headers cannot prove";
        addError(out, ConsensusErrc::ValidatorSetUnverifiable, {}, m_state.unverifiable);
        return out;
    }
    seal.followed = true;
    seal.validatorCount = m_state.validators.size();
    if (seal.listedValidators) {
        const auto listed = sortedUnique(*seal.listedValidators);
        if (listed != m_state.validators || listed.size() != seal.listedValidators->size()) {
            std::string why = "the header lists " + addressList(*seal.listedValidators) + ", the set followed from block " +
                              std::to_string(m_state.anchor) + " is " + addressList(m_state.validators);
            if (!m_state.tallyComplete)
                why += " (the index was anchored mid-epoch at block " + std::to_string(m_state.anchor) +
                       ": votes cast before it are unknown until the next epoch block)";
            addError(out, ConsensusErrc::ValidatorListMismatch, "extraData.validators", why);
        }
    }
    bool authorised = false;
    if (seal.proposer) {
        if (m_state.contains(*seal.proposer))
            authorised = true;
        else
            addError(out, ConsensusErrc::UnauthorizedSigner, k == EngineKind::IstanbulLegacy ? "extraData.proposerSeal" : "miner",
                     "proposer " + toHex(*seal.proposer) + " is not one of the " + countOf(m_state.validators.size()) + after);
    }
    std::vector<Address> distinct;
    for (std::size_t i = 0; i < seal.committers.size(); ++i) {
        const Address& c = seal.committers[i];
        if (!m_state.contains(c)) {
            addError(out, ConsensusErrc::UnauthorizedSigner, "extraData.committedSeals",
                     "committer " + toHex(c) + " is not one of the " + countOf(m_state.validators.size()) + after);
            continue;
        }
        if (std::find(distinct.begin(), distinct.end(), c) == distinct.end()) distinct.push_back(c);
    }
    const std::size_t need = requiredCommitters(k, m_state.validators.size());
    seal.quorum = need;
    seal.quorumHeld = distinct.size() >= need;
    if (!*seal.quorumHeld)
        addError(out, ConsensusErrc::QuorumNotReached, "extraData.committedSeals",
                 std::to_string(distinct.size()) + " distinct validators committed, " + std::to_string(need) + " of " +
                     std::to_string(m_state.validators.size()) + " required (" +
                     (k == EngineKind::IstanbulLegacy ? "2F+1" : "⌈2N/3⌉") + ")");
    const std::uint64_t epoch = m_state.config.epoch;
    if (epoch != 0 && n % epoch == 0) {
        m_state.votes.clear();
        m_state.tallyComplete = true;
    } else if (authorised && seal.vote) {
        castVote(*seal.proposer, *seal.vote, n);
    }
    return out;
}

void ValidatorTracker::castVote(const Address& voter, const Vote& vote, std::uint64_t block)
{
    auto& votes = m_state.votes;
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        if (it->voter == voter && it->candidate == vote.candidate) {
            votes.erase(it);
            break;
        }
    }
    if (vote.authorize == m_state.contains(vote.candidate)) return;  // would change nothing
    votes.push_back({voter, vote.candidate, vote.authorize, block});
    const auto tally = std::count_if(votes.begin(), votes.end(), [&](const CastVote& v) {
        return v.candidate == vote.candidate && v.authorize == vote.authorize;
    });
    if (std::size_t(tally) <= m_state.validators.size() / 2) return;
    auto& set = m_state.validators;
    if (vote.authorize) {
        set.insert(std::lower_bound(set.begin(), set.end(), vote.candidate), vote.candidate);
    } else {
        set.erase(std::lower_bound(set.begin(), set.end(), vote.candidate));
        trimRecents(block);  // the window shrank with the set
        std::erase_if(votes, [&](const CastVote& v) { return v.voter == vote.candidate; });
    }
    std::erase_if(votes, [&](const CastVote& v) { return v.candidate == vote.candidate; });
}

}  // namespace bt::consensus
