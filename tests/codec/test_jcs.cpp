// RFC 8785 (JCS) pieces: ECMAScript number layout, UTF-16 member order, string
// escaping, the exact error and offset of each malformed input, and a known answer
// for an EPCIS document (computed with erdtman's npm "canonicalize" 4.0.0 on Node 20
// and Node's crypto SHA-256, outside this code base).
#include "codec/jcs.h"
#include "codec/keccak.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace bt;

namespace {

std::string canon(std::string_view text)
{
    auto r = jcs::canonicalize(text);
    return r ? *r : "ERROR: " + r.error().message();
}

std::string num(double v)
{
    auto r = jcs::serializeNumber(v);
    return r ? *r : "ERROR: " + r.error().message();
}

// UTF-8 of one code point, for building names without source-encoding doubts.
std::string u8(char32_t cp)
{
    auto r = jcs::serializeString(std::u32string(1, cp));
    return r->substr(1, r->size() - 2);
}

// A typical EPCIS 2.0 document with one ObjectEvent (1.8 KB): unsorted members,
// pretty-printed, numbers in non-canonical spellings, escapes, non-ASCII text, an
// astral pair.
constexpr std::string_view kEpcisDocument = R"json({
  "@context": [
    "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
    {"bt": "https://example.invalid/batterytrace/voc/"}
  ],
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2024-05-14T09:12:44.120Z",
  "epcisBody": {
    "eventList": [
      {
        "type": "ObjectEvent",
        "eventID": "ni:///sha-256;7c1f3a0e5b2d4c6e8f9a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abcde?ver=CBV2.0",
        "eventTime": "2024-05-14T09:10:00.000+02:00",
        "eventTimeZoneOffset": "+02:00",
        "epcList": [
          "urn:epc:id:sgtin:4012345.011111.1001",
          "urn:epc:id:sgtin:4012345.011111.1002"
        ],
        "action": "OBSERVE",
        "bizStep": "inspecting",
        "disposition": "conformant",
        "readPoint": {"id": "urn:epc:id:sgln:4012345.00001.QC1"},
        "bizLocation": {"id": "urn:epc:id:sgln:4012345.00001.0"},
        "quantityList": [
          {"epcClass": "urn:epc:class:lgtin:4012345.022222.LOT7", "quantity": 1200.50, "uom": "KGM"}
        ],
        "sensorElementList": [
          {
            "sensorMetadata": {"time": "2024-05-14T09:09:58Z", "deviceID": "urn:epc:id:giai:4012345.SENS42"},
            "sensorReport": [
              {"type": "Temperature", "value": 26.0, "uom": "CEL"},
              {"type": "bt:CellVoltage", "value": 3.70, "uom": "VLT"},
              {"type": "bt:InternalResistance", "value": 1.2E-3, "uom": "OHM"}
            ]
          }
        ],
        "bt:stateOfHealth": 0.9870,
        "bt:capacityAh": 1.5e2,
        "bt:cycleCount": 0,
        "bt:chemistry": "NMC811",
        "bt:note": "Qualit\u00e4tspr\u00fcfung bestanden \u2713 \/ Zellfertigung S\u00fcd",
        "bt:origin": "Lithium: Salar de Atacama (CL) \ud83c\udde8\ud83c\uddf1"
      }
    ]
  }
}
)json";

// Node: canonicalize(JSON.parse(text)), UTF-8 encoded (non-ASCII written as \x here).
constexpr std::string_view kEpcisCanonical =
    R"({"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"bt":"https://example.invalid/batterytrace/voc/"}],)"
    R"("creationDate":"2024-05-14T09:12:44.120Z","epcisBody":{"eventList":[{"action":"OBSERVE",)"
    R"("bizLocation":{"id":"urn:epc:id:sgln:4012345.00001.0"},"bizStep":"inspecting","bt:capacityAh":150,)"
    R"("bt:chemistry":"NMC811","bt:cycleCount":0,)"
    "\"bt:note\":\"Qualit\xC3\xA4tspr\xC3\xBC""fung bestanden \xE2\x9C\x93 / Zellfertigung S\xC3\xBC""d\","
    "\"bt:origin\":\"Lithium: Salar de Atacama (CL) \xF0\x9F\x87\xA8\xF0\x9F\x87\xB1\","
    R"("bt:stateOfHealth":0.987,"disposition":"conformant",)"
    R"("epcList":["urn:epc:id:sgtin:4012345.011111.1001","urn:epc:id:sgtin:4012345.011111.1002"],)"
    R"("eventID":"ni:///sha-256;7c1f3a0e5b2d4c6e8f9a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abcde?ver=CBV2.0",)"
    R"("eventTime":"2024-05-14T09:10:00.000+02:00","eventTimeZoneOffset":"+02:00",)"
    R"("quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.022222.LOT7","quantity":1200.5,"uom":"KGM"}],)"
    R"("readPoint":{"id":"urn:epc:id:sgln:4012345.00001.QC1"},)"
    R"("sensorElementList":[{"sensorMetadata":{"deviceID":"urn:epc:id:giai:4012345.SENS42","time":"2024-05-14T09:09:58Z"},)"
    R"("sensorReport":[{"type":"Temperature","uom":"CEL","value":26},{"type":"bt:CellVoltage","uom":"VLT","value":3.7},)"
    R"({"type":"bt:InternalResistance","uom":"OHM","value":0.0012}]}],"type":"ObjectEvent"}]},)"
    R"("schemaVersion":"2.0","type":"EPCISDocument"})";

constexpr std::string_view kEpcisSha256 = "7cb925b332fc595f42daca19c29869187fd9f962593368eb4b9a0f8847cd812b";

}  // namespace

Q_DECLARE_METATYPE(bt::Errc)

class TestJcs : public QObject {
    Q_OBJECT
private slots:
    void numberLayout()
    {
        // Zeros: ECMAScript prints -0 as "0" (RFC 8785 Appendix B).
        QCOMPARE(num(0.0), std::string("0"));
        QCOMPARE(num(-0.0), std::string("0"));
        // Integers up to 21 digits print in full, then the exponent form.
        QCOMPARE(num(1), std::string("1"));
        QCOMPARE(num(-1.5), std::string("-1.5"));
        QCOMPARE(num(100), std::string("100"));
        QCOMPARE(num(1e20), std::string("100000000000000000000"));
        QCOMPARE(num(999999999999999900000.0), std::string("999999999999999900000"));
        QCOMPARE(num(1e21), std::string("1e+21"));
        QCOMPARE(num(-1e21), std::string("-1e+21"));
        QCOMPARE(num(1.5e21), std::string("1.5e+21"));
        QCOMPARE(num(9007199254740992.0), std::string("9007199254740992"));
        QCOMPARE(num(295147905179352825856.0), std::string("295147905179352830000"));  // 2^68
        QCOMPARE(num(1e23), std::string("1e+23"));
        // Fractions: plain down to 1e-6, exponent form from 1e-7 on.
        QCOMPARE(num(123.45), std::string("123.45"));
        QCOMPARE(num(0.1 + 0.2), std::string("0.30000000000000004"));
        QCOMPARE(num(0.000001), std::string("0.000001"));
        QCOMPARE(num(0.0000012), std::string("0.0000012"));
        QCOMPARE(num(1e-7), std::string("1e-7"));
        QCOMPARE(num(1.5e-7), std::string("1.5e-7"));
        QCOMPARE(num(-1.23e-18), std::string("-1.23e-18"));
        QCOMPARE(num(1424953923781206.2), std::string("1424953923781206.2"));
        // The ends of the range.
        QCOMPARE(num(std::numeric_limits<double>::denorm_min()), std::string("5e-324"));
        QCOMPARE(num(std::numeric_limits<double>::min()), std::string("2.2250738585072014e-308"));
        QCOMPARE(num(std::numeric_limits<double>::max()), std::string("1.7976931348623157e+308"));
        QCOMPARE(num(-std::numeric_limits<double>::max()), std::string("-1.7976931348623157e+308"));
    }

    void nonFiniteNumbersFail()
    {
        for (double v : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                         -std::numeric_limits<double>::infinity()}) {
            auto r = jcs::serializeNumber(v);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Errc::JsonNumberNotRepresentable);
            std::string out = "x";
            QVERIFY(!jcs::appendNumber(out, v));
            QCOMPARE(out, std::string("x"));
        }
    }

    void numberTokens()
    {
        QCOMPARE(canon("[333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001]"),
                 std::string("[333333333.3333333,1e+30,4.5,0.002,1e-27]"));
        QCOMPARE(canon("123456789012345"), std::string("123456789012345"));    // fast path
        QCOMPARE(canon("-123456789012345"), std::string("-123456789012345"));
        QCOMPARE(canon("1234567890123456789"), std::string("1234567890123456800"));
        QCOMPARE(canon("9007199254740993"), std::string("9007199254740992"));  // nearest double
        QCOMPARE(canon("0.1e1"), std::string("1"));
        QCOMPARE(canon("1E+2"), std::string("100"));
        QCOMPARE(canon("0e-5"), std::string("0"));
        QCOMPARE(canon("0.100000000000000005"), std::string("0.1"));
        QCOMPARE(canon("428654966685883400000"), std::string("428654966685883400000"));
        // Negative zero and underflow: read as (−)0, printed "0" (plain RFC 8785).
        QCOMPARE(canon("-0"), std::string("0"));
        QCOMPARE(canon("-0.0"), std::string("0"));
        QCOMPARE(canon("-0e10"), std::string("0"));
        QCOMPARE(canon("1e-400"), std::string("0"));
        QCOMPARE(canon("-1e-400"), std::string("0"));
        QCOMPARE(canon("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                       "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                       "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                       "000000000000000000000000000000000000000000000000000000000000000000000001e-5"),
                 std::string("0"));
        // Just inside and just outside the largest double.
        QCOMPARE(canon("1.7976931348623158e308"), std::string("1.7976931348623157e+308"));
        QCOMPARE(canon("2.4703282292062328e-324"), std::string("5e-324"));
    }

    void memberOrderIsUtf16()
    {
        const std::string fb33 = u8(0xFB33);      // BMP, above the surrogate range
        const std::string e000 = u8(0xE000);      // first code point after the surrogates
        const std::string ffff = u8(0xFFFF);
        const std::string d7ff = u8(0xD7FF);      // last code point before them
        const std::string smile = u8(0x1F600);    // D83D DE00 in UTF-16
        const std::string first = u8(0x10000);    // D800 DC00
        const std::string last = u8(0x10FFFF);    // DBFF DFFF
        // Supplementary characters (surrogate pairs) sort before U+E000..U+FFFF ...
        QVERIFY(jcs::utf16Less(smile, fb33));
        QVERIFY(!jcs::utf16Less(fb33, smile));
        QVERIFY(jcs::utf16Less(last, e000));
        QVERIFY(jcs::utf16Less(first, ffff));
        QVERIFY(!jcs::utf16Less(ffff, last));
        // ... but after everything below U+D800, as in code point order.
        QVERIFY(jcs::utf16Less(d7ff, first));
        QVERIFY(jcs::utf16Less("z", first));
        QVERIFY(jcs::utf16Less(u8(0x7FF), u8(0x800)));
        // Within a block, and prefixes.
        QVERIFY(jcs::utf16Less(first, last));
        QVERIFY(jcs::utf16Less(e000, ffff));
        QVERIFY(jcs::utf16Less("", "a"));
        QVERIFY(jcs::utf16Less("a", "ab"));
        QVERIFY(!jcs::utf16Less("ab", "ab"));
        QVERIFY(jcs::utf16Less("B", "a"));  // no locale, no case folding
        // In an object, names spelled with escapes sort by what they decode to.
        const std::string escapedNames = "{\"\\uE000\":1,\"\\ud800\\udc00\":2,\"\\ud7ff\":3,\"\\uFB33\":4,\"\\uD83D\\uDE00\":5}";
        QCOMPARE(canon(escapedNames),
                 "{\"" + d7ff + "\":3,\"" + first + "\":2,\"" + smile + "\":5,\"" + e000 + "\":1,\"" + fb33 + "\":4}");
        QCOMPARE(canon("{\"b\":1,\"a\":{\"d\":1,\"c\":[{\"f\":1,\"e\":2}]},\"\\n\":0,\"10\":2,\"1\":3}"),
                 std::string("{\"\\n\":0,\"1\":3,\"10\":2,\"a\":{\"c\":[{\"e\":2,\"f\":1}],\"d\":1},\"b\":1}"));
    }

    void stringEscaping()
    {
        std::u32string controls;
        for (char32_t c = 0; c < 0x20; ++c) controls += c;
        QCOMPARE(*jcs::serializeString(controls),
                 std::string("\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
                             "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019"
                             "\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\""));
        QCOMPARE(*jcs::serializeString(U"a\"b\\c/d\x7f"), std::string("\"a\\\"b\\\\c/d\x7f\""));
        // No escaping above ASCII: U+2028 (which ECMAScript source would care about),
        // U+FEFF, astral characters all go out raw.
        QCOMPARE(*jcs::serializeString(U"\u2028\uFEFF\U0001F602"),
                 std::string("\"\xE2\x80\xA8\xEF\xBB\xBF\xF0\x9F\x98\x82\""));
        // Escapes in the input are decoded, then written the canonical way.
        QCOMPARE(canon("\"\\u00e9\\/\\u0041\\u000A\\u001F\\\"\\\\\""), std::string("\"\xC3\xA9/A\\n\\u001f\\\"\\\\\""));
        QCOMPARE(canon("\"\\uD83D\\uDE02\""), std::string("\"\xF0\x9F\x98\x82\""));
        QCOMPARE(canon("\"A\xCC\x8A\""), std::string("\"A\xCC\x8A\""));  // no Unicode normalization
        // Code points that are not scalar values cannot be serialized.
        auto surrogate = jcs::serializeString(U"ab" + std::u32string(1, char32_t(0xD800)));
        QCOMPARE(surrogate.error().code, Errc::JsonLoneSurrogate);
        QCOMPARE(surrogate.error().offset, std::size_t(2));
        auto tooHigh = jcs::serializeString(std::u32string(1, char32_t(0x110000)));
        QCOMPARE(tooHigh.error().code, Errc::JsonInvalidUtf8);
        QCOMPARE(tooHigh.error().offset, std::size_t(0));
    }

    void policyDecisions()
    {
        // Plain RFC 8785 where stricter profiles differ (see jcs.cpp):
        QCOMPARE(canon("\xEF\xBB\xBF{}"), std::string("{}"));                // leading BOM ignored
        QCOMPARE(canon("\"\xEF\xB7\x90\""), std::string("\"\xEF\xB7\x90\""));  // noncharacter U+FDD0 kept
        QCOMPARE(canon("\"\\uFFFF\""), std::string("\"\xEF\xBF\xBF\""));
        QCOMPARE(canon("{\"n\": 9007199254740993}"), std::string("{\"n\":9007199254740992}"));
        QCOMPARE(canon("-0"), std::string("0"));
        // A BOM anywhere else is not whitespace.
        QCOMPARE(jcs::canonicalize("{}\xEF\xBB\xBF").error().code, Errc::JsonSyntax);
        QCOMPARE(jcs::canonicalize("\xEF\xBB\xBF\xEF\xBB\xBF{}").error().offset, std::size_t(3));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bt::Errc>("code");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("field");
        auto row = [](const char* name, QByteArray in, Errc code, int offset, const char* fieldPath = "") {
            QTest::newRow(name) << in << code << offset << QString(fieldPath);
        };
        // Grammar (RFC 8259).
        row("empty", "", Errc::JsonSyntax, 0);
        row("only whitespace", " \n", Errc::JsonSyntax, 2);
        row("open object", "{", Errc::JsonSyntax, 1);
        row("open array", "[1,", Errc::JsonSyntax, 3, "1");
        row("trailing comma", "[1,]", Errc::JsonSyntax, 3, "1");
        row("missing comma", "[1 2]", Errc::JsonSyntax, 3);
        row("missing colon", "{\"a\" 1}", Errc::JsonSyntax, 5, "a");
        row("unquoted name", "{a:1}", Errc::JsonSyntax, 1);
        row("single quotes", "['a']", Errc::JsonSyntax, 1, "0");
        row("bad literal", "tru", Errc::JsonSyntax, 0);
        row("capital literal", "True", Errc::JsonSyntax, 0);
        row("trailing data", "[1] x", Errc::JsonSyntax, 4);
        row("two values", "1 2", Errc::JsonSyntax, 2);
        row("form feed is not whitespace", "\f1", Errc::JsonSyntax, 0);
        row("raw control in string", "\"\x01\"", Errc::JsonSyntax, 1);
        row("raw tab in string", "\"a\tb\"", Errc::JsonSyntax, 2);
        row("unterminated string", "\"abc", Errc::JsonSyntax, 4);
        row("bad escape", "\"\\x\"", Errc::JsonSyntax, 1);
        row("short u escape", "\"ab\\u12G4\"", Errc::JsonSyntax, 3);
        row("cut u escape", "\"\\u12", Errc::JsonSyntax, 1);
        row("NaN", "[NaN]", Errc::JsonSyntax, 1, "0");
        row("Infinity", "Infinity", Errc::JsonSyntax, 0);
        row("-Infinity", "-Infinity", Errc::JsonSyntax, 1);
        row("leading zero", "[01]", Errc::JsonSyntax, 1, "0");
        row("negative leading zero", "-012", Errc::JsonSyntax, 0);
        row("bare minus", "-", Errc::JsonSyntax, 1);
        row("plus sign", "+1", Errc::JsonSyntax, 0);
        row("leading dot", ".5", Errc::JsonSyntax, 0);
        row("trailing dot", "1.", Errc::JsonSyntax, 2);
        row("dot exponent", "1.e5", Errc::JsonSyntax, 2);
        row("empty exponent", "1e", Errc::JsonSyntax, 2);
        row("signed empty exponent", "1e+", Errc::JsonSyntax, 3);
        row("hex number", "0x10", Errc::JsonSyntax, 1);
        row("non-ASCII outside a string", "[\xC3\xA9]", Errc::JsonSyntax, 1, "0");
        // UTF-8 (RFC 3629).
        row("byte FF", "[\"\xFF\"]", Errc::JsonInvalidUtf8, 2, "0");
        row("lone continuation", "\"a\x80\"", Errc::JsonInvalidUtf8, 2);
        row("overlong slash", "\"\xC0\xAF\"", Errc::JsonInvalidUtf8, 1);
        row("overlong 3-byte", "\"\xE0\x80\xAF\"", Errc::JsonInvalidUtf8, 1);
        row("encoded surrogate", "[\"\xED\xA0\x80\"]", Errc::JsonInvalidUtf8, 2, "0");
        row("above U+10FFFF", "\"\xF4\x90\x80\x80\"", Errc::JsonInvalidUtf8, 1);
        row("cut sequence", "\"\xE2\x82\"", Errc::JsonInvalidUtf8, 1);
        row("cut by end", "\"\xE2\x82", Errc::JsonInvalidUtf8, 1);
        row("invalid in a name", "{\"k\xFF\":1}", Errc::JsonInvalidUtf8, 3);
        // Surrogate escapes (RFC 8785 3.2.2.2).
        row("lone high", "\"\\uD800\"", Errc::JsonLoneSurrogate, 1);
        row("lone low", "{\"k\":\"ab\\uDEAD\"}", Errc::JsonLoneSurrogate, 8, "k");
        row("high high", "\"\\uD800\\uD800\"", Errc::JsonLoneSurrogate, 1);
        row("high then text", "\"\\uD800x\"", Errc::JsonLoneSurrogate, 1);
        row("high at end", "\"\\uDBFF\"", Errc::JsonLoneSurrogate, 1);
        row("low high", "\"\\uDC00\\uD800\"", Errc::JsonLoneSurrogate, 1);
        row("lone in a name", "{\"\\uD800\":1}", Errc::JsonLoneSurrogate, 2);
        // Duplicate names (I-JSON), found after unescaping, reported at the later one.
        row("duplicate", "{\"a\":1,\"a\":2}", Errc::JsonDuplicateName, 7, "a");
        row("duplicate escaped", "{\"\\u0061\":1, \"a\":2}", Errc::JsonDuplicateName, 13, "a");
        row("duplicate nested", "[{\"x\": {\"k\": 1, \"k\": 2}}]", Errc::JsonDuplicateName, 16, "0.x.k");
        row("duplicate apart", "{\"b\":1,\"a\":2,\"b\":3}", Errc::JsonDuplicateName, 13, "b");
        // Numbers beyond the doubles (I-JSON, RFC 8785 3.1).
        row("1e400", "1e400", Errc::JsonNumberNotRepresentable, 0);
        row("-1e309 in array", "[1,-1e309]", Errc::JsonNumberNotRepresentable, 3, "1");
        row("just above max", "1.7976931348623159e308", Errc::JsonNumberNotRepresentable, 0);
        row("huge exponent", "{\"q\":0.5e99999999999999999999}", Errc::JsonNumberNotRepresentable, 5, "q");
        // Nesting bound.
        std::string deepPath = "0";
        for (std::size_t i = 1; i < jcs::kMaxDepth; ++i) deepPath += ".0";
        QTest::newRow("too deep") << QByteArray(600, '[') << Errc::TooDeep << 512 << QString::fromStdString(deepPath);
        // Paths name the member and index where it went wrong.
        row("deep path", "{\"a\":[1,{\"b\":tru}]}", Errc::JsonSyntax, 13, "a.1.b");
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(bt::Errc, code);
        QFETCH(int, offset);
        QFETCH(QString, field);
        auto r = jcs::canonicalize(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
        QVERIFY2(!r.ok(), r.ok() ? r->c_str() : "");
        QVERIFY2(r.error().code == code, r.error().message().c_str());
        QCOMPARE(r.error().offset, std::size_t(offset));
        QCOMPARE(QString::fromStdString(r.error().field), field);
        QVERIFY(r.error().message().find("at byte " + std::to_string(offset)) != std::string::npos);
        QVERIFY(!jcs::jcsSha256(std::string_view(input.constData(), static_cast<std::size_t>(input.size()))).ok());
    }

    void deepButAllowed()
    {
        const std::string doc = std::string(jcs::kMaxDepth, '[') + std::string(jcs::kMaxDepth, ']');
        QCOMPARE(canon(doc), doc);
    }

    void epcisKnownAnswer()
    {
        auto canonical = jcs::canonicalize(kEpcisDocument);
        QVERIFY2(canonical.ok(), canonical.ok() ? "" : canonical.error().message().c_str());
        QCOMPARE(*canonical, std::string(kEpcisCanonical));
        auto hash = jcs::jcsSha256(kEpcisDocument);
        QVERIFY(hash.ok());
        QCOMPARE(toHex(*hash, false), std::string(kEpcisSha256));
        QCOMPARE(toHex(sha256(asBytes(kEpcisCanonical)), false), std::string(kEpcisSha256));
        // The canonical form is a fixed point.
        QCOMPARE(canon(*canonical), *canonical);
    }

    void reusedCanonicalizer()
    {
        // One Canonicalizer over documents of every kind, failures in between, gives
        // what fresh ones give: no state leaks from one call to the next.
        jcs::Canonicalizer c;
        std::string out;
        const std::string_view docs[] = {kEpcisDocument, "{\"a\":{\"b\":", "{\"z\":1,\"y\":[{\"x\":2,\"w\":3}]}",
                                         "{\"k\":1,\"k\":2}", kEpcisDocument, "[]", "\"\\uD800\""};
        for (int round = 0; round < 2; ++round) {
            for (std::string_view d : docs) {
                Status st = c.canonicalize(d, out);
                auto fresh = jcs::canonicalize(d);
                QCOMPARE(st.ok(), fresh.ok());
                if (st.ok()) {
                    QCOMPARE(out, *fresh);
                } else {
                    QCOMPARE(st.error().code, fresh.error().code);
                    QCOMPARE(st.error().offset, fresh.error().offset);
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestJcs)
#include "test_jcs.moc"
