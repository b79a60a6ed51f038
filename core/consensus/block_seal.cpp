#include "consensus/block_seal.h"

#include "codec/keccak.h"
#include "consensus/bft_extra.h"
#include "consensus/clique_extra.h"
#include "consensus/istanbul_extra.h"

#include <algorithm>

namespace bt::consensus {

namespace {

void problem(BlockSeal& s, ConsensusErrc c, std::string field, std::string detail)
{
    s.problems.emplace_back(c, std::move(field), std::move(detail));
}

std::string sealField(std::size_t i) { return "extraData.committedSeals[" + std::to_string(i) + "]"; }

// Recovers every committed seal against `digest`; a seal that recovers nothing and a
// validator sealing twice are problems of the block itself.
void recoverCommitters(BlockSeal& s, const Hash32& digest, const std::vector<Seal>& seals)
{
    s.committedSeals = seals.size();
    for (std::size_t i = 0; i < seals.size(); ++i) {
        auto who = recoverSealer(digest, seals[i], sealField(i));
        if (!who) {
            s.problems.push_back(who.error());
            continue;
        }
        if (std::find(s.committers.begin(), s.committers.end(), *who) != s.committers.end())
            problem(s, ConsensusErrc::DuplicateCommitter, sealField(i), toHex(*who) + " already committed this block");
        s.committers.push_back(*who);
    }
}

// Votes in coinbase and nonce (Clique, Istanbul 1.0): nonce 0xff…ff authorises the
// coinbase, 0x00…00 drops it; any other nonce is invalid.
void readNonceVote(BlockSeal& s, const BlockHeader& h)
{
    const bool authorize = h.nonce == kNonceAuthorize;
    if (!authorize && h.nonce != kNonceDrop) {
        problem(s, ConsensusErrc::InvalidVote, "nonce", toHex(h.nonce) + ", want 0x0000000000000000 or 0xffffffffffffffff");
        return;
    }
    // A drop vote for the zero address is how a block says "no vote".
    if (!h.beneficiary.isZero() || authorize) s.vote = Vote{h.beneficiary, authorize};
}

void requireEmptyOmmers(BlockSeal& s, const BlockHeader& h)
{
    if (h.ommersHash != emptyOmmersHash())
        problem(s, ConsensusErrc::InvalidHeaderField, "sha3Uncles", "a proof-of-authority block has no ommers");
}

void inspectClique(const EngineConfig& cfg, const BlockHeader& h, BlockSeal& s)
{
    s.hash = keccak256(h.encode());
    auto extra = decodeCliqueExtra(h.extraData);
    if (!extra) {
        s.problems.push_back(extra.error());
        return;
    }
    s.extraDecoded = true;
    const bool checkpoint = cfg.epoch != 0 && h.number % cfg.epoch == 0;
    if (!extra->signers.empty()) s.listedValidators = extra->signers;
    if (h.number == 0) return;  // the genesis is not sealed

    // EIP-225 header rules.
    if (checkpoint && extra->signers.empty())
        problem(s, ConsensusErrc::InvalidHeaderField, "extraData.signers",
                "block " + std::to_string(h.number) + " is a checkpoint (epoch " + std::to_string(cfg.epoch) +
                    ") and must list the signers");
    if (!checkpoint && !extra->signers.empty())
        problem(s, ConsensusErrc::InvalidHeaderField, "extraData.signers",
                "a signer list outside a checkpoint (epoch " + std::to_string(cfg.epoch) +
                    "; pass --epoch if the chain uses another)");
    if (!h.mixHash.isZero()) problem(s, ConsensusErrc::InvalidHeaderField, "mixHash", "must be zero in Clique");
    requireEmptyOmmers(s, h);
    if (h.difficulty != U256(1) && h.difficulty != U256(2))
        problem(s, ConsensusErrc::WrongDifficulty, "difficulty",
                h.difficulty.toDecimal() + ", want 2 (in turn) or 1 (out of turn)");
    if (checkpoint) {
        if (!h.beneficiary.isZero())
            problem(s, ConsensusErrc::InvalidHeaderField, "miner", "a checkpoint block carries no vote");
        if (h.nonce != kNonceDrop)
            problem(s, ConsensusErrc::InvalidHeaderField, "nonce", "a checkpoint block carries no vote");
    } else {
        readNonceVote(s, h);
    }

    if (extra->seal.isZero()) {
        problem(s, ConsensusErrc::MissingSeal, "extraData.seal", "65 zero bytes");
        return;
    }
    auto signer = recoverSealer(cliqueSealHash(h), extra->seal, "extraData.seal");
    if (!signer) {
        s.problems.push_back(signer.error());
        return;
    }
    s.proposer = *signer;
}

bool requireIstanbulShape(const BlockHeader& h, BlockSeal& s)
{
    if (h.mixHash == istanbulMixHash()) return true;
    problem(s, ConsensusErrc::EngineMismatch, "mixHash",
            toHex(h.mixHash) + " is not the Istanbul digest every IBFT/QBFT header carries");
    return false;
}

void requireBftConstants(const BlockHeader& h, BlockSeal& s)
{
    if (h.number == 0) return;
    requireEmptyOmmers(s, h);
    if (h.difficulty != U256(1))
        problem(s, ConsensusErrc::WrongDifficulty, "difficulty", h.difficulty.toDecimal() + ", want 1");
}

void inspectIstanbul(const BlockHeader& h, BlockSeal& s)
{
    requireIstanbulShape(h, s);
    auto extra = decodeIstanbulExtra(h.extraData);
    if (!extra) {
        // GoQuorum would hash such a header as it is; the block fails here.
        s.hash = keccak256(h.encode());
        s.problems.push_back(extra.error());
        return;
    }
    s.extraDecoded = true;
    s.hash = istanbulBlockHash(h, *extra);
    s.listedValidators = extra->validators;
    if (h.number == 0) return;
    requireBftConstants(h, s);
    readNonceVote(s, h);
    if (extra->proposerSeal.size() != kSealSize) {
        problem(s, ConsensusErrc::MissingSeal, "extraData.proposerSeal", "no proposer seal");
    } else {
        Seal seal;
        std::copy(extra->proposerSeal.begin(), extra->proposerSeal.end(), seal.bytes.begin());
        auto proposer = recoverSealer(istanbulProposerDigest(h, *extra), seal, "extraData.proposerSeal");
        if (proposer)
            s.proposer = *proposer;
        else
            s.problems.push_back(proposer.error());
    }
    recoverCommitters(s, istanbulCommitDigest(s.hash), extra->committedSeals);
}

void inspectBft(BftFlavor f, const BlockHeader& h, BlockSeal& s)
{
    requireIstanbulShape(h, s);
    auto extra = decodeBftExtra(f, h.extraData);
    if (!extra) {
        s.hash = keccak256(h.encode());
        s.problems.push_back(extra.error());
        return;
    }
    s.extraDecoded = true;
    s.hash = bftBlockHash(f, h, *extra);
    s.listedValidators = extra->validators;
    s.round = extra->round;
    if (h.number == 0) return;
    requireBftConstants(h, s);
    // Besu BftVanityDataValidationRule; GoQuorum writes 32 bytes too.
    if (extra->vanity.size() != 32)
        problem(s, ConsensusErrc::InvalidVanity, "extraData.vanity", std::to_string(extra->vanity.size()) + " bytes, want 32");
    if (h.nonce != kNonceDrop)
        problem(s, ConsensusErrc::InvalidHeaderField, "nonce", "IBFT 2.0 and QBFT vote in extraData; the nonce must be zero");
    if (extra->vote) s.vote = Vote{extra->vote->recipient, extra->vote->add};
    s.proposer = h.beneficiary;
    recoverCommitters(s, bftCommitDigest(f, h, *extra), extra->committedSeals);
}

}  // namespace

BlockSeal inspectSeal(const EngineConfig& cfg, const BlockHeader& h)
{
    BlockSeal s;
    s.engine = cfg.kind;
    switch (cfg.kind) {
    case EngineKind::Clique: inspectClique(cfg, h, s); break;
    case EngineKind::IstanbulLegacy: inspectIstanbul(h, s); break;
    case EngineKind::Ibft2: inspectBft(BftFlavor::Ibft2, h, s); break;
    case EngineKind::Qbft: inspectBft(BftFlavor::Qbft, h, s); break;
    case EngineKind::Ethash:
    case EngineKind::Pos: s.hash = keccak256(h.encode()); break;
    }
    return s;
}

Hash32 engineBlockHash(EngineKind k, const BlockHeader& h)
{
    switch (k) {
    case EngineKind::IstanbulLegacy:
        if (auto e = decodeIstanbulExtra(h.extraData)) return istanbulBlockHash(h, *e);
        break;
    case EngineKind::Ibft2:
        if (auto e = decodeBftExtra(BftFlavor::Ibft2, h.extraData)) return bftBlockHash(BftFlavor::Ibft2, h, *e);
        break;
    case EngineKind::Qbft:
        if (auto e = decodeBftExtra(BftFlavor::Qbft, h.extraData)) return bftBlockHash(BftFlavor::Qbft, h, *e);
        break;
    default: break;
    }
    return keccak256(h.encode());
}

}  // namespace bt::consensus
