// The demo scenario: a year of an EV-battery supply chain (plus the upstream pipeline
// that leads into it), written as EPCIS events by the organisations of
// ParticipantRoster::demo, with the injections the explorer's users hunt for and a
// process change at mid-span. Pure logic: the same options give the same plan, byte
// for byte; writing it to a chain is the Simulator's job.
#pragma once

#include "sim/participant_roster.h"
#include "sim/scenario_plan.h"

#include <cstdint>

namespace bt::sim {

struct DemoOptions {
    std::uint64_t seed = 1;
    std::int64_t start = 0;  // midnight UTC of the first day; 0: 2025-01-01
    int months = 12;         // 1..24; short spans are for tests
};

class DemoScenario {
public:
    static ScenarioClock clockFor(const DemoOptions& options);
    static ScenarioPlan build(const ParticipantRoster& roster, const DemoOptions& options);
};

}  // namespace bt::sim
