#include "consensus/clique_extra.h"

namespace bt::consensus {

ConsensusResult<CliqueExtra> decodeCliqueExtra(ByteView extra)
{
    if (extra.size() < kCliqueMinExtra)
        return ConsensusError(ConsensusErrc::MalformedExtraData, "extraData",
                              std::to_string(extra.size()) + " bytes, a Clique header needs at least 97 (32 vanity + 65 seal)");
    const std::size_t middle = extra.size() - kCliqueMinExtra;
    if (middle % 20 != 0)
        return ConsensusError(ConsensusErrc::MalformedExtraData, "extraData.signers",
                              std::to_string(middle) + " bytes between vanity and seal, not a whole number of addresses");
    CliqueExtra e;
    std::copy(extra.begin(), extra.begin() + kCliqueVanity, e.vanity.bytes.begin());
    for (std::size_t at = kCliqueVanity; at < kCliqueVanity + middle; at += 20) {
        Address a;
        std::copy(extra.begin() + std::ptrdiff_t(at), extra.begin() + std::ptrdiff_t(at + 20), a.bytes.begin());
        e.signers.push_back(a);
    }
    std::copy(extra.end() - kSealSize, extra.end(), e.seal.bytes.begin());
    return e;
}

Bytes encodeCliqueExtra(const CliqueExtra& e)
{
    Bytes out(e.vanity.bytes.begin(), e.vanity.bytes.end());
    for (const Address& a : e.signers) append(out, a);
    append(out, e.seal);
    return out;
}

Hash32 cliqueSealHash(const BlockHeader& h)
{
    const std::size_t keep = h.extraData.size() >= kSealSize ? h.extraData.size() - kSealSize : 0;
    return hashWithExtraData(h, ByteView(h.extraData).subspan(0, keep));
}

}  // namespace bt::consensus
