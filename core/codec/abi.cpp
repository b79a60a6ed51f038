#include "abi.h"

#include "keccak.h"

#include <cassert>

namespace bt::abi {

// ---------------------------------------------------------------------------
// Types

Type Type::uintN(unsigned bits)
{
    assert(bits % 8 == 0 && bits >= 8 && bits <= 256);
    return Type(Kind::Uint, bits);
}

Type Type::intN(unsigned bits)
{
    assert(bits % 8 == 0 && bits >= 8 && bits <= 256);
    return Type(Kind::Int, bits);
}

Type Type::fixedBytes(unsigned size)
{
    assert(size >= 1 && size <= 32);
    return Type(Kind::FixedBytes, size);
}

Type Type::array(Type element)
{
    Type t(Kind::Array);
    t.m_components.push_back(std::move(element));
    return t;
}

Type Type::fixedArray(Type element, std::size_t length)
{
    assert(length >= 1);
    Type t(Kind::FixedArray);
    t.m_length = length;
    t.m_components.push_back(std::move(element));
    return t;
}

Type Type::tuple(std::vector<Type> components)
{
    assert(!components.empty());
    Type t(Kind::Tuple);
    t.m_components = std::move(components);
    return t;
}

bool Type::isDynamic() const noexcept
{
    switch (m_kind) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::FixedArray:
        return m_components.front().isDynamic();
    case Kind::Tuple:
        return std::any_of(m_components.begin(), m_components.end(), [](const Type& c) { return c.isDynamic(); });
    default:
        return false;
    }
}

std::size_t Type::headSize() const noexcept
{
    if (isDynamic()) return kWordSize;
    if (m_kind == Kind::FixedArray) return m_length * m_components.front().headSize();
    if (m_kind == Kind::Tuple) {
        std::size_t n = 0;
        for (const Type& c : m_components) n += c.headSize();
        return n;
    }
    return kWordSize;
}

std::string Type::canonical() const
{
    switch (m_kind) {
    case Kind::Uint: return "uint" + std::to_string(m_width);
    case Kind::Int: return "int" + std::to_string(m_width);
    case Kind::Address: return "address";
    case Kind::Bool: return "bool";
    case Kind::FixedBytes: return "bytes" + std::to_string(m_width);
    case Kind::Bytes: return "bytes";
    case Kind::String: return "string";
    case Kind::Array: return m_components.front().canonical() + "[]";
    case Kind::FixedArray: return m_components.front().canonical() + "[" + std::to_string(m_length) + "]";
    case Kind::Tuple: {
        std::string s = "(";
        for (std::size_t i = 0; i < m_components.size(); ++i) {
            if (i) s += ',';
            s += m_components[i].canonical();
        }
        return s + ")";
    }
    }
    return {};
}

// ---------------------------------------------------------------------------
// Parsing type and signature text

namespace {

bool isIdentStart(char c) noexcept
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

bool isIdentChar(char c) noexcept { return isIdentStart(c) || (c >= '0' && c <= '9'); }

bool isDigit(char c) noexcept { return c >= '0' && c <= '9'; }

// Bound on a static type's encoded size, so that head sizes cannot overflow: no log
// or calldata comes near it.
constexpr std::size_t kMaxStaticSize = std::size_t(1) << 24;

// Recursive descent over type and declaration text; errors carry the character offset.
class TextParser {
public:
    TextParser(std::string_view text, std::string field) : m_text(text), m_field(std::move(field)) {}

    bool atEnd() const noexcept { return m_pos >= m_text.size(); }
    char peek() const noexcept { return atEnd() ? '\0' : m_text[m_pos]; }
    std::size_t pos() const noexcept { return m_pos; }

    void skipSpaces()
    {
        while (!atEnd() && m_text[m_pos] == ' ') ++m_pos;
    }

    Status expect(char c)
    {
        if (atEnd()) return Error(Errc::UnexpectedEnd, m_pos, m_field, std::string("expected '") + c + "'");
        if (m_text[m_pos] != c)
            return Error(Errc::TrailingBytes, m_pos, m_field,
                         std::string("expected '") + c + "', found '" + m_text[m_pos] + "'");
        ++m_pos;
        return {};
    }

    std::string_view identifier()
    {
        const std::size_t start = m_pos;
        if (!atEnd() && isIdentStart(m_text[m_pos])) {
            ++m_pos;
            while (!atEnd() && isIdentChar(m_text[m_pos])) ++m_pos;
        }
        return m_text.substr(start, m_pos - start);
    }

    Result<Type> type(std::size_t depth)
    {
        if (depth > kMaxTypeDepth) return Error(Errc::TooDeep, m_pos, m_field, "type nested too deep");
        const std::size_t start = m_pos;
        Type t;
        if (peek() == '(') {
            ++m_pos;
            std::vector<Type> components;
            if (peek() == ')') return Error(Errc::WrongFieldCount, m_pos, m_field, "empty tuple");
            while (true) {
                BT_TRY(Type c, type(depth + 1));
                components.push_back(std::move(c));
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                BT_TRY_STATUS(expect(')'));
                break;
            }
            t = Type::tuple(std::move(components));
            if (!t.isDynamic() && t.headSize() > kMaxStaticSize)
                return Error(Errc::TooLarge, start, m_field, "static type larger than 16 MiB");
        } else {
            BT_TRY(t, elementary(start));
        }
        // Array suffixes bind left to right: "uint8[2][]" is a dynamic array of uint8[2].
        while (peek() == '[') {
            if (depth + 1 > kMaxTypeDepth) return Error(Errc::TooDeep, m_pos, m_field, "type nested too deep");
            ++depth;
            ++m_pos;
            if (peek() == ']') {
                ++m_pos;
                t = Type::array(std::move(t));
                continue;
            }
            const std::size_t at = m_pos;
            BT_TRY(std::size_t n, number(1, kMaxStaticSize, "array length"));
            BT_TRY_STATUS(expect(']'));
            if (!t.isDynamic() && t.headSize() > kMaxStaticSize / n)
                return Error(Errc::TooLarge, at, m_field, "static type larger than 16 MiB");
            t = Type::fixedArray(std::move(t), n);
        }
        return t;
    }

private:
    // A decimal without leading zeros in [lo, hi].
    Result<std::size_t> number(std::size_t lo, std::size_t hi, const char* what)
    {
        const std::size_t start = m_pos;
        std::size_t v = 0;
        while (!atEnd() && isDigit(m_text[m_pos])) {
            const auto d = static_cast<std::size_t>(m_text[m_pos] - '0');
            if (v > (hi - d) / 10) return Error(Errc::WrongLength, start, m_field, std::string(what) + " too large");
            v = v * 10 + d;
            ++m_pos;
        }
        if (m_pos == start) {
            if (atEnd()) return Error(Errc::UnexpectedEnd, m_pos, m_field, std::string("expected a ") + what);
            return Error(Errc::TrailingBytes, m_pos, m_field, std::string("expected a ") + what);
        }
        if (m_pos - start > 1 && m_text[start] == '0')
            return Error(Errc::WrongLength, start, m_field, std::string(what) + " with a leading zero");
        if (v < lo || v > hi)
            return Error(Errc::WrongLength, start, m_field, std::string(what) + " " + std::to_string(v) + " out of range");
        return v;
    }

    Result<Type> elementary(std::size_t start)
    {
        while (!atEnd() && isIdentChar(m_text[m_pos])) ++m_pos;
        const std::string_view word = m_text.substr(start, m_pos - start);
        if (word.empty()) {
            if (atEnd()) return Error(Errc::UnexpectedEnd, m_pos, m_field, "expected a type");
            return Error(Errc::TrailingBytes, m_pos, m_field, std::string("expected a type, found '") + peek() + "'");
        }
        if (word == "address") return Type::address();
        if (word == "bool") return Type::boolean();
        if (word == "string") return Type::string();
        if (word == "bytes") return Type::bytes();
        if (word == "uint") return Type::uintN(256);
        if (word == "int") return Type::intN(256);
        // Width suffixes: "uint8" … "uint256", "int8" …, "bytes1" … "bytes32".
        for (std::string_view prefix : {std::string_view("uint"), std::string_view("int"), std::string_view("bytes")}) {
            if (word.substr(0, prefix.size()) != prefix || word.size() == prefix.size() ||
                !isDigit(word[prefix.size()]))
                continue;
            const std::string_view digits = word.substr(prefix.size());
            if (!std::all_of(digits.begin(), digits.end(), isDigit)) break;
            const std::size_t at = start + prefix.size();
            if (digits.size() > 3 || digits[0] == '0')
                return Error(Errc::WrongLength, at, m_field, "invalid width in '" + std::string(word) + "'");
            unsigned n = 0;
            for (char c : digits) n = n * 10 + static_cast<unsigned>(c - '0');
            if (prefix == "bytes") {
                if (n < 1 || n > 32)
                    return Error(Errc::WrongLength, at, m_field, "bytesN needs 1 <= N <= 32, got " + std::string(word));
                return Type::fixedBytes(n);
            }
            if (n % 8 != 0 || n > 256)
                return Error(Errc::WrongLength, at, m_field,
                             std::string(prefix) + "N needs N a multiple of 8 up to 256, got " + std::string(word));
            return prefix == "uint" ? Type::uintN(n) : Type::intN(n);
        }
        return Error(Errc::InvalidJson, start, m_field, "unknown ABI type '" + std::string(word) + "'");
    }

    std::string_view m_text;
    std::string m_field;
    std::size_t m_pos = 0;
};

struct Declaration {
    std::string name;
    std::vector<Param> inputs;
};

// "name(type [indexed] [name], …)"; `indexed` only when allowIndexed.
Result<Declaration> parseDeclaration(std::string_view text, bool allowIndexed)
{
    TextParser p(text, "signature");
    Declaration d;
    d.name = std::string(p.identifier());
    if (d.name.empty()) {
        if (p.atEnd()) return Error(Errc::UnexpectedEnd, p.pos(), "signature", "expected a name");
        return Error(Errc::TrailingBytes, p.pos(), "signature", "expected a name");
    }
    BT_TRY_STATUS(p.expect('('));
    p.skipSpaces();
    if (p.peek() == ')') {
        BT_TRY_STATUS(p.expect(')'));
    } else {
        while (true) {
            p.skipSpaces();
            Param param;
            BT_TRY(param.type, p.type(0));
            // Optional words after the type: "indexed" (events) and a parameter name.
            while (p.peek() == ' ') {
                p.skipSpaces();
                if (p.peek() == ',' || p.peek() == ')') break;
                const std::size_t at = p.pos();
                const std::string_view word = p.identifier();
                if (word.empty())
                    return Error(Errc::TrailingBytes, at, "signature",
                                 std::string("unexpected '") + p.peek() + "'");
                if (word == "indexed" && allowIndexed && !param.indexed && param.name.empty()) {
                    param.indexed = true;
                } else if (param.name.empty()) {
                    param.name = std::string(word);
                } else {
                    return Error(Errc::TrailingBytes, at, "signature", "unexpected '" + std::string(word) + "'");
                }
            }
            d.inputs.push_back(std::move(param));
            if (p.peek() == ',') {
                BT_TRY_STATUS(p.expect(','));
                continue;
            }
            BT_TRY_STATUS(p.expect(')'));
            break;
        }
    }
    if (!p.atEnd())
        return Error(Errc::TrailingBytes, p.pos(), "signature", "text after the closing parenthesis");
    return d;
}

std::string signatureOf(const std::string& name, const std::vector<Param>& inputs)
{
    std::string s = name + "(";
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (i) s += ',';
        s += inputs[i].type.canonical();
    }
    return s + ")";
}

}  // namespace

Result<Type> Type::parse(std::string_view text)
{
    TextParser p(text, "type");
    BT_TRY(Type t, p.type(0));
    if (!p.atEnd()) return Error(Errc::TrailingBytes, p.pos(), "type", "text after the type");
    return t;
}

std::string Function::signature() const { return signatureOf(name, inputs); }

Selector Function::selector() const
{
    const Hash32 h = keccak256(asBytes(signature()));
    return {h.bytes[0], h.bytes[1], h.bytes[2], h.bytes[3]};
}

std::vector<Type> Function::inputTypes() const
{
    std::vector<Type> types;
    types.reserve(inputs.size());
    for (const Param& p : inputs) types.push_back(p.type);
    return types;
}

Result<Function> Function::parse(std::string_view declaration)
{
    BT_TRY(Declaration d, parseDeclaration(declaration, false));
    return Function{std::move(d.name), std::move(d.inputs)};
}

std::string Event::signature() const { return signatureOf(name, inputs); }

Hash32 Event::topic() const { return keccak256(asBytes(signature())); }

Result<Event> Event::parse(std::string_view declaration)
{
    BT_TRY(Declaration d, parseDeclaration(declaration, true));
    return Event{std::move(d.name), std::move(d.inputs), false};
}

Result<Selector> selector(std::string_view signature)
{
    BT_TRY(Function f, Function::parse(signature));
    return f.selector();
}

Result<Hash32> eventTopic(std::string_view signature)
{
    BT_TRY(Event e, Event::parse(signature));
    return e.topic();
}

// ---------------------------------------------------------------------------
// Values

Value Value::int64(std::int64_t v)
{
    const auto low = static_cast<std::uint64_t>(v);
    const std::uint64_t fill = v < 0 ? ~std::uint64_t(0) : 0;
    return integer(U256(fill, fill, fill, low));
}

namespace {

std::string elementPath(const std::string& path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

// Where the parameter i of a top-level tuple is reported: its name, or "[i]".
std::string paramPath(std::string_view context, const std::string& name, std::size_t i)
{
    std::string leaf = name.empty() ? "[" + std::to_string(i) + "]" : name;
    if (context.empty()) return leaf;
    return std::string(context) + (name.empty() ? "" : ".") + leaf;
}

// Whether the 256-bit two's complement `word` is a value of intN: the bits above
// bit N-1 all copy the sign bit.
bool fitsSigned(const std::array<std::uint8_t, 32>& word, unsigned bits) noexcept
{
    const std::size_t firstByte = 32 - bits / 8;  // most significant byte of the value
    const std::uint8_t fill = (word[firstByte] & 0x80) ? 0xff : 0x00;
    for (std::size_t i = 0; i < firstByte; ++i)
        if (word[i] != fill) return false;
    return true;
}

// Elementary value types go into a topic as their word; everything else (string,
// bytes, arrays, tuples, even static ones) as a keccak256 hash.
bool isTopicValue(const Type& t) noexcept
{
    switch (t.kind()) {
    case Type::Kind::Uint:
    case Type::Kind::Int:
    case Type::Kind::Address:
    case Type::Kind::Bool:
    case Type::Kind::FixedBytes: return true;
    default: return false;
    }
}

std::size_t paddedSize(std::size_t n) noexcept { return (n + kWordSize - 1) / kWordSize * kWordSize; }

void appendWord(Bytes& out, std::size_t v) { append(out, U256(static_cast<std::uint64_t>(v)).toBigEndian32()); }

const char* kindName(Value::Kind k) noexcept
{
    switch (k) {
    case Value::Kind::Bool: return "a bool";
    case Value::Kind::Integer: return "an integer";
    case Value::Kind::Address: return "an address";
    case Value::Kind::Bytes: return "bytes";
    case Value::Kind::String: return "a string";
    case Value::Kind::List: return "a list";
    }
    return "?";
}

// The list of types a sequence encodes: the components of a tuple, or one element
// type repeated `count` times (arrays) without copying it.
struct Sequence {
    std::span<const Type> types;
    std::size_t count = 0;
    bool repeated = false;
    const Type& at(std::size_t i) const { return repeated ? types.front() : types[i]; }
};

Sequence sequenceOf(const Type& t, std::size_t count)
{
    if (t.kind() == Type::Kind::Tuple) return {t.components(), t.components().size(), false};
    return {std::span<const Type>(&t.element(), 1), count, true};
}

// ---------------------------------------------------------------------------
// Encoding

class Encoder {
public:
    Status value(const Type& t, const Value& v, Bytes& out, const std::string& path)
    {
        using K = Type::Kind;
        const K k = t.kind();
        const bool wantsList = k == K::Array || k == K::FixedArray || k == K::Tuple;
        if (wantsList && v.kind() != Value::Kind::List)
            return Error(Errc::ExpectedList, 0, path, t.canonical() + " needs a list, got " + kindName(v.kind()));
        if (!wantsList && v.kind() != expectedKind(k))
            return Error(Errc::ExpectedString, 0, path,
                         t.canonical() + " needs " + kindName(expectedKind(k)) + ", got " + kindName(v.kind()));
        switch (k) {
        case K::Uint:
            if (v.asInteger().bitLength() > t.bits())
                return Error(Errc::IntegerOverflow, 0, path, "value does not fit " + t.canonical());
            append(out, v.asInteger().toBigEndian32());
            return {};
        case K::Int: {
            const auto word = v.asInteger().toBigEndian32();
            if (!fitsSigned(word, t.bits()))
                return Error(Errc::IntegerOverflow, 0, path, "value does not fit " + t.canonical());
            append(out, word);
            return {};
        }
        case K::Address:
            out.insert(out.end(), 12, 0);
            append(out, v.asAddress());
            return {};
        case K::Bool:
            appendWord(out, v.asBool() ? 1 : 0);
            return {};
        case K::FixedBytes: {
            const Bytes& b = v.asBytes();
            if (b.size() != t.size())
                return Error(Errc::WrongLength, 0, path,
                             "got " + std::to_string(b.size()) + " bytes for " + t.canonical());
            append(out, b);
            out.insert(out.end(), kWordSize - b.size(), 0);
            return {};
        }
        case K::Bytes:
            appendPadded(out, v.asBytes());
            return {};
        case K::String:
            appendPadded(out, asBytes(v.asString()));
            return {};
        case K::Array:
            appendWord(out, v.asList().size());
            return sequence(sequenceOf(t, v.asList().size()), v.asList(), out, path, {});
        case K::FixedArray:
            if (v.asList().size() != t.length())
                return Error(Errc::WrongLength, 0, path,
                             "got " + std::to_string(v.asList().size()) + " elements for " + t.canonical());
            return sequence(sequenceOf(t, t.length()), v.asList(), out, path, {});
        case K::Tuple:
            if (v.asList().size() != t.components().size())
                return Error(Errc::WrongFieldCount, 0, path,
                             "got " + std::to_string(v.asList().size()) + " values for " + t.canonical());
            return sequence(sequenceOf(t, 0), v.asList(), out, path, {});
        }
        return {};
    }

    // Heads in order, then the tails of the dynamic members in the same order; an
    // offset counts from the start of this sequence's heads.
    Status sequence(const Sequence& seq, std::span<const Value> values, Bytes& out, const std::string& path,
                    std::span<const std::string> names)
    {
        std::size_t headTotal = 0;
        for (std::size_t i = 0; i < seq.count; ++i) headTotal += seq.at(i).headSize();
        Bytes head;
        Bytes tail;
        head.reserve(headTotal);
        for (std::size_t i = 0; i < seq.count; ++i) {
            const Type& t = seq.at(i);
            const std::string p = names.empty() ? elementPath(path, i) : names[i];
            if (t.isDynamic()) {
                appendWord(head, headTotal + tail.size());
                BT_TRY_STATUS(value(t, values[i], tail, p));
            } else {
                BT_TRY_STATUS(value(t, values[i], head, p));
            }
        }
        append(out, head);
        append(out, tail);
        return {};
    }

private:
    static Value::Kind expectedKind(Type::Kind k) noexcept
    {
        switch (k) {
        case Type::Kind::Uint:
        case Type::Kind::Int: return Value::Kind::Integer;
        case Type::Kind::Address: return Value::Kind::Address;
        case Type::Kind::Bool: return Value::Kind::Bool;
        case Type::Kind::FixedBytes:
        case Type::Kind::Bytes: return Value::Kind::Bytes;
        case Type::Kind::String: return Value::Kind::String;
        default: return Value::Kind::List;
        }
    }

    static void appendPadded(Bytes& out, ByteView data)
    {
        appendWord(out, data.size());
        append(out, data);
        out.insert(out.end(), paddedSize(data.size()) - data.size(), 0);
    }
};

// ---------------------------------------------------------------------------
// Decoding

class Decoder {
public:
    Decoder(ByteView data, std::size_t base) : m_data(data), m_base(base) {}

    // Decodes `t` whose encoding starts at `pos` (in a head for a static type, at its
    // tail for a dynamic one); returns the end of what it read.
    Result<std::size_t> value(const Type& t, std::size_t pos, const std::string& path, Value& out)
    {
        using K = Type::Kind;
        switch (t.kind()) {
        case K::Uint: {
            BT_TRY(auto w, word(pos, path));
            if (w.bitLength() > t.bits())
                return Error(Errc::IntegerOverflow, m_base + pos, path, "value does not fit " + t.canonical());
            out = Value::integer(w);
            return pos + kWordSize;
        }
        case K::Int: {
            BT_TRY(auto w, word(pos, path));
            if (!fitsSigned(w.toBigEndian32(), t.bits()))
                return Error(Errc::IntegerOverflow, m_base + pos, path,
                             "value is not a sign-extended " + t.canonical());
            out = Value::integer(w);
            return pos + kWordSize;
        }
        case K::Address: {
            BT_TRY(auto w, word(pos, path));
            if (w.bitLength() > 160)
                return Error(Errc::IntegerOverflow, m_base + pos, path, "address with non-zero upper 12 bytes");
            out = Value::address(*Address::from(m_data.subspan(pos + 12, 20)));
            return pos + kWordSize;
        }
        case K::Bool: {
            BT_TRY(auto w, word(pos, path));
            if (w > U256(1)) return Error(Errc::IntegerOverflow, m_base + pos, path, "bool other than 0 or 1");
            out = Value::boolean(w == U256(1));
            return pos + kWordSize;
        }
        case K::FixedBytes: {
            BT_TRY_STATUS(word(pos, path));
            BT_TRY_STATUS(zeroPadding(pos + t.size(), pos + kWordSize, path));
            const ByteView b = m_data.subspan(pos, t.size());
            out = Value::bytes(Bytes(b.begin(), b.end()));
            return pos + kWordSize;
        }
        case K::Bytes:
        case K::String: {
            BT_TRY(std::size_t len, count(pos, 1, path, "length"));
            const std::size_t start = pos + kWordSize;
            const std::size_t end = start + paddedSize(len);
            if (end > m_data.size())
                return Error(Errc::UnexpectedEnd, m_base + m_data.size(), path,
                             "padding of the " + std::to_string(len) + "-byte value missing");
            BT_TRY_STATUS(zeroPadding(start + len, end, path));
            const ByteView b = m_data.subspan(start, len);
            if (t.kind() == K::Bytes)
                out = Value::bytes(Bytes(b.begin(), b.end()));
            else
                out = Value::string(std::string(b.begin(), b.end()));
            return end;
        }
        case K::Array: {
            BT_TRY(std::size_t n, count(pos, t.element().headSize(), path, "array length"));
            std::vector<Value> items;
            BT_TRY(std::size_t end, sequence(sequenceOf(t, n), pos + kWordSize, path, {}, items));
            out = Value::list(std::move(items));
            return end;
        }
        case K::FixedArray:
        case K::Tuple: {
            std::vector<Value> items;
            BT_TRY(std::size_t end, sequence(sequenceOf(t, t.length()), pos, path, {}, items));
            out = Value::list(std::move(items));
            return end;
        }
        }
        return pos;
    }

    // The heads of `seq` start at `start`; each dynamic member's offset must be where
    // the previous member's tail ended (the first: right after the heads).
    Result<std::size_t> sequence(const Sequence& seq, std::size_t start, const std::string& path,
                                 std::span<const std::string> names, std::vector<Value>& out)
    {
        std::size_t headTotal = 0;
        for (std::size_t i = 0; i < seq.count; ++i) headTotal += seq.at(i).headSize();
        std::size_t tail = start + headTotal;
        std::size_t head = start;
        out.clear();
        // A type may announce more elements than the data can hold; the reads below
        // catch that, and the reservation must not trust it either.
        out.reserve(std::min(seq.count, (m_data.size() - std::min(start, m_data.size())) / kWordSize + 1));
        for (std::size_t i = 0; i < seq.count; ++i) {
            const Type& t = seq.at(i);
            const std::string p = names.empty() ? elementPath(path, i) : names[i];
            Value v;
            if (t.isDynamic()) {
                BT_TRY(U256 offset, word(head, p));
                const std::size_t want = tail - start;
                if (offset != U256(static_cast<std::uint64_t>(want)))
                    return Error(Errc::NonCanonicalSize, m_base + head, p,
                                 "offset " + offset.toDecimal() + ", the canonical encoding has " +
                                     std::to_string(want));
                BT_TRY(tail, value(t, tail, p, v));
            } else {
                BT_TRY_STATUS(value(t, head, p, v));
            }
            head += t.headSize();
            out.push_back(std::move(v));
        }
        return tail;
    }

    std::size_t size() const noexcept { return m_data.size(); }

private:
    Result<U256> word(std::size_t pos, const std::string& path) const
    {
        if (pos > m_data.size() || m_data.size() - pos < kWordSize)
            return Error(Errc::UnexpectedEnd, m_base + std::min(pos, m_data.size()), path,
                         "need 32 bytes at " + std::to_string(m_base + pos) + ", the data has " +
                             std::to_string(m_base + m_data.size()));
        return *U256::fromBigEndian(m_data.subspan(pos, kWordSize));
    }

    // A length or element count at `pos`, of items at least `unit` bytes each, that
    // must fit in what follows its word.
    Result<std::size_t> count(std::size_t pos, std::size_t unit, const std::string& path, const char* what) const
    {
        BT_TRY(U256 n, word(pos, path));
        const std::size_t left = m_data.size() - pos - kWordSize;
        if (!n.fitsUint64() || n.low64() > left / unit)
            return Error(Errc::UnexpectedEnd, m_base + pos, path,
                         std::string(what) + " " + n.toDecimal() + " but " + std::to_string(left) +
                             " bytes follow");
        return static_cast<std::size_t>(n.low64());
    }

    Status zeroPadding(std::size_t from, std::size_t to, const std::string& path) const
    {
        for (std::size_t i = from; i < to; ++i)
            if (m_data[i] != 0) return Error(Errc::TrailingBytes, m_base + i, path, "non-zero padding");
        return {};
    }

    ByteView m_data;
    std::size_t m_base;
};

Result<std::vector<Value>> decodeTop(std::span<const Type> types, std::span<const std::string> names,
                                     ByteView data, std::size_t base, std::string_view context)
{
    Decoder d(data, base);
    std::vector<Value> out;
    BT_TRY(std::size_t end, d.sequence(Sequence{types, types.size(), false}, 0, {}, names, out));
    if (end != data.size())
        return Error(Errc::TrailingBytes, base + end, std::string(context),
                     std::to_string(data.size() - end) + " bytes after the encoding");
    return out;
}

std::vector<std::string> paramPaths(std::span<const Param> params, std::string_view context)
{
    std::vector<std::string> names;
    names.reserve(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) names.push_back(paramPath(context, params[i].name, i));
    return names;
}

std::vector<std::string> indexPaths(std::size_t n)
{
    std::vector<std::string> names;
    names.reserve(n);
    for (std::size_t i = 0; i < n; ++i) names.push_back(elementPath({}, i));
    return names;
}

}  // namespace

Result<Bytes> encodeParams(std::span<const Type> types, std::span<const Value> values)
{
    if (types.size() != values.size())
        return Error(Errc::WrongFieldCount, 0, {},
                     "got " + std::to_string(values.size()) + " values for " + std::to_string(types.size()) +
                         " parameters");
    Bytes out;
    const std::vector<std::string> names = indexPaths(types.size());
    BT_TRY_STATUS(Encoder().sequence(Sequence{types, types.size(), false}, values, out, {}, names));
    return out;
}

Result<Bytes> encodeCall(const Function& function, std::span<const Value> values)
{
    if (function.inputs.size() != values.size())
        return Error(Errc::WrongFieldCount, 0, function.name,
                     "got " + std::to_string(values.size()) + " values for " +
                         std::to_string(function.inputs.size()) + " parameters");
    const std::vector<Type> types = function.inputTypes();
    const std::vector<std::string> names = paramPaths(function.inputs, function.name);
    Bytes out;
    const Selector sel = function.selector();
    out.insert(out.end(), sel.begin(), sel.end());
    BT_TRY_STATUS(Encoder().sequence(Sequence{types, types.size(), false}, values, out, {}, names));
    return out;
}

Result<Bytes> encodeCall(std::string_view signature, std::span<const Value> values)
{
    BT_TRY(Function f, Function::parse(signature));
    return encodeCall(f, values);
}

Result<std::vector<Value>> decodeParams(std::span<const Type> types, ByteView data, std::size_t base)
{
    return decodeTop(types, indexPaths(types.size()), data, base, {});
}

Result<std::vector<Value>> decodeParams(std::span<const Param> params, ByteView data, std::size_t base,
                                        std::string_view context)
{
    std::vector<Type> types;
    types.reserve(params.size());
    for (const Param& p : params) types.push_back(p.type);
    return decodeTop(types, paramPaths(params, context), data, base, context);
}

Result<std::vector<Value>> decodeCall(const Function& function, ByteView calldata)
{
    if (calldata.size() < 4)
        return Error(Errc::UnexpectedEnd, calldata.size(), function.name, "calldata shorter than a selector");
    const Selector sel = function.selector();
    if (!std::equal(sel.begin(), sel.end(), calldata.begin()))
        return Error(Errc::HashMismatch, 0, function.name,
                     "selector " + toHex(calldata.first(4)) + ", want " + toHex(sel));
    return decodeParams(function.inputs, calldata.subspan(4), 4, function.name);
}

Result<EncodedLog> encodeLog(const Event& event, std::span<const Value> values)
{
    if (event.inputs.size() != values.size())
        return Error(Errc::WrongFieldCount, 0, event.name,
                     "got " + std::to_string(values.size()) + " values for " +
                         std::to_string(event.inputs.size()) + " parameters");
    EncodedLog log;
    if (!event.anonymous) log.topics.push_back(event.topic());
    std::vector<Type> dataTypes;
    std::vector<Value> dataValues;
    std::vector<std::string> dataNames;
    Encoder enc;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Param& p = event.inputs[i];
        const std::string path = paramPath(event.name, p.name, i);
        if (!p.indexed) {
            dataTypes.push_back(p.type);
            dataValues.push_back(values[i]);
            dataNames.push_back(path);
            continue;
        }
        const Type::Kind k = p.type.kind();
        if (k == Type::Kind::String || k == Type::Kind::Bytes) {
            Bytes ignored;  // checks the value's kind
            BT_TRY_STATUS(enc.value(p.type, values[i], ignored, path));
            log.topics.push_back(k == Type::Kind::String ? keccak256(asBytes(values[i].asString()))
                                                         : keccak256(values[i].asBytes()));
        } else if (!isTopicValue(p.type)) {
            return Error(Errc::ExpectedString, 0, path, "indexed " + p.type.canonical() + " is not supported");
        } else {
            Bytes w;
            BT_TRY_STATUS(enc.value(p.type, values[i], w, path));
            log.topics.push_back(*Hash32::from(w));
        }
    }
    BT_TRY_STATUS(enc.sequence(Sequence{dataTypes, dataTypes.size(), false}, dataValues, log.data, {}, dataNames));
    return log;
}

Result<std::vector<Value>> decodeLog(const Event& event, std::span<const Hash32> topics, ByteView data)
{
    const std::size_t first = event.anonymous ? 0 : 1;
    std::size_t indexed = 0;
    for (const Param& p : event.inputs) indexed += p.indexed ? 1 : 0;
    if (topics.size() != first + indexed)
        return Error(Errc::WrongFieldCount, 0, event.name + ".topics",
                     "got " + std::to_string(topics.size()) + " topics, want " + std::to_string(first + indexed));
    if (!event.anonymous && topics[0] != event.topic())
        return Error(Errc::HashMismatch, 0, event.name + ".topics[0]",
                     "topic " + toHex(topics[0]) + " is not " + event.signature());

    std::vector<Type> dataTypes;
    std::vector<std::string> dataNames;
    std::vector<Value> out(event.inputs.size());
    std::size_t topic = first;
    for (std::size_t i = 0; i < event.inputs.size(); ++i) {
        const Param& p = event.inputs[i];
        const std::string path = paramPath(event.name, p.name, i);
        if (!p.indexed) {
            dataTypes.push_back(p.type);
            dataNames.push_back(path);
            continue;
        }
        const Hash32& t = topics[topic];
        if (!isTopicValue(p.type)) {
            out[i] = Value::fixed(t);  // only the hash of the value is in the log
        } else {
            // A static value in a topic is its head word, held to the same rules.
            Decoder d(t.view(), 0);
            auto r = d.value(p.type, 0, path, out[i]);
            if (!r.ok()) {
                Error e = std::move(r).error();
                e.detail = "topic " + std::to_string(topic) + ": " + e.detail;
                return e;
            }
        }
        ++topic;
    }
    BT_TRY(std::vector<Value> values, decodeTop(dataTypes, dataNames, data, 0, event.name));
    std::size_t next = 0;
    for (std::size_t i = 0; i < event.inputs.size(); ++i)
        if (!event.inputs[i].indexed) out[i] = std::move(values[next++]);
    return out;
}

// ---------------------------------------------------------------------------
// Formatting

namespace {

std::string quoted(const std::string& s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string signedDecimal(const U256& v)
{
    if (v.toBigEndian32()[0] < 0x80) return v.toDecimal();
    // Negative: magnitude = ~v + 1.
    auto w = v.toBigEndian32();
    for (auto& b : w) b = static_cast<std::uint8_t>(~b);
    const U256 magnitude = *U256::checkedAdd(*U256::fromBigEndian(w), U256(1));
    return "-" + magnitude.toDecimal();
}

}  // namespace

std::string format(const Type& type, const Value& value)
{
    using K = Type::Kind;
    const bool wantsList = type.kind() == K::Array || type.kind() == K::FixedArray || type.kind() == K::Tuple;
    if (wantsList != (value.kind() == Value::Kind::List)) return "<" + type.canonical() + "?>";
    switch (value.kind()) {
    case Value::Kind::Bool: return value.asBool() ? "true" : "false";
    case Value::Kind::Integer:
        return type.kind() == K::Int ? signedDecimal(value.asInteger()) : value.asInteger().toDecimal();
    case Value::Kind::Address: return toChecksumAddress(value.asAddress());
    case Value::Kind::Bytes: return toHex(value.asBytes());
    case Value::Kind::String: return quoted(value.asString());
    case Value::Kind::List: {
        const auto& items = value.asList();
        const Sequence seq = sequenceOf(type, items.size());
        const bool tuple = type.kind() == K::Tuple;
        std::string s = tuple ? "(" : "[";
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i) s += ',';
            s += (tuple && i >= seq.count) ? "?" : format(seq.at(i), items[i]);
        }
        return s + (tuple ? ")" : "]");
    }
    }
    return {};
}

}  // namespace bt::abi
