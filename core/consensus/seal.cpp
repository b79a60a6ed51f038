#include "consensus/seal.h"

#include "codec/keccak.h"

#include <algorithm>

namespace bt::consensus {

Hash32 hashWithExtraData(const BlockHeader& h, ByteView extra)
{
    BlockHeader copy = h;
    copy.extraData.assign(extra.begin(), extra.end());
    return keccak256(copy.encode());
}

ConsensusResult<Address> recoverSealer(const Hash32& digest, const Seal& seal, std::string_view field)
{
    const std::uint8_t v = seal.bytes[64];
    if (v > 1)
        return ConsensusError(ConsensusErrc::InvalidSeal, std::string(field),
                              "recovery id " + std::to_string(v) + ", want 0 or 1");
    Signature sig;
    sig.r = *U256::fromBigEndian(seal.view().subspan(0, 32));
    sig.s = *U256::fromBigEndian(seal.view().subspan(32, 32));
    sig.yParity = v;
    auto a = recoverAddress(digest, sig);
    if (!a) return ConsensusError(ConsensusErrc::InvalidSeal, std::string(field), a.error().message());
    return *a;
}

Seal sealOf(const Signature& sig)
{
    Seal s;
    const auto r = sig.r.toBigEndian32();
    const auto sv = sig.s.toBigEndian32();
    std::copy(r.begin(), r.end(), s.bytes.begin());
    std::copy(sv.begin(), sv.end(), s.bytes.begin() + 32);
    s.bytes[64] = sig.yParity;
    return s;
}

Result<Seal> makeSeal(const Hash32& digest, const PrivateKey& key)
{
    BT_TRY(Signature sig, sign(digest, key));
    return sealOf(sig);
}

std::string addressList(const std::vector<Address>& addresses)
{
    std::string s = "[";
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        if (i) s += ", ";
        s += toHex(addresses[i]);
    }
    s += "]";
    return s;
}

}  // namespace bt::consensus
