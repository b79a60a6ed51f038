// RLP: canonical encodings, and the exact error and offset for each malformed input.
#include "codec/rlp.h"

#include <QTest>

using namespace bt;

namespace {
// Items are views: the buffer they were decoded from must outlive them.
Bytes hex(const char* s) { return *fromHex(s); }

}  // namespace

Q_DECLARE_METATYPE(bt::Errc)

class TestRlp : public QObject {
    Q_OBJECT
private slots:
    void encodesScalars()
    {
        QCOMPARE(toHex(rlp::encodeBytes({})), std::string("0x80"));
        QCOMPARE(toHex(rlp::encodeBytes(hex("7f"))), std::string("0x7f"));
        QCOMPARE(toHex(rlp::encodeBytes(hex("80"))), std::string("0x8180"));
        QCOMPARE(toHex(rlp::encodeBytes(asBytes("dog"))), std::string("0x83646f67"));
        QCOMPARE(toHex(rlp::encodeUint(0)), std::string("0x80"));
        QCOMPARE(toHex(rlp::encodeUint(15)), std::string("0x0f"));
        QCOMPARE(toHex(rlp::encodeUint(1024)), std::string("0x820400"));
        QCOMPARE(toHex(rlp::encodeUint(0xffffffffffffffffULL)), std::string("0x88ffffffffffffffff"));
        Bytes s56(56, 'a');
        Bytes e = rlp::encodeBytes(s56);
        QCOMPARE(e.size(), std::size_t(58));
        QCOMPARE(int(e[0]), 0xb8);
        QCOMPARE(int(e[1]), 56);
    }

    void encodesNestedLists()
    {
        // The set-theoretic representation of three: [ [], [[]], [ [], [[]] ] ]
        rlp::Encoder e;
        e.beginList().beginList().endList().beginList().beginList().endList().endList();
        e.beginList().beginList().endList().beginList().beginList().endList().endList().endList();
        e.endList();
        QCOMPARE(toHex(e.out()), std::string("0xc7c0c1c0c3c0c1c0"));
    }

    void longListHeader()
    {
        rlp::Encoder e;
        e.beginList();
        for (int i = 0; i < 60; ++i) e.uint(1);
        e.endList();
        QCOMPARE(int(e.out()[0]), 0xf8);
        QCOMPARE(int(e.out()[1]), 60);
        auto tree = rlp::decodeTree(e.out());
        QVERIFY(tree.ok());
        QCOMPARE(tree->children.size(), std::size_t(60));
        QCOMPARE(rlp::encodeTree(*tree), e.out());
    }

    void typedIntegers()
    {
        const Bytes itemBuf = hex("820400");
        auto item = rlp::decodeExact(itemBuf);
        QVERIFY(item.ok());
        QCOMPARE(*rlp::uint64Of(*item), std::uint64_t(1024));
        const Bytes zeroBuf = hex("80");
        auto zero = rlp::decodeExact(zeroBuf);
        QCOMPARE(*rlp::uint64Of(*zero), std::uint64_t(0));
        const Bytes bigBuf = hex("a0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
        auto big = rlp::decodeExact(bigBuf);
        QVERIFY(big.ok());
        QVERIFY(!rlp::uint64Of(*big).ok());
        QCOMPARE(rlp::uint64Of(*big).error().code, Errc::IntegerOverflow);
        QVERIFY(rlp::u256Of(*big).ok());
        const Bytes lzBuf = hex("820004");
        auto lz = rlp::decodeExact(lzBuf);
        QCOMPARE(rlp::uint64Of(*lz).error().code, Errc::IntegerLeadingZero);
        QCOMPARE(rlp::uint64Of(*lz).error().offset, std::size_t(1));
        const Bytes listBuf = hex("c0");
        auto list = rlp::decodeExact(listBuf);
        QCOMPARE(rlp::uint64Of(*list).error().code, Errc::ExpectedString);
        const Bytes addrBuf = hex("93" "00112233445566778899aabbccddeeff001122");
        auto addr = rlp::decodeExact(addrBuf);
        QCOMPARE(rlp::fixedOf<20>(*addr).error().code, Errc::WrongLength);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bt::Errc>("expected");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << "" << Errc::UnexpectedEnd << 0;
        QTest::newRow("single byte wrapped") << "8100" << Errc::NonCanonicalSize << 0;
        QTest::newRow("single byte 7f wrapped") << "817f" << Errc::NonCanonicalSize << 0;
        QTest::newRow("long form for short string") << "b80100" << Errc::NonCanonicalSize << 1;
        QTest::newRow("long form for short list") << "f80100" << Errc::NonCanonicalSize << 1;
        QTest::newRow("length with leading zero") << "b900400000" << Errc::LengthLeadingZero << 1;
        QTest::newRow("string shorter than prefix") << "83646f" << Errc::UnexpectedEnd << 3;
        QTest::newRow("list shorter than prefix") << "c3c0" << Errc::UnexpectedEnd << 2;
        QTest::newRow("trailing byte") << "8000" << Errc::TrailingBytes << 1;
        QTest::newRow("item overruns its list") << "c28300" << Errc::UnexpectedEnd << 3;
        QTest::newRow("length of length 9") << "c0bf0000000000000000000000" << Errc::TrailingBytes << 1;
        QTest::newRow("huge length") << "bbffffffff" << Errc::UnexpectedEnd << 5;
    }

    void rejectsMalformed()
    {
        QFETCH(QString, input);
        QFETCH(bt::Errc, expected);
        QFETCH(int, offset);
        auto r = rlp::decodeTree(*fromHex(input.toStdString()));
        QVERIFY2(!r.ok(), "must be rejected");
        QCOMPARE(int(r.error().code), int(expected));
        QCOMPARE(r.error().offset, std::size_t(offset));
    }

    void boundsNesting()
    {
        // 70 nested empty lists: deeper than kMaxDepth.
        Bytes deep;
        rlp::Encoder e;
        for (int i = 0; i < 70; ++i) e.beginList();
        for (int i = 0; i < 70; ++i) e.endList();
        QCOMPARE(rlp::decodeTree(e.out()).error().code, Errc::TooDeep);
        rlp::Encoder ok;
        for (int i = 0; i < 10; ++i) ok.beginList();
        for (int i = 0; i < 10; ++i) ok.endList();
        QVERIFY(rlp::decodeTree(ok.out()).ok());
    }

    void listReaderCounts()
    {
        const Bytes itemBuf = hex("c3010203");
        auto item = rlp::decodeExact(itemBuf);
        QVERIFY(item.ok());
        QVERIFY(rlp::listItems(*item, 3, 3).ok());
        QCOMPARE(rlp::listItems(*item, 4, 4).error().code, Errc::WrongFieldCount);
        QCOMPARE(rlp::listItems(*item, 0, 2).error().code, Errc::WrongFieldCount);
        const Bytes strBuf = hex("83646f67");
        auto str = rlp::decodeExact(strBuf);
        QCOMPARE(rlp::listItems(*str).error().code, Errc::ExpectedList);
    }

    void errorMessageSaysWhatAndWhere()
    {
        const Bytes lzBuf = hex("820004");
        auto lz = rlp::decodeExact(lzBuf);
        Error e = rlp::uint64Of(*lz).error();
        std::string m = std::move(e).in("tx.nonce").message();
        QVERIFY2(m.find("leading zero") != std::string::npos, m.c_str());
        QVERIFY2(m.find("tx.nonce") != std::string::npos, m.c_str());
        QVERIFY2(m.find("byte 1") != std::string::npos, m.c_str());
    }
};

QTEST_APPLESS_MAIN(TestRlp)
#include "test_rlp.moc"
