#include "domain/statistics.h"

#include <algorithm>
#include <cmath>

namespace bt::domain::stats {

Summary summarize(const std::vector<double>& x)
{
    Summary s;
    s.n = x.size();
    if (x.empty()) return s;
    s.min = *std::min_element(x.begin(), x.end());
    s.max = *std::max_element(x.begin(), x.end());
    // Welford: stable for long series of close values.
    double mean = 0, m2 = 0;
    std::size_t k = 0;
    for (double v : x) {
        ++k;
        const double d = v - mean;
        mean += d / static_cast<double>(k);
        m2 += d * (v - mean);
    }
    s.mean = mean;
    s.sd = x.size() > 1 ? std::sqrt(m2 / static_cast<double>(x.size() - 1)) : 0;
    return s;
}

Limits individualsLimits(const std::vector<double>& baseline)
{
    Limits l;
    if (baseline.empty()) return l;
    l.center = summarize(baseline).mean;
    double mr = 0;
    for (std::size_t i = 1; i < baseline.size(); ++i) mr += std::fabs(baseline[i] - baseline[i - 1]);
    constexpr double kD2 = 1.128;  // d2 for moving ranges of two
    l.sigma = baseline.size() > 1 ? mr / static_cast<double>(baseline.size() - 1) / kD2 : 0;
    l.lcl = l.center - 3 * l.sigma;
    l.ucl = l.center + 3 * l.sigma;
    return l;
}

std::vector<std::uint8_t> westernElectric(const std::vector<double>& x, const Limits& l)
{
    std::vector<std::uint8_t> hits(x.size(), 0);
    if (l.sigma <= 0) return hits;
    const std::size_t n = x.size();
    auto z = [&](std::size_t i) { return (x[i] - l.center) / l.sigma; };
    auto mark = [&](std::size_t from, std::size_t count, std::uint8_t bit) {
        for (std::size_t k = from; k < from + count; ++k) hits[k] |= bit;
    };
    for (std::size_t i = 0; i < n; ++i)
        if (std::fabs(z(i)) > 3) hits[i] |= 1;
    // Windows ending at i.
    for (std::size_t i = 0; i < n; ++i) {
        for (int side : {1, -1}) {
            auto beyond = [&](std::size_t k, double t) { return side * z(k) > t; };
            if (i >= 2) {
                int c = 0;
                for (std::size_t k = i - 2; k <= i; ++k) c += beyond(k, 2);
                if (c >= 2) mark(i - 2, 3, 2);
            }
            if (i >= 4) {
                int c = 0;
                for (std::size_t k = i - 4; k <= i; ++k) c += beyond(k, 1);
                if (c >= 4) mark(i - 4, 5, 4);
            }
            if (i >= 7) {
                bool all = true;
                for (std::size_t k = i - 7; k <= i && all; ++k) all = beyond(k, 0);
                if (all) mark(i - 7, 8, 8);
            }
        }
    }
    // A window marks all its points; only the points on the violating side matter for
    // rules 2 and 3, but a run is reported as the window, which is what an engineer
    // looks at.
    return hits;
}

namespace {
double logChoose(std::int64_t n, std::int64_t k)
{
    return std::lgamma(static_cast<double>(n) + 1) - std::lgamma(static_cast<double>(k) + 1) -
           std::lgamma(static_cast<double>(n - k) + 1);
}
}  // namespace

double fisherGreater(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d)
{
    const std::int64_t row = a + b;       // the candidate's lots
    const std::int64_t bad = a + c;       // all non-conformant lots
    const std::int64_t total = a + b + c + d;
    if (row == 0 || bad == 0 || total == 0) return 1.0;
    const double denom = logChoose(total, row);
    double p = 0;
    for (std::int64_t k = a; k <= std::min(row, bad); ++k)
        p += std::exp(logChoose(bad, k) + logChoose(total - bad, row - k) - denom);
    return std::min(1.0, p);
}

}  // namespace bt::domain::stats
