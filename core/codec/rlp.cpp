#include "rlp.h"


namespace bt::rlp {

namespace {

// Reads a big-endian length of `n` bytes at `p`; rejects leading zeros.
Result<std::size_t> readLongLength(ByteView in, std::size_t at, std::size_t n, std::size_t base)
{
    if (n > sizeof(std::size_t)) return Error(Errc::TooLarge, base + at, {}, "length of length > 8");
    if (at + n > in.size()) return Error(Errc::UnexpectedEnd, base + in.size());
    if (in[at] == 0) return Error(Errc::LengthLeadingZero, base + at);
    std::size_t len = 0;
    for (std::size_t i = 0; i < n; ++i) len = (len << 8) | in[at + i];
    if (len < 56) return Error(Errc::NonCanonicalSize, base + at, {}, "long form for a length below 56");
    return len;
}

}  // namespace

Result<Item> decodeItem(ByteView in, std::size_t base)
{
    if (in.empty()) return Error(Errc::UnexpectedEnd, base, {}, "empty input");
    const std::uint8_t b0 = in[0];
    Item item;
    item.offset = base;
    std::size_t headerLen = 1;
    std::size_t payloadLen = 0;

    if (b0 < 0x80) {
        item.payload = in.subspan(0, 1);
        item.payloadOffset = base;
        item.encodedSize = 1;
        return item;
    }
    if (b0 <= 0xb7) {
        payloadLen = b0 - 0x80u;
        if (payloadLen == 1) {
            if (in.size() < 2) return Error(Errc::UnexpectedEnd, base + in.size());
            if (in[1] < 0x80)
                return Error(Errc::NonCanonicalSize, base, {}, "single byte below 0x80 must not have a prefix");
        }
    } else if (b0 <= 0xbf) {
        std::size_t n = b0 - 0xb7u;
        BT_TRY(payloadLen, readLongLength(in, 1, n, base));
        headerLen += n;
    } else if (b0 <= 0xf7) {
        item.isList = true;
        payloadLen = b0 - 0xc0u;
    } else {
        item.isList = true;
        std::size_t n = b0 - 0xf7u;
        BT_TRY(payloadLen, readLongLength(in, 1, n, base));
        headerLen += n;
    }
    if (payloadLen > in.size() - headerLen)
        return Error(Errc::UnexpectedEnd, base + in.size(), {},
                     "announces " + std::to_string(payloadLen) + " bytes, " +
                         std::to_string(in.size() - headerLen) + " left");
    item.payload = in.subspan(headerLen, payloadLen);
    item.payloadOffset = base + headerLen;
    item.encodedSize = headerLen + payloadLen;
    return item;
}

Result<Item> decodeExact(ByteView in, std::size_t base)
{
    BT_TRY(Item item, decodeItem(in, base));
    if (item.encodedSize != in.size())
        return Error(Errc::TrailingBytes, base + item.encodedSize, {},
                     std::to_string(in.size() - item.encodedSize) + " bytes after the item");
    return item;
}

Result<ListReader> ListReader::open(const Item& list)
{
    if (!list.isList) return Error(Errc::ExpectedList, list.offset);
    return ListReader(list.payload, list.payloadOffset);
}

Result<Item> ListReader::next()
{
    if (atEnd()) return Error(Errc::UnexpectedEnd, m_base + m_pos, {}, "no more items in the list");
    BT_TRY(Item item, decodeItem(m_payload.subspan(m_pos), m_base + m_pos));
    m_pos += item.encodedSize;
    return item;
}

Result<std::vector<Item>> ListReader::rest(std::size_t minCount, std::size_t maxCount)
{
    std::vector<Item> items;
    while (!atEnd()) {
        BT_TRY(Item item, next());
        items.push_back(item);
        if (items.size() > maxCount)
            return Error(Errc::WrongFieldCount, item.offset, {},
                         "more than " + std::to_string(maxCount) + " items");
    }
    if (items.size() < minCount)
        return Error(Errc::WrongFieldCount, m_base + m_pos, {},
                     std::to_string(items.size()) + " items, want at least " + std::to_string(minCount));
    return items;
}

Result<std::vector<Item>> listItems(const Item& list, std::size_t minCount, std::size_t maxCount)
{
    BT_TRY(ListReader r, ListReader::open(list));
    return r.rest(minCount, maxCount);
}

Result<ByteView> bytesOf(const Item& item)
{
    if (item.isList) return Error(Errc::ExpectedString, item.offset);
    return item.payload;
}

Result<std::uint64_t> uint64Of(const Item& item)
{
    BT_TRY(ByteView b, bytesOf(item));
    if (b.size() > 8) return Error(Errc::IntegerOverflow, item.offset, {}, std::to_string(b.size()) + " bytes > 8");
    if (!b.empty() && b[0] == 0) return Error(Errc::IntegerLeadingZero, item.payloadOffset);
    std::uint64_t v = 0;
    for (std::uint8_t x : b) v = (v << 8) | x;
    return v;
}

Result<std::uint8_t> uint8Of(const Item& item)
{
    BT_TRY(std::uint64_t v, uint64Of(item));
    if (v > 0xff) return Error(Errc::IntegerOverflow, item.offset, {}, "above 255");
    return static_cast<std::uint8_t>(v);
}

Result<U256> u256Of(const Item& item)
{
    BT_TRY(ByteView b, bytesOf(item));
    if (b.size() > 32) return Error(Errc::IntegerOverflow, item.offset, {}, std::to_string(b.size()) + " bytes > 32");
    if (!b.empty() && b[0] == 0) return Error(Errc::IntegerLeadingZero, item.payloadOffset);
    return *U256::fromBigEndian(b);
}

namespace {
Result<Node> treeOf(const Item& item, std::size_t depth)
{
    if (depth > kMaxDepth) return Error(Errc::TooDeep, item.offset);
    Node n;
    n.isList = item.isList;
    if (!item.isList) {
        n.bytes.assign(item.payload.begin(), item.payload.end());
        return n;
    }
    BT_TRY(ListReader r, ListReader::open(item));
    while (!r.atEnd()) {
        BT_TRY(Item child, r.next());
        BT_TRY(Node c, treeOf(child, depth + 1));
        n.children.push_back(std::move(c));
    }
    return n;
}

void encodeNode(Encoder& e, const Node& n)
{
    if (!n.isList) {
        e.bytes(n.bytes);
        return;
    }
    e.beginList();
    for (const Node& c : n.children) encodeNode(e, c);
    e.endList();
}
}  // namespace

Result<Node> decodeTree(ByteView input)
{
    BT_TRY(Item item, decodeExact(input));
    return treeOf(item, 0);
}

Bytes encodeTree(const Node& node)
{
    Encoder e;
    encodeNode(e, node);
    return e.take();
}

namespace {
// Writes the prefix of a payload of `len` bytes into out[0..9); returns its size.
std::size_t writePrefix(std::uint8_t* out, std::size_t len, bool isList) noexcept
{
    const std::uint8_t shortBase = isList ? 0xc0 : 0x80;
    const std::uint8_t longBase = isList ? 0xf7 : 0xb7;
    if (len < 56) {
        out[0] = static_cast<std::uint8_t>(shortBase + len);
        return 1;
    }
    std::uint8_t be[8];
    std::size_t n = 0;
    for (std::size_t v = len; v != 0; v >>= 8) be[n++] = static_cast<std::uint8_t>(v);
    out[0] = static_cast<std::uint8_t>(longBase + n);
    for (std::size_t i = 0; i < n; ++i) out[1 + i] = be[n - 1 - i];
    return 1 + n;
}
}  // namespace

void appendPrefix(Bytes& out, std::size_t len, bool isList)
{
    std::uint8_t hdr[9];
    std::size_t n = writePrefix(hdr, len, isList);
    out.insert(out.end(), hdr, hdr + n);
}

Encoder& Encoder::bytes(ByteView s)
{
    if (s.size() == 1 && s[0] < 0x80) {
        m_out.push_back(s[0]);
        return *this;
    }
    appendPrefix(m_out, s.size(), false);
    append(m_out, s);
    return *this;
}

Encoder& Encoder::uint(std::uint64_t v)
{
    std::uint8_t be[8];
    int n = 0;
    for (; v != 0; v >>= 8) be[7 - n++] = static_cast<std::uint8_t>(v);
    return bytes(ByteView(be + 8 - n, static_cast<std::size_t>(n)));
}

Encoder& Encoder::uint(const U256& v)
{
    auto full = v.toBigEndian32();
    std::size_t skip = 0;
    while (skip < 32 && full[skip] == 0) ++skip;
    return bytes(ByteView(full.data() + skip, 32 - skip));
}

Encoder& Encoder::raw(ByteView encodedItem)
{
    append(m_out, encodedItem);
    return *this;
}

Encoder& Encoder::beginList()
{
    m_open.push_back(m_out.size());
    return *this;
}

Encoder& Encoder::endList()
{
    const std::size_t start = m_open.back();
    m_open.pop_back();
    std::uint8_t hdr[9];
    const std::size_t n = writePrefix(hdr, m_out.size() - start, true);
    m_out.insert(m_out.begin() + static_cast<std::ptrdiff_t>(start), hdr, hdr + n);
    return *this;
}

Bytes encodeBytes(ByteView s)
{
    Encoder e;
    e.bytes(s);
    return e.take();
}

Bytes encodeUint(std::uint64_t v)
{
    Encoder e;
    e.uint(v);
    return e.take();
}

}  // namespace bt::rlp
