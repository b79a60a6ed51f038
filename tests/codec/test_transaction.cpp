// Transactions: round trips of every type, signing and recovery, the exact error of
// each malformed encoding, what each fork rejects, intrinsic gas, EIP-7702
// authorizations, the EIP-4844 network form, and the JSON-RPC builder.
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/rpc_json.h"
#include "codec/signature.h"
#include "codec/transaction.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace bt;

namespace {

PrivateKey keyOf(const char* seed)
{
    PrivateKey k;
    k.bytes = sha256(asBytes(seed)).bytes;
    return k;
}

Address addr(const char* hex) { return *fixedFromHex<20>(hex); }
Hash32 h32(const char* hex) { return *fixedFromHex<32>(hex); }
Bytes hexBytes(const char* hex) { return *fromHex(hex); }

// a - b for a >= b, through big-endian bytes (U256 has no subtraction).
U256 minus(const U256& a, const U256& b)
{
    auto x = a.toBigEndian32();
    auto y = b.toBigEndian32();
    int borrow = 0;
    for (std::size_t i = 32; i-- > 0;) {
        int d = int(x[i]) - int(y[i]) - borrow;
        borrow = d < 0 ? 1 : 0;
        x[i] = static_cast<std::uint8_t>(d + 256 * borrow);
    }
    return *U256::fromBigEndian(x);
}

// A representative unsigned transaction of each type, chain id 1.
Transaction sample(TxType type)
{
    Transaction tx;
    tx.type = type;
    tx.chainId = type == TxType::Legacy ? U256() : U256(1);
    tx.nonce = 7;
    tx.gasLimit = 120000;
    tx.to = addr("0x7dcd17433742f4c0ca53122ab541d0ba67fc27df");
    tx.value = U256(1000000007);
    tx.data = hexBytes("0xa9059cbb00000000000000000000000000000000000000000000000000000000000000ff");
    if (type == TxType::Legacy || type == TxType::AccessList) {
        tx.gasPrice = U256(20000000000ULL);
    } else {
        tx.maxPriorityFeePerGas = U256(2);
        tx.maxFeePerGas = U256(30000000000ULL);
    }
    if (type != TxType::Legacy) {
        tx.accessList.push_back({addr("0x7dcd17433742f4c0ca53122ab541d0ba67fc27df"),
                                 {Hash32{}, h32("0x95104e47e1982aba633477f377b1511396c3fe83600224bcb0c78949be705b33")}});
        tx.accessList.push_back({addr("0x0000000000000000000000000000000000000001"), {}});
    }
    if (type == TxType::Blob) {
        tx.maxFeePerBlobGas = U256(131072);
        tx.blobVersionedHashes.push_back(h32("0x015a4cab4911426699ed34483de6640cf55a568afc5c5edffdcbd8bcd4452f68"));
    }
    if (type == TxType::SetCode) {
        Authorization a;
        a.chainId = U256(1);
        a.address = addr("0x58f8fe237b593c19546e1e758a2544561d04bfe0");
        a.nonce = 3;
        const auto sig = *sign(a.signingHash(), keyOf("authority"));
        a.r = sig.r;
        a.s = sig.s;
        a.yParity = U256(sig.yParity);
        tx.authorizationList.push_back(a);
    }
    return tx;
}

Transaction signedSample(TxType type, const PrivateKey& key, U256 legacyChainId = U256())
{
    Transaction tx = sample(type);
    if (type == TxType::Legacy) tx.chainId = legacyChainId;
    auto sig = sign(tx.signingHash(), key);
    if (!sig || !tx.setSignature(*sig).ok()) qFatal("signing failed");
    return tx;
}

// Re-encodes a decoded RLP tree after `edit` changed it: a way to build malformed
// transactions from a valid one without hand-writing hex.
Bytes edited(const Bytes& envelope, const std::function<void(rlp::Node&)>& edit)
{
    const bool typed = envelope[0] < 0x80;
    ByteView body = typed ? ByteView(envelope).subspan(1) : ByteView(envelope);
    rlp::Node tree = *rlp::decodeTree(body);
    edit(tree);
    Bytes out;
    if (typed) out.push_back(envelope[0]);
    append(out, rlp::encodeTree(tree));
    return out;
}

rlp::Node leaf(Bytes b) { return rlp::Node{false, std::move(b), {}}; }

void expectError(const Result<Transaction>& r, Errc code, const std::string& field)
{
    QVERIFY2(!r.ok(), "decoding should have failed");
    QVERIFY2(r.error().code == code, qPrintable(QString::fromStdString("got: " + r.error().message())));
    QCOMPARE(r.error().field, field);
}

void expectStatus(const Status& st, Errc code, const std::string& field)
{
    QVERIFY2(!st.ok(), "validation should have failed");
    QVERIFY2(st.error().code == code, qPrintable(QString::fromStdString("got: " + st.error().message())));
    QCOMPARE(st.error().field, field);
}

TxRules rulesAt(Fork f, std::optional<U256> chainId = U256(1))
{
    TxRules r;
    r.fork = f;
    r.chainId = chainId;
    return r;
}

const char* typeName(TxType t)
{
    switch (t) {
    case TxType::Legacy: return "legacy";
    case TxType::AccessList: return "eip2930";
    case TxType::DynamicFee: return "eip1559";
    case TxType::Blob: return "eip4844";
    case TxType::SetCode: return "eip7702";
    }
    return "?";
}

}  // namespace

class TestTransaction : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("type");
        for (int t = 0; t <= 4; ++t) QTest::newRow(typeName(static_cast<TxType>(t))) << t;
    }
    void roundTrip()
    {
        QFETCH(int, type);
        const Transaction tx = signedSample(static_cast<TxType>(type), keyOf("sender"), U256(1));
        const Bytes enc = tx.encode();
        if (type != 0) QCOMPARE(int(enc[0]), type);
        auto back = Transaction::decode(enc);
        QVERIFY2(back.ok(), qPrintable(QString::fromStdString(back.ok() ? "" : back.error().message())));
        QVERIFY(*back == tx);
        QCOMPARE(back->encode(), enc);
        QVERIFY(back->hash() == keccak256(enc));  // strict decoding: the bytes are canonical
        auto net = Transaction::decodeNetwork(enc);
        QVERIFY(net.ok());
        QVERIFY(*net == tx);
        QVERIFY(tx.validate(rulesAt(Fork::Prague)).ok());
    }

    void signAndRecover_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("legacyChainId");
        QTest::newRow("legacy pre-EIP-155") << 0 << 0;
        QTest::newRow("legacy EIP-155 chain 1") << 0 << 1;
        QTest::newRow("legacy EIP-155 chain 3503995874084926") << 0 << -1;
        for (int t = 1; t <= 4; ++t) QTest::newRow(typeName(static_cast<TxType>(t))) << t << 0;
    }
    void signAndRecover()
    {
        QFETCH(int, type);
        QFETCH(int, legacyChainId);
        const U256 chain = legacyChainId < 0 ? U256(3503995874084926ULL) : U256(std::uint64_t(legacyChainId));
        for (const char* seed : {"alice", "bob", "carol"}) {
            const PrivateKey key = keyOf(seed);
            const Transaction tx = signedSample(static_cast<TxType>(type), key, chain);
            if (type == 0) {
                QCOMPARE(tx.isEip155(), !chain.isZero());
                QVERIFY(tx.chainId == chain);
            }
            auto decoded = Transaction::decode(tx.encode());
            QVERIFY(decoded.ok());
            auto sender = decoded->recoverSender();
            QVERIFY(sender.ok());
            QCOMPARE(toHex(*sender), toHex(*addressOf(key)));
        }
    }

    // EIP-155's worked example, byte for byte.
    void eip155Example()
    {
        Transaction tx;
        tx.nonce = 9;
        tx.gasPrice = U256(20000000000ULL);
        tx.gasLimit = 21000;
        tx.to = addr("0x3535353535353535353535353535353535353535");
        tx.value = U256(1000000000000000000ULL);
        tx.chainId = U256(1);
        QCOMPARE(toHex(tx.signingHash()),
                 std::string("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        const PrivateKey key = *fixedFromHex<32>("0x4646464646464646464646464646464646464646464646464646464646464646");
        QVERIFY(tx.setSignature(*sign(tx.signingHash(), key)).ok());
        QVERIFY(tx.v == U256(37));
        QCOMPARE(toHex(tx.encode()),
                 std::string("0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025"
                             "a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb70"
                             "3304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
        auto back = Transaction::decode(tx.encode());
        QVERIFY(back.ok());
        QVERIFY(back->chainId == U256(1));
        QCOMPARE(int(back->yParity), 0);
        QCOMPARE(toHex(*back->recoverSender()), toHex(*addressOf(key)));
    }

    void malformed()
    {
        const Bytes legacy = signedSample(TxType::Legacy, keyOf("m")).encode();
        const Bytes dynamic = signedSample(TxType::DynamicFee, keyOf("m")).encode();

        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children[0] = leaf({0x00, 0x07}); })),
                    Errc::IntegerLeadingZero, "tx.nonce");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children[3].bytes.resize(19); })),
                    Errc::WrongLength, "tx.to");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children[3].bytes.push_back(0); })),
                    Errc::WrongLength, "tx.to");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) {
                        n.children[2] = rlp::Node{true, {}, {leaf({0x01}), leaf({0xd4, 0xc0})}};
                    })),
                    Errc::ExpectedString, "tx.gasLimit");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children.push_back(leaf({})); })),
                    Errc::WrongFieldCount, "tx");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children.pop_back(); })),
                    Errc::WrongFieldCount, "tx");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children[0] = leaf(Bytes(9, 0xff)); })),
                    Errc::NonceOverflow, "tx.nonce");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children[2] = leaf(Bytes(9, 0x01)); })),
                    Errc::GasLimitOverflow, "tx.gasLimit");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children[4] = leaf(Bytes(33, 0x01)); })),
                    Errc::IntegerOverflow, "tx.value");
        expectError(Transaction::decode(edited(legacy, [](rlp::Node& n) { n.children[7] = leaf({0x00, 0x01}); })),
                    Errc::IntegerLeadingZero, "tx.r");
        expectError(Transaction::decode(edited(dynamic, [](rlp::Node& n) { n.children[9] = leaf({0x02, 0x00}); })),
                    Errc::IntegerOverflow, "tx.yParity");
        expectError(Transaction::decode(edited(dynamic, [](rlp::Node& n) {
                        n.children[8].children[0].children[1].children[1].bytes.resize(31);
                    })),
                    Errc::WrongLength, "tx.accessList[0].storageKeys[1]");
        expectError(Transaction::decode(edited(dynamic, [](rlp::Node& n) {
                        n.children[8].children[1].children.push_back(leaf({}));
                    })),
                    Errc::WrongFieldCount, "tx.accessList[1]");
        expectError(Transaction::decode(edited(dynamic, [](rlp::Node& n) { n.children[8] = leaf({}); })),
                    Errc::ExpectedList, "tx.accessList");

        // Trailing byte after the list, for both envelopes.
        Bytes trailing = legacy;
        trailing.push_back(0x00);
        auto r = Transaction::decode(trailing);
        expectError(r, Errc::TrailingBytes, "tx");
        QCOMPARE(r.error().offset, legacy.size());
        trailing = dynamic;
        trailing.push_back(0x80);
        expectError(Transaction::decode(trailing), Errc::TrailingBytes, "tx");

        // Unknown and reserved types; a string where the list should be; nothing at all.
        Bytes type5 = dynamic;
        type5[0] = 0x05;
        expectError(Transaction::decode(type5), Errc::UnsupportedTxType, "tx.type");
        type5[0] = 0x00;
        expectError(Transaction::decode(type5), Errc::UnsupportedTxType, "tx.type");
        expectError(Transaction::decode(rlp::encodeBytes(legacy)), Errc::ExpectedList, "tx");
        expectError(Transaction::decode({}), Errc::UnexpectedEnd, "tx");
        const Bytes typedString = {0x02, 0x83, 0x01, 0x02, 0x03};
        expectError(Transaction::decode(typedString), Errc::ExpectedList, "tx");

        // Non-canonical RLP: a single byte below 0x80 with a string prefix.
        expectError(Transaction::decode(hexBytes("0xca8107" "8080808080808080")), Errc::NonCanonicalSize, "tx.nonce");

        // The offset points at the field: `to` starts after nonce, gasPrice, gasLimit.
        const Bytes shortTo = edited(legacy, [](rlp::Node& n) { n.children[3].bytes.resize(19); });
        auto e = Transaction::decode(shortTo);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().offset, std::size_t(2 + 1 + 1 + 5 + 1 + 3));  // f8 len | 07 | 85 … | 83 … | to
    }

    void authorizationDecoding()
    {
        const Bytes setCode = signedSample(TxType::SetCode, keyOf("m")).encode();
        // y_parity may be any value below 2^8 ...
        auto ok = Transaction::decode(edited(setCode, [](rlp::Node& n) { n.children[9].children[0].children[3] = leaf({0xff}); }));
        QVERIFY(ok.ok());
        QVERIFY(ok->authorizationList[0].yParity == U256(255));
        QVERIFY(!ok->authorizationList[0].recoverAuthority().ok());
        QVERIFY(ok->validate(rulesAt(Fork::Prague)).ok());  // a bad tuple does not invalidate the tx
        // ... but not 2^8, and the nonce stays within 64 bits.
        expectError(Transaction::decode(edited(setCode, [](rlp::Node& n) {
                        n.children[9].children[0].children[3] = leaf({0x01, 0x00});
                    })),
                    Errc::IntegerOverflow, "tx.authorizationList[0].yParity");
        expectError(Transaction::decode(edited(setCode, [](rlp::Node& n) {
                        n.children[9].children[0].children[2] = leaf(Bytes(9, 0x01));
                    })),
                    Errc::NonceOverflow, "tx.authorizationList[0].nonce");
        expectError(Transaction::decode(edited(setCode, [](rlp::Node& n) {
                        n.children[9].children[0].children[1].bytes.resize(19);
                    })),
                    Errc::WrongLength, "tx.authorizationList[0].address");
        expectError(Transaction::decode(edited(setCode, [](rlp::Node& n) { n.children[9].children[0].children.pop_back(); })),
                    Errc::WrongFieldCount, "tx.authorizationList[0]");
    }

    void authorityRecovery()
    {
        const PrivateKey key = keyOf("authority");
        Authorization a = sample(TxType::SetCode).authorizationList[0];
        // keccak256(0x05 || rlp([chain_id, address, nonce]))
        Bytes pre = {0x05};
        append(pre, hexBytes("0xd70194" "58f8fe237b593c19546e1e758a2544561d04bfe0" "03"));
        QVERIFY(a.signingHash() == keccak256(pre));
        QCOMPARE(toHex(*a.recoverAuthority()), toHex(*addressOf(key)));
        QVERIFY(a.checkSignatureRules().ok());

        // The same signature with s' = n - s and the other parity: still the same
        // signer, but EIP-7702 counts only low-s tuples.
        Authorization high = a;
        high.s = minus(secp256k1Order(), a.s);
        high.yParity = a.yParity == U256(0) ? U256(1) : U256(0);
        auto signer = high.recoverAuthority();
        QVERIFY(signer.ok());
        QCOMPARE(toHex(*signer), toHex(*addressOf(key)));
        const Status rules = high.checkSignatureRules();
        QVERIFY(!rules.ok());
        QVERIFY(rules.error().code == Errc::InvalidSignature);
        QCOMPARE(rules.error().field, std::string("authorization.s"));

        Authorization badParity = a;
        badParity.yParity = U256(27);
        QVERIFY(!badParity.recoverAuthority().ok());
        QVERIFY(badParity.recoverAuthority().error().code == Errc::InvalidSignature);
        Authorization zeroR = a;
        zeroR.r = U256();
        QVERIFY(!zeroR.recoverAuthority().ok());
    }

    void forkRules()
    {
        // High s: accepted in Frontier, rejected from Homestead (EIP-2); same sender.
        Transaction tx = signedSample(TxType::Legacy, keyOf("s"));
        Transaction high = tx;
        high.s = minus(secp256k1Order(), tx.s);
        high.setLegacyV(tx.v == U256(27) ? U256(28) : U256(27));
        QCOMPARE(toHex(*high.recoverSender()), toHex(*tx.recoverSender()));
        QVERIFY(high.validate(rulesAt(Fork::Frontier)).ok());
        expectStatus(high.validate(rulesAt(Fork::Homestead)), Errc::InvalidSignature, "tx.s");

        // Typed transactions only from their fork on.
        const Transaction t1 = signedSample(TxType::AccessList, keyOf("s"));
        const Transaction t2 = signedSample(TxType::DynamicFee, keyOf("s"));
        const Transaction t3 = signedSample(TxType::Blob, keyOf("s"));
        const Transaction t4 = signedSample(TxType::SetCode, keyOf("s"));
        expectStatus(t1.validate(rulesAt(Fork::Istanbul)), Errc::UnsupportedTxType, "tx.type");
        QVERIFY(t1.validate(rulesAt(Fork::Berlin)).ok());
        expectStatus(t2.validate(rulesAt(Fork::Berlin)), Errc::UnsupportedTxType, "tx.type");
        QVERIFY(t2.validate(rulesAt(Fork::London)).ok());
        expectStatus(t3.validate(rulesAt(Fork::Shanghai)), Errc::UnsupportedTxType, "tx.type");
        QVERIFY(t3.validate(rulesAt(Fork::Cancun)).ok());
        expectStatus(t4.validate(rulesAt(Fork::Cancun)), Errc::UnsupportedTxType, "tx.type");
        QVERIFY(t4.validate(rulesAt(Fork::Prague)).ok());

        // Chain ids.
        expectStatus(t2.validate(rulesAt(Fork::London, U256(5))), Errc::InvalidChainId, "tx.chainId");
        QVERIFY(t2.validate(rulesAt(Fork::London, std::nullopt)).ok());
        const Transaction eip155 = signedSample(TxType::Legacy, keyOf("s"), U256(1));
        expectStatus(eip155.validate(rulesAt(Fork::TangerineWhistle)), Errc::InvalidSignature, "tx.v");
        QVERIFY(eip155.validate(rulesAt(Fork::SpuriousDragon)).ok());
        expectStatus(eip155.validate(rulesAt(Fork::SpuriousDragon, U256(61))), Errc::InvalidChainId, "tx.v");
        QVERIFY(tx.validate(rulesAt(Fork::Cancun, U256(61))).ok());  // pre-EIP-155 v stays valid
        Transaction v31 = tx;
        v31.setLegacyV(U256(31));
        expectStatus(v31.validate(rulesAt(Fork::Homestead)), Errc::InvalidSignature, "tx.v");
        expectStatus(v31.validate(rulesAt(Fork::Byzantium)), Errc::InvalidChainId, "tx.v");
        QVERIFY(!v31.recoverSender().ok());

        // r and s ranges.
        Transaction zeroR = tx;
        zeroR.r = U256();
        expectStatus(zeroR.validate(rulesAt(Fork::Frontier)), Errc::InvalidSignature, "tx.r");
        Transaction bigS = tx;
        bigS.s = secp256k1Order();
        expectStatus(bigS.validate(rulesAt(Fork::Frontier)), Errc::InvalidSignature, "tx.s");
        Transaction parity2 = t2;
        parity2.yParity = 2;
        expectStatus(parity2.validate(rulesAt(Fork::London)), Errc::InvalidSignature, "tx.yParity");

        // EIP-2681, fee relations, fee overflow.
        Transaction maxNonce = t2;
        maxNonce.nonce = ~std::uint64_t{0};
        expectStatus(maxNonce.validate(rulesAt(Fork::London)), Errc::NonceOverflow, "tx.nonce");
        maxNonce.nonce = ~std::uint64_t{0} - 1;
        QVERIFY(maxNonce.validate(rulesAt(Fork::London)).ok());
        Transaction tip = t2;
        tip.maxPriorityFeePerGas = U256::checkedAdd(tip.maxFeePerGas, U256(1)).value();
        expectStatus(tip.validate(rulesAt(Fork::London)), Errc::PriorityFeeAboveMaxFee, "tx.maxPriorityFeePerGas");
        Transaction product = t2;
        product.maxFeePerGas = U256(std::uint64_t{1} << 63, 0, 0, 0);
        expectStatus(product.validate(rulesAt(Fork::London)), Errc::FeeOverflow, "tx.gasLimit");

        // Base fee.
        TxRules withBase = rulesAt(Fork::London);
        withBase.baseFee = U256::checkedAdd(t2.maxFeePerGas, U256(1)).value();
        expectStatus(t2.validate(withBase), Errc::MaxFeeBelowBaseFee, "tx.maxFeePerGas");
        withBase.baseFee = t2.maxFeePerGas;
        QVERIFY(t2.validate(withBase).ok());
        withBase.baseFee = U256(20000000001ULL);
        expectStatus(tx.validate(withBase), Errc::MaxFeeBelowBaseFee, "tx.gasPrice");

        // Blob and set-code shapes.
        Transaction noBlobs = t3;
        noBlobs.blobVersionedHashes.clear();
        expectStatus(noBlobs.validate(rulesAt(Fork::Cancun)), Errc::InvalidBlobTx, "tx.blobVersionedHashes");
        Transaction badVersion = t3;
        badVersion.blobVersionedHashes[0].bytes[0] = 0x02;
        expectStatus(badVersion.validate(rulesAt(Fork::Cancun)), Errc::InvalidBlobTx, "tx.blobVersionedHashes[0]");
        Transaction blobCreate = t3;
        blobCreate.to.reset();
        expectStatus(blobCreate.validate(rulesAt(Fork::Cancun)), Errc::InvalidBlobTx, "tx.to");
        QVERIFY(Transaction::decode(blobCreate.encode()).ok());  // decodes; the rules reject it
        Transaction noAuth = t4;
        noAuth.authorizationList.clear();
        expectStatus(noAuth.validate(rulesAt(Fork::Prague)), Errc::InvalidSetCodeTx, "tx.authorizationList");
        Transaction setCodeCreate = t4;
        setCodeCreate.to.reset();
        expectStatus(setCodeCreate.validate(rulesAt(Fork::Prague)), Errc::InvalidSetCodeTx, "tx.to");

        // Intrinsic gas, and EIP-3860's init code limit.
        Transaction low = t2;
        low.gasLimit = low.intrinsicGas(Fork::London) - 1;
        expectStatus(low.validate(rulesAt(Fork::London)), Errc::IntrinsicGasTooLow, "tx.gasLimit");
        low.gasLimit += 1;
        QVERIFY(low.validate(rulesAt(Fork::London)).ok());
        Transaction create = tx;
        create.to.reset();
        create.data.assign(49153, 0x00);
        create.gasLimit = 10000000;
        QVERIFY(create.validate(rulesAt(Fork::Paris)).ok());
        expectStatus(create.validate(rulesAt(Fork::Shanghai)), Errc::InitCodeTooLarge, "tx.data");
        create.data.pop_back();
        QVERIFY(create.validate(rulesAt(Fork::Shanghai)).ok());

        // EIP-7623: from Prague the gas limit must also cover the calldata floor.
        Transaction heavy = t2;
        heavy.data.assign(1000, 0xab);
        heavy.accessList.clear();
        heavy.gasLimit = heavy.intrinsicGas(Fork::Prague);  // 21000 + 16000 < floor 61000
        QVERIFY(heavy.validate(rulesAt(Fork::Cancun)).ok());
        expectStatus(heavy.validate(rulesAt(Fork::Prague)), Errc::IntrinsicGasTooLow, "tx.gasLimit");
        heavy.gasLimit = heavy.calldataFloorGas();
        QVERIFY(heavy.validate(rulesAt(Fork::Prague)).ok());

        // EIP-7825: Osaka caps a transaction's gas at 2^24.
        Transaction big = t2;
        big.gasLimit = (std::uint64_t{1} << 24) + 1;
        QVERIFY(big.validate(rulesAt(Fork::Prague)).ok());
        expectStatus(big.validate(rulesAt(Fork::Osaka)), Errc::GasLimitOverflow, "tx.gasLimit");
        big.gasLimit = std::uint64_t{1} << 24;
        QVERIFY(big.validate(rulesAt(Fork::Osaka)).ok());
    }

    void intrinsicGas()
    {
        Transaction tx;
        tx.to = addr("0x3535353535353535353535353535353535353535");
        QCOMPARE(tx.intrinsicGas(Fork::Frontier), std::uint64_t(21000));
        QCOMPARE(tx.intrinsicGas(Fork::Osaka), std::uint64_t(21000));
        tx.data = {0x00, 0x01};
        QCOMPARE(tx.intrinsicGas(Fork::Petersburg), std::uint64_t(21000 + 4 + 68));
        QCOMPARE(tx.intrinsicGas(Fork::Istanbul), std::uint64_t(21000 + 4 + 16));  // EIP-2028

        Transaction create;
        create.data.assign(33, 0x60);
        QCOMPARE(create.intrinsicGas(Fork::Frontier), std::uint64_t(21000 + 33 * 68));
        QCOMPARE(create.intrinsicGas(Fork::Homestead), std::uint64_t(53000 + 33 * 68));
        QCOMPARE(create.intrinsicGas(Fork::Paris), std::uint64_t(53000 + 33 * 16));
        QCOMPARE(create.intrinsicGas(Fork::Shanghai), std::uint64_t(53000 + 33 * 16 + 2 * 2));  // 2 words

        Transaction al = sample(TxType::AccessList);
        al.data.clear();
        QCOMPARE(al.intrinsicGas(Fork::Berlin), std::uint64_t(21000 + 2 * 2400 + 2 * 1900));

        Transaction sc = sample(TxType::SetCode);
        sc.data.clear();
        sc.accessList.clear();
        sc.authorizationList.push_back(sc.authorizationList[0]);
        QCOMPARE(sc.intrinsicGas(Fork::Prague), std::uint64_t(21000 + 2 * 25000));

        Transaction floorTx;
        floorTx.to = tx.to;
        floorTx.data.assign(100, 0x01);
        floorTx.data.push_back(0x00);
        QCOMPARE(floorTx.calldataFloorGas(), std::uint64_t(21000 + 10 * (100 * 4 + 1)));

        // ethereum/tests ttData/DataTestEnoughGAS: the published intrinsic gas per fork.
        auto vec = Transaction::decode(hexBytes(
            "0xf86d80018259d894095e7baea6a6c7c4c2dfeb977efac326af552d870a8e0358ac39584bc98a7c979f984b031ba048b55bfa915ac795c431978d8a6a992b628d557da5ff759b307d495a36649353a01fffd310ac743f371de3b9f7f9cb56c0b28ad43601b4ab949f53faa07bd2c804"));
        QVERIFY(vec.ok());
        QCOMPARE(vec->intrinsicGas(Fork::Frontier), std::uint64_t(0x55c0));
        QCOMPARE(vec->intrinsicGas(Fork::Cancun), std::uint64_t(0x52e8));
    }

    void createAddresses()
    {
        const Address sender = addr("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0");
        QCOMPARE(toHex(createAddress(sender, 0)), std::string("0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d"));
        QCOMPARE(toHex(createAddress(sender, 1)), std::string("0x343c43a37d37dff08ae8c4a11544c718abb4fcf8"));
    }

    // The network form of a blob transaction: the sidecar is checked and dropped,
    // and the hash stays the one of the canonical form.
    void blobNetworkForm()
    {
        Transaction tx = sample(TxType::Blob);
        Bytes commitment(48, 0xc0);
        Hash32 vh = sha256(commitment);
        vh.bytes[0] = 0x01;
        tx.blobVersionedHashes = {vh};
        QVERIFY(tx.setSignature(*sign(tx.signingHash(), keyOf("blob"))).ok());
        const Bytes canonical = tx.encode();

        const auto wrap = [&](int version, std::size_t proofs, const Bytes& commit) {
            rlp::Encoder e;
            const std::uint8_t type = 0x03;
            e.raw(ByteView(&type, 1)).beginList().raw(ByteView(canonical).subspan(1));
            if (version >= 0) e.uint(std::uint64_t(version));
            e.beginList().bytes(Bytes(131072, 0x00)).endList();
            e.beginList().bytes(commit).endList();
            e.beginList();
            for (std::size_t i = 0; i < proofs; ++i) e.bytes(Bytes(48, 0x11));
            e.endList().endList();
            return e.take();
        };
        for (int version : {-1, 1}) {
            const Bytes net = wrap(version, version < 0 ? 1 : 128, commitment);
            auto decoded = Transaction::decodeNetwork(net);
            QVERIFY2(decoded.ok(), qPrintable(QString::fromStdString(decoded.ok() ? "" : decoded.error().message())));
            QVERIFY(*decoded == tx);
            QVERIFY(decoded->hash() == keccak256(canonical));
            QVERIFY(!Transaction::decode(net).ok());  // a block body never holds the sidecar
        }
        Bytes otherCommitment = commitment;
        otherCommitment[0] ^= 1;
        auto mismatch = Transaction::decodeNetwork(wrap(-1, 1, otherCommitment));
        QVERIFY(!mismatch.ok());
        QVERIFY(mismatch.error().code == Errc::InvalidBlobTx);
        QCOMPARE(mismatch.error().field, std::string("tx.sidecar.commitments[0]"));
        auto proofs = Transaction::decodeNetwork(wrap(1, 1, commitment));
        QVERIFY(!proofs.ok());
        QCOMPARE(proofs.error().field, std::string("tx.sidecar.proofs"));
        auto version2 = Transaction::decodeNetwork(wrap(2, 128, commitment));
        QVERIFY(!version2.ok());
        QCOMPARE(version2.error().field, std::string("tx.sidecar.version"));
    }

    void fromJsonRpc_data()
    {
        QTest::addColumn<int>("type");
        for (int t = 0; t <= 4; ++t) QTest::newRow(typeName(static_cast<TxType>(t))) << t;
    }
    void fromJsonRpc()
    {
        QFETCH(int, type);
        const Transaction tx = signedSample(static_cast<TxType>(type), keyOf("rpc"), U256(1));
        nlohmann::json j = {
            {"type", U256(std::uint64_t(type)).toHexQuantity()},
            {"nonce", U256(tx.nonce).toHexQuantity()},
            {"gas", U256(tx.gasLimit).toHexQuantity()},
            {"to", toHex(*tx.to)},
            {"value", tx.value.toHexQuantity()},
            {"input", toHex(tx.data)},
            {"r", tx.r.toHexQuantity()},
            {"s", tx.s.toHexQuantity()},
            {"hash", toHex(tx.hash())},
        };
        if (type <= 1) j["gasPrice"] = tx.gasPrice.toHexQuantity();
        else {
            j["maxFeePerGas"] = tx.maxFeePerGas.toHexQuantity();
            j["maxPriorityFeePerGas"] = tx.maxPriorityFeePerGas.toHexQuantity();
            j["gasPrice"] = "0x1";  // the effective price, not a field of the transaction
        }
        if (type == 0) {
            j["v"] = tx.v.toHexQuantity();
            j["chainId"] = "0x1";
        } else {
            j["chainId"] = tx.chainId.toHexQuantity();
            j["v"] = U256(tx.yParity).toHexQuantity();
            j["yParity"] = U256(tx.yParity).toHexQuantity();
            j["accessList"] = nlohmann::json::array();
            for (const auto& e : tx.accessList) {
                nlohmann::json keys = nlohmann::json::array();
                for (const auto& k : e.storageKeys) keys.push_back(toHex(k));
                j["accessList"].push_back({{"address", toHex(e.address)}, {"storageKeys", keys}});
            }
        }
        if (type == 3) {
            j["maxFeePerBlobGas"] = tx.maxFeePerBlobGas.toHexQuantity();
            j["blobVersionedHashes"] = nlohmann::json::array({toHex(tx.blobVersionedHashes[0])});
        }
        if (type == 4) {
            const Authorization& a = tx.authorizationList[0];
            j["authorizationList"] = nlohmann::json::array({{{"chainId", a.chainId.toHexQuantity()},
                                                             {"address", toHex(a.address)},
                                                             {"nonce", U256(a.nonce).toHexQuantity()},
                                                             {"yParity", a.yParity.toHexQuantity()},
                                                             {"r", a.r.toHexQuantity()},
                                                             {"s", a.s.toHexQuantity()}}});
        }
        auto built = rpcjson::transaction(j);
        QVERIFY2(built.ok(), qPrintable(QString::fromStdString(built.ok() ? "" : built.error().message())));
        QVERIFY(*built == tx);
        QVERIFY(built->hash() == tx.hash());

        // A missing field is named; null "to" is a creation.
        nlohmann::json noGas = j;
        noGas.erase("gas");
        auto missing = rpcjson::transaction(noGas);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, std::string("gas"));
        nlohmann::json create = j;
        create["to"] = nullptr;
        auto c = rpcjson::transaction(create);
        QVERIFY(c.ok());
        QVERIFY(!c->to.has_value());
        if (type != 0) {
            nlohmann::json disagree = j;
            disagree["v"] = tx.yParity == 0 ? "0x1" : "0x0";
            QVERIFY(!rpcjson::transaction(disagree).ok());
        }
        if (type == 0) {
            nlohmann::json wrongChain = j;
            wrongChain["chainId"] = "0x5";
            QVERIFY(!rpcjson::transaction(wrongChain).ok());
        }
    }
};

QTEST_APPLESS_MAIN(TestTransaction)
#include "test_transaction.moc"
