// Byte containers shared by the codec: Bytes (owned), ByteView (borrowed),
// FixedBytes<N> for hashes, addresses and blooms, and hex conversion.
#pragma once

#include "result.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bt {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

template <std::size_t N>
struct FixedBytes {
    std::array<std::uint8_t, N> bytes{};

    static constexpr std::size_t size() noexcept { return N; }
    std::uint8_t* data() noexcept { return bytes.data(); }
    const std::uint8_t* data() const noexcept { return bytes.data(); }
    ByteView view() const noexcept { return {bytes.data(), N}; }
    operator ByteView() const noexcept { return view(); }  // NOLINT: implicit by design
    bool isZero() const noexcept
    {
        return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
    }
    auto operator<=>(const FixedBytes&) const = default;

    // Copies exactly N bytes; fails with WrongLength otherwise.
    static Result<FixedBytes> from(ByteView v)
    {
        if (v.size() != N)
            return Error(Errc::WrongLength, 0, {},
                         "got " + std::to_string(v.size()) + " bytes, want " + std::to_string(N));
        FixedBytes out;
        std::copy(v.begin(), v.end(), out.bytes.begin());
        return out;
    }
};

using Hash32 = FixedBytes<32>;
using Address = FixedBytes<20>;
using Bloom = FixedBytes<256>;

// Lower-case hex with a "0x" prefix.
std::string toHex(ByteView data, bool prefix = true);

// Accepts an optional 0x/0X prefix; upper or lower case; an odd number of digits
// is rejected unless allowOdd (JSON-RPC quantities like "0x1" are odd).
Result<Bytes> fromHex(std::string_view text, bool allowOdd = false);

template <std::size_t N>
Result<FixedBytes<N>> fixedFromHex(std::string_view text)
{
    BT_TRY(Bytes b, fromHex(text));
    return FixedBytes<N>::from(b);
}

inline ByteView asBytes(std::string_view s) noexcept
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

inline void append(Bytes& out, ByteView v) { out.insert(out.end(), v.begin(), v.end()); }

// EIP-55 mixed-case checksum address.
std::string toChecksumAddress(const Address& a);

}  // namespace bt
