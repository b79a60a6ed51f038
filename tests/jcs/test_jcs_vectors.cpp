// RFC 8785 (JCS) vectors of ../shared/testdata/jcs (layout: its README.md), or of the
// folder in BT_JCS_VECTORS. Every case of manifest.json runs:
//   canon      exact output bytes; .out.hex and expected_sha256/384 agree; output is a fixed point
//   reject     "must": canonicalization fails; "policy": the plain RFC 8785 canonicalizer
//              (ours) accepts and gives expected_if_accepted where one is given
//   key_order  names sorted by UTF-16 code units, by utf16Less() and in canonical output
//   numbers    the ES6 number lines and number-cases.json (bits, and literal where given)
//   strings    string-cases.json, serializer level
// A file that cannot be read or a case whose shape is not understood fails, never skips.
#include "codec/jcs.h"
#include "codec/keccak.h"

#include "vector_files.h"

#include <openssl/evp.h>

#include <QTest>

#include <charconv>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>

using namespace bt;
using namespace bt::test;

namespace {

std::optional<std::string> readBytes(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return s;
}

// Whitespace-separated hex tokens, any case, each an even number of digits.
std::optional<std::string> hexTokensToBytes(std::string_view text)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
        auto bytes = fromHex(text.substr(i, j - i));
        if (!bytes) return std::nullopt;
        out.append(bytes->begin(), bytes->end());
        i = j;
    }
    return out;
}

std::string lowerHex(ByteView b) { return toHex(b, false); }

std::string sha384Hex(std::string_view data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), md, &len, EVP_sha384(), nullptr);
    return lowerHex(ByteView(md, len));
}

std::optional<double> doubleFromBits(std::string_view hex)
{
    if (hex.empty() || hex.size() > 16) return std::nullopt;
    std::uint64_t bits = 0;
    const auto r = std::from_chars(hex.data(), hex.data() + hex.size(), bits, 16);
    if (r.ec != std::errc() || r.ptr != hex.data() + hex.size()) return std::nullopt;
    double d = 0;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

std::uint64_t bitsOf(double d)
{
    std::uint64_t b = 0;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

// RFC 8259 number grammar, to tell JSON literals from the JS expressions some
// sources wrote (README: "1 / 3").
bool isJsonNumber(std::string_view s)
{
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t b = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i > b;
    };
    if (i < s.size() && s[i] == '-') ++i;
    if (i < s.size() && s[i] == '0') ++i;
    else if (i >= s.size() || s[i] < '1' || s[i] > '9' || !digits()) return false;
    if (i < s.size() && s[i] == '.' && (++i, !digits())) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == s.size();
}

const nlohmann::json* field(const nlohmann::json& obj, const char* key)
{
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

std::optional<std::string> stringField(const nlohmann::json& obj, const char* key)
{
    const auto* f = field(obj, key);
    if (!f || !f->is_string()) return std::nullopt;
    return f->get<std::string>();
}

std::string printable(const std::string& s, std::size_t max = 120)
{
    std::string out;
    for (unsigned char c : s.substr(0, max)) {
        if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
    }
    if (s.size() > max) out += "...";
    return out;
}

}  // namespace

class TestJcsVectors : public QObject {
    Q_OBJECT

    std::filesystem::path m_dir;
    nlohmann::json m_manifest;
    std::vector<std::string> m_failures;

    void fail(const std::string& what) { m_failures.push_back(what); }

    // Reports the failures of one slot (all of them, not just the first) and fails it.
    void finish(const char* part, std::size_t passed, std::size_t total, const std::string& extra = {})
    {
        qInfo("jcs-vectors %s: %zu of %zu passed%s", part, passed, total, extra.c_str());
        const std::size_t n = m_failures.size();
        for (std::size_t i = 0; i < n && i < 40; ++i) qWarning("  FAIL %s", m_failures[i].c_str());
        if (n > 40) qWarning("  ... and %zu more", n - 40);
        m_failures.clear();
        QVERIFY2(n == 0, qPrintable(QString("%1: %2 failure(s)").arg(part).arg(n)));
        QVERIFY2(total > 0, qPrintable(QString("%1: no cases").arg(part)));
    }

    std::optional<std::string> readCaseFile(const std::string& id, const nlohmann::json& c, const char* key)
    {
        auto rel = stringField(c, key);
        if (!rel) {
            fail(id + ": no \"" + key + "\" path");
            return std::nullopt;
        }
        auto bytes = readBytes(m_dir / *rel);
        if (!bytes) fail(id + ": cannot read " + (m_dir / *rel).string());
        return bytes;
    }

    const nlohmann::json* section(const char* key)
    {
        const auto* s = field(m_manifest, key);
        if (!s || !s->is_array()) return nullptr;
        return s;
    }

private slots:
    void initTestCase()
    {
        m_dir = vectorsDir("BT_JCS_VECTORS", "jcs");
        qInfo("jcs-vectors folder: %s", m_dir.string().c_str());
        std::string error;
        auto manifest = readJson(m_dir / "manifest.json", error);
        QVERIFY2(manifest.has_value(), error.c_str());
        m_manifest = std::move(*manifest);
        QVERIFY2(m_manifest.is_object(), "manifest.json is not an object");
        // Sections this test knows; any other one holds cases it would silently skip.
        const std::set<std::string> known = {"format", "title", "conventions", "canon", "reject",
                                             "key_order", "numbers", "strings", "sources"};
        for (const auto& [key, value] : m_manifest.items())
            QVERIFY2(known.count(key), qPrintable(QString("unknown manifest section \"%1\"").arg(q(key))));
        const auto format = stringField(m_manifest, "format");
        QVERIFY2(format && *format == "jcs-testdata/1",
                 qPrintable(QString("manifest format %1, want jcs-testdata/1").arg(q(format.value_or("(none)")))));
    }

    void canon()
    {
        const auto* cases = section("canon");
        QVERIFY2(cases, "manifest has no canon array");
        const std::set<std::string> knownKeys = {"id", "input", "expected", "expected_hex", "expected_sha256",
                                                 "expected_sha384", "provenance", "note", "requires"};
        std::size_t passed = 0, withHex = 0, withDigest = 0;
        for (const auto& c : *cases) {
            const std::string id = stringField(c, "id").value_or("(no id)");
            const std::size_t failuresBefore = m_failures.size();
            bool interpretable = c.is_object();
            if (interpretable)
                for (const auto& [key, value] : c.items())
                    if (!knownKeys.count(key)) {
                        fail(id + ": unknown key \"" + key + "\"");
                        interpretable = false;
                    }
            if (auto req = stringField(c, "requires"); req && *req != "accepts-noncharacters")
                fail(id + ": unknown requirement \"" + *req + "\"");
            // "requires": "accepts-noncharacters" holds: the canonicalizer accepts
            // noncharacters (plain RFC 8785; see jcs.cpp, utf8SequenceLength).
            auto input = readCaseFile(id, c, "input");
            auto expected = readCaseFile(id, c, "expected");
            if (!interpretable || !input || !expected) continue;

            auto got = jcs::canonicalize(*input);
            if (!got) {
                fail(id + ": rejected: " + got.error().message());
                continue;
            }
            if (*got != *expected)
                fail(id + ": output differs\n    got  " + printable(*got) + "\n    want " + printable(*expected));
            auto again = jcs::canonicalize(*got);
            if (!again || *again != *got) fail(id + ": output is not a fixed point");
            if (field(c, "expected_hex")) {
                ++withHex;
                if (auto hexText = readCaseFile(id, c, "expected_hex")) {
                    auto hexBytes = hexTokensToBytes(*hexText);
                    if (!hexBytes)
                        fail(id + ": expected_hex is not whitespace-separated hex");
                    else if (*hexBytes != *expected)
                        fail(id + ": expected_hex differs from expected");
                }
            }
            if (const auto* d = field(c, "expected_sha256")) {
                ++withDigest;
                const std::string digest = lowerHex(sha256(asBytes(*got)));
                if (!d->is_string() || d->get<std::string>() != digest)
                    fail(id + ": sha256 " + digest + ", want " + d->dump());
                auto viaHelper = jcs::jcsSha256(*input);
                if (!viaHelper || lowerHex(*viaHelper) != digest) fail(id + ": jcsSha256() disagrees");
            }
            if (const auto* d = field(c, "expected_sha384")) {
                ++withDigest;
                const std::string digest = sha384Hex(*got);
                if (!d->is_string() || d->get<std::string>() != digest)
                    fail(id + ": sha384 " + digest + ", want " + d->dump());
            }
            if (m_failures.size() == failuresBefore) ++passed;
        }
        finish("canon", passed, cases->size(),
               " (" + std::to_string(withHex) + " with hex, " + std::to_string(withDigest) + " with a digest)");
    }

    void reject()
    {
        const auto* cases = section("reject");
        QVERIFY2(cases, "manifest has no reject array");
        const std::set<std::string> knownKeys = {"id", "input", "reason", "level", "basis",
                                                 "expected_if_accepted", "provenance", "note"};
        std::size_t passed = 0, must = 0, policy = 0;
        for (const auto& c : *cases) {
            const std::string id = stringField(c, "id").value_or("(no id)");
            const std::size_t failuresBefore = m_failures.size();
            bool interpretable = c.is_object();
            if (interpretable)
                for (const auto& [key, value] : c.items())
                    if (!knownKeys.count(key)) {
                        fail(id + ": unknown key \"" + key + "\"");
                        interpretable = false;
                    }
            auto input = readCaseFile(id, c, "input");
            const auto level = stringField(c, "level");
            if (!input || !interpretable) continue;
            if (level == "must") {
                ++must;
                auto got = jcs::canonicalize(*input);
                if (got) fail(id + ": accepted, gave " + printable(*got));
                else if (jcs::jcsSha256(*input)) fail(id + ": jcsSha256() gave a hash");
            } else if (level == "policy") {
                // Stricter profiles reject these; the plain RFC 8785 canonicalizer this
                // project uses accepts them (decisions at the decision points in jcs.cpp).
                ++policy;
                auto got = jcs::canonicalize(*input);
                if (!got) {
                    fail(id + ": policy case rejected, but plain RFC 8785 accepts it: " + got.error().message());
                } else if (const auto* e = field(c, "expected_if_accepted")) {
                    if (!e->is_string())
                        fail(id + ": expected_if_accepted is not a string");
                    else if (*got != e->get<std::string>())
                        fail(id + ": got " + printable(*got) + ", want " + printable(e->get<std::string>()));
                }
            } else {
                fail(id + ": unknown level " + (level ? *level : "(none)"));
            }
            if (m_failures.size() == failuresBefore) ++passed;
        }
        finish("reject", passed, cases->size(),
               " (" + std::to_string(must) + " must fail, " + std::to_string(policy) + " policy accepted as plain RFC 8785)");
    }

    void keyOrder()
    {
        const auto* cases = section("key_order");
        QVERIFY2(cases, "manifest has no key_order array");
        std::size_t passed = 0;
        for (const auto& c : *cases) {
            const std::string id = stringField(c, "id").value_or("(no id)");
            const auto* names = field(c, "names");
            const auto* want = field(c, "expected_order");
            if (!names || !want || !names->is_array() || !want->is_array()) {
                fail(id + ": names/expected_order missing");
                continue;
            }
            std::vector<std::string> sorted;
            std::vector<std::string> expected;
            try {
                for (const auto& n : *names) sorted.push_back(n.get<std::string>());
                for (const auto& n : *want) expected.push_back(n.get<std::string>());
            } catch (const std::exception& e) {
                fail(id + ": " + e.what());
                continue;
            }
            const std::size_t failuresBefore = m_failures.size();
            std::vector<std::string> byComparator = sorted;
            std::sort(byComparator.begin(), byComparator.end(), jcs::utf16Less);
            if (byComparator != expected) fail(id + ": utf16Less() order differs");

            // The same through the canonicalizer: an object whose values are the
            // names' input positions, read back in output order.
            std::string doc = "{";
            for (std::size_t i = 0; i < sorted.size(); ++i) {
                if (i) doc += ',';
                jcs::appendString(doc, sorted[i]);
                doc += ':' + std::to_string(i);
            }
            doc += '}';
            auto canonical = jcs::canonicalize(doc);
            if (!canonical) {
                fail(id + ": " + canonical.error().message());
            } else {
                std::vector<std::string> byCanon;
                const auto parsed = nlohmann::ordered_json::parse(*canonical);
                for (const auto& [k, v] : parsed.items()) byCanon.push_back(sorted.at(v.get<std::size_t>()));
                if (byCanon != expected) fail(id + ": canonical member order differs");
            }
            if (m_failures.size() == failuresBefore) ++passed;
        }
        finish("key_order", passed, cases->size());
    }

    void numbers()
    {
        const auto* entries = section("numbers");
        QVERIFY2(entries, "manifest has no numbers array");
        std::size_t passed = 0, total = 0, lines = 0, withLiteral = 0, rejected = 0, notJson = 0;
        for (const auto& entry : *entries) {
            const auto file = stringField(entry, "file");
            const auto format = stringField(entry, "format");
            if (!file || !format) {
                fail("numbers entry without file/format: " + entry.dump().substr(0, 100));
                continue;
            }
            auto text = readBytes(m_dir / *file);
            if (!text) {
                fail("cannot read " + (m_dir / *file).string());
                continue;
            }
            if (*format == "es6-lines") {
                if (auto want = stringField(entry, "sha256"); want && *want != lowerHex(sha256(asBytes(*text))))
                    fail(*file + ": sha256 of the file differs from the manifest");
                std::size_t lineNo = 0;
                std::size_t pos = 0;
                while (pos < text->size()) {
                    const std::size_t eol = text->find('\n', pos);
                    if (eol == std::string::npos) {
                        fail(*file + ": last line has no LF");
                        break;
                    }
                    const std::string_view line(text->data() + pos, eol - pos);
                    pos = eol + 1;
                    ++lineNo;
                    ++total;
                    const std::string where = *file + ":" + std::to_string(lineNo);
                    const std::size_t comma = line.find(',');
                    auto value = comma == std::string_view::npos ? std::nullopt : doubleFromBits(line.substr(0, comma));
                    if (!value) {
                        fail(where + ": not hex-ieee,expected: " + std::string(line));
                        continue;
                    }
                    const std::string expected(line.substr(comma + 1));
                    auto got = jcs::serializeNumber(*value);
                    if (!got || *got != expected) {
                        fail(where + ": got " + (got ? *got : got.error().message()) + ", want " + expected);
                        continue;
                    }
                    // Back through the parser: the text must read as the same double
                    // (the zeros aside: "0" is +0) and be its own canonical form.
                    auto reread = jcs::canonicalize(expected);
                    double back = 0;
                    const auto parsed = std::from_chars(expected.data(), expected.data() + expected.size(), back);
                    const bool sameBits = parsed.ec == std::errc() && (*value == 0 ? back == 0 : bitsOf(back) == bitsOf(*value));
                    if (!reread || *reread != expected || !sameBits) {
                        fail(where + ": " + expected + " does not read back as the same double");
                        continue;
                    }
                    ++passed;
                }
                lines += lineNo;
                if (const auto* n = field(entry, "lines"); !n || !n->is_number_unsigned() || n->get<std::size_t>() != lineNo)
                    fail(*file + ": " + std::to_string(lineNo) + " lines, manifest says " + (n ? n->dump() : "nothing"));
            } else if (*format == "cases") {
                nlohmann::json cases;
                try {
                    cases = nlohmann::json::parse(*text);
                } catch (const std::exception& e) {
                    fail(*file + ": " + e.what());
                    continue;
                }
                if (!cases.is_array()) {
                    fail(*file + ": not an array");
                    continue;
                }
                if (const auto* n = field(entry, "count"); n && (!n->is_number_unsigned() || n->get<std::size_t>() != cases.size()))
                    fail(*file + ": " + std::to_string(cases.size()) + " cases, manifest says " + n->dump());
                std::size_t index = 0;
                for (const auto& c : cases) {
                    ++total;
                    const std::string where = *file + "[" + std::to_string(index++) + "]";
                    const auto bits = stringField(c, "ieee754");
                    const auto* exp = field(c, "expected");
                    auto value = bits && bits->size() == 16 ? doubleFromBits(*bits) : std::nullopt;
                    if (!value || !exp || !(exp->is_string() || exp->is_null())) {
                        fail(where + ": cannot interpret " + c.dump().substr(0, 100));
                        continue;
                    }
                    const std::size_t failuresBefore = m_failures.size();
                    auto got = jcs::serializeNumber(*value);
                    if (exp->is_null()) {
                        ++rejected;
                        if (got) fail(where + ": " + *bits + " must not serialize, gave " + *got);
                        else if (got.error().code != Errc::JsonNumberNotRepresentable)
                            fail(where + ": wrong error " + got.error().message());
                    } else {
                        const std::string expected = exp->get<std::string>();
                        if (!got || *got != expected)
                            fail(where + ": " + *bits + " gave " + (got ? *got : got.error().message()) + ", want " + expected);
                        if (const auto* lit = field(c, "literal")) {
                            ++withLiteral;
                            const std::string literal = lit->is_string() ? lit->get<std::string>() : std::string();
                            auto canon = jcs::canonicalize(literal);
                            if (isJsonNumber(literal)) {
                                // "-0" lands here too: plain RFC 8785 reads it and prints "0".
                                if (!canon || *canon != expected)
                                    fail(where + ": literal " + literal + " gave " + (canon ? *canon : canon.error().message()) + ", want " + expected);
                            } else {
                                // The README's JS expressions ("1 / 3"): only the bits are
                                // a JSON number; the text itself is not JSON and must fail.
                                ++notJson;
                                if (canon) fail(where + ": non-JSON literal " + literal + " was accepted");
                            }
                        }
                    }
                    if (m_failures.size() == failuresBefore) ++passed;
                }
            } else {
                fail(*file + ": unknown numbers format " + *format);
            }
        }
        finish("numbers", passed, total,
               " (" + std::to_string(lines) + " ES6 lines, " + std::to_string(withLiteral) + " literals of which " +
                   std::to_string(notJson) + " not JSON text, " + std::to_string(rejected) + " NaN/Infinity rejected)");
    }

    void strings()
    {
        const auto* s = field(m_manifest, "strings");
        QVERIFY2(s && (s->is_string() || s->is_array()), "manifest has no strings file(s)");
        std::vector<std::string> files;
        if (s->is_string()) files.push_back(s->get<std::string>());
        else
            for (const auto& f : *s) files.push_back(f.is_string() ? f.get<std::string>() : std::string());
        std::size_t passed = 0, total = 0;
        for (const auto& file : files) {
            std::string error;
            auto cases = readJson(m_dir / file, error);
            if (!cases || !cases->is_array()) {
                fail(file + ": " + (cases ? "not an array" : error));
                continue;
            }
            std::size_t index = 0;
            for (const auto& c : *cases) {
                ++total;
                const std::string where = file + "[" + std::to_string(index++) + "]";
                const auto* cps = field(c, "codepoints");
                std::optional<Bytes> want;
                if (const auto hex = stringField(c, "expected_hex"))
                    if (auto b = fromHex(*hex)) want = std::move(*b);
                if (!cps || !cps->is_array() || !want) {
                    fail(where + ": cannot interpret " + c.dump().substr(0, 100));
                    continue;
                }
                std::u32string codePoints;
                bool ok = true;
                for (const auto& cp : *cps) {
                    if (!cp.is_number_unsigned()) ok = false;
                    else codePoints += static_cast<char32_t>(cp.get<std::uint32_t>());
                }
                if (!ok) {
                    fail(where + ": code points are not unsigned integers");
                    continue;
                }
                auto got = jcs::serializeString(codePoints);
                const std::string wantText(want->begin(), want->end());
                if (!got || *got != wantText) {
                    fail(where + ": got " + (got ? printable(*got) : got.error().message()) + ", want " + printable(wantText));
                    continue;
                }
                if (auto text = stringField(c, "expected_text"); text && *text != wantText) {
                    fail(where + ": expected_text disagrees with expected_hex");
                    continue;
                }
                // Through the parser too: the canonical literal is its own canonical form.
                auto again = jcs::canonicalize(*got);
                if (!again || *again != *got) {
                    fail(where + ": serialized string is not a fixed point of canonicalize()");
                    continue;
                }
                ++passed;
            }
        }
        finish("strings", passed, total);
    }
};

QTEST_APPLESS_MAIN(TestJcsVectors)
#include "test_jcs_vectors.moc"
