#include "sim/event_batcher.h"

#include "codec/jcs.h"

#include <algorithm>

namespace bt::sim {

namespace {

// Calldata bytes one event adds to a recordEvents call: a uint8, two bytes32, the
// string's offset, length and padded contents.
std::size_t calldataOf(const registry::TraceEventInput& e) { return 32 * 5 + (e.document.size() + 31) / 32 * 32; }

}  // namespace

Result<registry::TraceEventInput> EventBatcher::anchorOf(const PlannedEvent& e)
{
    static const Hash32 scheme = *registry::hashSchemeId(registry::kJcsSha256);
    BT_TRY(Hash32 hash, jcs::jcsSha256(e.document));
    registry::TraceEventInput in;
    in.kind = e.kind;
    in.hashScheme = scheme;
    in.eventHash = hash;
    if (!e.isPrivate) in.document = e.document;
    return in;
}

std::uint64_t EventBatcher::gasFor(const Bytes& calldata, std::span<const registry::TraceEventInput> events)
{
    std::uint64_t zeros = 0, nonZeros = 0;
    for (std::uint8_t b : calldata) (b == 0 ? zeros : nonZeros)++;
    const std::uint64_t tokens = zeros + 4 * nonZeros;
    const std::uint64_t floor = 21'000 + 10 * tokens;  // EIP-7623 (Prague)
    // Execution: the caller's role and the counter (cold), then per event a log of four
    // topics, its data (8 gas a byte), the calldata copies, and Solidity's memory, which
    // grows with every event of the call (the quadratic term).
    std::uint64_t exec = 40'000, words = 0;
    for (const auto& e : events) {
        const std::uint64_t w = (e.document.size() + 31) / 32;
        exec += 6'000 + 8 * (96 + 32 * w) + 12 * w;
        words += w + 12;
    }
    exec += 3 * words + words * words / 512;
    const std::uint64_t standard = 21'000 + 4 * zeros + 16 * nonZeros + exec;
    const std::uint64_t need = std::max(floor, standard);
    return need + need / 5 + 20'000;
}

Result<std::vector<EventCall>> EventBatcher::calls(std::span<const PlannedEvent* const> events, const BatchLimits& limits)
{
    std::vector<EventCall> out;
    std::vector<registry::TraceEventInput> chunk;
    std::size_t bytes = 0;
    auto flush = [&] {
        if (chunk.empty()) return;
        EventCall c;
        c.calldata = registry::encodeRecordEvents(chunk);
        c.gasLimit = gasFor(c.calldata, chunk);
        c.events = chunk.size();
        out.push_back(std::move(c));
        chunk.clear();
        bytes = 0;
    };
    for (const PlannedEvent* e : events) {
        BT_TRY(registry::TraceEventInput in, anchorOf(*e));
        const std::size_t add = calldataOf(in);
        // The gas of a call grows about 40 a calldata byte (the EIP-7623 floor), so the
        // byte budget bounds the gas too.
        const std::size_t gasBytes = static_cast<std::size_t>(limits.maxGas / 48);
        if (!chunk.empty() && (chunk.size() >= limits.maxEvents || bytes + add > limits.maxCalldataBytes ||
                               bytes + add > gasBytes))
            flush();
        bytes += add;
        chunk.push_back(std::move(in));
    }
    flush();
    return out;
}

}  // namespace bt::sim
