#include "bytes.h"

#include "keccak.h"

namespace bt {

namespace {
constexpr char kDigits[] = "0123456789abcdef";

int nibble(char c) noexcept
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::string toHex(ByteView data, bool prefix)
{
    std::string s;
    s.reserve(data.size() * 2 + 2);
    if (prefix) s += "0x";
    for (std::uint8_t b : data) {
        s += kDigits[b >> 4];
        s += kDigits[b & 0xf];
    }
    return s;
}

Result<Bytes> fromHex(std::string_view text, bool allowOdd)
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    if (text.size() % 2 != 0 && !allowOdd)
        return Error(Errc::InvalidHex, text.size(), {}, "odd number of hex digits");
    Bytes out;
    out.reserve((text.size() + 1) / 2);
    std::size_t i = 0;
    if (text.size() % 2 != 0) {
        int lo = nibble(text[0]);
        if (lo < 0) return Error(Errc::InvalidHex, 0, {}, "not a hex digit");
        out.push_back(static_cast<std::uint8_t>(lo));
        i = 1;
    }
    for (; i < text.size(); i += 2) {
        int hi = nibble(text[i]);
        int lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0) return Error(Errc::InvalidHex, i, {}, "not a hex digit");
        out.push_back(static_cast<std::uint8_t>((hi << 4) | lo));
    }
    return out;
}

std::string toChecksumAddress(const Address& a)
{
    std::string lower = toHex(a, false);
    Hash32 h = keccak256(asBytes(lower));
    std::string out = "0x";
    for (std::size_t i = 0; i < lower.size(); ++i) {
        char c = lower[i];
        int hn = (i % 2 == 0) ? (h.bytes[i / 2] >> 4) : (h.bytes[i / 2] & 0xf);
        if (c >= 'a' && hn >= 8) c = static_cast<char>(c - 'a' + 'A');
        out += c;
    }
    return out;
}

}  // namespace bt
