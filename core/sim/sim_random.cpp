#include "sim/sim_random.h"

#include "codec/keccak.h"

#include <string>

namespace bt::sim {

namespace {

std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }

std::uint64_t loadLe64(const std::uint8_t* p) noexcept
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

}  // namespace

SimRandom::SimRandom(std::uint64_t seed, std::string_view name)
{
    // SHA-256 spreads any (seed, name) over the whole 256-bit state; xoshiro only
    // needs the state not to be all zero.
    std::string input(8, '\0');
    for (int i = 0; i < 8; ++i) input[static_cast<std::size_t>(i)] = static_cast<char>((seed >> (8 * i)) & 0xff);
    input += name;
    const Hash32 h = sha256(asBytes(input));
    for (int i = 0; i < 4; ++i) m_s[i] = loadLe64(h.data() + 8 * i);
    if ((m_s[0] | m_s[1] | m_s[2] | m_s[3]) == 0) m_s[0] = 0x9e3779b97f4a7c15ULL;
}

std::uint64_t SimRandom::next() noexcept
{
    // xoshiro256** 1.0 (Blackman and Vigna, public domain).
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double SimRandom::uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::int64_t SimRandom::between(std::int64_t lo, std::int64_t hi) noexcept
{
    if (hi <= lo) return lo;
    const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    // Rejection sampling: no modulo bias.
    const std::uint64_t limit = span == 0 ? 0 : (~std::uint64_t(0) / span) * span;
    std::uint64_t x = next();
    while (limit != 0 && x >= limit) x = next();
    return lo + static_cast<std::int64_t>(span == 0 ? x : x % span);
}

double SimRandom::normal(double mean, double sd) noexcept
{
    double sum = 0;
    for (int i = 0; i < 12; ++i) sum += uniform();
    return mean + sd * (sum - 6.0);
}

std::uint32_t SimRandom::binomial(std::uint32_t n, double p) noexcept
{
    std::uint32_t k = 0;
    for (std::uint32_t i = 0; i < n; ++i)
        if (uniform() < p) ++k;
    return k;
}

}  // namespace bt::sim
