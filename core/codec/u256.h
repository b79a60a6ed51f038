// A 256-bit unsigned integer: just what transaction values, fees and signature
// components need (compare, add and multiply with overflow detection, big-endian I/O).
#pragma once

#include "bytes.h"

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bt {

class U256 {
public:
    constexpr U256() = default;
    constexpr U256(std::uint64_t v) : m_limbs{v, 0, 0, 0} {}  // NOLINT: implicit like an integer
    constexpr U256(std::uint64_t w3, std::uint64_t w2, std::uint64_t w1, std::uint64_t w0)
        : m_limbs{w0, w1, w2, w3} {}

    // At most 32 bytes, big-endian; leading zeros allowed (callers check canonical form).
    static std::optional<U256> fromBigEndian(ByteView be);
    // Decimal digits only.
    static std::optional<U256> fromDecimal(std::string_view digits);
    // "0x…" quantity as JSON-RPC writes it (leading zeros tolerated).
    static std::optional<U256> fromHexQuantity(std::string_view text);

    Bytes toBigEndianMinimal() const;           // 0 → empty
    std::array<std::uint8_t, 32> toBigEndian32() const;
    std::string toDecimal() const;
    std::string toHexQuantity() const;           // "0x0", "0x1f"

    constexpr bool isZero() const noexcept { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    constexpr bool fitsUint64() const noexcept { return (m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    constexpr std::uint64_t low64() const noexcept { return m_limbs[0]; }
    unsigned bitLength() const noexcept;

    // Returns nullopt on overflow past 2^256 - 1.
    static std::optional<U256> checkedAdd(const U256& a, const U256& b) noexcept;
    static std::optional<U256> checkedMul(const U256& a, const U256& b) noexcept;
    // Division by a 64-bit divisor (non-zero).
    U256 divU64(std::uint64_t d, std::uint64_t* remainder = nullptr) const noexcept;

    constexpr std::strong_ordering operator<=>(const U256& o) const noexcept
    {
        for (int i = 3; i >= 0; --i)
            if (m_limbs[i] != o.m_limbs[i]) return m_limbs[i] <=> o.m_limbs[i];
        return std::strong_ordering::equal;
    }
    constexpr bool operator==(const U256& o) const noexcept = default;

private:
    std::array<std::uint64_t, 4> m_limbs{};  // little-endian limbs
};

}  // namespace bt
