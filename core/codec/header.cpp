#include "header.h"

#include "keccak.h"
#include "rlp.h"

#include <array>
#include <string>

namespace bt {

namespace {

// Field names as errors report them (JSON-RPC spelling, which users know best).
constexpr std::array<const char*, 21> kFieldNames{
    "header.parentHash",      "header.sha3Uncles",   "header.miner",
    "header.stateRoot",       "header.transactionsRoot", "header.receiptsRoot",
    "header.logsBloom",       "header.difficulty",   "header.number",
    "header.gasLimit",        "header.gasUsed",      "header.timestamp",
    "header.extraData",       "header.mixHash",      "header.nonce",
    "header.baseFeePerGas",   "header.withdrawalsRoot", "header.blobGasUsed",
    "header.excessBlobGas",   "header.parentBeaconBlockRoot", "header.requestsHash",
};

// Attaches a field name to an error coming from the RLP layer.
template <class T>
Result<T> inField(Result<T> r, const char* name)
{
    if (r.ok()) return r;
    return std::move(r).error().in(name);
}
template <class T>
Result<T> named(Result<T> r, std::size_t index)
{
    return inField(std::move(r), kFieldNames[index]);
}

std::optional<HeaderLayout> layoutForCount(std::size_t n) noexcept
{
    switch (n) {
    case 15: return HeaderLayout::Frontier;
    case 16: return HeaderLayout::London;
    case 17: return HeaderLayout::Shanghai;
    case 20: return HeaderLayout::Cancun;
    case 21: return HeaderLayout::Prague;
    default: return std::nullopt;
    }
}

// a - b for a >= b. U256 has no subtraction; the base fee only ever needs this one.
U256 subtract(const U256& a, const U256& b)
{
    const auto x = a.toBigEndian32();
    const auto y = b.toBigEndian32();
    std::array<std::uint8_t, 32> out{};
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int d = int(x[std::size_t(i)]) - int(y[std::size_t(i)]) - borrow;
        borrow = d < 0 ? 1 : 0;
        out[std::size_t(i)] = static_cast<std::uint8_t>(d + 256 * borrow);
    }
    return *U256::fromBigEndian(out);
}

}  // namespace

std::string_view layoutName(HeaderLayout l) noexcept
{
    switch (l) {
    case HeaderLayout::Frontier: return "Frontier (15 fields)";
    case HeaderLayout::London: return "London (16 fields)";
    case HeaderLayout::Shanghai: return "Shanghai (17 fields)";
    case HeaderLayout::Cancun: return "Cancun (20 fields)";
    case HeaderLayout::Prague: return "Prague (21 fields)";
    }
    return "unknown";
}

HeaderLayout layoutOf(Fork f) noexcept
{
    if (f >= Fork::Prague) return HeaderLayout::Prague;
    if (f >= Fork::Cancun) return HeaderLayout::Cancun;
    if (f >= Fork::Shanghai) return HeaderLayout::Shanghai;
    if (f >= Fork::London) return HeaderLayout::London;
    return HeaderLayout::Frontier;
}

std::size_t fieldCount(HeaderLayout l) noexcept
{
    switch (l) {
    case HeaderLayout::Frontier: return 15;
    case HeaderLayout::London: return 16;
    case HeaderLayout::Shanghai: return 17;
    case HeaderLayout::Cancun: return 20;
    case HeaderLayout::Prague: return 21;
    }
    return 0;
}

Result<BlockHeader> BlockHeader::decode(ByteView rlp, std::size_t base)
{
    BT_TRY(rlp::Item list, inField(rlp::decodeExact(rlp, base), "header"));
    if (!list.isList) return Error(Errc::ExpectedList, list.offset, "header");
    BT_TRY(std::vector<rlp::Item> f, inField(rlp::listItems(list), "header"));
    if (!layoutForCount(f.size()))
        return Error(Errc::InvalidHeaderLayout, list.offset, "header",
                     std::to_string(f.size()) + " fields; layouts have 15, 16, 17, 20 or 21");

    BlockHeader h;
    BT_TRY(h.parentHash, named(rlp::fixedOf<32>(f[0]), 0));
    BT_TRY(h.ommersHash, named(rlp::fixedOf<32>(f[1]), 1));
    BT_TRY(h.beneficiary, named(rlp::fixedOf<20>(f[2]), 2));
    BT_TRY(h.stateRoot, named(rlp::fixedOf<32>(f[3]), 3));
    BT_TRY(h.transactionsRoot, named(rlp::fixedOf<32>(f[4]), 4));
    BT_TRY(h.receiptsRoot, named(rlp::fixedOf<32>(f[5]), 5));
    BT_TRY(h.logsBloom, named(rlp::fixedOf<256>(f[6]), 6));
    BT_TRY(h.difficulty, named(rlp::u256Of(f[7]), 7));
    BT_TRY(h.number, named(rlp::uint64Of(f[8]), 8));
    BT_TRY(h.gasLimit, named(rlp::uint64Of(f[9]), 9));
    BT_TRY(h.gasUsed, named(rlp::uint64Of(f[10]), 10));
    BT_TRY(h.timestamp, named(rlp::uint64Of(f[11]), 11));
    BT_TRY(ByteView extra, named(rlp::bytesOf(f[12]), 12));
    h.extraData.assign(extra.begin(), extra.end());
    BT_TRY(h.mixHash, named(rlp::fixedOf<32>(f[13]), 13));
    BT_TRY(h.nonce, named(rlp::fixedOf<8>(f[14]), 14));
    if (f.size() > 15) {
        BT_TRY(U256 baseFee, named(rlp::u256Of(f[15]), 15));
        h.baseFeePerGas = baseFee;
    }
    if (f.size() > 16) {
        BT_TRY(Hash32 wr, named(rlp::fixedOf<32>(f[16]), 16));
        h.withdrawalsRoot = wr;
    }
    if (f.size() > 17) {
        BT_TRY(std::uint64_t used, named(rlp::uint64Of(f[17]), 17));
        BT_TRY(std::uint64_t excess, named(rlp::uint64Of(f[18]), 18));
        BT_TRY(Hash32 beacon, named(rlp::fixedOf<32>(f[19]), 19));
        h.blobGasUsed = used;
        h.excessBlobGas = excess;
        h.parentBeaconBlockRoot = beacon;
    }
    if (f.size() > 20) {
        BT_TRY(Hash32 requests, named(rlp::fixedOf<32>(f[20]), 20));
        h.requestsHash = requests;
    }
    return h;
}

Bytes BlockHeader::encode() const
{
    rlp::Encoder e;
    e.reserve(640 + extraData.size());
    e.beginList()
        .fixed(parentHash)
        .fixed(ommersHash)
        .fixed(beneficiary)
        .fixed(stateRoot)
        .fixed(transactionsRoot)
        .fixed(receiptsRoot)
        .fixed(logsBloom)
        .uint(difficulty)
        .uint(number)
        .uint(gasLimit)
        .uint(gasUsed)
        .uint(timestamp)
        .bytes(extraData)
        .fixed(mixHash)
        .fixed(nonce);
    // Optional fields are written up to the last one present; decode() and the
    // JSON reader only produce headers without gaps (see hasConsistentFields()).
    if (baseFeePerGas) e.uint(*baseFeePerGas);
    if (withdrawalsRoot) e.fixed(*withdrawalsRoot);
    if (blobGasUsed) e.uint(*blobGasUsed);
    if (excessBlobGas) e.uint(*excessBlobGas);
    if (parentBeaconBlockRoot) e.fixed(*parentBeaconBlockRoot);
    if (requestsHash) e.fixed(*requestsHash);
    e.endList();
    return e.take();
}

Hash32 BlockHeader::hash() const { return keccak256(encode()); }

bool BlockHeader::hasConsistentFields() const noexcept
{
    const bool cancun = blobGasUsed.has_value();
    if (excessBlobGas.has_value() != cancun || parentBeaconBlockRoot.has_value() != cancun) return false;
    if (requestsHash && !cancun) return false;
    if (cancun && !withdrawalsRoot) return false;
    if (withdrawalsRoot && !baseFeePerGas) return false;
    return true;
}

HeaderLayout BlockHeader::layout() const noexcept
{
    if (requestsHash) return HeaderLayout::Prague;
    if (blobGasUsed) return HeaderLayout::Cancun;
    if (withdrawalsRoot) return HeaderLayout::Shanghai;
    if (baseFeePerGas) return HeaderLayout::London;
    return HeaderLayout::Frontier;
}

Status BlockHeader::checkLayout(Fork fork) const
{
    if (!hasConsistentFields())
        return Error(Errc::InvalidHeaderLayout, 0, "header", "optional fields with a gap");
    const HeaderLayout want = layoutOf(fork);
    if (layout() != want)
        return Error(Errc::InvalidHeaderLayout, 0, "header",
                     std::string(layoutName(layout())) + " at " + std::string(forkName(fork)) + ", which has " +
                         std::string(layoutName(want)));
    return {};
}

const Hash32& emptyOmmersHash() noexcept
{
    static constexpr std::uint8_t kEmptyList[] = {0xc0};
    static const Hash32 h = keccak256(kEmptyList);
    return h;
}

const Hash32& emptyTrieRoot() noexcept
{
    static constexpr std::uint8_t kEmptyString[] = {0x80};
    static const Hash32 h = keccak256(kEmptyString);
    return h;
}

std::optional<U256> expectedBaseFee(const BlockHeader& parent)
{
    if (!parent.baseFeePerGas) return std::nullopt;
    // EIP-1559: ELASTICITY_MULTIPLIER 2, BASE_FEE_MAX_CHANGE_DENOMINATOR 8.
    const U256& parentFee = *parent.baseFeePerGas;
    const std::uint64_t target = parent.gasLimit / 2;
    if (target == 0 || parent.gasUsed == target) return parentFee;
    if (parent.gasUsed > target) {
        const std::uint64_t excess = parent.gasUsed - target;
        auto product = U256::checkedMul(parentFee, U256(excess));
        if (!product) return std::nullopt;  // no real base fee is near 2^192
        U256 delta = product->divU64(target).divU64(8);
        if (delta.isZero()) delta = U256(1);
        auto sum = U256::checkedAdd(parentFee, delta);
        if (!sum) return std::nullopt;
        return *sum;
    }
    const std::uint64_t shortfall = target - parent.gasUsed;
    auto product = U256::checkedMul(parentFee, U256(shortfall));
    if (!product) return std::nullopt;
    const U256 delta = product->divU64(target).divU64(8);
    return subtract(parentFee, delta);
}

Status validateAgainstParent(const BlockHeader& h, const BlockHeader& parent, Fork fork, Fork parentFork,
                             const HeaderRules& rules)
{
    BT_TRY_STATUS(h.checkLayout(fork));

    const Hash32 parentHash = parent.hash();
    if (h.parentHash != parentHash)
        return Error(Errc::HashMismatch, 0, "header.parentHash",
                     "parent's hash is " + toHex(parentHash) + ", header names " + toHex(h.parentHash));
    if (parent.number == UINT64_MAX || h.number != parent.number + 1)
        return Error(Errc::BlockNumberMismatch, 0, "header.number",
                     std::to_string(h.number) + " after parent " + std::to_string(parent.number));
    if (h.timestamp <= parent.timestamp)
        return Error(Errc::TimestampNotAfterParent, 0, "header.timestamp",
                     std::to_string(h.timestamp) + " <= parent's " + std::to_string(parent.timestamp));
    if (h.gasUsed > h.gasLimit)
        return Error(Errc::GasUsedAboveLimit, 0, "header.gasUsed",
                     std::to_string(h.gasUsed) + " > gas limit " + std::to_string(h.gasLimit));

    // EIP-1559: at the fork block the parent's limit counts twice (the old limit
    // becomes the gas target), so the bound is taken around the doubled value.
    const bool londonForkBlock = fork >= Fork::London && parentFork < Fork::London;
    std::uint64_t parentLimit = parent.gasLimit;
    if (londonForkBlock) {
        if (parentLimit > kMaxGasLimit)
            return Error(Errc::GasLimitOutOfBounds, 0, "header.gasLimit", "parent's limit cannot double");
        parentLimit *= 2;
    }
    // |limit - parent| < parent / 1024 (Yellow Paper 4.3.4), written without overflow.
    const std::uint64_t bound = parentLimit / 1024;
    const std::uint64_t change = h.gasLimit > parentLimit ? h.gasLimit - parentLimit : parentLimit - h.gasLimit;
    if (change >= bound)
        return Error(Errc::GasLimitOutOfBounds, 0, "header.gasLimit",
                     std::to_string(h.gasLimit) + " differs from " + std::to_string(parentLimit) + " by " +
                         std::to_string(bound) + " or more");
    if (h.gasLimit < kMinGasLimit)
        return Error(Errc::GasLimitOutOfBounds, 0, "header.gasLimit", std::to_string(h.gasLimit) + " < 5000");
    if (h.gasLimit > kMaxGasLimit)
        return Error(Errc::GasLimitOutOfBounds, 0, "header.gasLimit", "above 2^63 - 1");

    if (fork >= Fork::London) {
        // checkLayout() above guarantees the field is there.
        std::optional<U256> want = londonForkBlock ? std::optional<U256>(U256(kInitialBaseFee))
                                                   : expectedBaseFee(parent);
        if (!want)
            return Error(Errc::BaseFeeMismatch, 0, "header.baseFeePerGas",
                         "the parent has no base fee to derive it from");
        if (*h.baseFeePerGas != *want)
            return Error(Errc::BaseFeeMismatch, 0, "header.baseFeePerGas",
                         h.baseFeePerGas->toHexQuantity() + ", want " + want->toHexQuantity());
    }

    if (rules.maxExtraData && h.extraData.size() > *rules.maxExtraData)
        return Error(Errc::ExtraDataTooLong, 0, "header.extraData",
                     std::to_string(h.extraData.size()) + " bytes > " + std::to_string(*rules.maxExtraData));

    if (rules.proofOfStake && fork >= Fork::Paris) {
        if (!h.difficulty.isZero())
            return Error(Errc::InvalidPostMergeField, 0, "header.difficulty", h.difficulty.toHexQuantity());
        if (!h.nonce.isZero()) return Error(Errc::InvalidPostMergeField, 0, "header.nonce", toHex(h.nonce));
        if (h.ommersHash != emptyOmmersHash())
            return Error(Errc::InvalidPostMergeField, 0, "header.sha3Uncles", "a post-Merge block has ommers");
    }
    return {};
}

}  // namespace bt
