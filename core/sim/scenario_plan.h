// What a scenario hands to the writer: the EPCIS events to anchor, each with its
// recorder and kind, and the certifications auditors attest, each at a time of the
// simulated calendar. Plain data; the demo scenario fills it, the anchor schedule
// decides when each item reaches the chain.
#pragma once

#include "codec/registry_abi.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bt::sim {

// Insertion-ordered JSON: documents keep the field order the data model shows.
using Json = nlohmann::ordered_json;

struct PlannedEvent {
    std::int64_t time = 0;        // eventTime, Unix seconds
    std::size_t recorder = 0;     // index in the roster
    registry::EventKind kind = registry::EventKind::Commissioning;
    std::string document;         // the EPCIS event, compact JSON
    std::string eventId;          // its eventID ("urn:uuid:…")
    bool isPrivate = false;       // anchored without its document (disclosed off-chain)
    std::uint64_t seq = 0;        // creation order: breaks ties of `time`
};

struct PlannedCertification {
    std::int64_t time = 0;        // when the auditor attests it
    std::size_t auditor = 0;
    std::size_t subject = 0;
    registry::CertificationClaim claim;  // subject address included
    std::string label;            // handle for the truth file, e.g. "mine-kivu/RMAP/2024"
};

// The simulated calendar. The chain's story runs from warmupStart (upstream members
// only: the material already in the pipeline on the start date) to end; `change` is
// the mid-span process change the before/after figures compare around.
struct ScenarioClock {
    std::int64_t warmupStart = 0;
    std::int64_t start = 0;
    std::int64_t change = 0;
    std::int64_t end = 0;
    bool isAfter(std::int64_t t) const noexcept { return t >= change; }
};

struct ScenarioPlan {
    ScenarioClock clock;
    std::vector<PlannedEvent> events;  // sorted by (time, seq)
    std::vector<PlannedCertification> certifications;  // sorted by time
    Json truth;                        // the scenario's part of the truth file
};

}  // namespace bt::sim
