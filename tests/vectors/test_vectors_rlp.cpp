// F-RLP vectors (ethereum/tests RLPTests): every valid case encodes "in" to "out" and
// decodes "out" back to "in"; every INVALID case is rejected by the strict decoder;
// every VALID-only case (RandomRLPTests) decodes and re-encodes to the same bytes.
#include "codec/rlp.h"

#include "vector_files.h"
#include "vector_shapes.h"

#include <QTest>

#include <optional>

using namespace bt;
using namespace bt::test;

namespace {

// A decimal of any size as minimal big-endian bytes (the suite's "#…" integers go
// past 2^256, beyond U256).
std::optional<Bytes> decimalToBytes(std::string_view digits)
{
    if (digits.empty()) return std::nullopt;
    std::string num(digits);
    for (char c : num)
        if (c < '0' || c > '9') return std::nullopt;
    Bytes le;
    while (!(num.size() == 1 && num[0] == '0') && !num.empty()) {
        std::string quotient;
        int rem = 0;
        for (char c : num) {
            const int cur = rem * 10 + (c - '0');
            const int q = cur / 256;
            rem = cur % 256;
            if (!quotient.empty() || q != 0) quotient += char('0' + q);
        }
        le.push_back(static_cast<std::uint8_t>(rem));
        num = quotient.empty() ? "0" : quotient;
    }
    return Bytes(le.rbegin(), le.rend());
}

// The expected RLP tree of a JSON "in" value; nullopt (with `why`) when the value is
// not something the format defines.
std::optional<rlp::Node> nodeOf(const nlohmann::json& in, std::string& why)
{
    rlp::Node n;
    if (in.is_array()) {
        n.isList = true;
        for (const auto& c : in) {
            auto child = nodeOf(c, why);
            if (!child) return std::nullopt;
            n.children.push_back(std::move(*child));
        }
        return n;
    }
    if (in.is_string()) {
        const std::string& s = in.get_ref<const std::string&>();
        if (!s.empty() && s[0] == '#') {
            auto b = decimalToBytes(std::string_view(s).substr(1));
            if (!b) {
                why = "bad big integer " + s;
                return std::nullopt;
            }
            n.bytes = std::move(*b);
            return n;
        }
        n.bytes.assign(s.begin(), s.end());
        return n;
    }
    if (in.is_number_unsigned()) {
        // Minimal big-endian: 0 is the empty string.
        for (std::uint64_t v = in.get<std::uint64_t>(); v != 0; v >>= 8)
            n.bytes.insert(n.bytes.begin(), static_cast<std::uint8_t>(v));
        return n;
    }
    why = "unsupported JSON value " + in.dump().substr(0, 60);
    return std::nullopt;
}

bool sameTree(const rlp::Node& a, const rlp::Node& b)
{
    if (a.isList != b.isList) return false;
    if (!a.isList) return a.bytes == b.bytes;
    if (a.children.size() != b.children.size()) return false;
    for (std::size_t i = 0; i < a.children.size(); ++i)
        if (!sameTree(a.children[i], b.children[i])) return false;
    return true;
}

}  // namespace

class VectorsRlp : public QObject {
    Q_OBJECT
private slots:
    void rlpFiles()
    {
        const auto dir = vectorsDir("BT_ETH_VECTORS", "ethereum");
        const auto files = jsonFiles(dir);
        QVERIFY2(!files.empty(), qPrintable(q("no JSON files under " + dir.string())));
        int nFiles = 0, nValid = 0, nInvalid = 0, nDecodeOnly = 0;
        for (const auto& f : files) {
            std::string err;
            auto j = readJson(f, err);
            QVERIFY2(j.has_value(), qPrintable(q(err)));
            if (classify(*j) != Shape::Rlp) continue;
            ++nFiles;
            // Iterators, not items(): GCC 12 flags items()' proxies as dangling.
            for (auto it = j->begin(); it != j->end(); ++it) {
                const std::string& name = it.key();
                const nlohmann::json& tc = it.value();
                const std::string where = f.filename().string() + ": " + name;
                QVERIFY2(tc.is_object() && tc.contains("in") && tc.contains("out") && tc["out"].is_string(),
                         qPrintable(q(where + ": not an {in, out} case")));
                auto out = fromHex(tc["out"].get<std::string>());
                QVERIFY2(out.ok(), qPrintable(q(where + ": out is not hex")));
                const nlohmann::json& in = tc["in"];

                if (in.is_string() && in.get<std::string>() == "INVALID") {
                    auto r = rlp::decodeTree(*out);
                    QVERIFY2(!r.ok(), qPrintable(q(where + ": invalid RLP accepted")));
                    ++nInvalid;
                    continue;
                }
                if (in.is_string() && in.get<std::string>() == "VALID") {
                    auto r = rlp::decodeTree(*out);
                    QVERIFY2(r.ok(), qPrintable(q(where + ": " + (r.ok() ? "" : r.error().message()))));
                    QVERIFY2(rlp::encodeTree(*r) == *out, qPrintable(q(where + ": re-encoding differs")));
                    ++nDecodeOnly;
                    continue;
                }
                std::string why;
                auto want = nodeOf(in, why);
                QVERIFY2(want.has_value(), qPrintable(q(where + ": " + why)));
                const Bytes enc = rlp::encodeTree(*want);
                QVERIFY2(enc == *out, qPrintable(q(where + ": encodes to " + toHex(enc))));
                auto dec = rlp::decodeTree(*out);
                QVERIFY2(dec.ok(), qPrintable(q(where + ": " + (dec.ok() ? "" : dec.error().message()))));
                QVERIFY2(sameTree(*dec, *want), qPrintable(q(where + ": decodes to another value")));
                ++nValid;
            }
        }
        qInfo("F-RLP: %d files, %d valid (encode + decode), %d invalid rejected, %d decode-only", nFiles, nValid,
              nInvalid, nDecodeOnly);
        QVERIFY2(nFiles > 0, "no F-RLP file in the vectors folder");
    }
};

QTEST_APPLESS_MAIN(VectorsRlp)
#include "test_vectors_rlp.moc"
