// The statistics investigate uses, as plain functions over numbers: summaries,
// Shewhart individuals-chart limits, the Western Electric run rules, and Fisher's
// exact test for the association of a candidate with non-conformant lots.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bt::domain::stats {

struct Summary {
    std::size_t n = 0;
    double mean = 0;
    double sd = 0;  // sample standard deviation (n - 1)
    double min = 0;
    double max = 0;
};
Summary summarize(const std::vector<double>& x);

// Individuals (X) chart: centre = baseline mean; sigma = mean moving range / d2 (1.128),
// the usual estimate for individual values, which a slow drift inside the baseline
// inflates less than the sample sd; limits = centre ± 3 sigma.
struct Limits {
    double center = 0;
    double sigma = 0;
    double lcl = 0;
    double ucl = 0;
};
Limits individualsLimits(const std::vector<double>& baseline);

// Western Electric rules, applied to the values in time order; bit r-1 of the result
// is set for every point that belongs to a window violating rule r:
// 1: one point beyond 3 sigma; 2: two of three consecutive points beyond 2 sigma on the
// same side; 3: four of five consecutive beyond 1 sigma on the same side; 4: eight
// consecutive on the same side of the centre line.
std::vector<std::uint8_t> westernElectric(const std::vector<double>& x, const Limits& l);

// One-sided Fisher exact test: the probability of at least `a` non-conformant among the
// candidate's a + b lots, given c + d other lots with c non-conformant (hypergeometric
// upper tail). Small when the candidate holds more bad lots than chance would.
double fisherGreater(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d);

}  // namespace bt::domain::stats
