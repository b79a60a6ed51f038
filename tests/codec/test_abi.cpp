// ABI codec: the Solidity ABI specification's own examples, selectors and topics of
// well-known signatures, round trips, and the exact error for each malformed input.
#include "codec/abi.h"
#include "codec/keccak.h"

#include <QTest>

using namespace bt;
using abi::Type;
using abi::Value;

namespace {

Bytes hex(std::string_view s) { return *fromHex(s); }

// Concatenated 32-byte words given as hex without 0x, for readable expectations.
Bytes words(std::initializer_list<const char*> ws)
{
    Bytes out;
    for (const char* w : ws) {
        Bytes b = hex(w);
        Q_ASSERT(b.size() == 32);
        append(out, b);
    }
    return out;
}

std::string w(std::uint64_t v) { return toHex(U256(v).toBigEndian32(), false); }

Bytes wordsOf(std::initializer_list<std::string> ws)
{
    Bytes out;
    for (const std::string& s : ws) append(out, hex(s));
    return out;
}

Value u(std::uint64_t v) { return Value::integer(U256(v)); }
Value str(const char* s) { return Value::string(s); }
Value raw(std::string_view s) { return Value::bytes(Bytes(s.begin(), s.end())); }

std::vector<Type> types(std::initializer_list<const char*> texts)
{
    std::vector<Type> out;
    for (const char* t : texts) out.push_back(*Type::parse(t));
    return out;
}

std::string selectorHex(std::string_view signature) { return toHex(*abi::selector(signature), false); }

// Checks code, offset and field of a failed result, and the detail when given.
template <class T>
bool failsWith(const Result<T>& r, Errc code, std::size_t offset, const std::string& field, const char* detail = nullptr)
{
    if (r.ok()) {
        qWarning("expected an error, got a value");
        return false;
    }
    const Error& e = r.error();
    if (e.code != code || e.offset != offset || e.field != field || (detail && e.detail != detail)) {
        qWarning("got: %s [code %d]", e.message().c_str(), int(e.code));
        return false;
    }
    return true;
}

// The spec's sam("dave", true, [1, 2, 3]) arguments: heads at 0, 32, 64; the bytes
// tail at 96 (length) and 128 (data); the array at 160 (count), 192, 224, 256.
const Bytes kSamArgs = wordsOf({w(0x60), w(1), w(0xa0), w(4),
                                "6461766500000000000000000000000000000000000000000000000000000000", w(3), w(1), w(2),
                                w(3)});

Bytes patched(Bytes b, std::size_t at, std::uint8_t v)
{
    b[at] = v;
    return b;
}

}  // namespace

Q_DECLARE_METATYPE(bt::Errc)

class TestAbi : public QObject {
    Q_OBJECT
private slots:
    void selectorsAndTopics()
    {
        QCOMPARE(selectorHex("transfer(address,uint256)"), std::string("a9059cbb"));
        QCOMPARE(selectorHex("transfer(address to, uint256 amount)"), std::string("a9059cbb"));
        QCOMPARE(selectorHex("transfer(address,uint)"), std::string("a9059cbb"));  // alias
        QCOMPARE(selectorHex("baz(uint32,bool)"), std::string("cdcd77c0"));
        QCOMPARE(selectorHex("bar(bytes3[2])"), std::string("fce353f6"));
        QCOMPARE(selectorHex("sam(bytes,bool,uint256[])"), std::string("a5643bf2"));
        QCOMPARE(selectorHex("f(uint256,uint32[],bytes10,bytes)"), std::string("8be65246"));
        QCOMPARE(selectorHex("g(uint256[][],string[])"), std::string("2289b18c"));
        QCOMPARE(toHex(*abi::eventTopic("Transfer(address indexed from, address indexed to, uint256 value)")),
                 std::string("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
        auto f = abi::Function::parse("sam(bytes name, bool z, uint[] data)");
        QVERIFY(f.ok());
        QCOMPARE(f->signature(), std::string("sam(bytes,bool,uint256[])"));
        QCOMPARE(f->inputs[2].name, std::string("data"));
        auto none = abi::Function::parse("ping()");
        QVERIFY(none.ok());
        QCOMPARE(none->inputs.size(), std::size_t(0));
        QCOMPARE(toHex(*abi::encodeCall(*none, {})), std::string("0x5c36b186"));
    }

    void typeText()
    {
        QCOMPARE(Type::parse("uint")->canonical(), std::string("uint256"));
        QCOMPARE(Type::parse("int")->canonical(), std::string("int256"));
        QCOMPARE(Type::parse("(address,(bytes2,string)[])[3]")->canonical(),
                 std::string("(address,(bytes2,string)[])[3]"));
        QCOMPARE(Type::parse("uint8[2][]")->kind(), Type::Kind::Array);
        QCOMPARE(Type::parse("uint8[2][]")->element().kind(), Type::Kind::FixedArray);
        QVERIFY(!Type::parse("uint8[2]")->isDynamic());
        QCOMPARE(Type::parse("uint8[2]")->headSize(), std::size_t(64));
        QVERIFY(Type::parse("string[2]")->isDynamic());
        QCOMPARE(Type::parse("(uint8,bool)")->headSize(), std::size_t(64));
        QVERIFY(Type::parse("(uint8,bytes)")->isDynamic());
    }

    void typeTextErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bt::Errc>("code");
        QTest::addColumn<int>("offset");
        QTest::newRow("uint7") << "uint7" << Errc::WrongLength << 4;
        QTest::newRow("uint264") << "uint264" << Errc::WrongLength << 4;
        QTest::newRow("uint08") << "uint08" << Errc::WrongLength << 4;
        QTest::newRow("int0") << "int0" << Errc::WrongLength << 3;
        QTest::newRow("bytes0") << "bytes0" << Errc::WrongLength << 5;
        QTest::newRow("bytes33") << "bytes33" << Errc::WrongLength << 5;
        QTest::newRow("unknown") << "uint8x" << Errc::InvalidJson << 0;
        QTest::newRow("fixed") << "fixed128x18" << Errc::InvalidJson << 0;
        QTest::newRow("capital") << "Uint8" << Errc::InvalidJson << 0;
        QTest::newRow("empty") << "" << Errc::UnexpectedEnd << 0;
        QTest::newRow("open bracket") << "uint8[" << Errc::UnexpectedEnd << 6;
        QTest::newRow("zero length") << "uint8[0]" << Errc::WrongLength << 6;
        QTest::newRow("leading zero") << "uint8[01]" << Errc::WrongLength << 6;
        QTest::newRow("junk") << "uint8]" << Errc::TrailingBytes << 5;
        QTest::newRow("space") << "uint8 x" << Errc::TrailingBytes << 5;
        QTest::newRow("empty tuple") << "()" << Errc::WrongFieldCount << 1;
        QTest::newRow("open tuple") << "(uint8" << Errc::UnexpectedEnd << 6;
        QTest::newRow("too deep") << "uint8" + QString("[]").repeated(17) << Errc::TooDeep << 37;
        QTest::newRow("huge static") << "uint256[65536][65536]" << Errc::TooLarge << 15;
    }

    void typeTextErrors()
    {
        QFETCH(QString, text);
        QFETCH(bt::Errc, code);
        QFETCH(int, offset);
        QVERIFY(failsWith(Type::parse(text.toStdString()), code, std::size_t(offset), "type"));
    }

    void signatureErrors()
    {
        QVERIFY(failsWith(abi::Function::parse("f(uint8"), Errc::UnexpectedEnd, 7, "signature"));
        QVERIFY(failsWith(abi::Function::parse("f(uint8))"), Errc::TrailingBytes, 8, "signature"));
        QVERIFY(failsWith(abi::Function::parse("(uint8)"), Errc::TrailingBytes, 0, "signature"));
        QVERIFY(failsWith(abi::Function::parse("f(uint8 indexed x)"), Errc::TrailingBytes, 16, "signature"));
        QVERIFY(failsWith(abi::Function::parse("f(string calldata s)"), Errc::TrailingBytes, 18, "signature"));
        QVERIFY(failsWith(abi::Function::parse("f(uint8,)"), Errc::TrailingBytes, 8, "signature"));
        auto e = abi::Event::parse("E(uint8 indexed k, string indexed, bytes b)");
        QVERIFY(e.ok());
        QVERIFY(e->inputs[0].indexed);
        QCOMPARE(e->inputs[0].name, std::string("k"));
        QVERIFY(e->inputs[1].indexed);
        QVERIFY(e->inputs[1].name.empty());
        QVERIFY(!e->inputs[2].indexed);
        QCOMPARE(e->signature(), std::string("E(uint8,string,bytes)"));
    }

    // The examples of the Solidity ABI specification, both ways.
    void specExamples()
    {
        struct Case {
            const char* signature;
            std::vector<Value> values;
            Bytes args;
        };
        const std::vector<Case> cases = {
            {"baz(uint32,bool)", {u(69), Value::boolean(true)}, wordsOf({w(69), w(1)})},
            {"bar(bytes3[2])",
             {Value::list({raw("abc"), raw("def")})},
             words({"6162630000000000000000000000000000000000000000000000000000000000",
                    "6465660000000000000000000000000000000000000000000000000000000000"})},
            {"sam(bytes,bool,uint256[])",
             {raw("dave"), Value::boolean(true), Value::list({u(1), u(2), u(3)})},
             kSamArgs},
            {"f(uint256,uint32[],bytes10,bytes)",
             {u(0x123), Value::list({u(0x456), u(0x789)}), raw("1234567890"), raw("Hello, world!")},
             wordsOf({w(0x123), w(0x80), "3132333435363738393000000000000000000000000000000000000000000000", w(0xe0),
                      w(2), w(0x456), w(0x789), w(13),
                      "48656c6c6f2c20776f726c642100000000000000000000000000000000000000"})},
            {"g(uint256[][],string[])",
             {Value::list({Value::list({u(1), u(2)}), Value::list({u(3)})}),
              Value::list({str("one"), str("two"), str("three")})},
             wordsOf({w(0x40), w(0x140), w(2), w(0x40), w(0xa0), w(2), w(1), w(2), w(1), w(3), w(3), w(0x60),
                      w(0xa0), w(0xe0), w(3), "6f6e650000000000000000000000000000000000000000000000000000000000",
                      w(3), "74776f0000000000000000000000000000000000000000000000000000000000", w(5),
                      "7468726565000000000000000000000000000000000000000000000000000000"})},
        };
        for (const Case& c : cases) {
            auto f = abi::Function::parse(c.signature);
            QVERIFY(f.ok());
            auto call = abi::encodeCall(*f, c.values);
            QVERIFY2(call.ok(), c.signature);
            const abi::Selector sel = f->selector();
            Bytes want(sel.begin(), sel.end());
            append(want, c.args);
            QCOMPARE(toHex(*call), toHex(want));
            auto back = abi::decodeCall(*f, *call);
            QVERIFY2(back.ok(), back.ok() ? "" : back.error().message().c_str());
            QVERIFY2(*back == c.values, c.signature);
        }
    }

    void signedIntegers()
    {
        const auto t = types({"int8", "int256", "int16"});
        auto enc = abi::encodeParams(t, std::vector<Value>{Value::int64(-1), Value::int64(-5), Value::int64(300)});
        QVERIFY(enc.ok());
        QCOMPARE(toHex(ByteView(*enc).first(32)), "0x" + std::string(64, 'f'));
        auto dec = abi::decodeParams(t, *enc);
        QVERIFY(dec.ok());
        QCOMPARE(abi::format(t[0], (*dec)[0]), std::string("-1"));
        QCOMPARE(abi::format(t[1], (*dec)[1]), std::string("-5"));
        QCOMPARE(abi::format(t[2], (*dec)[2]), std::string("300"));
        const Type i8 = *Type::parse("int8");
        QVERIFY(abi::encodeParams({&i8, 1}, std::vector<Value>{Value::int64(-128)}).ok());
        QVERIFY(failsWith(abi::encodeParams({&i8, 1}, std::vector<Value>{Value::int64(128)}), Errc::IntegerOverflow,
                          0, "[0]"));
        QVERIFY(failsWith(abi::encodeParams({&i8, 1}, std::vector<Value>{Value::int64(-129)}),
                          Errc::IntegerOverflow, 0, "[0]"));
        // 0x80 without the sign extension is not an int8.
        QVERIFY(failsWith(abi::decodeParams({&i8, 1}, wordsOf({w(0x80)})), Errc::IntegerOverflow, 0, "[0]"));
        QVERIFY(failsWith(abi::decodeParams({&i8, 1}, wordsOf({std::string(62, 'f') + "7f"})),
                          Errc::IntegerOverflow, 0, "[0]"));
    }

    void tuplesRoundTrip()
    {
        // A static tuple sits in the head; a dynamic one behind an offset.
        const auto t = types({"(uint256,bool)", "(string,bytes2)[]", "address", "(uint8,string)[2]"});
        Address a;
        a.bytes[19] = 0x42;
        const std::vector<Value> v = {
            Value::list({u(7), Value::boolean(false)}),
            Value::list({Value::list({str("DE"), raw("DE")}), Value::list({str(""), raw("CN")})}),
            Value::address(a),
            Value::list({Value::list({u(1), str("x")}), Value::list({u(2), str(std::string(40, 'y').c_str())})}),
        };
        auto enc = abi::encodeParams(t, v);
        QVERIFY(enc.ok());
        QCOMPARE(toHex(ByteView(*enc).first(64)), "0x" + w(7) + w(0));
        QCOMPARE(toHex(ByteView(*enc).subspan(64, 32)), "0x" + w(0xa0));  // five head words
        auto dec = abi::decodeParams(t, *enc);
        QVERIFY2(dec.ok(), dec.ok() ? "" : dec.error().message().c_str());
        QVERIFY(*dec == v);
        QCOMPARE(*abi::encodeParams(t, *dec), *enc);
        QCOMPARE(abi::format(t[1], v[1]), std::string("[(\"DE\",0x4445),(\"\",0x434e)]"));
    }

    void encodeErrors()
    {
        const auto t = types({"uint8", "bytes2", "uint256[]", "(uint8,bool)"});
        const std::vector<Value> good = {u(255), raw("DE"), Value::list({}), Value::list({u(1), Value::boolean(true)})};
        QVERIFY(abi::encodeParams(t, good).ok());
        auto with = [&](std::size_t i, Value v) {
            std::vector<Value> vs = good;
            vs[i] = std::move(v);
            return abi::encodeParams(t, vs);
        };
        QVERIFY(failsWith(with(0, u(256)), Errc::IntegerOverflow, 0, "[0]", "value does not fit uint8"));
        QVERIFY(failsWith(with(0, str("1")), Errc::ExpectedString, 0, "[0]", "uint8 needs an integer, got a string"));
        QVERIFY(failsWith(with(1, raw("DEU")), Errc::WrongLength, 0, "[1]", "got 3 bytes for bytes2"));
        QVERIFY(failsWith(with(2, u(1)), Errc::ExpectedList, 0, "[2]", "uint256[] needs a list, got an integer"));
        QVERIFY(failsWith(with(2, Value::list({u(1), str("x")})), Errc::ExpectedString, 0, "[2][1]"));
        QVERIFY(failsWith(with(3, Value::list({u(1)})), Errc::WrongFieldCount, 0, "[3]"));
        QVERIFY(failsWith(abi::encodeParams(t, std::vector<Value>{u(1)}), Errc::WrongFieldCount, 0, ""));
        QVERIFY(failsWith(abi::encodeCall("recordEvent(uint8 kind)", std::vector<Value>{u(300)}),
                          Errc::IntegerOverflow, 0, "recordEvent.kind"));
        const Type fixed = *Type::parse("uint8[2]");
        QVERIFY(failsWith(abi::encodeParams({&fixed, 1}, std::vector<Value>{Value::list({u(1)})}), Errc::WrongLength,
                          0, "[0]"));
    }

    // Each malformed variant of the spec's sam(...) arguments, with its exact error.
    void strictDecoding_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bt::Errc>("code");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        auto qb = [](const Bytes& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())); };
        Bytes b = kSamArgs;

        QTest::newRow("offset into the head") << qb(patched(b, 31, 0x40)) << Errc::NonCanonicalSize << 0 << "[0]"
                                              << "offset 64, the canonical encoding has 96";
        QTest::newRow("overlapping tails") << qb(patched(b, 95, 0x60)) << Errc::NonCanonicalSize << 64 << "[2]"
                                           << "offset 96, the canonical encoding has 160";
        QTest::newRow("gap before a tail") << qb(patched(b, 95, 0xc0)) << Errc::NonCanonicalSize << 64 << "[2]"
                                           << "offset 192, the canonical encoding has 160";
        Bytes hugeOffset = b;
        hugeOffset[64] = 0xff;
        QTest::newRow("offset beyond 2^64") << qb(hugeOffset) << Errc::NonCanonicalSize << 64 << "[2]"
                                            << "offset "
                                               "115339776388732929035197660848497720713218148788040405586178452820382"
                                               "218977440, the canonical encoding has 160";
        QTest::newRow("bool 2") << qb(patched(b, 63, 2)) << Errc::IntegerOverflow << 32 << "[1]"
                                << "bool other than 0 or 1";
        QTest::newRow("non-zero padding") << qb(patched(b, 132, 1)) << Errc::TrailingBytes << 132 << "[0]"
                                          << "non-zero padding";
        Bytes longLen = b;
        longLen[96 + 23] = 1;  // length 2^64 + 4
        QTest::newRow("length past the data") << qb(longLen) << Errc::UnexpectedEnd << 96 << "[0]"
                                              << "length 18446744073709551620 but 160 bytes follow";
        // 33 bytes fit in what follows, but their padding then runs into the array's count.
        QTest::newRow("length 33") << qb(patched(b, 127, 33)) << Errc::TrailingBytes << 191 << "[0]"
                                   << "non-zero padding";
        QTest::newRow("count past the data") << qb(patched(b, 191, 4)) << Errc::UnexpectedEnd << 160 << "[2]"
                                             << "array length 4 but 96 bytes follow";
        QTest::newRow("trailing word") << qb(wordsOf({toHex(b, false), w(0)})) << Errc::TrailingBytes << 288 << ""
                                       << "32 bytes after the encoding";
        QTest::newRow("trailing byte") << qb(wordsOf({toHex(b, false), "00"})) << Errc::TrailingBytes << 288 << ""
                                       << "1 bytes after the encoding";
        QTest::newRow("truncated tail") << qb(Bytes(b.begin(), b.begin() + 100)) << Errc::UnexpectedEnd << 96 << "[0]"
                                        << "need 32 bytes at 96, the data has 100";
        // The first tail is read as soon as its offset is: that is what runs out first.
        QTest::newRow("truncated head") << qb(Bytes(b.begin(), b.begin() + 40)) << Errc::UnexpectedEnd << 40 << "[0]"
                                        << "need 32 bytes at 96, the data has 40";
        QTest::newRow("empty") << QByteArray() << Errc::UnexpectedEnd << 0 << "[0]"
                               << "need 32 bytes at 0, the data has 0";
    }

    void strictDecoding()
    {
        QFETCH(QByteArray, data);
        QFETCH(bt::Errc, code);
        QFETCH(int, offset);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        const auto t = types({"bytes", "bool", "uint256[]"});
        const Bytes d(data.begin(), data.end());
        auto r = abi::decodeParams(t, d);
        QVERIFY(failsWith(r, code, std::size_t(offset), field.toStdString()));
        QCOMPARE(QString::fromStdString(r.error().detail), detail);
        QVERIFY(abi::decodeParams(t, kSamArgs).ok());
    }

    void strictScalars()
    {
        const Type u8 = *Type::parse("uint8");
        QVERIFY(failsWith(abi::decodeParams({&u8, 1}, wordsOf({w(256)})), Errc::IntegerOverflow, 0, "[0]",
                          "value does not fit uint8"));
        const Type addr = Type::address();
        QVERIFY(failsWith(abi::decodeParams({&addr, 1}, wordsOf({"01" + std::string(62, '0')})),
                          Errc::IntegerOverflow, 0, "[0]", "address with non-zero upper 12 bytes"));
        const Type b3 = *Type::parse("bytes3");
        QVERIFY(failsWith(abi::decodeParams({&b3, 1}, wordsOf({"61626364" + std::string(56, '0')})),
                          Errc::TrailingBytes, 3, "[0]", "non-zero padding"));
        // Nested paths name the element.
        const Type arr = *Type::parse("uint8[]");
        QVERIFY(failsWith(abi::decodeParams({&arr, 1}, wordsOf({w(32), w(2), w(1), w(999)})), Errc::IntegerOverflow,
                          96, "[0][1]"));
        // An array of strings whose offsets all point at one tail (the "offset bomb").
        const Type strs = *Type::parse("string[]");
        QVERIFY(failsWith(abi::decodeParams({&strs, 1}, wordsOf({w(32), w(3), w(96), w(96), w(96), w(1),
                                                                   "61" + std::string(62, '0')})),
                          Errc::NonCanonicalSize, 96, "[0][1]", "offset 96, the canonical encoding has 160"));
    }

    void callsAndOffsets()
    {
        auto f = abi::Function::parse("sam(bytes name, bool z, uint256[] data)");
        QVERIFY(f.ok());
        const abi::Selector sel = f->selector();
        Bytes call(sel.begin(), sel.end());
        append(call, patched(kSamArgs, 63, 2));
        // Offsets count the selector; fields are the parameter names.
        auto r = abi::decodeCall(*f, call);
        QVERIFY(failsWith(r, Errc::IntegerOverflow, 36, "sam.z"));
        QCOMPARE(r.error().message(), std::string("integer too large for the field in sam.z at byte 36 "
                                                  "(bool other than 0 or 1)"));
        call[0] ^= 1;
        QVERIFY(failsWith(abi::decodeCall(*f, call), Errc::HashMismatch, 0, "sam"));
        QVERIFY(failsWith(abi::decodeCall(*f, Bytes{0xa5, 0x64}), Errc::UnexpectedEnd, 2, "sam"));
    }

    void logs()
    {
        auto ev = abi::Event::parse("Transfer(address indexed from, address indexed to, uint256 value)");
        QVERIFY(ev.ok());
        Address from, to;
        from.bytes[0] = 0xaa;
        to.bytes[19] = 0xbb;
        const std::vector<Value> v = {Value::address(from), Value::address(to), u(1000)};
        auto log = abi::encodeLog(*ev, v);
        QVERIFY(log.ok());
        QCOMPARE(log->topics.size(), std::size_t(3));
        QCOMPARE(toHex(log->topics[1]), "0x" + std::string(24, '0') + "aa" + std::string(38, '0'));
        QCOMPARE(toHex(log->data), "0x" + w(1000));
        auto back = abi::decodeLog(*ev, log->topics, log->data);
        QVERIFY(back.ok());
        QVERIFY(*back == v);

        QVERIFY(failsWith(abi::decodeLog(*ev, std::span(log->topics).first(2), log->data), Errc::WrongFieldCount, 0,
                          "Transfer.topics", "got 2 topics, want 3"));
        std::vector<Hash32> wrong = log->topics;
        wrong[0].bytes[0] ^= 1;
        QVERIFY(failsWith(abi::decodeLog(*ev, wrong, log->data), Errc::HashMismatch, 0, "Transfer.topics[0]"));
        std::vector<Hash32> dirty = log->topics;
        dirty[2].bytes[0] = 1;
        QVERIFY(failsWith(abi::decodeLog(*ev, dirty, log->data), Errc::IntegerOverflow, 0, "Transfer.to",
                          "topic 2: address with non-zero upper 12 bytes"));
        QVERIFY(failsWith(abi::decodeLog(*ev, log->topics, Bytes(31, 0)), Errc::UnexpectedEnd, 0, "Transfer.value"));

        // An indexed string is only its hash in the log.
        auto named = abi::Event::parse("Named(string indexed name, string note)");
        auto nlog = abi::encodeLog(*named, std::vector<Value>{str("cobalt"), str("lot 7")});
        QVERIFY(nlog.ok());
        QCOMPARE(nlog->topics[1], keccak256(asBytes("cobalt")));
        auto nback = abi::decodeLog(*named, nlog->topics, nlog->data);
        QVERIFY(nback.ok());
        QCOMPARE((*nback)[0].asFixed<32>(), keccak256(asBytes("cobalt")));
        QCOMPARE((*nback)[1].asString(), std::string("lot 7"));

        // Static arrays and tuples are hashed too, even when they would fit a word.
        auto pair = abi::Event::parse("Pair(uint8[1] indexed a, (uint8) indexed b)");
        QVERIFY(pair.ok());
        const std::vector<Hash32> pairTopics = {pair->topic(), keccak256(asBytes("a")), keccak256(asBytes("b"))};
        auto pback = abi::decodeLog(*pair, pairTopics, {});
        QVERIFY(pback.ok());
        QCOMPARE((*pback)[0].asFixed<32>(), pairTopics[1]);
        QVERIFY(failsWith(abi::encodeLog(*pair, std::vector<Value>{Value::list({u(1)}), Value::list({u(2)})}),
                          Errc::ExpectedString, 0, "Pair.a", "indexed uint8[1] is not supported"));
    }
};

QTEST_APPLESS_MAIN(TestAbi)
#include "test_abi.moc"
