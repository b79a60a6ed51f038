// keccak-256 known answers, and the in-tree permutation cross-checked against
// OpenSSL's SHA3-256 (same permutation, other padding).
#include "codec/keccak.h"

#include <openssl/evp.h>

#include <QTest>

#include <random>

using namespace bt;

namespace {
Hash32 opensslSha3(ByteView data)
{
    Hash32 out;
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha3_256(), nullptr);
    return out;
}
}  // namespace

class TestKeccak : public QObject {
    Q_OBJECT
private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray()
                               << "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
        QTest::newRow("abc") << QByteArray("abc")
                             << "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";
        QTest::newRow("rlp empty list") << QByteArray::fromHex("c0")
                                        << "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";
        QTest::newRow("rlp empty string") << QByteArray::fromHex("80")
                                          << "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
        QTest::newRow("transfer(address,uint256)") << QByteArray("Transfer(address,address,uint256)")
                                                   << "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    }

    void knownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        ByteView v(reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
        QCOMPARE(QString::fromStdString(toHex(keccak256(v))), digest);
        KeccakSponge256 s;
        QCOMPARE(QString::fromStdString(toHex(s.update(v).finish())), digest);
    }

    // Block boundaries of the 136-byte rate are where sponges go wrong.
    void permutationMatchesOpenSslSha3()
    {
        std::mt19937 rng(42);
        for (std::size_t n : {0, 1, 135, 136, 137, 271, 272, 273, 1000, 4096, 65537}) {
            Bytes data(n);
            for (auto& b : data) b = static_cast<std::uint8_t>(rng());
            QCOMPARE(toHex(sha3_256InTree(data)), toHex(opensslSha3(data)));
        }
        for (int i = 0; i < 200; ++i) {
            Bytes data(rng() % 600);
            for (auto& b : data) b = static_cast<std::uint8_t>(rng());
            QCOMPARE(toHex(sha3_256InTree(data)), toHex(opensslSha3(data)));
        }
    }

    void incrementalEqualsOneShot()
    {
        Bytes data(1000);
        for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<std::uint8_t>(i);
        const Hash32 whole = keccak256(data);
        for (std::size_t chunk : {1, 7, 135, 136, 137, 500}) {
            KeccakSponge256 s;
            for (std::size_t off = 0; off < data.size(); off += chunk)
                s.update(ByteView(data).subspan(off, std::min(chunk, data.size() - off)));
            QCOMPARE(toHex(s.finish()), toHex(whole));
        }
        KeccakSponge256 s;
        s.update(data).finish();
        s.reset();
        QCOMPARE(toHex(s.update(data).finish()), toHex(whole));
    }

    void millionA()
    {
        // keccak-256 of one million 'a' (the Keccak team's extremely-long-message style check).
        Bytes data(1000000, 'a');
        QCOMPARE(toHex(keccak256(data)), std::string("0xfadae6b49f129bbb812be8407b7b2894f34aecf6dbd1f9b0f0c7e9853098fc96"));
    }

    void sha256KnownAnswer()
    {
        QCOMPARE(toHex(sha256(asBytes("abc"))),
                 std::string("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void checksumAddress()
    {
        // EIP-55's own examples.
        auto a = fixedFromHex<20>("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        QCOMPARE(toChecksumAddress(*a), std::string("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        auto b = fixedFromHex<20>("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
        QCOMPARE(toChecksumAddress(*b), std::string("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"));
    }
};

QTEST_APPLESS_MAIN(TestKeccak)
#include "test_keccak.moc"
