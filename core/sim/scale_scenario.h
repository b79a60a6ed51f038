// The scale scenario: as many events as asked for (millions), for benchmarks of the
// sync and the domain index. Synthetic but valid: the same document shapes as the
// demo (docs/data-model.md), recorded by the same participants, forming one lineage
// DAG. Each "unit" is a small supply chain of 22 events, ore lot to vehicle in use,
// and units share lots (an ore lot feeds two refinery batches, a refined lot three
// cathode batches), so lineage queries have merges and splits to follow.
// Generated as a stream: memory does not grow with the count.
#pragma once

#include "sim/participant_roster.h"
#include "sim/scenario_plan.h"
#include "sim/sim_random.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace bt::sim {

class ScaleScenario {
public:
    static constexpr int kEventsPerUnit = 22;

    ScaleScenario(const ParticipantRoster& roster, std::uint64_t seed, std::int64_t start);

    // The next events, at most `max`, in order; empty when `total` have been given.
    std::vector<PlannedEvent> next(std::size_t max, std::uint64_t total);
    std::uint64_t produced() const noexcept { return m_produced; }

private:
    void unit(std::uint64_t u);
    void add(std::size_t recorder, registry::EventKind kind, std::int64_t t, const Json& doc);
    Json head(const char* type, std::int64_t t, std::size_t recorder);

    const ParticipantRoster& m_roster;
    SimRandom m_rng;
    std::int64_t m_start;
    std::uint64_t m_unit = 0;
    std::uint64_t m_produced = 0;
    std::uint64_t m_seq = 0;
    std::deque<PlannedEvent> m_pending;
};

}  // namespace bt::sim
