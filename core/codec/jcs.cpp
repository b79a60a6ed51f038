#include "jcs.h"

#include "keccak.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace bt::jcs {

namespace {

// Bytes a string may hold as they are: printable ASCII other than '"' and '\'.
// Everything else needs a closer look (escape, end, control, UTF-8 sequence).
constexpr std::array<bool, 256> kPlainInString = [] {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return t;
}();

// Bytes the canonical form escapes (RFC 8785 3.2.2.2): C0 controls, '"' and '\'.
// Nothing else is escaped: not '/', not DEL, not non-ASCII.
constexpr std::array<bool, 256> kEscapeOnOutput = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
    t['"'] = true;
    t['\\'] = true;
    return t;
}();

constexpr char kHexLower[] = "0123456789abcdef";

bool isDigit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }

int hexValue(unsigned char c) noexcept
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string byteName(unsigned char c)
{
    if (c >= 0x21 && c < 0x7f) return std::string("'") + static_cast<char>(c) + "'";
    std::string s = "0x";
    s += kHexLower[c >> 4];
    s += kHexLower[c & 0xf];
    return s;
}

std::string codePointName(std::uint32_t cp)
{
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, cp, 16);
    std::string digits(buf, r.ptr);
    for (char& ch : digits) ch = static_cast<char>(ch >= 'a' ? ch - 'a' + 'A' : ch);
    if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
    return "U+" + digits;
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Length of the well-formed UTF-8 sequence (RFC 3629 section 4) starting at s[0],
// a byte >= 0x80; 0 if it is not one, with `why` saying what is wrong.
//
// Noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) pass: I-JSON (RFC 7493 2.1)
// forbids them, but plain RFC 8785 canonicalizers (cyberphone's reference code,
// erdtman) accept them, and they are scalar values that UTF-8 and UTF-16 both
// carry, so they cannot make two implementations hash different bytes. Policy
// cases: reject/yaglo-noncharacter is accepted, canon/erdtman-keysort-ffff-vs-1f600
// ("requires": "accepts-noncharacters") holds.
std::size_t utf8SequenceLength(const unsigned char* s, std::size_t avail, const char*& why) noexcept
{
    const unsigned char b0 = s[0];
    std::size_t len = 0;
    unsigned char lo = 0x80;  // bounds of the second byte, which rule out overlong
    unsigned char hi = 0xBF;  // forms, encoded surrogates and code points > U+10FFFF
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        why = b0 < 0xC0 ? "continuation byte without a lead byte"
              : b0 < 0xC2 ? "overlong encoding"
                          : "byte that never occurs in UTF-8";
        return 0;
    }
    if (avail < len) {
        why = "sequence cut short by the end of the input";
        return 0;
    }
    if (s[1] < lo || s[1] > hi) {
        if (s[1] < 0x80 || s[1] > 0xBF)
            why = "sequence cut short: expected a continuation byte";
        else if (b0 == 0xED)
            why = "a UTF-16 surrogate encoded as UTF-8";
        else if (b0 == 0xF4)
            why = "code point above U+10FFFF";
        else
            why = "overlong encoding";
        return 0;
    }
    for (std::size_t i = 2; i < len; ++i) {
        if (s[i] < 0x80 || s[i] > 0xBF) {
            why = "sequence cut short: expected a continuation byte";
            return 0;
        }
    }
    return len;
}

// Lays out the shortest round-trip digits of a finite, nonzero `value` by the rules of
// ECMAScript Number::toString (ECMA-262, Number::toString, steps for radix 10), which
// RFC 8785 3.2.2.3 adopts. std::to_chars supplies the digits: without a precision it
// gives the shortest string that reads back as the same double and, among those, the
// closest, which is the ECMAScript choice of k and s.
void layOutNumber(std::string& out, double value)
{
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    // buf now holds [-]d[.ddd]e(+|-)xx
    const char* p = buf;
    if (*p == '-') {
        out += '-';
        ++p;
    }
    char digits[20];
    int k = 0;
    for (; *p != 'e'; ++p)
        if (*p != '.') digits[k++] = *p;
    ++p;  // 'e'
    const bool negExp = *p == '-';
    ++p;
    int e = 0;
    for (; p < r.ptr; ++p) e = e * 10 + (*p - '0');
    if (negExp) e = -e;
    // ECMAScript's n: the value is 0.d1d2...dk * 10^n.
    const int n = e + 1;

    if (k <= n && n <= 21) {
        out.append(digits, static_cast<std::size_t>(k));
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, static_cast<std::size_t>(n));
        out += '.';
        out.append(digits + n, static_cast<std::size_t>(k - n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out.append(digits, static_cast<std::size_t>(k));
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out.append(digits + 1, static_cast<std::size_t>(k - 1));
        }
        out += 'e';
        out += n - 1 < 0 ? '-' : '+';
        char eb[8];
        const auto er = std::to_chars(eb, eb + sizeof eb, n - 1 < 0 ? 1 - n : n - 1);
        out.append(eb, er.ptr);
    }
}

// Decimal exponent of the leading significant digit of a JSON number token that
// std::from_chars reported out of range: >= 0 means it overflowed, < 0 underflowed.
// Only its sign matters; both ends of the double range are hundreds of decades away.
long long leadingDecade(std::string_view token) noexcept
{
    std::size_t i = token[0] == '-' ? 1 : 0;
    long long significantIntDigits = 0;  // integer digits from the first nonzero one on
    for (; i < token.size() && isDigit(static_cast<unsigned char>(token[i])); ++i)
        if (significantIntDigits > 0 || token[i] != '0') ++significantIntDigits;
    bool found = significantIntDigits > 0;
    long long decade = found ? significantIntDigits - 1 : 0;
    if (i < token.size() && token[i] == '.') {
        ++i;
        long long zeros = 0;
        for (; i < token.size() && isDigit(static_cast<unsigned char>(token[i])); ++i) {
            if (!found) {
                if (token[i] != '0') {
                    found = true;
                    decade = -(zeros + 1);
                } else {
                    ++zeros;
                }
            }
        }
    }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        const bool neg = token[i] == '-';
        if (token[i] == '+' || token[i] == '-') ++i;
        long long exp = 0;
        constexpr long long kCap = 1'000'000'000'000LL;  // far beyond any double, no overflow
        for (; i < token.size(); ++i) exp = std::min(kCap, exp * 10 + (token[i] - '0'));
        decade += neg ? -exp : exp;
    }
    return decade;
}

}  // namespace

// ---- Serialization -----------------------------------------------------------

bool appendNumber(std::string& out, double value)
{
    if (!std::isfinite(value)) return false;
    // Both zeros print as "0": ECMAScript's Number::toString gives "0" for -0, and
    // RFC 8785 Appendix B lists -0 -> "0".
    if (value == 0) {
        out += '0';
        return true;
    }
    layOutNumber(out, value);
    return true;
}

Result<std::string> serializeNumber(double value)
{
    std::string out;
    if (!appendNumber(out, value))
        return Error(Errc::JsonNumberNotRepresentable, 0, {},
                     std::isnan(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    return out;
}

void appendString(std::string& out, std::string_view utf8)
{
    out += '"';
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t run = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        if (!kEscapeOnOutput[c]) continue;
        out.append(utf8.data() + run, i - run);
        run = i + 1;
        out += '\\';
        switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:  // other C0 controls: \u00xx with lower-case hex
            out += "u00";
            out += kHexLower[c >> 4];
            out += kHexLower[c & 0xf];
        }
    }
    out.append(utf8.data() + run, n - run);
    out += '"';
}

Result<std::string> serializeString(std::u32string_view codePoints)
{
    std::string utf8;
    utf8.reserve(codePoints.size());
    for (std::size_t i = 0; i < codePoints.size(); ++i) {
        const std::uint32_t cp = codePoints[i];
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return Error(Errc::JsonLoneSurrogate, i, {}, "surrogate code point " + codePointName(cp));
        if (cp > 0x10FFFF)
            return Error(Errc::JsonInvalidUtf8, i, {}, "code point above U+10FFFF");
        appendUtf8(utf8, cp);
    }
    std::string out;
    out.reserve(utf8.size() + 2);
    appendString(out, utf8);
    return out;
}

bool utf16Less(std::string_view a, std::string_view b) noexcept
{
    // UTF-8 byte order is code point order, and code point order is UTF-16 order except
    // for one block: U+E000..U+FFFF (lead bytes EE, EF) sort after the supplementary
    // planes (lead bytes F0..F4) in UTF-16, whose surrogates D800..DFFF come first.
    // Where the first differing bytes are in the middle of a sequence, the lead bytes
    // were equal, so the two characters are in the same block and bytes decide.
    const std::size_t n = std::min(a.size(), b.size());
    std::size_t i = 0;
    while (i < n && a[i] == b[i]) ++i;
    if (i == n) return a.size() < b.size();
    const auto x = static_cast<unsigned char>(a[i]);
    const auto y = static_cast<unsigned char>(b[i]);
    if (x >= 0xF0 && (y == 0xEE || y == 0xEF)) return true;
    if (y >= 0xF0 && (x == 0xEE || x == 0xEF)) return false;
    return x < y;
}

// ---- Parsing -----------------------------------------------------------------

Error Canonicalizer::syntaxError(std::size_t offset, std::string detail) const
{
    return Error(Errc::JsonSyntax, offset, {}, std::move(detail));
}

void Canonicalizer::skipWhitespace() noexcept
{
    while (m_pos < m_in.size()) {
        const char c = m_in[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
        ++m_pos;
    }
}

Status Canonicalizer::canonicalize(std::string_view jsonText, std::string& out)
{
    m_in = jsonText;
    m_pos = 0;
    m_out = &out;
    out.clear();
    out.reserve(jsonText.size());
    m_names.clear();
    m_members.clear();

    // A leading byte order mark is skipped. RFC 8259 8.1 lets parsers ignore it
    // ("MAY ignore the presence of a byte order mark rather than treating it as an
    // error"); yaglo/rfc8785 rejects it. The plain RFC reading is followed:
    // reject/yaglo-byte-order-mark (policy) canonicalizes to its expected_if_accepted "{}".
    if (m_in.size() >= 3 && m_in.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pos = 3;

    skipWhitespace();
    BT_TRY_STATUS(value(0));
    skipWhitespace();
    if (m_pos != m_in.size())
        return syntaxError(m_pos, "unexpected " + byteName(static_cast<unsigned char>(m_in[m_pos])) +
                                      " after the JSON value");
    return {};
}

Status Canonicalizer::value(std::size_t depth)
{
    if (m_pos >= m_in.size()) return syntaxError(m_pos, "unexpected end of input, expected a value");
    const auto c = static_cast<unsigned char>(m_in[m_pos]);
    switch (c) {
    case '{': return object(depth);
    case '[': return array(depth);
    case '"': {
        const std::size_t begin = m_pos;
        m_scratch.clear();
        BT_TRY_STATUS(string(m_scratch));
        appendToken(begin, m_scratch);
        return {};
    }
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    case 'N':
    case 'I':
        return syntaxError(m_pos, "NaN and Infinity are not JSON numbers (RFC 8259 section 6)");
    default:
        if (c == '-' || isDigit(c)) return number();
        return syntaxError(m_pos, "unexpected " + byteName(c) + ", expected a value");
    }
}

Status Canonicalizer::literal(std::string_view word)
{
    if (m_in.substr(m_pos, word.size()) != word)
        return syntaxError(m_pos, "invalid literal, expected " + std::string(word));
    m_pos += word.size();
    m_out->append(word);
    return {};
}

Status Canonicalizer::object(std::size_t depth)
{
    if (depth >= kMaxDepth)
        return Error(Errc::TooDeep, m_pos, {}, "more than " + std::to_string(kMaxDepth) + " nested arrays/objects");
    ++m_pos;  // '{'
    std::string& out = *m_out;
    out += '{';
    skipWhitespace();
    if (m_pos < m_in.size() && m_in[m_pos] == '}') {
        ++m_pos;
        out += '}';
        return {};
    }

    const std::size_t membersBase = m_members.size();
    const std::size_t namesBase = m_names.size();
    const std::size_t bodyBegin = out.size();
    for (;;) {
        if (m_pos >= m_in.size()) return syntaxError(m_pos, "unexpected end of input, expected a member name");
        if (m_in[m_pos] != '"')
            return syntaxError(m_pos, "unexpected " + byteName(static_cast<unsigned char>(m_in[m_pos])) +
                                          ", expected a member name in double quotes");
        Member m{};
        m.nameOffset = m_pos;
        m.nameBegin = m_names.size();
        BT_TRY_STATUS(string(m_names));
        m.nameSize = m_names.size() - m.nameBegin;
        if (m_members.size() > membersBase) out += ',';
        m.chunkBegin = out.size();
        appendToken(m.nameOffset, nameOf(m));
        skipWhitespace();
        if (m_pos >= m_in.size() || m_in[m_pos] != ':')
            return Error(syntaxError(m_pos, "expected ':' after the member name")).in(nameOf(m));
        ++m_pos;
        out += ':';
        skipWhitespace();
        if (Status st = value(depth + 1); !st) return Error(st.error()).in(nameOf(m));
        m.chunkEnd = out.size();
        m_members.push_back(m);
        skipWhitespace();
        if (m_pos < m_in.size() && m_in[m_pos] == ',') {
            ++m_pos;
            skipWhitespace();
            continue;
        }
        if (m_pos < m_in.size() && m_in[m_pos] == '}') {
            ++m_pos;
            break;
        }
        if (m_pos >= m_in.size()) return syntaxError(m_pos, "unexpected end of input, expected ',' or '}'");
        return syntaxError(m_pos, "unexpected " + byteName(static_cast<unsigned char>(m_in[m_pos])) +
                                      ", expected ',' or '}' after a member");
    }

    // RFC 8785 3.2.3: members in the order of their unescaped names' UTF-16 code units.
    const auto first = m_members.begin() + static_cast<std::ptrdiff_t>(membersBase);
    const auto last = m_members.end();
    std::sort(first, last, [this](const Member& a, const Member& b) { return utf16Less(nameOf(a), nameOf(b)); });

    // Names compare after unescaping, so "\u0061" and "a" are the same name (I-JSON
    // 2.3: names MUST be unique). Reported at the later of the two.
    bool inInputOrder = true;
    for (auto it = first; it + 1 < last; ++it) {
        if (nameOf(*it) == nameOf(*(it + 1))) {
            const std::size_t a = std::min(it->nameOffset, (it + 1)->nameOffset);
            const std::size_t b = std::max(it->nameOffset, (it + 1)->nameOffset);
            return Error(Errc::JsonDuplicateName, b, std::string(nameOf(*it)),
                         "the same name is at byte " + std::to_string(a));
        }
        if (it->chunkBegin > (it + 1)->chunkBegin) inInputOrder = false;
    }

    if (!inInputOrder) {
        m_reorder.assign(out, bodyBegin, std::string::npos);
        out.resize(bodyBegin);
        for (auto it = first; it != last; ++it) {
            if (it != first) out += ',';
            out.append(m_reorder, it->chunkBegin - bodyBegin, it->chunkEnd - it->chunkBegin);
        }
    }
    out += '}';
    m_members.resize(membersBase);
    m_names.resize(namesBase);
    return {};
}

Status Canonicalizer::array(std::size_t depth)
{
    if (depth >= kMaxDepth)
        return Error(Errc::TooDeep, m_pos, {}, "more than " + std::to_string(kMaxDepth) + " nested arrays/objects");
    ++m_pos;  // '['
    std::string& out = *m_out;
    out += '[';
    skipWhitespace();
    if (m_pos < m_in.size() && m_in[m_pos] == ']') {
        ++m_pos;
        out += ']';
        return {};
    }
    for (std::size_t index = 0;; ++index) {
        if (index > 0) out += ',';
        if (Status st = value(depth + 1); !st) return Error(st.error()).in(std::to_string(index));
        skipWhitespace();
        if (m_pos < m_in.size() && m_in[m_pos] == ',') {
            ++m_pos;
            skipWhitespace();
            continue;
        }
        if (m_pos < m_in.size() && m_in[m_pos] == ']') {
            ++m_pos;
            break;
        }
        if (m_pos >= m_in.size()) return syntaxError(m_pos, "unexpected end of input, expected ',' or ']'");
        return syntaxError(m_pos, "unexpected " + byteName(static_cast<unsigned char>(m_in[m_pos])) +
                                      ", expected ',' or ']' after an element");
    }
    out += ']';
    return {};
}

// Writes the canonical form of the string token that starts at `begin` (and ends at
// m_pos) and decodes to `decoded`. Every escape is longer than what it decodes to, so
// a token only two bytes (the quotes) longer than its decoded text has no escapes; its
// bytes then are already canonical (no controls, no '"' or '\' in between) and are
// copied as they are, which spares a second scan of most strings.
void Canonicalizer::appendToken(std::size_t begin, std::string_view decoded)
{
    if (decoded.size() + 2 == m_pos - begin)
        m_out->append(m_in, begin, m_pos - begin);
    else
        appendString(*m_out, decoded);
}

// Decodes the string token at m_pos (its opening quote) and appends its UTF-8 to
// `decoded`; the canonical form is written later from the decoded text, so every
// spelling of a character (raw, \u escape, short escape) ends up the same.
Status Canonicalizer::string(std::string& decoded)
{
    const auto* s = reinterpret_cast<const unsigned char*>(m_in.data());
    const std::size_t n = m_in.size();
    const std::size_t open = m_pos;
    std::size_t p = m_pos + 1;
    for (;;) {
        const std::size_t run = p;
        while (p < n && kPlainInString[s[p]]) ++p;
        decoded.append(m_in.data() + run, p - run);
        if (p >= n)
            return syntaxError(p, "unexpected end of input in the string that starts at byte " + std::to_string(open));
        const unsigned char c = s[p];
        if (c == '"') {
            m_pos = p + 1;
            return {};
        }
        if (c < 0x20)
            return syntaxError(p, "unescaped control character " + codePointName(c) + " in a string");
        if (c >= 0x80) {
            const char* why = "";
            const std::size_t len = utf8SequenceLength(s + p, n - p, why);
            if (len == 0) return Error(Errc::JsonInvalidUtf8, p, {}, why);
            decoded.append(m_in.data() + p, len);
            p += len;
            continue;
        }
        // A backslash.
        const std::size_t esc = p;
        if (p + 1 >= n) return syntaxError(p, "unexpected end of input in an escape");
        const unsigned char e = s[p + 1];
        p += 2;
        switch (e) {
        case '"': decoded += '"'; continue;
        case '\\': decoded += '\\'; continue;
        case '/': decoded += '/'; continue;
        case 'b': decoded += '\b'; continue;
        case 'f': decoded += '\f'; continue;
        case 'n': decoded += '\n'; continue;
        case 'r': decoded += '\r'; continue;
        case 't': decoded += '\t'; continue;
        case 'u': break;
        default: return syntaxError(esc, "invalid escape \\" + std::string(1, static_cast<char>(e)));
        }
        auto hex4 = [&](std::size_t at, std::uint32_t& cp) {
            if (at + 4 > n) return false;
            cp = 0;
            for (std::size_t i = 0; i < 4; ++i) {
                const int v = hexValue(s[at + i]);
                if (v < 0) return false;
                cp = cp << 4 | static_cast<std::uint32_t>(v);
            }
            return true;
        };
        std::uint32_t cp = 0;
        if (!hex4(p, cp)) return syntaxError(esc, "\\u must be followed by four hex digits");
        p += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return Error(Errc::JsonLoneSurrogate, esc, {}, "low surrogate " + codePointName(cp) + " without a high surrogate before it");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (p + 1 < n && s[p] == '\\' && s[p + 1] == 'u') {
                if (!hex4(p + 2, low)) return syntaxError(p, "\\u must be followed by four hex digits");
            }
            if (low < 0xDC00 || low > 0xDFFF)
                return Error(Errc::JsonLoneSurrogate, esc, {}, "high surrogate " + codePointName(cp) + " not followed by a low surrogate");
            p += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(decoded, cp);
    }
}

Status Canonicalizer::number()
{
    const auto* s = reinterpret_cast<const unsigned char*>(m_in.data());
    const std::size_t n = m_in.size();
    const std::size_t start = m_pos;
    std::size_t p = m_pos;
    const bool negative = s[p] == '-';
    if (negative) ++p;
    auto expectDigit = [&](const char* where) -> Status {
        if (p >= n) return syntaxError(p, std::string("unexpected end of input, expected a digit ") + where);
        if (!isDigit(s[p])) return syntaxError(p, "unexpected " + byteName(s[p]) + ", expected a digit " + where);
        return {};
    };
    BT_TRY_STATUS(expectDigit("in the number"));
    if (s[p] == '0') {
        ++p;
        if (p < n && isDigit(s[p])) return syntaxError(start, "leading zero in a number");
    } else {
        while (p < n && isDigit(s[p])) ++p;
    }
    const std::size_t intDigits = p - start - (negative ? 1 : 0);
    bool integer = true;
    if (p < n && s[p] == '.') {
        ++p;
        integer = false;
        BT_TRY_STATUS(expectDigit("after the decimal point"));
        while (p < n && isDigit(s[p])) ++p;
    }
    if (p < n && (s[p] == 'e' || s[p] == 'E')) {
        ++p;
        integer = false;
        if (p < n && (s[p] == '+' || s[p] == '-')) ++p;
        BT_TRY_STATUS(expectDigit("in the exponent"));
        while (p < n && isDigit(s[p])) ++p;
    }
    m_pos = p;
    const std::string_view token = m_in.substr(start, p - start);

    // Integers of up to 15 digits are exact doubles below 1e21, which ECMAScript prints
    // as the same digits: the token is its own canonical form. "-0" is not (it prints "0").
    if (integer && intDigits <= 15 && token != "-0") {
        m_out->append(token);
        return {};
    }

    double v = 0;
    const auto r = std::from_chars(token.data(), token.data() + token.size(), v);
    if (r.ec == std::errc::result_out_of_range) {
        if (leadingDecade(token) >= 0)
            return Error(Errc::JsonNumberNotRepresentable, start, {},
                         "beyond the largest finite double 1.7976931348623157e+308 (I-JSON, RFC 8785 3.1)");
        // Below half the smallest subnormal: the nearest double is zero, which is what
        // strconv.ParseFloat and JSON.parse give too; canon/yaglo-positive-underflow.
        v = negative ? -0.0 : 0.0;
    } else if (r.ec != std::errc() || r.ptr != token.data() + token.size()) {
        return syntaxError(start, "number not understood");  // the grammar above rules this out
    }
    // Negative zero ("-0", "-0.0", "-1e-400") is accepted and prints "0". RFC 8785
    // Appendix B serializes -0 as 0, as do gowebpki and erdtman; verified erratum 7920
    // recommends rejecting it and yaglo/rfc8785 does. The plain RFC text is followed:
    // reject/yaglo-negative-zero (policy) gives its expected_if_accepted "0".
    //
    // Tokens whose digits a double cannot hold (9007199254740993) are read as the
    // nearest double and print as that double, as RFC 8785 Appendix B does for 2^68;
    // yaglo's strict profile rejects them. Plain RFC followed:
    // reject/yaglo-digit-altering-integer (policy) gives {"n":9007199254740992}.
    appendNumber(*m_out, v);
    return {};
}

// ---- Free functions ------------------------------------------------------------

Result<std::string> canonicalize(std::string_view jsonText)
{
    Canonicalizer c;
    std::string out;
    BT_TRY_STATUS(c.canonicalize(jsonText, out));
    return out;
}

Result<Hash32> jcsSha256(std::string_view jsonText)
{
    BT_TRY(std::string canonical, canonicalize(jsonText));
    return sha256(asBytes(canonical));
}

}  // namespace bt::jcs
