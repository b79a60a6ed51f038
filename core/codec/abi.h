// The Ethereum contract ABI (the Solidity ABI specification): types, a small value
// model, calldata and event-log encoding, and a strict decoder.
//
// Strict means the decoder accepts exactly the canonical encoding that Solidity's
// abi.encode produces, which is what contracts put in logs: every offset must point to
// where the canonical layout puts the tail (no pointing back into the head, no
// overlapping or shared tails, no gaps), lengths must fit the data, padding must be
// zero, integers must fit their width, and nothing may follow the encoding. Because
// each byte is then read once, a hostile log cannot make the decoder loop or allocate
// beyond its own size.
//
// Errors: the codec's Errc has no ABI-specific codes, so the decoder maps onto the
// nearest ones and always names the field and the absolute byte offset:
//   UnexpectedEnd     a head, a tail, a length or an array count reaches past the data
//   NonCanonicalSize  an offset other than the canonical one
//   IntegerOverflow   a value outside its type's range (uintN, intN, address, bool)
//   TrailingBytes     non-zero padding, or bytes after the encoding
//   WrongLength       a bytesN value of another size; a T[k] with another count
//   WrongFieldCount   values vs. parameters, or topics vs. indexed parameters
//   HashMismatch      a selector or topic 0 that is not the expected one
//   ExpectedList / ExpectedString   a value of the wrong shape for its type (encoding)
//   TooDeep           a type nested deeper than kMaxTypeDepth
//   InvalidJson       an unknown type name in a type or signature text (the ABI's
//                     JSON description of a contract names types this way)
#pragma once

#include "bytes.h"
#include "result.h"
#include "u256.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bt::abi {

inline constexpr std::size_t kWordSize = 32;
// Real contract interfaces nest a few levels; the bound keeps recursion shallow.
inline constexpr std::size_t kMaxTypeDepth = 16;

using Selector = std::array<std::uint8_t, 4>;

// An ABI type. Built with the factories or parsed from its text ("uint8",
// "bytes32[]", "(address,string)[2]").
class Type {
public:
    enum class Kind : std::uint8_t { Uint, Int, Address, Bool, FixedBytes, Bytes, String, Array, FixedArray, Tuple };

    // Preconditions (asserted): bits a multiple of 8 in [8, 256]; size in [1, 32];
    // length >= 1; a tuple has at least one component.
    static Type uintN(unsigned bits = 256);
    static Type intN(unsigned bits = 256);
    static Type address() { return Type(Kind::Address); }
    static Type boolean() { return Type(Kind::Bool); }
    static Type fixedBytes(unsigned size);
    static Type bytes() { return Type(Kind::Bytes); }
    static Type string() { return Type(Kind::String); }
    static Type array(Type element);
    static Type fixedArray(Type element, std::size_t length);
    static Type tuple(std::vector<Type> components);

    Type() = default;  // uint256

    // The canonical forms plus the aliases "uint" and "int" (uint256, int256).
    static Result<Type> parse(std::string_view text);

    Kind kind() const noexcept { return m_kind; }
    unsigned bits() const noexcept { return m_width; }   // Uint, Int
    unsigned size() const noexcept { return m_width; }   // FixedBytes
    std::size_t length() const noexcept { return m_length; }  // FixedArray
    const Type& element() const { return m_components.front(); }  // Array, FixedArray
    const std::vector<Type>& components() const noexcept { return m_components; }  // Tuple

    // Dynamic types are encoded out of line, behind an offset in the head.
    bool isDynamic() const noexcept;
    // Bytes the type takes in its enclosing head: 32 when dynamic, else its full size.
    std::size_t headSize() const noexcept;
    // Canonical text as selectors and topics hash it: "uint256", "(address,bytes2)[]".
    std::string canonical() const;

    bool operator==(const Type&) const = default;

private:
    explicit Type(Kind kind, unsigned width = 0) : m_kind(kind), m_width(static_cast<std::uint16_t>(width)) {}

    Kind m_kind = Kind::Uint;
    std::uint16_t m_width = 256;
    std::size_t m_length = 0;
    std::vector<Type> m_components;
};

// A value of some ABI type. Integers of every width are one U256 (intN as its 256-bit
// two's complement); bytesN and bytes are both Bytes; arrays and tuples are lists.
// The type a value is encoded as, or decoded from, lives beside it, not in it.
class Value {
public:
    enum class Kind : std::uint8_t { Bool, Integer, Address, Bytes, String, List };

    Value() = default;
    static Value boolean(bool v) { return Value(Storage(std::in_place_index<0>, v)); }
    static Value integer(const U256& v) { return Value(Storage(std::in_place_index<1>, v)); }
    static Value int64(std::int64_t v);  // sign-extended to 256 bits
    static Value address(const Address& v) { return Value(Storage(std::in_place_index<2>, v)); }
    static Value bytes(Bytes v) { return Value(Storage(std::in_place_index<3>, std::move(v))); }
    template <std::size_t N>
    static Value fixed(const FixedBytes<N>& v) { return bytes(Bytes(v.bytes.begin(), v.bytes.end())); }
    static Value string(std::string v) { return Value(Storage(std::in_place_index<4>, std::move(v))); }
    static Value list(std::vector<Value> v) { return Value(Storage(std::in_place_index<5>, std::move(v))); }

    Kind kind() const noexcept { return static_cast<Kind>(m_v.index()); }

    // Accessors assert the kind.
    bool asBool() const { return std::get<0>(m_v); }
    const U256& asInteger() const { return std::get<1>(m_v); }
    const Address& asAddress() const { return std::get<2>(m_v); }
    const Bytes& asBytes() const { return std::get<3>(m_v); }
    const std::string& asString() const { return std::get<4>(m_v); }
    const std::vector<Value>& asList() const { return std::get<5>(m_v); }
    // A bytesN value as FixedBytes<N>; asserts the kind and the size.
    template <std::size_t N>
    FixedBytes<N> asFixed() const;

    bool operator==(const Value&) const = default;

private:
    using Storage = std::variant<bool, U256, Address, Bytes, std::string, std::vector<Value>>;
    explicit Value(Storage v) : m_v(std::move(v)) {}
    Storage m_v;
};

// A parameter of a function or an event; the name only labels errors and logs.
struct Param {
    Type type;
    std::string name;
    bool indexed = false;  // events only
    bool operator==(const Param&) const = default;
};

// A function: what encodeCall and decodeCall need.
struct Function {
    std::string name;
    std::vector<Param> inputs;

    std::string signature() const;  // canonical: "recordEvent(uint8,bytes32,bytes32,string)"
    Selector selector() const;      // the first 4 bytes of keccak256(signature())
    std::vector<Type> inputTypes() const;

    // "name(type [name], …)": the canonical signature, or one with parameter names
    // like a Solidity declaration, e.g. "transfer(address to, uint256 amount)".
    static Result<Function> parse(std::string_view declaration);
};

// An event: which parameters are indexed (topics) and which are in the data.
struct Event {
    std::string name;
    std::vector<Param> inputs;
    bool anonymous = false;  // no topic 0

    std::string signature() const;  // canonical: "KindPermissionChanged(uint8,uint16)"
    Hash32 topic() const;           // keccak256(signature())

    // "Name(type [indexed] [name], …)" as Solidity declares events.
    static Result<Event> parse(std::string_view declaration);
};

// Head/tail encoding of `values` as the tuple `types` (function arguments, log data).
Result<Bytes> encodeParams(std::span<const Type> types, std::span<const Value> values);
// Selector followed by the encoded arguments.
Result<Bytes> encodeCall(const Function& function, std::span<const Value> values);
Result<Bytes> encodeCall(std::string_view signature, std::span<const Value> values);

// Strict decoding of a whole encoding as the tuple `types`. Error offsets are
// base + position in `data`; fields are "[i]" (or the parameter's name), with
// "context." in front when given.
Result<std::vector<Value>> decodeParams(std::span<const Type> types, ByteView data, std::size_t base = 0);
Result<std::vector<Value>> decodeParams(std::span<const Param> params, ByteView data, std::size_t base = 0,
                                        std::string_view context = {});
// Checks the selector, then decodes the arguments (offsets count the selector).
Result<std::vector<Value>> decodeCall(const Function& function, ByteView calldata);

Result<Selector> selector(std::string_view signature);
Result<Hash32> eventTopic(std::string_view signature);

// A log as a contract would emit it: topic 0 (unless anonymous), one topic per
// indexed parameter, the others encoded in the data.
struct EncodedLog {
    std::vector<Hash32> topics;
    Bytes data;
};
// An indexed string or bytes becomes keccak256 of its contents; indexed arrays and
// tuples (hashed over a special in-place encoding) are not supported.
Result<EncodedLog> encodeLog(const Event& event, std::span<const Value> values);

// All parameters in declaration order. An indexed string, bytes, array or tuple comes
// back as the 32-byte topic (a bytes Value): the log holds only its hash.
Result<std::vector<Value>> decodeLog(const Event& event, std::span<const Hash32> topics, ByteView data);

// Human-readable form of a value for diagnostics: 123, -5, true, 0xab…, "text", [a,b].
std::string format(const Type& type, const Value& value);

template <std::size_t N>
FixedBytes<N> Value::asFixed() const
{
    const Bytes& b = asBytes();
    assert(b.size() == N);
    FixedBytes<N> out;
    std::copy_n(b.begin(), std::min(N, b.size()), out.bytes.begin());
    return out;
}

}  // namespace bt::abi
