// Turns one recorder's planned events into recordEvents calls: each event hashed under
// jcs-sha256 (SHA-256 of its RFC 8785 canonical form), private events sent without
// their document, and the calls cut to a number of events, a calldata size (nodes
// refuse transactions above 128 KiB) and a gas budget. The gas limit is computed, not
// estimated per call, so that many calls can go out in one JSON-RPC batch.
#pragma once

#include "codec/registry_abi.h"
#include "sim/scenario_plan.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace bt::sim {

struct BatchLimits {
    std::size_t maxEvents = 100;
    std::size_t maxCalldataBytes = 120'000;
    std::uint64_t maxGas = 12'000'000;
};

struct EventCall {
    Bytes calldata;
    std::uint64_t gasLimit = 0;
    std::size_t events = 0;
};

class EventBatcher {
public:
    // The anchor of one event: kind, scheme "jcs-sha256", hash and (unless private) document.
    // Fails only for a document that is not JSON (a simulator bug).
    static Result<registry::TraceEventInput> anchorOf(const PlannedEvent& e);

    // Calls for `events` (one recorder's, in order).
    static Result<std::vector<EventCall>> calls(std::span<const PlannedEvent* const> events, const BatchLimits& limits);

    // A safe gas limit for recordEvents with this calldata: the EIP-7623 calldata floor
    // or intrinsic gas plus execution (logs, copies, memory), whichever is higher, with
    // a margin.
    static std::uint64_t gasFor(const Bytes& calldata, std::span<const registry::TraceEventInput> events);
};

}  // namespace bt::sim
