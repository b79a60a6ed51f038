// Recursive Length Prefix (Ethereum Yellow Paper, appendix B): a strict decoder
// that rejects every non-canonical form, and a small encoder.
//
// The decoder works on views: an Item points into the caller's buffer, so decoding
// a block allocates nothing until the caller copies what it keeps. Offsets in items
// and errors are absolute (relative to the buffer the caller started from).
#pragma once

#include "bytes.h"
#include "result.h"
#include "u256.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace bt::rlp {

// Nesting bound of decodeTree(); real Ethereum structures nest at most 4 deep.
inline constexpr std::size_t kMaxDepth = 64;

struct Item {
    bool isList = false;
    ByteView payload;              // the string's bytes, or the list's encoded items
    std::size_t offset = 0;        // absolute offset of the prefix
    std::size_t payloadOffset = 0; // absolute offset of the payload
    std::size_t encodedSize = 0;   // prefix + payload
};

// Decodes the item at the start of `input` (more bytes may follow).
Result<Item> decodeItem(ByteView input, std::size_t base = 0);
// Decodes `input` as exactly one item: TrailingBytes if anything follows.
Result<Item> decodeExact(ByteView input, std::size_t base = 0);

// Walks the items of a list one by one.
class ListReader {
public:
    static Result<ListReader> open(const Item& list);
    bool atEnd() const noexcept { return m_pos >= m_payload.size(); }
    Result<Item> next();
    // All remaining items; WrongFieldCount unless their number is in [minCount, maxCount].
    Result<std::vector<Item>> rest(std::size_t minCount = 0, std::size_t maxCount = SIZE_MAX);

private:
    ListReader(ByteView payload, std::size_t base) : m_payload(payload), m_base(base) {}
    ByteView m_payload;
    std::size_t m_base = 0;
    std::size_t m_pos = 0;
};

// Items of a list, counted: WrongFieldCount unless minCount <= n <= maxCount.
Result<std::vector<Item>> listItems(const Item& list, std::size_t minCount = 0,
                                    std::size_t maxCount = SIZE_MAX);

// Typed views of a string item. Integers must be minimal (no leading zero bytes).
Result<ByteView> bytesOf(const Item& item);
Result<std::uint64_t> uint64Of(const Item& item);
Result<U256> u256Of(const Item& item);
Result<std::uint8_t> uint8Of(const Item& item);
template <std::size_t N>
Result<FixedBytes<N>> fixedOf(const Item& item)
{
    BT_TRY(ByteView b, bytesOf(item));
    if (b.size() != N)
        return Error(Errc::WrongLength, item.offset, {},
                     "got " + std::to_string(b.size()) + " bytes, want " + std::to_string(N));
    FixedBytes<N> out;
    std::copy(b.begin(), b.end(), out.bytes.begin());
    return out;
}

// A whole RLP value as a tree (tests, diagnostics); bounded by kMaxDepth.
struct Node {
    bool isList = false;
    Bytes bytes;
    std::vector<Node> children;
};
Result<Node> decodeTree(ByteView input);
Bytes encodeTree(const Node& node);

// Encoder: append items; lists are opened and closed around their items.
class Encoder {
public:
    Encoder& bytes(ByteView s);
    Encoder& uint(std::uint64_t v);
    Encoder& uint(const U256& v);
    Encoder& raw(ByteView encodedItem);  // an already encoded item, copied as is
    template <std::size_t N>
    Encoder& fixed(const FixedBytes<N>& f) { return bytes(f.view()); }
    Encoder& beginList();
    Encoder& endList();

    const Bytes& out() const noexcept { return m_out; }
    Bytes take() noexcept { return std::move(m_out); }
    void reserve(std::size_t n) { m_out.reserve(n); }

private:
    Bytes m_out;
    std::vector<std::size_t> m_open;  // payload start of each open list
};

// Helpers for one-off encodings.
Bytes encodeBytes(ByteView s);
Bytes encodeUint(std::uint64_t v);
// Prefix for a string or list payload of `len` bytes.
void appendPrefix(Bytes& out, std::size_t len, bool isList);

}  // namespace bt::rlp
