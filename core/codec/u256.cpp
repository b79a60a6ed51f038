#include "u256.h"

#include <algorithm>
#include <bit>

namespace bt {

namespace {
__extension__ typedef unsigned __int128 Uint128;  // GCC and Clang extension
}  // namespace

std::optional<U256> U256::fromBigEndian(ByteView be)
{
    if (be.size() > 32) return std::nullopt;
    U256 r;
    std::size_t n = be.size();
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t bytePos = n - 1 - i;  // position from the least significant end
        r.m_limbs[bytePos / 8] |= std::uint64_t(be[i]) << (8 * (bytePos % 8));
    }
    return r;
}

std::optional<U256> U256::fromDecimal(std::string_view digits)
{
    if (digits.empty()) return std::nullopt;
    U256 r;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        auto m = checkedMul(r, U256(10));
        if (!m) return std::nullopt;
        auto a = checkedAdd(*m, U256(std::uint64_t(c - '0')));
        if (!a) return std::nullopt;
        r = *a;
    }
    return r;
}

std::optional<U256> U256::fromHexQuantity(std::string_view text)
{
    if (text.size() < 3 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X')) return std::nullopt;
    text.remove_prefix(2);
    while (text.size() > 1 && text.front() == '0') text.remove_prefix(1);
    if (text.size() > 64) return std::nullopt;
    auto bytes = fromHex(text, true);
    if (!bytes) return std::nullopt;
    return fromBigEndian(*bytes);
}

std::array<std::uint8_t, 32> U256::toBigEndian32() const
{
    std::array<std::uint8_t, 32> out{};
    for (std::size_t i = 0; i < 32; ++i)
        out[31 - i] = static_cast<std::uint8_t>(m_limbs[i / 8] >> (8 * (i % 8)));
    return out;
}

Bytes U256::toBigEndianMinimal() const
{
    auto full = toBigEndian32();
    auto first = std::find_if(full.begin(), full.end(), [](std::uint8_t b) { return b != 0; });
    return Bytes(first, full.end());
}

unsigned U256::bitLength() const noexcept
{
    for (int i = 3; i >= 0; --i)
        if (m_limbs[i] != 0) return unsigned(64 * i) + unsigned(std::bit_width(m_limbs[i]));
    return 0;
}

std::optional<U256> U256::checkedAdd(const U256& a, const U256& b) noexcept
{
    U256 r;
    Uint128 carry = 0;
    for (int i = 0; i < 4; ++i) {
        Uint128 s = Uint128(a.m_limbs[i]) + b.m_limbs[i] + carry;
        r.m_limbs[i] = static_cast<std::uint64_t>(s);
        carry = s >> 64;
    }
    if (carry) return std::nullopt;
    return r;
}

std::optional<U256> U256::checkedMul(const U256& a, const U256& b) noexcept
{
    std::array<std::uint64_t, 8> p{};
    for (int i = 0; i < 4; ++i) {
        Uint128 carry = 0;
        for (int j = 0; j < 4; ++j) {
            Uint128 t = Uint128(a.m_limbs[i]) * b.m_limbs[j] + p[i + j] + carry;
            p[i + j] = static_cast<std::uint64_t>(t);
            carry = t >> 64;
        }
        p[i + 4] = static_cast<std::uint64_t>(carry);
    }
    if (p[4] | p[5] | p[6] | p[7]) return std::nullopt;
    U256 r;
    std::copy(p.begin(), p.begin() + 4, r.m_limbs.begin());
    return r;
}

U256 U256::divU64(std::uint64_t d, std::uint64_t* remainder) const noexcept
{
    U256 q;
    Uint128 rem = 0;
    for (int i = 3; i >= 0; --i) {
        Uint128 cur = (rem << 64) | m_limbs[i];
        q.m_limbs[i] = static_cast<std::uint64_t>(cur / d);
        rem = cur % d;
    }
    if (remainder) *remainder = static_cast<std::uint64_t>(rem);
    return q;
}

std::string U256::toDecimal() const
{
    if (isZero()) return "0";
    std::string s;
    U256 v = *this;
    while (!v.isZero()) {
        std::uint64_t r = 0;
        v = v.divU64(10, &r);
        s += static_cast<char>('0' + r);
    }
    std::reverse(s.begin(), s.end());
    return s;
}

std::string U256::toHexQuantity() const
{
    if (isZero()) return "0x0";
    std::string h = toHex(toBigEndianMinimal(), false);
    if (h[0] == '0') h.erase(0, 1);
    return "0x" + h;
}

}  // namespace bt
