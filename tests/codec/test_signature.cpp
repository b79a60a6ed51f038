// secp256k1 through libsecp256k1: address derivation, signing, recovery, range rules.
#include "codec/keccak.h"
#include "codec/signature.h"

#include <QTest>

using namespace bt;

namespace {
PrivateKey key(const char* hex) { return *fixedFromHex<32>(hex); }
}  // namespace

class TestSignature : public QObject {
    Q_OBJECT
private slots:
    void addressesOfKnownKeys()
    {
        QCOMPARE(toChecksumAddress(*addressOf(key("0x0000000000000000000000000000000000000000000000000000000000000001"))),
                 std::string("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"));
        // anvil's first dev account
        QCOMPARE(toChecksumAddress(*addressOf(key("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"))),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QVERIFY(!addressOf(PrivateKey{}).ok());  // zero is not a valid secret
    }

    // EIP-155's worked example: key 0x46…46, signing hash of the example transaction.
    void eip155Example()
    {
        const PrivateKey k = key("0x4646464646464646464646464646464646464646464646464646464646464646");
        const Hash32 digest = *fixedFromHex<32>("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        auto sig = sign(digest, k);
        QVERIFY(sig.ok());
        QCOMPARE(sig->r.toDecimal(),
                 std::string("18515461264373351373200002665853028612451056578545711640558177340181847433846"));
        QCOMPARE(sig->s.toDecimal(),
                 std::string("46948507304638947509940763649030358759909902576025900602547168820602576006531"));
        QCOMPARE(int(sig->yParity), 0);  // v = 37 = 1 * 2 + 35 + 0
        QCOMPARE(toHex(*recoverAddress(digest, *sig)), toHex(*addressOf(k)));
    }

    void signRecoverRoundTrip()
    {
        for (int i = 1; i <= 20; ++i) {
            PrivateKey k;
            k.bytes = sha256(asBytes("k" + std::to_string(i))).bytes;
            const Hash32 d = keccak256(asBytes("message " + std::to_string(i)));
            auto sig = sign(d, k);
            QVERIFY(sig.ok());
            QVERIFY(checkSignatureValues(sig->r, sig->s, true).ok());  // always low s
            QCOMPARE(toHex(*recoverAddress(d, *sig)), toHex(*addressOf(k)));
            Signature other = *sig;
            other.yParity ^= 1;  // the other candidate point gives another key
            auto wrong = recoverAddress(d, other);
            QVERIFY(!wrong.ok() || toHex(*wrong) != toHex(*addressOf(k)));
        }
    }

    void rangeRules()
    {
        const U256& n = secp256k1Order();
        const U256& half = secp256k1HalfOrder();
        QVERIFY(checkSignatureValues(1, 1, true).ok());
        QCOMPARE(checkSignatureValues(0, 1, false).error().code, Errc::InvalidSignature);
        QCOMPARE(checkSignatureValues(1, 0, false).error().code, Errc::InvalidSignature);
        QCOMPARE(checkSignatureValues(n, 1, false).error().code, Errc::InvalidSignature);
        QCOMPARE(checkSignatureValues(1, n, false).error().code, Errc::InvalidSignature);
        QVERIFY(checkSignatureValues(1, half, true).ok());
        const U256 halfPlus1 = *U256::checkedAdd(half, 1);
        QVERIFY(checkSignatureValues(1, halfPlus1, false).ok());   // Frontier
        QCOMPARE(checkSignatureValues(1, halfPlus1, true).error().field, std::string("signature.s"));  // EIP-2
        Signature bad;
        bad.r = 1;
        bad.s = 1;
        bad.yParity = 2;
        QCOMPARE(recoverAddress(Hash32{}, bad).error().code, Errc::InvalidSignature);
    }

    // Flipping s to n - s and the parity gives the same signer: why EIP-2 exists.
    void malleability()
    {
        const PrivateKey k = key("0x4646464646464646464646464646464646464646464646464646464646464646");
        const Hash32 d = keccak256(asBytes("malleable"));
        Signature sig = *sign(d, k);
        Signature flipped = sig;
        // n - s, computed as (n - 1) - (s - 1) through the public API pieces: n - s = n + (~s + 1) mod 2^256.
        auto nb = secp256k1Order().toBigEndian32();
        auto sb = sig.s.toBigEndian32();
        std::array<std::uint8_t, 32> diff{};
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int v = int(nb[std::size_t(i)]) - int(sb[std::size_t(i)]) - borrow;
            borrow = v < 0;
            diff[std::size_t(i)] = static_cast<std::uint8_t>(v + (borrow ? 256 : 0));
        }
        flipped.s = *U256::fromBigEndian(diff);
        flipped.yParity ^= 1;
        QVERIFY(!checkSignatureValues(flipped.r, flipped.s, true).ok());
        QCOMPARE(toHex(*recoverAddress(d, flipped)), toHex(*addressOf(k)));
    }
};

QTEST_APPLESS_MAIN(TestSignature)
#include "test_signature.moc"
