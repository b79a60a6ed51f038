#include "keccak.h"

#include <bit>
#include <cstring>

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace bt {

namespace {

constexpr std::uint64_t kRoundConstants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

// Rotation offsets r[x + 5y] of the rho step.
constexpr int kRho[25] = {
    0,  1,  62, 28, 27,
    36, 44, 6,  55, 20,
    3,  10, 43, 25, 39,
    41, 45, 15, 21, 8,
    18, 2,  61, 56, 14,
};

inline std::uint64_t load64le(const std::uint8_t* p) noexcept
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
    return v;
}

inline void store64le(std::uint8_t* p, std::uint64_t v) noexcept
{
    if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
    std::memcpy(p, &v, 8);
}

inline void absorbBlock(std::uint64_t st[25], const std::uint8_t* block) noexcept
{
    for (int i = 0; i < 17; ++i) st[i] ^= load64le(block + 8 * i);
    keccakF1600(st);
}

}  // namespace

namespace {

// One round from state `a` into state `e`. theta's column parities go into d; then,
// plane by plane of the output, rho and pi gather five lanes and chi mixes them.
// Writing into a second state (instead of in place) lets the compiler keep the
// whole round in registers once the constant index arithmetic is folded.
inline void round(const std::uint64_t* a, std::uint64_t* e, std::uint64_t rc) noexcept
{
    std::uint64_t c[5];
#pragma GCC unroll 5
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    std::uint64_t d[5];
#pragma GCC unroll 5
    for (int x = 0; x < 5; ++x) d[x] = c[(x + 4) % 5] ^ std::rotl(c[(x + 1) % 5], 1);
#pragma GCC unroll 5
    for (int yo = 0; yo < 5; ++yo) {
        std::uint64_t b[5];
#pragma GCC unroll 5
        for (int xo = 0; xo < 5; ++xo) {
            // pi sends (x, y) to (y, 2x + 3y): the source of (xo, yo) is y = xo,
            // x = 3 (yo - 3 xo) mod 5 (3 is the inverse of 2 mod 5).
            const int y = xo;
            const int x = (3 * (yo + 5 * 3 - 3 * xo)) % 5;
            b[xo] = std::rotl(a[x + 5 * y] ^ d[x], kRho[x + 5 * y]);
        }
#pragma GCC unroll 5
        for (int xo = 0; xo < 5; ++xo) e[xo + 5 * yo] = b[xo] ^ (~b[(xo + 1) % 5] & b[(xo + 2) % 5]);
    }
    e[0] ^= rc;
}

}  // namespace

void keccakF1600(std::uint64_t st[25]) noexcept
{
    std::uint64_t a[25];
    std::uint64_t e[25];
    std::memcpy(a, st, sizeof a);
    for (int r = 0; r < 24; r += 2) {
        round(a, e, kRoundConstants[r]);
        round(e, a, kRoundConstants[r + 1]);
    }
    std::memcpy(st, a, sizeof a);
}

KeccakSponge256& KeccakSponge256::update(ByteView data) noexcept
{
    const std::uint8_t* p = data.data();
    std::size_t n = data.size();
    if (m_buffered != 0) {
        std::size_t take = std::min(n, kRate - m_buffered);
        std::memcpy(m_buffer + m_buffered, p, take);
        m_buffered += take;
        p += take;
        n -= take;
        if (m_buffered < kRate) return *this;
        absorbBlock(m_state, m_buffer);
        m_buffered = 0;
    }
    for (; n >= kRate; p += kRate, n -= kRate) absorbBlock(m_state, p);
    if (n != 0) {
        std::memcpy(m_buffer, p, n);
        m_buffered = n;
    }
    return *this;
}

Hash32 KeccakSponge256::finish() noexcept
{
    std::memset(m_buffer + m_buffered, 0, kRate - m_buffered);
    m_buffer[m_buffered] ^= static_cast<std::uint8_t>(m_pad);
    m_buffer[kRate - 1] ^= 0x80;
    absorbBlock(m_state, m_buffer);
    Hash32 out;
    for (int i = 0; i < 4; ++i) store64le(out.bytes.data() + 8 * i, m_state[i]);
    return out;
}

void KeccakSponge256::reset() noexcept
{
    std::memset(m_state, 0, sizeof m_state);
    m_buffered = 0;
}

Hash32 sha3_256InTree(ByteView data) noexcept
{
    KeccakSponge256 s(KeccakSponge256::Padding::Sha3);
    return s.update(data).finish();
}

#if BT_HAVE_OPENSSL_KECCAK
namespace {
const EVP_MD* opensslKeccak() noexcept
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "KECCAK-256", nullptr);
    return md;
}
}  // namespace

Hash32 keccak256(ByteView data) noexcept
{
    Hash32 out;
    unsigned int len = 0;
    if (const EVP_MD* md = opensslKeccak();
        md && EVP_Digest(data.data(), data.size(), out.data(), &len, md, nullptr) == 1 && len == 32)
        return out;
    KeccakSponge256 s;
    return s.update(data).finish();
}

const char* keccakBackend() noexcept { return opensslKeccak() ? "openssl" : "in-tree"; }
#else
Hash32 keccak256(ByteView data) noexcept
{
    KeccakSponge256 s;
    return s.update(data).finish();
}

const char* keccakBackend() noexcept { return "in-tree"; }
#endif

Hash32 sha256(ByteView data) noexcept
{
    Hash32 out;
    SHA256(data.data(), data.size(), out.data());
    return out;
}

}  // namespace bt
