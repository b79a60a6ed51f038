// U256: big-endian I/O, decimal and hex forms, checked arithmetic.
#include "codec/u256.h"

#include <QTest>

using namespace bt;

class TestU256 : public QObject {
    Q_OBJECT
private slots:
    void bigEndianRoundTrip()
    {
        auto v = U256::fromBigEndian(*fromHex("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"));
        QVERIFY(v.has_value());
        QCOMPARE(toHex(v->toBigEndianMinimal()),
                 std::string("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"));
        QVERIFY(!U256::fromBigEndian(Bytes(33, 1)).has_value());
        QVERIFY(U256::fromBigEndian(Bytes{}).value().isZero());
        QCOMPARE(U256(0).toBigEndianMinimal().size(), std::size_t(0));
        QCOMPARE(toHex(U256(0x1234).toBigEndianMinimal()), std::string("0x1234"));
    }

    void decimalAndHex()
    {
        const char* max = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        auto m = U256::fromDecimal(max);
        QVERIFY(m.has_value());
        QCOMPARE(m->toDecimal(), std::string(max));
        QCOMPARE(m->toHexQuantity(), std::string("0x") + std::string(64, 'f'));
        QVERIFY(!U256::fromDecimal("115792089237316195423570985008687907853269984665640564039457584007913129639936"));
        QVERIFY(!U256::fromDecimal("12a"));
        QCOMPARE(U256::fromHexQuantity("0x0")->toDecimal(), std::string("0"));
        QCOMPARE(U256::fromHexQuantity("0x3b9aca00")->toDecimal(), std::string("1000000000"));
        QCOMPARE(U256::fromHexQuantity("0x003b9aca00")->toDecimal(), std::string("1000000000"));
        QVERIFY(!U256::fromHexQuantity("3b9aca00"));
        QVERIFY(!U256::fromHexQuantity("0x"));
        QVERIFY(!U256::fromHexQuantity("0x1" + std::string(64, '0')));
        QCOMPARE(U256(255).toHexQuantity(), std::string("0xff"));
    }

    void checkedArithmetic()
    {
        const U256 max = *U256::fromDecimal(
            "115792089237316195423570985008687907853269984665640564039457584007913129639935");
        QVERIFY(!U256::checkedAdd(max, 1).has_value());
        QCOMPARE(*U256::checkedAdd(max, 0), max);
        QVERIFY(!U256::checkedMul(max, 2).has_value());
        const U256 two128 = *U256::checkedMul(U256(1ULL << 63) , U256(2)) ;
        QCOMPARE(two128.toDecimal(), std::string("18446744073709551616"));
        const U256 sq = *U256::checkedMul(two128, two128);  // 2^128
        QCOMPARE(sq.toDecimal(), std::string("340282366920938463463374607431768211456"));
        QVERIFY(U256::checkedMul(sq, sq) == std::nullopt);  // 2^256 overflows
        std::uint64_t rem = 0;
        QCOMPARE(U256(1000).divU64(7, &rem), U256(142));
        QCOMPARE(rem, std::uint64_t(6));
        QVERIFY(U256(5) < U256(6));
        QVERIFY(U256(0, 0, 1, 0) > U256(0xffffffffffffffffULL));
        QCOMPARE(U256(0, 0, 1, 0).bitLength(), 65u);
        QVERIFY(!U256(0, 0, 1, 0).fitsUint64());
    }
};

QTEST_APPLESS_MAIN(TestU256)
#include "test_u256.moc"
