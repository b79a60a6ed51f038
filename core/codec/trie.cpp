#include "trie.h"

#include "header.h"
#include "keccak.h"
#include "rlp.h"

#include <algorithm>
#include <array>

namespace bt {

namespace {

using Entry = std::pair<ByteView, ByteView>;
using Entries = std::span<const Entry>;

inline unsigned nibbleAt(ByteView key, std::size_t i) noexcept
{
    const std::uint8_t b = key[i / 2];
    return (i % 2) ? (b & 0x0fu) : (b >> 4);
}

inline std::size_t nibbleCount(ByteView key) noexcept { return key.size() * 2; }

// Hex-prefix (compact) encoding of the nibbles [from, to) of `key` (appendix C).
Bytes hexPrefix(ByteView key, std::size_t from, std::size_t to, bool leaf)
{
    Bytes out;
    const std::size_t n = to - from;
    out.reserve(n / 2 + 1);
    const unsigned flag = (leaf ? 2u : 0u) + static_cast<unsigned>(n % 2);
    if (n % 2) {
        out.push_back(static_cast<std::uint8_t>((flag << 4) | nibbleAt(key, from)));
        ++from;
    } else {
        out.push_back(static_cast<std::uint8_t>(flag << 4));
    }
    for (std::size_t i = from; i < to; i += 2)
        out.push_back(static_cast<std::uint8_t>((nibbleAt(key, i) << 4) | nibbleAt(key, i + 1)));
    return out;
}

Bytes encodeNode(Entries entries, std::size_t depth);

// A child as its parent holds it: the node itself when its encoding is shorter
// than 32 bytes, else the keccak of that encoding.
void appendReference(rlp::Encoder& e, Entries entries, std::size_t depth)
{
    const Bytes node = encodeNode(entries, depth);
    if (node.size() < 32)
        e.raw(node);
    else
        e.fixed(keccak256(node));
}

// The node covering `entries` (sorted, distinct, at least one), all of which share
// their first `depth` nibbles.
Bytes encodeNode(Entries entries, std::size_t depth)
{
    rlp::Encoder e;
    const ByteView firstKey = entries.front().first;
    if (entries.size() == 1) {
        e.beginList().bytes(hexPrefix(firstKey, depth, nibbleCount(firstKey), true)).bytes(entries.front().second);
        return e.endList().take();
    }

    // Sorted keys: what the first and last share, all share.
    const ByteView lastKey = entries.back().first;
    const std::size_t limit = std::min(nibbleCount(firstKey), nibbleCount(lastKey));
    std::size_t common = depth;
    while (common < limit && nibbleAt(firstKey, common) == nibbleAt(lastKey, common)) ++common;
    if (common > depth) {
        e.beginList().bytes(hexPrefix(firstKey, depth, common, false));
        appendReference(e, entries, common);
        return e.endList().take();
    }

    // Branch: a key ending here is the branch's value (it sorts first); the others
    // split by their next nibble.
    e.beginList();
    std::size_t i = 0;
    ByteView value;
    if (nibbleCount(firstKey) == depth) {
        value = entries.front().second;
        i = 1;
    }
    for (unsigned nib = 0; nib < 16; ++nib) {
        const std::size_t start = i;
        while (i < entries.size() && nibbleAt(entries[i].first, depth) == nib) ++i;
        if (i == start)
            e.bytes({});
        else
            appendReference(e, entries.subspan(start, i - start), depth + 1);
    }
    e.bytes(value);
    return e.endList().take();
}

bool keyLess(const Entry& a, const Entry& b)
{
    return std::lexicographical_compare(a.first.begin(), a.first.end(), b.first.begin(), b.first.end());
}

}  // namespace

Hash32 trieRootSorted(std::span<const std::pair<ByteView, ByteView>> entries)
{
    // Empty values are absent keys; drop them here so the builder never sees one.
    std::vector<Entry> present;
    present.reserve(entries.size());
    for (const auto& en : entries)
        if (!en.second.empty()) present.push_back(en);
    if (present.empty()) return emptyTrieRoot();
    // The root is always referenced by hash, however short its encoding.
    return keccak256(encodeNode(present, 0));
}

Hash32 trieRoot(const std::map<Bytes, Bytes>& entries)
{
    std::vector<Entry> v;
    v.reserve(entries.size());
    for (const auto& [k, val] : entries) v.emplace_back(ByteView(k), ByteView(val));
    return trieRootSorted(v);
}

Hash32 orderedTrieRoot(const std::vector<ByteView>& items)
{
    // rlp(index) is at most 9 bytes; keep the keys in place instead of allocating each.
    struct Key {
        std::array<std::uint8_t, 9> bytes{};
        std::size_t size = 0;
    };
    std::vector<Key> keys(items.size());
    std::vector<Entry> entries;
    entries.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        Key& k = keys[i];
        if (i == 0) {
            k.bytes[0] = 0x80;
            k.size = 1;
        } else if (i < 0x80) {
            k.bytes[0] = static_cast<std::uint8_t>(i);
            k.size = 1;
        } else {
            std::size_t n = 0;
            for (std::uint64_t v = i; v != 0; v >>= 8) ++n;
            k.bytes[0] = static_cast<std::uint8_t>(0x80 + n);
            for (std::size_t j = 0; j < n; ++j)
                k.bytes[1 + j] = static_cast<std::uint8_t>(std::uint64_t(i) >> (8 * (n - 1 - j)));
            k.size = 1 + n;
        }
        entries.emplace_back(ByteView(keys[i].bytes.data(), keys[i].size), items[i]);
    }
    // rlp(0) = 0x80 sorts after rlp(1..127) = 0x01..0x7f.
    std::sort(entries.begin(), entries.end(), keyLess);
    return trieRootSorted(entries);
}

Hash32 orderedTrieRoot(const std::vector<Bytes>& items)
{
    std::vector<ByteView> views(items.begin(), items.end());
    return orderedTrieRoot(views);
}

}  // namespace bt
