#include "consensus/engine_detection.h"

#include "consensus/bft_extra.h"
#include "consensus/clique_extra.h"
#include "consensus/istanbul_extra.h"

namespace bt::consensus {

ConsensusResult<Detection> detectEngine(const BlockHeader& anchor)
{
    const std::string at = "block " + std::to_string(anchor.number);
    if (anchor.mixHash == istanbulMixHash()) {
        if (auto e = decodeIstanbulExtra(anchor.extraData))
            return Detection{EngineKind::IstanbulLegacy,
                             at + ": mixHash is the Istanbul digest and extraData is 32 bytes of vanity followed by "
                                  "RLP [validators, proposer seal, committed seals] (Istanbul BFT 1.0)"};
        const bool ibft2 = decodeBftExtra(BftFlavor::Ibft2, anchor.extraData).ok();
        const bool qbft = decodeBftExtra(BftFlavor::Qbft, anchor.extraData).ok();
        if (ibft2 && qbft)
            return ConsensusError(ConsensusErrc::EngineNotDetected, "extraData",
                                  at + " reads as both IBFT 2.0 and QBFT extraData; pass --engine ibft2 or --engine qbft");
        if (ibft2)
            return Detection{EngineKind::Ibft2, at + ": mixHash is the Istanbul digest and extraData is the IBFT 2.0 "
                                                     "list (no vote written 0x80, round 4 bytes)"};
        if (qbft)
            return Detection{EngineKind::Qbft, at + ": mixHash is the Istanbul digest and extraData is the QBFT list "
                                                    "(vote a list, round a minimal scalar)"};
        return ConsensusError(ConsensusErrc::EngineNotDetected, "extraData",
                              at + ": mixHash is the Istanbul digest, but extraData is neither the Istanbul 1.0, "
                                   "the IBFT 2.0 nor the QBFT layout; pass --engine");
    }
    const std::size_t n = anchor.extraData.size();
    if (n >= kCliqueMinExtra + 20 && (n - kCliqueMinExtra) % 20 == 0 && anchor.mixHash.isZero())
        return Detection{EngineKind::Clique, at + ": extraData is 32 bytes of vanity, " +
                                                 std::to_string((n - kCliqueMinExtra) / 20) +
                                                 " signer address(es) and a 65-byte seal (Clique)"};
    if (anchor.difficulty.isZero())
        return Detection{EngineKind::Pos, at + ": difficulty 0 and no validator data in extraData (proof of stake "
                                               "or a dev chain: no seal checks)"};
    return Detection{EngineKind::Ethash, at + ": no validator data in extraData and a non-zero difficulty (proof of "
                                              "work: no seal checks)"};
}

}  // namespace bt::consensus
