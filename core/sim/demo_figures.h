// The realised figures of a planned demo run, computed from the event documents
// themselves (what goes on chain), with the definitions of docs/data-model.md, so
// the truth file states what an explorer should find: defect rate, logistics incident
// rate, recycling rate and due-diligence time per period, and event counts by kind.
#pragma once

#include "sim/participant_roster.h"
#include "sim/scenario_plan.h"

#include <vector>

namespace bt::sim {

class DemoFigures {
public:
    static Json compute(const std::vector<PlannedEvent>& events, const ScenarioClock& clock,
                        const ParticipantRoster& roster);
};

}  // namespace bt::sim
