// When each planned item reaches the chain. Before the process change, each
// participant uploads its records in a batch every three to five days (an office
// routine: the source paper's "3-5 days" information latency); after it, events are
// anchored within minutes, on a fixed grid of slots so that the participants active
// in the same slot share a block. Certifications are attested when the audit ends.
// Deterministic: a seed and a plan give the same schedule.
#pragma once

#include "sim/scenario_plan.h"
#include "sim/sim_time.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bt::sim {

struct AnchorPolicy {
    double uploadEveryMinDays = 3.0;
    double uploadEveryMaxDays = 5.0;
    std::int64_t slot = 15 * kMinute;      // after the change
    std::int64_t minimumDelay = 2 * kMinute;
};

// One block's worth of work (more blocks if it does not fit in one), at `time`.
struct AnchorMoment {
    std::int64_t time = 0;
    std::vector<std::size_t> certifications;  // indices into plan.certifications
    std::vector<std::size_t> events;          // indices into plan.events, in plan order
};

class AnchorSchedule {
public:
    static std::vector<AnchorMoment> build(const ScenarioPlan& plan, std::size_t participants, std::uint64_t seed,
                                           const AnchorPolicy& policy = {});
    // Information latency (anchor time - eventTime, hours) per period, from a schedule.
    static Json latency(const ScenarioPlan& plan, const std::vector<AnchorMoment>& moments);
};

}  // namespace bt::sim
