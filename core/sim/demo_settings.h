// The demo scenario's dials in one place: the before/after figures it reproduces (the
// source paper's Table 1: defect rate 5 % → 2 %, due diligence weeks → days,
// logistics incidents −30 %, information latency days → minutes, recycling over 95 %)
// and when its injections happen, placed relative to the span so that a short test
// run (--months 1) still holds each of them.
#pragma once

#include "sim/scenario_plan.h"
#include "sim/sim_time.h"

#include <algorithm>
#include <cstdint>

namespace bt::sim {

struct DemoSettings {
    // Cell inspections: the share of failing cells outside the drift, per period.
    double defectRateBefore = 0.044;
    double defectRateAfter = 0.019;
    // A lot is held back (non_conformant) above this failure share.
    double lotAcceptanceLimit = 0.10;

    // Logistics incidents per shipment.
    double incidentRateBefore = 0.065;
    double incidentRateAfter = 0.045;

    // Due diligence of a received raw-material lot, in days.
    double dueDiligenceBeforeMin = 14, dueDiligenceBeforeMax = 35;
    double dueDiligenceAfterMin = 1, dueDiligenceAfterMax = 4;

    // Coating drift on one line: thickness creeps up by this much per day, up to the
    // maximum, over [driftStart, driftEnd).
    std::int64_t driftStart = 0, driftEnd = 0;
    double driftPerDay = 0.2;      // µm
    double driftMax = 9.0;         // µm
    // Failure share added per µm of thickness above nominal + 1.5 µm.
    double driftFailurePerMicron = 0.035;

    // Certification of the industrial cobalt mine: expires, renewed after a gap.
    std::int64_t certExpiry = 0, certRenewal = 0;
    // The artisanal lots: the first is blended before the change, the second arrives after.
    std::int64_t artisanalFirst = 0, artisanalSecond = 0;

    static DemoSettings forClock(const ScenarioClock& c)
    {
        DemoSettings s;
        const std::int64_t span = c.end - c.start;
        auto at = [&](double fraction) { return c.start + static_cast<std::int64_t>(static_cast<double>(span) * fraction) / kDay * kDay; };
        // About ten weeks in for twelve months (mid-March); about a week in for one.
        s.driftStart = at(0.19);
        s.driftEnd = s.driftStart + std::max<std::int64_t>(10, span / kDay * 6 / 52) * kDay;
        s.certExpiry = c.change - std::max<std::int64_t>(3, span / kDay / 21) * kDay;
        s.certRenewal = c.change + std::max<std::int64_t>(4, span / kDay / 10) * kDay;
        s.artisanalFirst = c.start - 25 * kDay;
        s.artisanalSecond = c.change + std::max<std::int64_t>(1, span / kDay / 12) * kDay;
        return s;
    }
};

}  // namespace bt::sim
