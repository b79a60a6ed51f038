#include "consensus/bft_extra.h"

#include "codec/keccak.h"
#include "codec/rlp.h"

namespace bt::consensus {

namespace {

ConsensusError malformed(const Error& e, std::string field)
{
    return ConsensusError::fromCodec(ConsensusErrc::MalformedExtraData, e, std::move(field));
}

ConsensusResult<std::optional<BftVote>> decodeVote(BftFlavor f, const rlp::Item& item)
{
    const char* kField = "extraData.vote";
    if (f == BftFlavor::Ibft2 && !item.isList) {
        if (item.payload.empty()) return std::optional<BftVote>();
        return ConsensusError(ConsensusErrc::InvalidVote, kField, "IBFT 2.0 writes no vote as 0x80 and a vote as a list");
    }
    if (f == BftFlavor::Qbft && !item.isList)
        return ConsensusError(ConsensusErrc::InvalidVote, kField, "QBFT writes no vote as 0xc0 and a vote as a list");
    auto parts = rlp::listItems(item);
    if (!parts) return ConsensusError::fromCodec(ConsensusErrc::InvalidVote, parts.error(), kField);
    if (parts->empty()) {
        if (f == BftFlavor::Qbft) return std::optional<BftVote>();
        return ConsensusError(ConsensusErrc::InvalidVote, kField, "an empty list; IBFT 2.0 writes no vote as 0x80");
    }
    if (parts->size() != 2)
        return ConsensusError(ConsensusErrc::InvalidVote, kField,
                              std::to_string(parts->size()) + " items, want [recipient, add|drop]");
    auto recipient = rlp::fixedOf<20>((*parts)[0]);
    if (!recipient) return ConsensusError::fromCodec(ConsensusErrc::InvalidVote, recipient.error(), "extraData.vote.recipient");
    BftVote v;
    v.recipient = *recipient;
    const rlp::Item& type = (*parts)[1];
    if (f == BftFlavor::Ibft2) {
        // Besu writes the vote type as one raw byte: 0xff add, 0x00 drop.
        auto b = rlp::bytesOf(type);
        if (!b || b->size() != 1 || ((*b)[0] != 0xff && (*b)[0] != 0x00))
            return ConsensusError(ConsensusErrc::InvalidVote, "extraData.vote.type",
                                  b && b->size() == 1 ? "byte " + toHex(*b) + ", want 0xff (add) or 0x00 (drop)"
                                                      : std::string("want the single byte 0xff (add) or 0x00 (drop)"));
        v.add = (*b)[0] == 0xff;
    } else {
        // QBFT writes it as a scalar: 0xff add, 0 (0x80) drop.
        auto b = rlp::uint8Of(type);
        if (!b || (*b != 0xff && *b != 0x00))
            return ConsensusError(ConsensusErrc::InvalidVote, "extraData.vote.type",
                                  b ? "value " + std::to_string(*b) + ", want 0xff (add) or 0 (drop)"
                                    : b.error().message());
        v.add = *b == 0xff;
    }
    return std::optional<BftVote>(v);
}

ConsensusResult<std::uint64_t> decodeRound(BftFlavor f, const rlp::Item& item)
{
    const char* kField = "extraData.round";
    if (f == BftFlavor::Ibft2) {
        auto b = rlp::bytesOf(item);
        if (!b) return ConsensusError::fromCodec(ConsensusErrc::InvalidRound, b.error(), kField);
        if (b->size() != 4)
            return ConsensusError(ConsensusErrc::InvalidRound, kField,
                                  std::to_string(b->size()) + " bytes; IBFT 2.0 writes the round as exactly 4");
        std::uint64_t r = 0;
        for (std::uint8_t x : *b) r = (r << 8) | x;
        return r;
    }
    auto r = rlp::uint64Of(item);
    if (!r) return ConsensusError::fromCodec(ConsensusErrc::InvalidRound, r.error(), kField);
    return *r;
}

void encodeVote(rlp::Encoder& enc, BftFlavor f, const std::optional<BftVote>& vote)
{
    if (!vote) {
        if (f == BftFlavor::Ibft2)
            enc.bytes({});
        else
            enc.beginList().endList();
        return;
    }
    enc.beginList().fixed(vote->recipient);
    const std::uint8_t type = vote->add ? 0xff : 0x00;
    if (f == BftFlavor::Ibft2)
        enc.bytes(ByteView(&type, 1));
    else
        enc.uint(type);
    enc.endList();
}

void encodeRound(rlp::Encoder& enc, BftFlavor f, std::uint64_t round)
{
    if (f == BftFlavor::Qbft) {
        enc.uint(round);
        return;
    }
    const std::uint8_t be[4] = {std::uint8_t(round >> 24), std::uint8_t(round >> 16), std::uint8_t(round >> 8),
                                std::uint8_t(round)};
    enc.bytes(ByteView(be, 4));
}

enum class Part { Full, BlockHash, CommitSeal };

Bytes encodePart(BftFlavor f, const BftExtra& e, Part part)
{
    rlp::Encoder enc;
    enc.beginList().bytes(e.vanity).beginList();
    for (const Address& a : e.validators) enc.fixed(a);
    enc.endList();
    encodeVote(enc, f, e.vote);
    if (f == BftFlavor::Ibft2 && part == Part::BlockHash) return enc.endList().take();
    encodeRound(enc, f, f == BftFlavor::Qbft && part == Part::BlockHash ? 0 : e.round);
    if (f == BftFlavor::Ibft2 && part == Part::CommitSeal) return enc.endList().take();
    enc.beginList();
    if (part == Part::Full)
        for (const Seal& s : e.committedSeals) enc.fixed(s);
    enc.endList();
    return enc.endList().take();
}

}  // namespace

ConsensusResult<BftExtra> decodeBftExtra(BftFlavor f, ByteView extra)
{
    if (extra.empty())
        return ConsensusError(ConsensusErrc::MalformedExtraData, "extraData", "empty; a BFT header carries an RLP list");
    auto list = rlp::decodeExact(extra);
    if (!list) return malformed(list.error(), "extraData");
    auto items = rlp::listItems(*list, 5, 5);
    if (!items) return malformed(items.error(), "extraData");
    const auto& it = *items;
    BftExtra e;
    auto vanity = rlp::bytesOf(it[0]);
    if (!vanity) return malformed(vanity.error(), "extraData.vanity");
    e.vanity.assign(vanity->begin(), vanity->end());
    auto validators = rlp::listItems(it[1]);
    if (!validators) return malformed(validators.error(), "extraData.validators");
    for (std::size_t i = 0; i < validators->size(); ++i) {
        auto a = rlp::fixedOf<20>((*validators)[i]);
        if (!a) return malformed(a.error(), "extraData.validators[" + std::to_string(i) + "]");
        e.validators.push_back(*a);
    }
    auto vote = decodeVote(f, it[2]);
    if (!vote) return vote.error();
    e.vote = *vote;
    auto round = decodeRound(f, it[3]);
    if (!round) return round.error();
    e.round = *round;
    auto seals = rlp::listItems(it[4]);
    if (!seals) return malformed(seals.error(), "extraData.committedSeals");
    for (std::size_t i = 0; i < seals->size(); ++i) {
        auto s = rlp::fixedOf<kSealSize>((*seals)[i]);
        if (!s) return ConsensusError::fromCodec(ConsensusErrc::InvalidSeal, s.error(),
                                                 "extraData.committedSeals[" + std::to_string(i) + "]");
        e.committedSeals.push_back(*s);
    }
    return e;
}

Bytes encodeBftExtra(BftFlavor f, const BftExtra& e) { return encodePart(f, e, Part::Full); }
Bytes encodeBftExtraForBlockHash(BftFlavor f, const BftExtra& e) { return encodePart(f, e, Part::BlockHash); }
Bytes encodeBftExtraForCommitSeal(BftFlavor f, const BftExtra& e) { return encodePart(f, e, Part::CommitSeal); }

Hash32 bftBlockHash(BftFlavor f, const BlockHeader& h, const BftExtra& e)
{
    // Besu hashes the genesis header unchanged (its extraData is not filtered).
    if (h.number == 0) return keccak256(h.encode());
    return hashWithExtraData(h, encodeBftExtraForBlockHash(f, e));
}

Hash32 bftCommitDigest(BftFlavor f, const BlockHeader& h, const BftExtra& e)
{
    return hashWithExtraData(h, encodeBftExtraForCommitSeal(f, e));
}

}  // namespace bt::consensus
