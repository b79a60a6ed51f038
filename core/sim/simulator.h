// The simulator as one call: plan a scenario, check the node, the funding account and
// (when reusing one) the registry before anything is written, then fund the
// participants, deploy and populate the registry, anchor the events, and write the
// truth file (and, for the demo, the disclosure file of the private events).
//
// Nothing is left half-written without a mark: from the first transaction on, the
// truth file exists and says how far the run got ("status"); it is rewritten as the
// run progresses and at the end, also when the run fails or is interrupted.
#pragma once

#include "codec/signature.h"
#include "rpc/rpc_client.h"
#include "sim/event_batcher.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace bt::sim {

enum class ScenarioKind { Demo, Scale };

struct SimulationOptions {
    RpcEndpoint endpoint;
    ScenarioKind scenario = ScenarioKind::Demo;
    std::uint64_t seed = 1;
    int months = 12;                      // demo
    std::int64_t start = 0;               // demo: first day (0: 2025-01-01)
    std::uint64_t events = 1'000'000;     // scale
    QString truthPath;
    QString disclosurePath;               // "": beside the truth file
    std::optional<Address> registry;      // reuse this registry instead of deploying one
    PrivateKey funderKey;
    std::optional<BatchLimits> limits;    // default: per scenario
};

struct SimulationProgress {
    QString stage;                        // "checking", "setup", "anchoring", "done"
    std::uint64_t eventsDone = 0;
    std::uint64_t eventsTotal = 0;
    std::uint64_t lastBlock = 0;
    double eventsPerSecond = 0;
};

struct SimulationReport {
    bool ok = false;
    QString error;
    QStringList warnings;
    bool wroteToChain = false;            // whether anything reached the chain
    Address registry;
    std::uint64_t eventsPlanned = 0;
    std::uint64_t eventsWritten = 0;
    std::uint64_t transactions = 0;
    std::uint64_t firstBlock = 0, lastBlock = 0;
    double planSeconds = 0;
    double writeSeconds = 0;              // anchoring only
    double eventsPerSecond = 0;           // anchoring only
    QString truthPath, disclosurePath;
};

class Simulator {
public:
    using Progress = std::function<void(const SimulationProgress&)>;

    explicit Simulator(SimulationOptions options);
    ~Simulator();

    SimulationReport run(const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);

    // "x-truth.json" → "x-disclosure.json"; "x.json" → "x-disclosure.json".
    static QString defaultDisclosurePath(const QString& truthPath);

private:
    struct Run;
    SimulationOptions m_options;
};

}  // namespace bt::sim
