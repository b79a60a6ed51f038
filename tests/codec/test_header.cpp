// Block headers: every layout round-trips, the mainnet genesis hashes to its known
// value, each malformed encoding fails with its exact error, field and offset, and
// the header-against-parent rules accept just-in values and reject just-out ones.
#include "codec/header.h"
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/rpc_json.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace bt;

namespace {

Bytes hex(const char* s) { return *fromHex(s); }

template <std::size_t N>
FixedBytes<N> fixedHex(const char* s)
{
    return *fixedFromHex<N>(s);
}

#define EXPECT_ERRC(expr, errc)                                                                  \
    do {                                                                                         \
        const auto& r_ = (expr);                                                                 \
        QVERIFY2(!r_.ok(), "accepted, but " #errc " was expected");                              \
        QVERIFY2(r_.error().code == (errc), r_.error().message().c_str());                       \
    } while (false)

#define EXPECT_OK(expr)                                                                          \
    do {                                                                                         \
        const auto& r_ = (expr);                                                                 \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().message().c_str());                          \
    } while (false)

// Mainnet block 0, field by field (its hash is the best-known constant of Ethereum).
BlockHeader mainnetGenesis()
{
    BlockHeader h;
    h.ommersHash = emptyOmmersHash();
    h.stateRoot = fixedHex<32>("d7f8974fb5ac78d9ac099b9ad5018bedc2ce0a72dad1827a1709da30580f0544");
    h.transactionsRoot = emptyTrieRoot();
    h.receiptsRoot = emptyTrieRoot();
    h.difficulty = U256(0x400000000ULL);
    h.gasLimit = 5000;
    h.extraData = hex("11bbe8db4e347b4e8c937c1c8370e4b5ed33adb3db69cbdb7a38e1e50b1b82fa");
    h.nonce = fixedHex<8>("0000000000000042");
    return h;
}

BlockHeader withLayout(HeaderLayout l)
{
    BlockHeader h = mainnetGenesis();
    h.number = 1234;
    h.timestamp = 1700000000;
    h.gasLimit = 30'000'000;
    h.gasUsed = 12'345'678;
    h.beneficiary.bytes[19] = 0xaa;
    h.logsBloom.bytes[7] = 0x40;
    if (l >= HeaderLayout::London) h.baseFeePerGas = U256(7);
    if (l >= HeaderLayout::Shanghai) h.withdrawalsRoot = emptyTrieRoot();
    if (l >= HeaderLayout::Cancun) {
        h.blobGasUsed = 131072;
        h.excessBlobGas = 0;
        h.parentBeaconBlockRoot = keccak256(asBytes("beacon"));
    }
    if (l >= HeaderLayout::Prague) h.requestsHash = sha256({});
    return h;
}

// The header's RLP with field `index` replaced by `item` (an encoded RLP item), or
// with the field list cut/extended to `count` fields.
Bytes replaceField(const Bytes& headerRlp, std::size_t index, const Bytes& item)
{
    auto list = rlp::decodeExact(headerRlp);
    auto items = rlp::listItems(*list);
    rlp::Encoder e;
    e.beginList();
    for (std::size_t i = 0; i < items->size(); ++i) {
        const rlp::Item& it = (*items)[i];
        if (i == index)
            e.raw(item);
        else
            e.raw(ByteView(headerRlp).subspan(it.offset, it.encodedSize));
    }
    return e.endList().take();
}

Bytes withFieldCount(const Bytes& headerRlp, std::size_t count)
{
    auto list = rlp::decodeExact(headerRlp);
    auto items = rlp::listItems(*list);
    rlp::Encoder e;
    e.beginList();
    for (std::size_t i = 0; i < count; ++i) {
        if (i < items->size())
            e.raw(ByteView(headerRlp).subspan((*items)[i].offset, (*items)[i].encodedSize));
        else
            e.fixed(Hash32{});
    }
    return e.endList().take();
}

std::size_t fieldOffset(const Bytes& headerRlp, std::size_t index)
{
    auto list = rlp::decodeExact(headerRlp);
    return (*rlp::listItems(*list))[index].offset;
}

// A London-era parent and a child that satisfies every rule; tests bend one rule.
struct Pair {
    BlockHeader parent;
    BlockHeader child;
};

Pair londonPair()
{
    Pair p;
    p.parent = withLayout(HeaderLayout::London);
    p.parent.gasLimit = 30'000'000;
    p.parent.gasUsed = 15'000'000;  // exactly the target: the base fee stays
    p.parent.baseFeePerGas = U256(1'000'000'000);
    p.child = p.parent;
    p.child.parentHash = p.parent.hash();
    p.child.number = p.parent.number + 1;
    p.child.timestamp = p.parent.timestamp + 12;
    p.child.gasUsed = 0;
    return p;
}

}  // namespace

class TestHeader : public QObject {
    Q_OBJECT
private slots:
    void mainnetGenesisHash()
    {
        const BlockHeader g = mainnetGenesis();
        QCOMPARE(toHex(g.hash()), std::string("0xd4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"));
        QCOMPARE(g.layout(), HeaderLayout::Frontier);
        auto back = BlockHeader::decode(g.encode());
        QVERIFY(back.ok());
        QVERIFY(*back == g);
    }

    void emptyRoots()
    {
        QCOMPARE(toHex(emptyOmmersHash()), std::string("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"));
        QCOMPARE(toHex(emptyTrieRoot()), std::string("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"));
    }

    void everyLayoutRoundTrips_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("fields");
        QTest::newRow("Frontier") << int(HeaderLayout::Frontier) << 15;
        QTest::newRow("London") << int(HeaderLayout::London) << 16;
        QTest::newRow("Shanghai") << int(HeaderLayout::Shanghai) << 17;
        QTest::newRow("Cancun") << int(HeaderLayout::Cancun) << 20;
        QTest::newRow("Prague") << int(HeaderLayout::Prague) << 21;
    }
    void everyLayoutRoundTrips()
    {
        QFETCH(int, layout);
        QFETCH(int, fields);
        const auto l = static_cast<HeaderLayout>(layout);
        const BlockHeader h = withLayout(l);
        const Bytes enc = h.encode();
        auto items = rlp::listItems(*rlp::decodeExact(enc));
        QCOMPARE(items->size(), std::size_t(fields));
        QCOMPARE(fieldCount(l), std::size_t(fields));
        auto back = BlockHeader::decode(enc);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message().c_str());
        QVERIFY(*back == h);
        QCOMPARE(back->layout(), l);
        QVERIFY(back->hasConsistentFields());
        QCOMPARE(back->encode(), enc);
        QCOMPARE(back->hash(), keccak256(enc));
    }

    void layoutsOfForks()
    {
        QCOMPARE(layoutOf(Fork::Frontier), HeaderLayout::Frontier);
        QCOMPARE(layoutOf(Fork::Berlin), HeaderLayout::Frontier);
        QCOMPARE(layoutOf(Fork::London), HeaderLayout::London);
        QCOMPARE(layoutOf(Fork::Paris), HeaderLayout::London);
        QCOMPARE(layoutOf(Fork::Shanghai), HeaderLayout::Shanghai);
        QCOMPARE(layoutOf(Fork::Cancun), HeaderLayout::Cancun);
        QCOMPARE(layoutOf(Fork::Prague), HeaderLayout::Prague);
        QCOMPARE(layoutOf(Fork::Osaka), HeaderLayout::Prague);
    }

    void checkLayoutAgainstFork()
    {
        EXPECT_OK(withLayout(HeaderLayout::Shanghai).checkLayout(Fork::Shanghai));
        // A 17-field (Shanghai) header is a bad layout at Cancun and at Paris.
        EXPECT_ERRC(withLayout(HeaderLayout::Shanghai).checkLayout(Fork::Cancun), Errc::InvalidHeaderLayout);
        EXPECT_ERRC(withLayout(HeaderLayout::Shanghai).checkLayout(Fork::Paris), Errc::InvalidHeaderLayout);
        EXPECT_ERRC(withLayout(HeaderLayout::Frontier).checkLayout(Fork::London), Errc::InvalidHeaderLayout);
        EXPECT_ERRC(withLayout(HeaderLayout::London).checkLayout(Fork::Berlin), Errc::InvalidHeaderLayout);
        EXPECT_OK(withLayout(HeaderLayout::Prague).checkLayout(Fork::Osaka));
        // A gap has no layout at all.
        BlockHeader gap = withLayout(HeaderLayout::Shanghai);
        gap.baseFeePerGas.reset();
        QVERIFY(!gap.hasConsistentFields());
        EXPECT_ERRC(gap.checkLayout(Fork::Shanghai), Errc::InvalidHeaderLayout);
    }

    void fieldCountsWithoutLayout_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {0, 1, 14, 18, 19, 22, 30}) QTest::newRow(std::to_string(n).c_str()) << n;
    }
    void fieldCountsWithoutLayout()
    {
        QFETCH(int, count);
        const Bytes enc = withFieldCount(withLayout(HeaderLayout::Prague).encode(), std::size_t(count));
        auto r = BlockHeader::decode(enc, 40);
        EXPECT_ERRC(r, Errc::InvalidHeaderLayout);
        QCOMPARE(r.error().offset, std::size_t(40));
        QCOMPARE(r.error().field, std::string("header"));
    }

    void shortStateRoot()
    {
        const Bytes enc = withLayout(HeaderLayout::London).encode();
        const Bytes bad = replaceField(enc, 3, rlp::encodeBytes(Bytes(31, 0x11)));
        auto r = BlockHeader::decode(bad, 1000);
        EXPECT_ERRC(r, Errc::WrongLength);
        QCOMPARE(r.error().field, std::string("header.stateRoot"));
        QCOMPARE(r.error().offset, 1000 + fieldOffset(bad, 3));
    }

    void wrongSizes_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("field");
        QTest::newRow("parentHash 33") << 0 << 33 << "header.parentHash";
        QTest::newRow("miner 19") << 2 << 19 << "header.miner";
        QTest::newRow("bloom 255") << 6 << 255 << "header.logsBloom";
        QTest::newRow("mixHash 0") << 13 << 0 << "header.mixHash";
        QTest::newRow("nonce 9") << 14 << 9 << "header.nonce";
        QTest::newRow("withdrawalsRoot 31") << 16 << 31 << "header.withdrawalsRoot";
        QTest::newRow("parentBeaconBlockRoot 20") << 19 << 20 << "header.parentBeaconBlockRoot";
        QTest::newRow("requestsHash 64") << 20 << 64 << "header.requestsHash";
    }
    void wrongSizes()
    {
        QFETCH(int, index);
        QFETCH(int, size);
        QFETCH(QString, field);
        const Bytes enc = withLayout(HeaderLayout::Prague).encode();
        const Bytes bad = replaceField(enc, std::size_t(index), rlp::encodeBytes(Bytes(std::size_t(size), 0x22)));
        auto r = BlockHeader::decode(bad);
        EXPECT_ERRC(r, Errc::WrongLength);
        QCOMPARE(QString::fromStdString(r.error().field), field);
        QCOMPARE(r.error().offset, fieldOffset(bad, std::size_t(index)));
    }

    void integerLeadingZero()
    {
        const Bytes enc = withLayout(HeaderLayout::London).encode();
        const Bytes bad = replaceField(enc, 8, rlp::encodeBytes(hex("0004d2")));  // number 1234 as 00 04 d2
        auto r = BlockHeader::decode(bad);
        EXPECT_ERRC(r, Errc::IntegerLeadingZero);
        QCOMPARE(r.error().field, std::string("header.number"));
        QCOMPARE(r.error().offset, fieldOffset(bad, 8) + 1);  // the payload, after the 0x83 prefix

        // Zero must be the empty string, not 0x00.
        const Bytes zeroByte = replaceField(enc, 10, hex("00"));
        EXPECT_ERRC(BlockHeader::decode(zeroByte), Errc::IntegerLeadingZero);
        const Bytes fee = replaceField(enc, 15, rlp::encodeBytes(hex("0007")));
        auto rf = BlockHeader::decode(fee);
        EXPECT_ERRC(rf, Errc::IntegerLeadingZero);
        QCOMPARE(rf.error().field, std::string("header.baseFeePerGas"));
    }

    void integerOverflowAndShape()
    {
        const Bytes enc = withLayout(HeaderLayout::Cancun).encode();
        auto r = BlockHeader::decode(replaceField(enc, 9, rlp::encodeBytes(hex("010000000000000000"))));
        EXPECT_ERRC(r, Errc::IntegerOverflow);
        QCOMPARE(r.error().field, std::string("header.gasLimit"));
        auto d = BlockHeader::decode(replaceField(enc, 7, rlp::encodeBytes(Bytes(33, 0x01))));
        EXPECT_ERRC(d, Errc::IntegerOverflow);
        QCOMPARE(d.error().field, std::string("header.difficulty"));
        auto l = BlockHeader::decode(replaceField(enc, 17, hex("c0")));
        EXPECT_ERRC(l, Errc::ExpectedString);
        QCOMPARE(l.error().field, std::string("header.blobGasUsed"));
        EXPECT_ERRC(BlockHeader::decode(rlp::encodeBytes(asBytes("not a list"))), Errc::ExpectedList);
    }

    void trailingAndTruncated()
    {
        Bytes enc = withLayout(HeaderLayout::Shanghai).encode();
        const std::size_t size = enc.size();
        enc.push_back(0x80);
        auto r = BlockHeader::decode(enc, 7);
        EXPECT_ERRC(r, Errc::TrailingBytes);
        QCOMPARE(r.error().offset, 7 + size);
        enc.resize(size - 1);
        EXPECT_ERRC(BlockHeader::decode(enc), Errc::UnexpectedEnd);
        EXPECT_ERRC(BlockHeader::decode({}), Errc::UnexpectedEnd);
    }

    void flippedByteChangesHash()
    {
        const BlockHeader h = withLayout(HeaderLayout::Cancun);
        const Bytes enc = h.encode();
        const std::size_t at = fieldOffset(enc, 12) + 1;  // inside extraData: the header stays valid
        Bytes flipped = enc;
        flipped[at] ^= 0x01;
        auto r = BlockHeader::decode(flipped);
        QVERIFY(r.ok());
        QVERIFY(r->hash() != h.hash());
        QCOMPARE(r->hash(), keccak256(flipped));
        // And in a hash field too.
        Bytes inRoot = enc;
        inRoot[fieldOffset(enc, 3) + 5] ^= 0x80;
        QVERIFY(BlockHeader::decode(inRoot)->hash() != h.hash());
    }

    void parentRulesAccept()
    {
        Pair p = londonPair();
        EXPECT_OK(validateAgainstParent(p.child, p.parent, Fork::London, Fork::London));
    }

    void gasLimitBound()
    {
        Pair p = londonPair();
        const std::uint64_t bound = p.parent.gasLimit / 1024;  // 29296
        auto check = [&](std::uint64_t limit) {
            BlockHeader c = p.child;
            c.gasLimit = limit;
            return validateAgainstParent(c, p.parent, Fork::London, Fork::London);
        };
        EXPECT_OK(check(p.parent.gasLimit + bound - 1));
        EXPECT_ERRC(check(p.parent.gasLimit + bound), Errc::GasLimitOutOfBounds);
        EXPECT_OK(check(p.parent.gasLimit - bound + 1));
        EXPECT_ERRC(check(p.parent.gasLimit - bound), Errc::GasLimitOutOfBounds);
        auto r = check(p.parent.gasLimit + bound);
        QCOMPARE(r.error().field, std::string("header.gasLimit"));
    }

    void gasLimitMinimum()
    {
        BlockHeader parent = withLayout(HeaderLayout::Frontier);
        parent.gasLimit = 5000;
        parent.gasUsed = 0;
        BlockHeader child = parent;
        child.parentHash = parent.hash();
        child.number = parent.number + 1;
        child.timestamp = parent.timestamp + 1;
        child.gasLimit = 4999;  // within 5000 / 1024 = 4 of the parent, but below the minimum
        EXPECT_ERRC(validateAgainstParent(child, parent, Fork::Homestead, Fork::Homestead), Errc::GasLimitOutOfBounds);
        child.gasLimit = 5003;
        EXPECT_OK(validateAgainstParent(child, parent, Fork::Homestead, Fork::Homestead));
    }

    void baseFeeFollowsEip1559()
    {
        BlockHeader parent = withLayout(HeaderLayout::London);
        parent.gasLimit = 30'000'000;
        parent.baseFeePerGas = U256(1'000'000'000);
        parent.gasUsed = 30'000'000;  // full: +12.5 %
        QCOMPARE(*expectedBaseFee(parent), U256(1'125'000'000));
        parent.gasUsed = 0;  // empty: -12.5 %
        QCOMPARE(*expectedBaseFee(parent), U256(875'000'000));
        parent.gasUsed = 15'000'000;  // at target: unchanged
        QCOMPARE(*expectedBaseFee(parent), U256(1'000'000'000));
        parent.baseFeePerGas = U256(7);
        parent.gasUsed = 15'000'001;  // the increase is at least 1
        QCOMPARE(*expectedBaseFee(parent), U256(8));
        parent.gasUsed = 14'999'999;  // the decrease rounds down to 0
        QCOMPARE(*expectedBaseFee(parent), U256(7));
        // Above 64 bits the arithmetic still holds.
        parent.baseFeePerGas = U256(0, 0, 1, 0);  // 2^64
        parent.gasUsed = 0;
        QCOMPARE(*expectedBaseFee(parent), U256(0, 0, 0, 0xe000000000000000ULL));
        BlockHeader legacy = withLayout(HeaderLayout::Frontier);
        QVERIFY(!expectedBaseFee(legacy).has_value());
    }

    void wrongBaseFee()
    {
        Pair p = londonPair();
        p.parent.gasUsed = 30'000'000;
        p.child.parentHash = p.parent.hash();
        p.child.baseFeePerGas = U256(1'125'000'000);
        EXPECT_OK(validateAgainstParent(p.child, p.parent, Fork::London, Fork::London));
        p.child.baseFeePerGas = U256(1'124'999'999);
        auto r = validateAgainstParent(p.child, p.parent, Fork::London, Fork::London);
        EXPECT_ERRC(r, Errc::BaseFeeMismatch);
        QCOMPARE(r.error().field, std::string("header.baseFeePerGas"));
    }

    void londonForkBlock()
    {
        BlockHeader parent = withLayout(HeaderLayout::Frontier);
        parent.gasLimit = 15'000'000;
        parent.gasUsed = 15'000'000;
        BlockHeader child = withLayout(HeaderLayout::London);
        child.parentHash = parent.hash();
        child.number = parent.number + 1;
        child.timestamp = parent.timestamp + 13;
        child.gasLimit = 30'000'000;  // the old limit doubles into the new one
        child.gasUsed = 0;
        child.baseFeePerGas = U256(kInitialBaseFee);
        EXPECT_OK(validateAgainstParent(child, parent, Fork::London, Fork::Berlin));

        BlockHeader undoubled = child;
        undoubled.gasLimit = 15'000'000;
        EXPECT_ERRC(validateAgainstParent(undoubled, parent, Fork::London, Fork::Berlin), Errc::GasLimitOutOfBounds);
        BlockHeader justOut = child;
        justOut.gasLimit = 30'000'000 + 30'000'000 / 1024;
        EXPECT_ERRC(validateAgainstParent(justOut, parent, Fork::London, Fork::Berlin), Errc::GasLimitOutOfBounds);

        BlockHeader wrongFee = child;
        wrongFee.baseFeePerGas = U256(875'000'000);
        EXPECT_ERRC(validateAgainstParent(wrongFee, parent, Fork::London, Fork::Berlin), Errc::BaseFeeMismatch);

        // Layouts must follow the fork: no base fee after London, none before.
        BlockHeader legacyAfter = withLayout(HeaderLayout::Frontier);
        legacyAfter.parentHash = parent.hash();
        legacyAfter.number = parent.number + 1;
        legacyAfter.timestamp = child.timestamp;
        legacyAfter.gasLimit = 30'000'000;
        EXPECT_ERRC(validateAgainstParent(legacyAfter, parent, Fork::London, Fork::Berlin), Errc::InvalidHeaderLayout);
        BlockHeader londonBefore = child;
        londonBefore.gasLimit = parent.gasLimit;
        EXPECT_ERRC(validateAgainstParent(londonBefore, parent, Fork::Berlin, Fork::Berlin), Errc::InvalidHeaderLayout);
    }

    void linkNumberTimestampGas()
    {
        Pair p = londonPair();
        BlockHeader c = p.child;
        c.parentHash.bytes[0] ^= 1;
        auto r = validateAgainstParent(c, p.parent, Fork::London, Fork::London);
        EXPECT_ERRC(r, Errc::HashMismatch);
        QCOMPARE(r.error().field, std::string("header.parentHash"));

        c = p.child;
        c.number += 1;
        EXPECT_ERRC(validateAgainstParent(c, p.parent, Fork::London, Fork::London), Errc::BlockNumberMismatch);
        c = p.child;
        c.timestamp = p.parent.timestamp;
        EXPECT_ERRC(validateAgainstParent(c, p.parent, Fork::London, Fork::London), Errc::TimestampNotAfterParent);
        c = p.child;
        c.gasUsed = c.gasLimit + 1;
        EXPECT_ERRC(validateAgainstParent(c, p.parent, Fork::London, Fork::London), Errc::GasUsedAboveLimit);
        c.gasUsed = c.gasLimit;
        EXPECT_OK(validateAgainstParent(c, p.parent, Fork::London, Fork::London));
    }

    void extraDataBoundIsAParameter()
    {
        Pair p = londonPair();
        p.child.extraData = Bytes(32, 0xee);
        EXPECT_OK(validateAgainstParent(p.child, p.parent, Fork::London, Fork::London));
        p.child.extraData = Bytes(97, 0xee);  // a Clique seal: vanity + signature
        EXPECT_ERRC(validateAgainstParent(p.child, p.parent, Fork::London, Fork::London), Errc::ExtraDataTooLong);
        HeaderRules poa;
        poa.maxExtraData.reset();
        EXPECT_OK(validateAgainstParent(p.child, p.parent, Fork::London, Fork::London, poa));
    }

    void postMergeFieldsWhenProofOfStake()
    {
        Pair p = londonPair();
        p.child.difficulty = U256(0);
        p.child.nonce = FixedBytes<8>{};
        HeaderRules pos;
        pos.proofOfStake = true;
        EXPECT_OK(validateAgainstParent(p.child, p.parent, Fork::Paris, Fork::Paris, pos));
        BlockHeader c = p.child;
        c.difficulty = U256(1);
        EXPECT_ERRC(validateAgainstParent(c, p.parent, Fork::Paris, Fork::Paris, pos), Errc::InvalidPostMergeField);
        EXPECT_OK(validateAgainstParent(c, p.parent, Fork::Paris, Fork::Paris));  // a PoA chain keeps difficulty
        c = p.child;
        c.nonce.bytes[7] = 1;
        EXPECT_ERRC(validateAgainstParent(c, p.parent, Fork::Paris, Fork::Paris, pos), Errc::InvalidPostMergeField);
        c = p.child;
        c.ommersHash = keccak256(asBytes("an uncle"));
        EXPECT_ERRC(validateAgainstParent(c, p.parent, Fork::Paris, Fork::Paris, pos), Errc::InvalidPostMergeField);
    }

    void fromJsonRpc()
    {
        const BlockHeader h = withLayout(HeaderLayout::Cancun);
        nlohmann::json j = {
            {"parentHash", toHex(h.parentHash)},
            {"sha3Uncles", toHex(h.ommersHash)},
            {"miner", toHex(h.beneficiary)},
            {"stateRoot", toHex(h.stateRoot)},
            {"transactionsRoot", toHex(h.transactionsRoot)},
            {"receiptsRoot", toHex(h.receiptsRoot)},
            {"logsBloom", toHex(h.logsBloom)},
            {"difficulty", h.difficulty.toHexQuantity()},
            {"number", U256(h.number).toHexQuantity()},
            {"gasLimit", U256(h.gasLimit).toHexQuantity()},
            {"gasUsed", U256(h.gasUsed).toHexQuantity()},
            {"timestamp", U256(h.timestamp).toHexQuantity()},
            {"extraData", toHex(h.extraData)},
            {"mixHash", toHex(h.mixHash)},
            {"nonce", toHex(h.nonce)},
            {"baseFeePerGas", h.baseFeePerGas->toHexQuantity()},
            {"withdrawalsRoot", toHex(*h.withdrawalsRoot)},
            {"blobGasUsed", U256(*h.blobGasUsed).toHexQuantity()},
            {"excessBlobGas", U256(*h.excessBlobGas).toHexQuantity()},
            {"parentBeaconBlockRoot", toHex(*h.parentBeaconBlockRoot)},
            {"size", "0x1234"},
            {"requestsHash", nullptr},  // null is absent
        };
        auto r = rpcjson::header(j);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QVERIFY(*r == h);

        auto missing = j;
        missing.erase("stateRoot");
        auto m = rpcjson::header(missing);
        EXPECT_ERRC(m, Errc::InvalidJson);
        QCOMPARE(m.error().field, std::string("stateRoot"));
        auto gap = j;
        gap.erase("baseFeePerGas");
        EXPECT_ERRC(rpcjson::header(gap), Errc::InvalidHeaderLayout);
        auto padded = j;
        padded["gasUsed"] = "0x0" + U256(h.gasUsed).toHexQuantity().substr(2);
        EXPECT_ERRC(rpcjson::header(padded), Errc::InvalidJson);
        rpcjson::Options lenient;
        lenient.lenientQuantities = true;
        QVERIFY(rpcjson::header(padded, lenient).ok());
        auto shortMiner = j;
        shortMiner["miner"] = "0x00";
        auto sm = rpcjson::header(shortMiner);
        EXPECT_ERRC(sm, Errc::WrongLength);
        QCOMPARE(sm.error().field, std::string("miner"));
    }
};

QTEST_APPLESS_MAIN(TestHeader)
#include "test_header.moc"
