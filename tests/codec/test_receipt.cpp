// Receipts: legacy (status and pre-Byzantium state root) and typed consensus
// encodings round-trip; a real receipt's bloom is recomputed from its logs; each
// malformed encoding fails with its exact error and field; the JSON-RPC reader.
#include "codec/keccak.h"
#include "codec/receipt.h"
#include "codec/rlp.h"
#include "codec/rpc_json.h"

#include <nlohmann/json.hpp>

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

// The type-2 receipt of tx 0xc7dba25c… in block 27 of the execution-apis test chain
// (eth_getTransactionReceipt/get-dynamic-fee): one log with two topics.
Receipt realDynamicFeeReceipt()
{
    Receipt r;
    r.type = TxType::DynamicFee;
    r.status = true;
    r.cumulativeGasUsed = 0xca9c;
    Log l;
    l.address = *fixedFromHex<20>("0x7dcd17433742f4c0ca53122ab541d0ba67fc27df");
    l.topics.push_back(*fixedFromHex<32>("0x00000000000000000000000000000000000000000000000000000000656d6974"));
    l.topics.push_back(*fixedFromHex<32>("0x13bd2394f758553be374ffa4a9455cdf5e6ef3d905acd02746df2d12361e1ace"));
    l.data = hex("0x0000000000000000000000000000000000000000000000000000000000000012");
    r.logs.push_back(l);
    r.logsBloom = *fixedFromHex<256>(
        "0x000000000000000000000000000000000000000000000000100000008000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000004000000000000200000000000000000000000000002000000000000000"
        "04000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000090000000000000000000000000000000000000000000000000000000000000000000000000002000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
    return r;
}

// The first receipt of block 3 of that chain (debug_getRawReceipts/get-block-n), a
// Frontier-era receipt: post-state root, cumulative gas 0x01a5ba, no logs.
std::string realFrontierReceiptHex()
{
    return "0xf90129a0eb94aa547caeb9bbc9a28873ac22484b8558c29c1482b1dfc6214476c6385b358301a5bab90100" +
           std::string(512, '0') + "c0";
}

// A receipt list with field `index` replaced by the encoded item `item`.
Bytes replaceField(ByteView receiptList, std::size_t index, const Bytes& item)
{
    auto list = rlp::decodeExact(receiptList);
    auto items = rlp::listItems(*list);
    rlp::Encoder e;
    e.beginList();
    for (std::size_t i = 0; i < items->size(); ++i) {
        if (i == index)
            e.raw(item);
        else
            e.raw(receiptList.subspan((*items)[i].offset, (*items)[i].encodedSize));
    }
    return e.endList().take();
}

}  // namespace

class TestReceipt : public QObject {
    Q_OBJECT
private slots:
    void realReceiptBloom()
    {
        const Receipt r = realDynamicFeeReceipt();
        QCOMPARE(r.computeBloom(), r.logsBloom);
        Receipt other = r;
        other.logs[0].topics[1].bytes[0] ^= 1;
        QVERIFY(other.computeBloom() != r.logsBloom);
        QVERIFY(Receipt{}.computeBloom().isZero());
    }

    void typedRoundTrip()
    {
        const Receipt r = realDynamicFeeReceipt();
        const Bytes enc = r.encode();
        QCOMPARE(int(enc[0]), 2);
        QVERIFY(rlp::decodeExact(ByteView(enc).subspan(1))->isList);
        auto back = Receipt::decode(enc);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message().c_str());
        QVERIFY(*back == r);
        QCOMPARE(back->encode(), enc);
    }

    void legacyStatusRoundTrip()
    {
        Receipt r;
        r.status = false;
        r.cumulativeGasUsed = 21000;
        const Bytes enc = r.encode();
        QVERIFY(enc[0] >= 0xc0);
        auto items = rlp::listItems(*rlp::decodeExact(enc));
        QVERIFY((*items)[0].payload.empty());  // status 0 is the empty string
        auto back = Receipt::decode(enc);
        QVERIFY(back.ok());
        QVERIFY(*back == r);
        QVERIFY(!back->postStateRoot);
    }

    void preByzantiumRoot()
    {
        const Bytes raw = hex(realFrontierReceiptHex());
        auto r = Receipt::decode(raw);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QVERIFY(r->postStateRoot.has_value());
        QCOMPARE(toHex(*r->postStateRoot), std::string("0xeb94aa547caeb9bbc9a28873ac22484b8558c29c1482b1dfc6214476c6385b35"));
        QCOMPARE(r->cumulativeGasUsed, std::uint64_t(0x01a5ba));
        QCOMPARE(r->type, TxType::Legacy);
        QCOMPARE(r->encode(), raw);
    }

    void malformed()
    {
        const Bytes legacy = Receipt{}.encode();
        EXPECT_ERRC(Receipt::decode({}), Errc::UnexpectedEnd);

        Bytes typed = legacy;
        typed.insert(typed.begin(), 0x05);
        auto unknown = Receipt::decode(typed, 10);
        EXPECT_ERRC(unknown, Errc::UnsupportedTxType);
        QCOMPARE(unknown.error().offset, std::size_t(10));
        typed[0] = 0x00;
        EXPECT_ERRC(Receipt::decode(typed), Errc::UnsupportedTxType);
        typed[0] = 0x02;
        QVERIFY(Receipt::decode(typed).ok());
        EXPECT_ERRC(Receipt::decode(hex("0x0280")), Errc::ExpectedList);

        auto status2 = Receipt::decode(replaceField(legacy, 0, hex("0x02")));
        EXPECT_ERRC(status2, Errc::IntegerOverflow);
        QCOMPARE(status2.error().field, std::string("receipt.status"));
        EXPECT_ERRC(Receipt::decode(replaceField(legacy, 0, hex("0x00"))), Errc::IntegerLeadingZero);
        auto root31 = Receipt::decode(replaceField(legacy, 0, rlp::encodeBytes(Bytes(31, 1))));
        EXPECT_ERRC(root31, Errc::WrongLength);
        QCOMPARE(root31.error().field, std::string("receipt.status"));

        auto gas = Receipt::decode(replaceField(legacy, 1, rlp::encodeBytes(hex("0x0001"))));
        EXPECT_ERRC(gas, Errc::IntegerLeadingZero);
        QCOMPARE(gas.error().field, std::string("receipt.cumulativeGasUsed"));
        auto bloom = Receipt::decode(replaceField(legacy, 2, rlp::encodeBytes(Bytes(255, 0))));
        EXPECT_ERRC(bloom, Errc::WrongLength);
        QCOMPARE(bloom.error().field, std::string("receipt.logsBloom"));
        EXPECT_ERRC(Receipt::decode(replaceField(legacy, 3, hex("0x80"))), Errc::ExpectedList);

        rlp::Encoder three;
        three.beginList().uint(1).uint(2).fixed(Bloom{}).endList();
        EXPECT_ERRC(Receipt::decode(three.out()), Errc::WrongFieldCount);

        Bytes trailing = legacy;
        trailing.push_back(0xc0);
        EXPECT_ERRC(Receipt::decode(trailing), Errc::TrailingBytes);
    }

    void malformedLog()
    {
        Receipt r = realDynamicFeeReceipt();
        r.type = TxType::Legacy;
        const Bytes enc = r.encode();
        // [address, [topic, topic], data] with the second topic cut to 31 bytes.
        rlp::Encoder log;
        log.beginList().fixed(r.logs[0].address).beginList().fixed(r.logs[0].topics[0]);
        log.bytes(Bytes(31, 0x13)).endList().bytes(r.logs[0].data).endList();
        rlp::Encoder logs;
        logs.beginList().raw(log.out()).endList();
        auto bad = Receipt::decode(replaceField(enc, 3, logs.out()));
        EXPECT_ERRC(bad, Errc::WrongLength);
        QCOMPARE(bad.error().field, std::string("receipt.logs[0].topics[1]"));

        rlp::Encoder twoFields;
        twoFields.beginList().beginList().fixed(r.logs[0].address).beginList().endList().endList().endList();
        auto count = Receipt::decode(replaceField(enc, 3, twoFields.out()));
        EXPECT_ERRC(count, Errc::WrongFieldCount);
        QCOMPARE(count.error().field, std::string("receipt.logs[0]"));
    }

    void fromJsonRpc()
    {
        const auto j = nlohmann::json::parse(R"({
            "type": "0x2", "status": "0x1", "cumulativeGasUsed": "0xca9c",
            "logsBloom": ")" + toHex(realDynamicFeeReceipt().logsBloom) + R"(",
            "logs": [{"address": "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df",
                      "topics": ["0x00000000000000000000000000000000000000000000000000000000656d6974",
                                 "0x13bd2394f758553be374ffa4a9455cdf5e6ef3d905acd02746df2d12361e1ace"],
                      "data": "0x0000000000000000000000000000000000000000000000000000000000000012",
                      "logIndex": "0x0", "removed": false}]
        })");
        auto r = rpcjson::receipt(j);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QVERIFY(*r == realDynamicFeeReceipt());

        auto noStatus = j;
        noStatus.erase("status");
        EXPECT_ERRC(rpcjson::receipt(noStatus), Errc::InvalidJson);
        auto withRoot = noStatus;
        withRoot["root"] = "0xeb94aa547caeb9bbc9a28873ac22484b8558c29c1482b1dfc6214476c6385b35";
        QVERIFY(rpcjson::receipt(withRoot)->postStateRoot.has_value());
        auto padded = j;
        padded["cumulativeGasUsed"] = "0x0ca9c";
        EXPECT_ERRC(rpcjson::receipt(padded), Errc::InvalidJson);
        rpcjson::Options lenient;
        lenient.lenientQuantities = true;
        QVERIFY(rpcjson::receipt(padded, lenient).ok());
        auto badTopic = j;
        badTopic["logs"][0]["topics"][0] = "0x00";
        auto t = rpcjson::receipt(badTopic);
        EXPECT_ERRC(t, Errc::WrongLength);
        QCOMPARE(t.error().field, std::string("logs[0].topics[0]"));
        auto type9 = j;
        type9["type"] = "0x9";
        EXPECT_ERRC(rpcjson::receipt(type9), Errc::UnsupportedTxType);
    }
};

QTEST_APPLESS_MAIN(TestReceipt)
#include "test_receipt.moc"
