#include "consensus/istanbul_extra.h"

#include "codec/keccak.h"
#include "codec/rlp.h"

namespace bt::consensus {

namespace {

ConsensusError malformed(const Error& e, std::string field)
{
    return ConsensusError::fromCodec(ConsensusErrc::MalformedExtraData, e, std::move(field));
}

Bytes encodeWith(const IstanbulExtra& e, ByteView proposerSeal, bool withCommittedSeals)
{
    rlp::Encoder enc;
    enc.beginList().beginList();
    for (const Address& a : e.validators) enc.fixed(a);
    enc.endList().bytes(proposerSeal).beginList();
    if (withCommittedSeals)
        for (const Seal& s : e.committedSeals) enc.fixed(s);
    enc.endList().endList();
    Bytes out(e.vanity.bytes.begin(), e.vanity.bytes.end());
    append(out, enc.out());
    return out;
}

}  // namespace

ConsensusResult<IstanbulExtra> decodeIstanbulExtra(ByteView extra)
{
    if (extra.size() < kIstanbulVanity)
        return ConsensusError(ConsensusErrc::MalformedExtraData, "extraData",
                              std::to_string(extra.size()) + " bytes, shorter than the 32-byte vanity");
    IstanbulExtra e;
    std::copy(extra.begin(), extra.begin() + kIstanbulVanity, e.vanity.bytes.begin());
    const ByteView payload = extra.subspan(kIstanbulVanity);
    auto list = rlp::decodeExact(payload, kIstanbulVanity);
    if (!list) return malformed(list.error(), "extraData");
    auto items = rlp::listItems(*list, 3, 3);
    if (!items) return malformed(items.error(), "extraData");
    const auto& it = *items;

    auto validators = rlp::listItems(it[0]);
    if (!validators) return malformed(validators.error(), "extraData.validators");
    for (std::size_t i = 0; i < validators->size(); ++i) {
        auto a = rlp::fixedOf<20>((*validators)[i]);
        if (!a) return malformed(a.error(), "extraData.validators[" + std::to_string(i) + "]");
        e.validators.push_back(*a);
    }
    auto seal = rlp::bytesOf(it[1]);
    if (!seal) return malformed(seal.error(), "extraData.proposerSeal");
    if (!seal->empty() && seal->size() != kSealSize)
        return ConsensusError(ConsensusErrc::InvalidSeal, "extraData.proposerSeal",
                              std::to_string(seal->size()) + " bytes, want 65 (or none)");
    e.proposerSeal.assign(seal->begin(), seal->end());
    auto committed = rlp::listItems(it[2]);
    if (!committed) return malformed(committed.error(), "extraData.committedSeals");
    for (std::size_t i = 0; i < committed->size(); ++i) {
        auto s = rlp::fixedOf<kSealSize>((*committed)[i]);
        if (!s) return ConsensusError::fromCodec(ConsensusErrc::InvalidSeal, s.error(),
                                                 "extraData.committedSeals[" + std::to_string(i) + "]");
        e.committedSeals.push_back(*s);
    }
    return e;
}

Bytes encodeIstanbulExtra(const IstanbulExtra& e) { return encodeWith(e, e.proposerSeal, true); }

Hash32 istanbulBlockHash(const BlockHeader& h, const IstanbulExtra& e)
{
    return hashWithExtraData(h, encodeWith(e, e.proposerSeal, false));
}

Hash32 istanbulProposerDigest(const BlockHeader& h, const IstanbulExtra& e)
{
    const Hash32 sigHash = hashWithExtraData(h, encodeWith(e, {}, false));
    return keccak256(sigHash);
}

Hash32 istanbulCommitDigest(const Hash32& blockHash)
{
    Bytes msg(blockHash.bytes.begin(), blockHash.bytes.end());
    msg.push_back(0x02);
    return keccak256(msg);
}

}  // namespace bt::consensus
