// The simulator's own pseudo-random numbers: xoshiro256** seeded through SHA-256 of
// (seed, stream name). Everything derived here is plain integer and IEEE arithmetic,
// so a seed gives the same numbers with every compiler and standard library, which
// std::*_distribution does not promise. Each actor of a scenario draws from a stream
// of its own, so that a change to one actor does not reshuffle all the others.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace bt::sim {

class SimRandom {
public:
    // The stream called `name` of the simulation seeded with `seed`.
    SimRandom(std::uint64_t seed, std::string_view name);

    std::uint64_t next() noexcept;
    // Uniform in [0, 1), 53 bits.
    double uniform() noexcept;
    double uniform(double lo, double hi) noexcept { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi] (inclusive); lo when hi < lo.
    std::int64_t between(std::int64_t lo, std::int64_t hi) noexcept;
    bool chance(double p) noexcept { return uniform() < p; }
    // Approximately normal: the Irwin-Hall sum of twelve uniforms, so only additions
    // (no libm calls whose last bit may differ between platforms); tails end at 6 sd.
    double normal(double mean, double sd) noexcept;
    // Successes in n Bernoulli(p) trials, drawn one by one (n is small here).
    std::uint32_t binomial(std::uint32_t n, double p) noexcept;
    template <class T>
    const T& pick(const std::vector<T>& v) noexcept
    {
        return v[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(v.size()) - 1))];
    }

private:
    std::uint64_t m_s[4]{};
};

}  // namespace bt::sim
