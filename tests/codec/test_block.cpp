// Blocks: a real block decodes to its known hash and re-encodes byte for byte;
// legacy and typed envelopes stay raw (typed ones as RLP strings in the body);
// body roots, withdrawals, ommers and the EIP-7685 requests hash; each malformed
// block fails with its exact error.
#include "codec/block.h"
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/trie.h"

#include <QTest>

using namespace bt;

namespace {

Bytes hex(const std::string& s) { return *fromHex(s); }

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

// Block 1 of ethereum/tests BerlinToLondonTransition (empty body, Frontier layout).
std::string realBlockHex()
{
    return "0xf901fcf901f7a007cd7999ed016388514e345772970f5e911abf8f5d4625525d3a5efced2fd18da01dcc4de8dec75d7aab85"
           "b567b6ccd41ad312451b948a7413f0a142fd40d49347948888f1f195afa192cfee860698584c030f4c9db1a0e9ddc2c6568ccaf9"
           "a06275c0545abe767a877d14dc09e6957fa2b855401a581da056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622f"
           "b5e363b421a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421b90100" +
           std::string(512, '0') +
           "8302000001832fefd8808454c9906942a00000000000000000000000000000000000000000000000000000000000000000880000"
           "000000000000c0c0";
}

// Envelopes only need to be well-formed RLP for the body checks.
Bytes legacyTx(std::uint64_t nonce)
{
    rlp::Encoder e;
    e.beginList().uint(nonce).uint(1'000'000'000).uint(21000).fixed(Address{}).uint(1).bytes({}).uint(27).uint(1).uint(2);
    return e.endList().take();
}

Bytes typedTx(std::uint8_t type, std::uint64_t nonce)
{
    rlp::Encoder e;
    const std::uint8_t t = type;
    e.raw(ByteView(&t, 1));
    e.beginList().uint(1).uint(nonce).uint(1).uint(2).uint(21000).fixed(Address{}).uint(0).bytes({});
    e.beginList().endList().uint(0).uint(1).uint(2);
    return e.endList().take();
}

Block shanghaiBlock()
{
    Block b;
    b.header.ommersHash = emptyOmmersHash();
    b.header.receiptsRoot = emptyTrieRoot();
    b.header.number = 100;
    b.header.gasLimit = 30'000'000;
    b.header.timestamp = 1'700'000'000;
    b.header.baseFeePerGas = U256(7);
    b.transactions = {legacyTx(0), typedTx(2, 1), typedTx(1, 2)};
    b.withdrawals = std::vector<Withdrawal>{{0, 10, Address{}, 1000}, {1, 11, Address{}, 32'000'000'000ULL}};
    b.header.transactionsRoot = transactionsRoot(b.transactions);
    b.header.withdrawalsRoot = withdrawalsRoot(*b.withdrawals);
    b.headerRlp = b.header.encode();
    return b;
}

// rlp([header, txs, ommers(, withdrawals)]) from encoded parts.
Bytes blockOf(const std::vector<Bytes>& parts)
{
    rlp::Encoder e;
    e.beginList();
    for (const Bytes& p : parts) e.raw(p);
    return e.endList().take();
}

Bytes listOf(const std::vector<Bytes>& items)
{
    rlp::Encoder e;
    e.beginList();
    for (const Bytes& i : items) e.raw(i);
    return e.endList().take();
}

}  // namespace

class TestBlock : public QObject {
    Q_OBJECT
private slots:
    void realBlock()
    {
        const Bytes raw = hex(realBlockHex());
        auto b = Block::decode(raw);
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().message().c_str());
        QCOMPARE(toHex(b->hash()), std::string("0xb5d5ed1e49106866d801bbdaa71d0b773a2a3f76b2fe5128280389f25c70cedb"));
        QCOMPARE(b->header.hash(), b->hash());
        QCOMPARE(b->header.number, std::uint64_t(1));
        QVERIFY(b->transactions.empty());
        QVERIFY(!b->withdrawals);
        EXPECT_OK(checkBodyRoots(*b));
        QCOMPARE(b->encode(), raw);

        auto v = BlockView::decode(raw);
        QVERIFY(v.ok());
        QCOMPARE(v->hash(), b->hash());
        // Views point into the caller's buffer.
        QVERIFY(v->headerRlp.data() >= raw.data() && v->headerRlp.data() < raw.data() + raw.size());
        EXPECT_OK(checkBodyRoots(*v));
    }

    void envelopesStayRaw()
    {
        const Block b = shanghaiBlock();
        const Bytes enc = b.encode();
        auto back = Block::decode(enc);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message().c_str());
        QCOMPARE(back->transactions, b.transactions);
        QVERIFY(back->withdrawals == b.withdrawals);
        QVERIFY(back->header == b.header);
        QCOMPARE(back->encode(), enc);
        EXPECT_OK(checkBodyRoots(*back));

        // In the body a typed transaction is an RLP string holding type || payload,
        // a legacy one the list itself.
        auto parts = rlp::listItems(*rlp::decodeExact(enc));
        auto txs = rlp::listItems((*parts)[1]);
        QVERIFY((*txs)[0].isList);
        QVERIFY(!(*txs)[1].isList);
        QCOMPARE(Bytes((*txs)[1].payload.begin(), (*txs)[1].payload.end()), b.transactions[1]);

        auto v = BlockView::decode(enc);
        QVERIFY(v.ok());
        QCOMPARE(v->transactions.size(), std::size_t(3));
        QCOMPARE(Bytes(v->transactions[2].begin(), v->transactions[2].end()), b.transactions[2]);
        QCOMPARE(transactionsRoot(v->transactions), b.header.transactionsRoot);
    }

    void rootMismatches()
    {
        Block b = shanghaiBlock();
        b.transactions[1].back() ^= 1;
        auto r = checkBodyRoots(b);
        EXPECT_ERRC(r, Errc::RootMismatch);
        QCOMPARE(r.error().field, std::string("header.transactionsRoot"));

        b = shanghaiBlock();
        (*b.withdrawals)[1].amountGwei += 1;
        auto w = checkBodyRoots(b);
        EXPECT_ERRC(w, Errc::RootMismatch);
        QCOMPARE(w.error().field, std::string("header.withdrawalsRoot"));

        b = shanghaiBlock();
        b.ommers.push_back(b.header);
        auto o = checkBodyRoots(b);
        EXPECT_ERRC(o, Errc::RootMismatch);
        QCOMPARE(o.error().field, std::string("header.sha3Uncles"));
        b.header.ommersHash = ommersHash(b.ommers);
        b.headerRlp = b.header.encode();
        EXPECT_OK(checkBodyRoots(b));
        auto back = Block::decode(b.encode());
        QVERIFY(back.ok());
        QCOMPARE(back->ommers.size(), std::size_t(1));
        EXPECT_OK(checkBodyRoots(*back));
    }

    void withdrawalsMustMatchTheHeader()
    {
        const Block b = shanghaiBlock();
        const Bytes header = b.header.encode();
        const Bytes txs = listOf({legacyTx(0), rlp::encodeBytes(typedTx(2, 1)), rlp::encodeBytes(typedTx(1, 2))});
        const Bytes ws = listOf({(*b.withdrawals)[0].encode(), (*b.withdrawals)[1].encode()});
        QVERIFY(Block::decode(blockOf({header, txs, hex("0xc0"), ws})).ok());
        EXPECT_ERRC(Block::decode(blockOf({header, txs, hex("0xc0")})), Errc::WrongFieldCount);

        BlockHeader london = b.header;
        london.withdrawalsRoot.reset();
        EXPECT_ERRC(Block::decode(blockOf({london.encode(), txs, hex("0xc0"), ws})), Errc::WrongFieldCount);
        QVERIFY(Block::decode(blockOf({london.encode(), txs, hex("0xc0")})).ok());
    }

    void withdrawalCodec()
    {
        const Withdrawal w{7, 123456, *fixedFromHex<20>("0xc94f5374fce5edbc8e2a8697c15331677e6ebf0b"), 0x2710};
        auto back = Withdrawal::decode(w.encode());
        QVERIFY(back.ok());
        QVERIFY(*back == w);
        rlp::Encoder five;
        five.beginList().uint(1).uint(2).fixed(Address{}).uint(3).uint(4).endList();
        EXPECT_ERRC(Withdrawal::decode(five.out()), Errc::WrongFieldCount);
        rlp::Encoder shortAddr;
        shortAddr.beginList().uint(1).uint(2).bytes(Bytes(19, 0)).uint(3).endList();
        auto r = Withdrawal::decode(shortAddr.out());
        EXPECT_ERRC(r, Errc::WrongLength);
        QCOMPARE(r.error().field, std::string("withdrawal.address"));
        QCOMPARE(toHex(withdrawalsRoot({})), toHex(emptyTrieRoot()));
    }

    void malformedBlocks()
    {
        const Block b = shanghaiBlock();
        const Bytes header = b.header.encode();
        const Bytes ws = listOf({(*b.withdrawals)[0].encode()});
        const Bytes okTxs = listOf({legacyTx(0)});

        EXPECT_ERRC(Block::decode(blockOf({header, okTxs})), Errc::WrongFieldCount);
        EXPECT_ERRC(Block::decode(blockOf({header, okTxs, hex("0xc0"), ws, hex("0xc0")})), Errc::WrongFieldCount);
        EXPECT_ERRC(Block::decode(rlp::encodeBytes(header)), Errc::ExpectedList);

        Bytes trailing = blockOf({header, okTxs, hex("0xc0"), ws});
        const std::size_t size = trailing.size();
        trailing.push_back(0x00);
        auto t = Block::decode(trailing);
        EXPECT_ERRC(t, Errc::TrailingBytes);
        QCOMPARE(t.error().offset, size);

        // Envelope rules: a string must hold a type byte 0x01..0x7f and one list.
        auto typeZero = Block::decode(blockOf({header, listOf({rlp::encodeBytes(typedTx(0, 1))}), hex("0xc0"), ws}));
        EXPECT_ERRC(typeZero, Errc::UnsupportedTxType);
        QCOMPARE(typeZero.error().field, std::string("block.transactions[0]"));
        EXPECT_ERRC(Block::decode(blockOf({header, listOf({rlp::encodeBytes(legacyTx(1))}), hex("0xc0"), ws})),
                    Errc::UnsupportedTxType);
        EXPECT_ERRC(Block::decode(blockOf({header, listOf({hex("0x80")}), hex("0xc0"), ws})), Errc::UnexpectedEnd);
        EXPECT_ERRC(Block::decode(blockOf({header, listOf({rlp::encodeBytes(hex("0x028180"))}), hex("0xc0"), ws})),
                    Errc::ExpectedList);
        Bytes extra = typedTx(2, 1);
        extra.push_back(0xc0);
        auto trailingTx = Block::decode(blockOf({header, listOf({legacyTx(0), rlp::encodeBytes(extra)}), hex("0xc0"), ws}));
        EXPECT_ERRC(trailingTx, Errc::TrailingBytes);
        QCOMPARE(trailingTx.error().field, std::string("block.transactions[1]"));

        EXPECT_ERRC(Block::decode(blockOf({header, hex("0x80"), hex("0xc0"), ws})), Errc::ExpectedList);
        auto badOmmer = Block::decode(blockOf({header, okTxs, listOf({hex("0xc0")}), ws}));
        EXPECT_ERRC(badOmmer, Errc::InvalidHeaderLayout);
        QCOMPARE(badOmmer.error().field, std::string("block.ommers[0].header"));

        // A bad header inside a block reports its absolute offset.
        Bytes badHeader = header;
        auto items = rlp::listItems(*rlp::decodeExact(header));
        const std::size_t numberAt = (*items)[8].offset;
        QCOMPARE(int(badHeader[numberAt]), 0x64);  // number 100, a single byte
        badHeader[numberAt] = 0x00;                // 0 written as 0x00
        const Bytes whole = blockOf({badHeader, okTxs, hex("0xc0"), ws});
        auto h = Block::decode(whole);
        EXPECT_ERRC(h, Errc::IntegerLeadingZero);
        QCOMPARE(h.error().field, std::string("header.number"));
        const std::size_t headerAt = whole.size() - badHeader.size() - okTxs.size() - 1 - ws.size();
        QCOMPARE(h.error().offset, headerAt + numberAt);
    }

    void requestsHashEip7685()
    {
        // sha256 of nothing: no requests, or only types with empty data.
        const std::string none = "0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QCOMPARE(toHex(requestsHash({})), none);
        QCOMPARE(toHex(requestsHash({hex("0x00"), hex("0x01"), hex("0x02")})), none);
        const Bytes deposit = hex("0x00aabbcc");
        const Bytes withdrawal = hex("0x01ddeeff");
        Bytes concat;
        append(concat, sha256(deposit));
        append(concat, sha256(withdrawal));
        QCOMPARE(requestsHash({deposit, hex("0x02"), withdrawal}), sha256(concat));
        QVERIFY(requestsHash({withdrawal, deposit}) != requestsHash({deposit, withdrawal}));
    }

    void ommersHashOfNone() { QCOMPARE(ommersHash({}), emptyOmmersHash()); }
};

QTEST_APPLESS_MAIN(TestBlock)
#include "test_block.moc"
