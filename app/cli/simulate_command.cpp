#include "cli/simulate_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "shutdown_signal_watcher.h"
#include "sim/simulator.h"
#include "sim/sim_time.h"

#include <QCommandLineParser>

#include <atomic>

namespace bt::cli {

namespace {

// anvil's (and Hardhat's) first prefunded dev account: the default funder on a dev node.
constexpr const char* kAnvilDevKey0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

}  // namespace

QString SimulateCommand::name() const { return QStringLiteral("simulate"); }

QString SimulateCommand::summary() const { return tr("Write a simulated battery supply chain to a node."); }

QString SimulateCommand::description() const
{
    return tr("Deploys the registry contract (or reuses --registry after checking its code), registers the "
              "participants, funds each one's key (derived from the seed) from the funding account, and anchors "
              "EPCIS 2.0 events as signed raw EIP-1559 transactions.\n"
              "demo: twelve months (--months) of mines, refineries, cathode and cell plants, pack assembly, "
              "carriers, OEMs, second life and recyclers, with a coating drift, temperature excursions, an "
              "uncertified artisanal lot, an expired certificate, a recycler below the EU targets and a process "
              "change at mid-span. On a dev node (anvil, Hardhat) block times follow the events; elsewhere blocks "
              "get the node's time. The same seed writes the same documents in the same order.\n"
              "scale: --events synthetic events of the same shapes, many per transaction; prints events/s.\n"
              "--truth receives what was injected and the realised figures (and how far the run got, also when it "
              "fails); private events' documents go to an EPCISDocument beside it. Exit code 0 when done, 1 on "
              "failure, 2 on a usage error.");
}

QList<QCommandLineOption> SimulateCommand::options() const
{
    return {
        {QStringLiteral("rpc"), tr("JSON-RPC endpoint (http:// or https://)."), QStringLiteral("URL")},
        {QStringLiteral("header"), tr("Extra HTTP header, e.g. \"Authorization: Bearer …\" (repeatable)."),
         QStringLiteral("Name: value")},
        {QStringLiteral("seed"), tr("Seed of the run: keys, documents and their order follow from it."),
         QStringLiteral("N")},
        {QStringLiteral("scenario"), tr("demo or scale."), QStringLiteral("NAME")},
        {QStringLiteral("events"), tr("scale: number of events (default 1000000)."), QStringLiteral("N")},
        {QStringLiteral("months"), tr("demo: months simulated, 1 to 24 (default 12)."), QStringLiteral("N")},
        {QStringLiteral("start"), tr("demo: first day, YYYY-MM-DD (default 2025-01-01)."), QStringLiteral("DATE")},
        {QStringLiteral("truth"), tr("Truth file to write (JSON)."), QStringLiteral("PATH")},
        {QStringLiteral("disclosure"), tr("demo: disclosure file of the private events (default beside --truth)."),
         QStringLiteral("PATH")},
        {QStringLiteral("registry"), tr("Use the registry at this address instead of deploying one."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("funder-key"), tr("Private key of the account that funds the participants (default: anvil's "
                                          "first dev account)."),
         QStringLiteral("KEY")},
        {QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 60)."), QStringLiteral("S")},
        {QStringLiteral("quiet"), tr("No progress line.")},
    };
}

int SimulateCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    auto usage = [&](const QString& m) { return inv.dispatcher.usageError(inv.err, m, this); };
    if (!inv.arguments.isEmpty()) return usage(tr("simulate takes no arguments"));
    for (const char* required : {"rpc", "seed", "scenario", "truth"})
        if (!p.isSet(QString::fromLatin1(required))) return usage(tr("--%1 is required").arg(QString::fromLatin1(required)));

    sim::SimulationOptions opt;
    opt.endpoint.url = QUrl(p.value(QStringLiteral("rpc")), QUrl::StrictMode);
    const QString scheme = opt.endpoint.url.scheme();
    if (!opt.endpoint.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        opt.endpoint.url.host().isEmpty())
        return usage(tr("--rpc: \"%1\" is not an http:// or https:// URL").arg(opt.endpoint.displayName()));
    for (const QString& h : p.values(QStringLiteral("header")))
        if (!opt.endpoint.addHeader(h)) return usage(tr("--header: expected \"Name: value\""));
    opt.endpoint.timeoutMs = 60'000;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double s = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || s <= 0) return usage(tr("--timeout: not a positive number"));
        opt.endpoint.timeoutMs = int(s * 1000);
    }
    // A raw transaction sent twice is refused as known: never retry a request here.
    opt.endpoint.maxRetries = 0;

    bool ok = false;
    opt.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) return usage(tr("--seed: not a number"));
    const QString scenario = p.value(QStringLiteral("scenario"));
    if (scenario == QLatin1String("demo"))
        opt.scenario = sim::ScenarioKind::Demo;
    else if (scenario == QLatin1String("scale"))
        opt.scenario = sim::ScenarioKind::Scale;
    else
        return usage(tr("--scenario: \"%1\" is neither demo nor scale").arg(scenario));
    if (p.isSet(QStringLiteral("events"))) {
        if (opt.scenario != sim::ScenarioKind::Scale) return usage(tr("--events is for --scenario scale"));
        opt.events = p.value(QStringLiteral("events")).toULongLong(&ok);
        if (!ok || opt.events == 0) return usage(tr("--events: not a positive number"));
    }
    if (p.isSet(QStringLiteral("months"))) {
        if (opt.scenario != sim::ScenarioKind::Demo) return usage(tr("--months is for --scenario demo"));
        opt.months = p.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || opt.months < 1 || opt.months > 24) return usage(tr("--months: a number from 1 to 24"));
    }
    if (p.isSet(QStringLiteral("start"))) {
        auto d = sim::parseDate(p.value(QStringLiteral("start")).toStdString());
        if (!d) return usage(tr("--start: expected a date YYYY-MM-DD"));
        opt.start = *d;
    }
    opt.truthPath = p.value(QStringLiteral("truth"));
    opt.disclosurePath = p.value(QStringLiteral("disclosure"));
    if (p.isSet(QStringLiteral("registry"))) {
        auto a = fixedFromHex<20>(p.value(QStringLiteral("registry")).trimmed().toStdString());
        if (!a) return usage(tr("--registry: not a 20-byte hex address"));
        opt.registry = *a;
    }
    auto key = fixedFromHex<32>(p.isSet(QStringLiteral("funder-key")) ? p.value(QStringLiteral("funder-key")).trimmed().toStdString()
                                                                      : std::string(kAnvilDevKey0));
    if (!key) return usage(tr("--funder-key: not a 32-byte hex private key"));
    opt.funderKey.bytes = key->bytes;
    const bool quiet = p.isSet(QStringLiteral("quiet"));

    std::atomic<bool> cancel{false};
    app::ShutdownSignalWatcher stopSignals;
    QObject::connect(&stopSignals, &app::ShutdownSignalWatcher::shutdownRequested, [&cancel] { cancel = true; });
    ProgressLine line(inv.err);
    sim::Simulator simulator(opt);
    const sim::SimulationReport r = simulator.run(
        [&](const sim::SimulationProgress& pr) {
            if (quiet) return;
            if (pr.stage == QLatin1String("anchoring"))
                line.update(tr("anchoring: %1 of %2 events, block %3, %4 events/s")
                                .arg(pr.eventsDone)
                                .arg(pr.eventsTotal)
                                .arg(pr.lastBlock)
                                .arg(pr.eventsPerSecond, 0, 'f', 0));
            else
                line.update(tr("%1…").arg(pr.stage));
        },
        &cancel);
    line.finish();
    for (const QString& w : r.warnings) inv.err << tr("warning: %1").arg(w) << '\n';
    if (!r.ok) {
        inv.err << tr("simulate failed: %1").arg(r.error) << '\n';
        inv.err.flush();
        return kExitFailure;
    }
    inv.out << tr("%1 scenario, seed %2: %3 events in blocks %4-%5 (%6 transactions), registry %7")
                   .arg(scenario)
                   .arg(opt.seed)
                   .arg(r.eventsWritten)
                   .arg(r.firstBlock)
                   .arg(r.lastBlock)
                   .arg(r.transactions)
                   .arg(QString::fromStdString(toChecksumAddress(r.registry)))
            << '\n';
    inv.out << tr("written in %1 s: %2 events/s (planned in %3 s)")
                   .arg(r.writeSeconds, 0, 'f', 1)
                   .arg(r.eventsPerSecond, 0, 'f', 0)
                   .arg(r.planSeconds, 0, 'f', 1)
            << '\n';
    inv.out << tr("truth: %1").arg(r.truthPath) << '\n';
    if (opt.scenario == sim::ScenarioKind::Demo) inv.out << tr("disclosure: %1").arg(r.disclosurePath) << '\n';
    inv.out.flush();
    inv.err.flush();
    return kExitOk;
}

}  // namespace bt::cli
