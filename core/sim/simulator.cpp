#include "sim/simulator.h"

#include "codec/abi.h"
#include "codec/registry_abi.h"
#include "rpc/blocking_rpc.h"
#include "sim/anchor_schedule.h"
#include "sim/chain_session.h"
#include "sim/demo_scenario.h"
#include "sim/participant_roster.h"
#include "sim/registry_artifact.h"
#include "sim/scale_scenario.h"
#include "sim/sim_time.h"
#include "sim/epcis_json.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <map>

namespace bt::sim {

using registry::Role;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString eth(const U256& wei)
{
    // Wei to ether with three decimals, without floating point on 256-bit values.
    std::uint64_t rem = 0;
    const U256 milli = wei.divU64(1'000'000'000'000'000ULL, &rem);
    const std::string d = milli.toDecimal();
    const std::string whole = d.size() > 3 ? d.substr(0, d.size() - 3) : "0";
    std::string frac = d.size() > 3 ? d.substr(d.size() - 3) : std::string(3 - d.size(), '0') + d;
    return qs(whole + "." + frac);
}

U256 add(const U256& a, const U256& b) { return U256::checkedAdd(a, b).value_or(a); }

bool writeJson(const QString& path, const Json& j, int indent, QString& error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    const std::string text = j.dump(indent) + "\n";
    f.write(text.data(), static_cast<qint64>(text.size()));
    if (!f.commit()) {
        error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::uint64_t quantity(const nlohmann::json& j)
{
    return j.is_string() ? U256::fromHexQuantity(j.get<std::string>()).value_or(U256(0)).low64() : 0;
}

// Gas the setup calls of a participant may take, for funding; generous on purpose.
constexpr std::uint64_t kDeployGas = 2'500'000;
constexpr std::uint64_t kRegisterGas = 250'000;
constexpr std::uint64_t kAttestGas = 350'000;

}  // namespace

// The state of one run; its methods are the steps.
struct Simulator::Run {
    const SimulationOptions& opt;
    const Progress& progress;
    const std::atomic<bool>* cancel;
    SimulationReport report;
    BlockingRpc rpc;
    ChainSession session;
    ParticipantRoster roster;
    ScenarioPlan plan;
    std::vector<AnchorMoment> moments;
    BatchLimits limits;
    Address funder;
    QString stage = QStringLiteral("checking");
    std::optional<std::uint64_t> deployBlock;
    std::map<std::string, std::uint64_t> certIds;  // label → certId on chain
    QElapsedTimer sinceProgress, sinceCheckpoint, writeTimer;
    std::uint64_t eventsTotal = 0;
    bool truthWritten = false;

    Run(const SimulationOptions& o, const Progress& p, const std::atomic<bool>* c)
        : opt(o), progress(p), cancel(c), rpc(o.endpoint), session(rpc), roster(ParticipantRoster::demo(o.seed))
    {
        limits = o.limits.value_or(o.scenario == ScenarioKind::Demo ? BatchLimits{100, 120'000, 12'000'000}
                                                                    : BatchLimits{400, 120'000, 14'000'000});
        sinceProgress.start();
        sinceCheckpoint.start();
    }

    bool cancelled() const { return cancel && cancel->load(); }

    void tell(bool force = false)
    {
        if (!progress || (!force && sinceProgress.elapsed() < 250)) return;
        sinceProgress.restart();
        SimulationProgress p;
        p.stage = stage;
        p.eventsDone = report.eventsWritten;
        p.eventsTotal = eventsTotal;
        p.lastBlock = report.lastBlock;
        const double s = writeTimer.isValid() ? static_cast<double>(writeTimer.elapsed()) / 1000.0 : 0.0;
        p.eventsPerSecond = s > 0 ? static_cast<double>(report.eventsWritten) / s : 0.0;
        progress(p);
    }

    void noteBlocks(const SubmitResult& r)
    {
        if (report.firstBlock == 0 || r.firstBlock < report.firstBlock) report.firstBlock = r.firstBlock;
        report.lastBlock = std::max(report.lastBlock, r.lastBlock);
    }

    std::optional<SubmitResult> submit(const std::vector<TxRequest>& txs, std::optional<std::int64_t> t, QString& error)
    {
        if (txs.empty()) return SubmitResult{};
        auto r = session.submit(txs, t, error);
        // From the first transaction the node accepted on, a failure leaves something on chain.
        report.wroteToChain = session.accepted() > 0;
        if (!r) return std::nullopt;
        report.transactions += txs.size();
        noteBlocks(*r);
        return r;
    }

    // ---- checks before anything is written --------------------------------------

    bool checkRegistry(const Address& a, QString& error)
    {
        auto code = session.code(a, error);
        if (!code) return false;
        auto want = fromHex(std::string(registryRuntimeCode()));
        if (code->empty()) {
            error = QStringLiteral("%1 is not the registry: there is no contract at that address").arg(qs(toChecksumAddress(a)));
            return false;
        }
        if (!want || *code != *want) {
            error = QStringLiteral("%1 is not the registry: its code (%2 bytes) differs from contracts/BatteryTraceRegistry.json "
                                   "(%3 bytes)")
                        .arg(qs(toChecksumAddress(a)))
                        .arg(code->size())
                        .arg(want ? want->size() : 0);
            return false;
        }
        auto admin = abi::encodeCall("admin()", {});
        auto out = session.call(roster.at(roster.admin()).address, a, *admin, error);
        if (!out || out->size() != 32) {
            error = QStringLiteral("reading admin() of %1: %2").arg(qs(toChecksumAddress(a)), error);
            return false;
        }
        Address current;
        std::copy(out->begin() + 12, out->end(), current.bytes.begin());
        if (current != roster.at(roster.admin()).address) {
            error = QStringLiteral("the registry at %1 is administered by %2, not by this seed's consortium key %3: "
                                   "it cannot register this run's participants")
                        .arg(qs(toChecksumAddress(a)), qs(toChecksumAddress(current)),
                             qs(toChecksumAddress(roster.at(roster.admin()).address)));
            return false;
        }
        return true;
    }

    // What each participant needs for gas, in wei, at today's fees.
    std::vector<U256> fundingNeeds(const std::vector<std::uint64_t>& gas) const
    {
        std::vector<U256> need(roster.size());
        for (std::size_t i = 0; i < roster.size(); ++i) {
            // +30 % for fee moves, plus 0.01 ether of headroom; a sender must at least be
            // able to pay for its largest call at a doubled base fee.
            const std::uint64_t base = gas[i] == 0 ? 0 : std::max(gas[i], 2 * limits.maxGas);
            const std::uint64_t g = base + base * 3 / 10;
            need[i] = add(session.maxCost(g), U256(10'000'000'000'000'000ULL));
        }
        return need;
    }

    // ---- setup: funds, the registry, the participants ---------------------------

    bool fund(const std::vector<U256>& need, std::optional<std::int64_t> t, QString& error)
    {
        std::vector<TxRequest> txs;
        for (std::size_t i = 0; i < roster.size(); ++i) {
            auto have = session.balance(roster.at(i).address, error);
            if (!have) return false;
            if (*have >= need[i]) continue;
            // Sends the whole need rather than the difference: simpler, and the funding
            // account of a dev node has plenty.
            TxRequest r;
            r.key = opt.funderKey;
            r.to = roster.at(i).address;
            r.value = need[i];
            r.gasLimit = 21'000;
            txs.push_back(std::move(r));
        }
        if (txs.empty()) return true;
        return submit(txs, t, error).has_value();
    }

    bool deploy(std::optional<std::int64_t> t, QString& error)
    {
        TxRequest r;
        r.key = roster.at(roster.admin()).key;
        r.data = *fromHex(std::string(registryCreationCode()));
        r.gasLimit = kDeployGas;
        auto res = submit({r}, t, error);
        if (!res) {
            error = QStringLiteral("deploying the registry: %1").arg(error);
            return false;
        }
        const auto& rc = res->receipts.front();
        auto a = fixedFromHex<20>(rc.value("contractAddress", std::string()));
        if (!a) {
            error = QStringLiteral("deploying the registry: the receipt names no contract address");
            return false;
        }
        report.registry = *a;
        deployBlock = quantity(rc.value("blockNumber", nlohmann::json()));
        return checkRegistry(report.registry, error);
    }

    bool registerAll(std::optional<std::int64_t> t, QString& error)
    {
        std::vector<TxRequest> txs;
        const auto roleOf = [&](const Address& a) -> int {
            auto data = abi::encodeCall("roleOf(address)", std::vector<abi::Value>{abi::Value::address(a)});
            QString e;
            auto out = session.call(a, report.registry, *data, e);
            return out && out->size() == 32 ? (*out)[31] : -1;
        };
        for (const Participant& p : roster.all()) {
            if (roleOf(p.address) == static_cast<int>(p.role)) continue;  // a rerun on the same registry
            auto data = registry::encodeRegisterParticipant(p.address, p.name, p.role, p.country, p.gln);
            TxRequest r;
            r.key = roster.at(roster.admin()).key;
            r.to = report.registry;
            r.data = *data;
            r.gasLimit = kRegisterGas;
            txs.push_back(std::move(r));
        }
        if (!submit(txs, t, error)) {
            error = QStringLiteral("registering the participants: %1").arg(error);
            return false;
        }
        return true;
    }

    // ---- the demo ----------------------------------------------------------------

    // The calls of one moment: certifications first, then each recorder's events.
    bool momentRequests(const AnchorMoment& m, std::vector<TxRequest>& txs, std::vector<std::size_t>& eventsPerTx,
                        QString& error) const
    {
        for (std::size_t c : m.certifications) {
            const PlannedCertification& pc = plan.certifications[c];
            TxRequest r;
            r.key = roster.at(pc.auditor).key;
            r.to = report.registry;
            r.data = registry::encodeAttestCertification(pc.claim);
            r.gasLimit = kAttestGas;
            txs.push_back(std::move(r));
            eventsPerTx.push_back(0);
        }
        std::map<std::size_t, std::vector<const PlannedEvent*>> byRecorder;
        for (std::size_t i : m.events) byRecorder[plan.events[i].recorder].push_back(&plan.events[i]);
        for (const auto& [who, events] : byRecorder) {
            auto calls = EventBatcher::calls(events, limits);
            if (!calls) {
                error = qs(calls.error().message());
                return false;
            }
            for (EventCall& c : *calls) {
                TxRequest r;
                r.key = roster.at(who).key;
                r.to = report.registry;
                r.data = std::move(c.calldata);
                r.gasLimit = c.gasLimit;
                txs.push_back(std::move(r));
                eventsPerTx.push_back(c.events);
            }
        }
        return true;
    }

    std::vector<std::uint64_t> demoGas(QString& error) const
    {
        std::vector<std::uint64_t> gas(roster.size(), 0);
        gas[roster.admin()] = kDeployGas + kRegisterGas * roster.size();
        for (const AnchorMoment& m : moments) {
            std::vector<TxRequest> txs;
            std::vector<std::size_t> n;
            if (!momentRequests(m, txs, n, error)) return {};
            for (const TxRequest& r : txs) {
                const auto from = addressOf(r.key);
                for (std::size_t i = 0; i < roster.size(); ++i)
                    if (from && roster.at(i).address == *from) gas[i] += r.gasLimit;
            }
        }
        return gas;
    }

    void recordCertIds(const SubmitResult& r, const AnchorMoment& m)
    {
        const Hash32& topic = registry::eventTopic(registry::RegistryEvent::CertificationAttested);
        std::size_t k = 0;
        for (const auto& rc : r.receipts) {
            for (const auto& log : rc.value("logs", nlohmann::json::array())) {
                const auto& topics = log.value("topics", nlohmann::json::array());
                if (topics.size() < 2) continue;
                const auto t0 = fixedFromHex<32>(topics[0].get<std::string>());
                if (!t0 || *t0 != topic) continue;
                const auto id = U256::fromHexQuantity(topics[1].get<std::string>());
                if (k < m.certifications.size() && id) certIds[plan.certifications[m.certifications[k]].label] = id->low64();
                ++k;
            }
        }
    }

    bool anchorDemo(QString& error)
    {
        stage = QStringLiteral("anchoring");
        writeTimer.start();
        for (std::size_t mi = 0; mi < moments.size(); ++mi) {
            if (cancelled()) {
                error = QStringLiteral("interrupted");
                return false;
            }
            const AnchorMoment& m = moments[mi];
            // A sender's fee cap is twice the base fee it last read; four blocks can at
            // most raise the base fee by 1.125^4 = 1.6.
            if (mi % 4 == 0)
                if (QString e = session.refreshFees(); !e.isEmpty()) {
                    error = e;
                    return false;
                }
            std::vector<TxRequest> txs;
            std::vector<std::size_t> eventsPerTx;
            if (!momentRequests(m, txs, eventsPerTx, error)) return false;
            auto r = submit(txs, session.hasClockControl() ? std::optional<std::int64_t>(m.time) : std::nullopt, error);
            if (!r) return false;
            recordCertIds(*r, m);
            for (std::size_t n : eventsPerTx) report.eventsWritten += n;
            tell();
            if (sinceCheckpoint.elapsed() > 30'000) {
                sinceCheckpoint.restart();
                QString e;
                writeTruth(QStringLiteral("in-progress"), {}, e);
            }
        }
        report.writeSeconds = static_cast<double>(writeTimer.elapsed()) / 1000.0;
        return true;
    }

    // ---- the scale scenario -------------------------------------------------------

    bool anchorScale(QString& error)
    {
        stage = QStringLiteral("anchoring");
        ScaleScenario scale(roster, opt.seed, DemoScenario::clockFor({opt.seed, opt.start, 12}).start);
        std::map<std::size_t, std::vector<PlannedEvent>> buffers;
        std::vector<TxRequest> pending;
        std::size_t pendingEvents = 0;
        writeTimer.start();
        auto send = [&]() -> bool {
            if (pending.empty()) return true;
            if (report.transactions % 64 == 0)
                if (QString e = session.refreshFees(); !e.isEmpty()) {
                    error = e;
                    return false;
                }
            if (!submit(pending, std::nullopt, error)) return false;
            report.eventsWritten += pendingEvents;
            pending.clear();
            pendingEvents = 0;
            tell();
            return true;
        };
        auto cut = [&](std::size_t who, std::vector<PlannedEvent>& buf) -> bool {
            std::vector<const PlannedEvent*> ptrs;
            for (const auto& e : buf) ptrs.push_back(&e);
            auto calls = EventBatcher::calls(ptrs, limits);
            if (!calls) {
                error = qs(calls.error().message());
                return false;
            }
            for (EventCall& c : *calls) {
                TxRequest r;
                r.key = roster.at(who).key;
                r.to = report.registry;
                r.data = std::move(c.calldata);
                r.gasLimit = c.gasLimit;
                pending.push_back(std::move(r));
                pendingEvents += c.events;
            }
            buf.clear();
            return true;
        };
        for (;;) {
            if (cancelled()) {
                error = QStringLiteral("interrupted");
                return false;
            }
            std::vector<PlannedEvent> chunk = scale.next(4096, opt.events);
            if (chunk.empty()) break;
            for (PlannedEvent& e : chunk) {
                auto& buf = buffers[e.recorder];
                buf.push_back(std::move(e));
                if (buf.size() >= limits.maxEvents && !cut(buf.front().recorder, buf)) return false;
                if (pending.size() >= 8 && !send()) return false;
            }
        }
        for (auto& [who, buf] : buffers)
            if (!buf.empty() && !cut(who, buf)) return false;
        if (!send()) return false;
        report.writeSeconds = static_cast<double>(writeTimer.elapsed()) / 1000.0;
        return true;
    }

    // ---- output ------------------------------------------------------------------

    Json participantsJson() const
    {
        Json out = Json::array();
        for (const Participant& p : roster.all())
            out.push_back(Json{{"code", p.code},
                               {"name", p.name},
                               {"role", std::string(registry::roleName(p.role))},
                               {"country", p.country},
                               {"gln", p.gln},
                               {"site", p.siteUri()},
                               {"address", toChecksumAddress(p.address)}});
        return out;
    }

    bool writeTruth(const QString& state, const QString& failure, QString& error)
    {
        Json t;
        t["format"] = "batterytrace-sim-truth/1";
        Json status{{"state", state.toStdString()},
                    {"complete", state == QLatin1String("complete")},
                    {"stage", stage.toStdString()},
                    {"eventsPlanned", eventsTotal},
                    {"eventsWritten", report.eventsWritten},
                    {"transactions", report.transactions}};
        if (!failure.isEmpty()) status["error"] = failure.toStdString();
        if (state != QLatin1String("complete"))
            status["note"] = session.accepted() == 0
                                 ? "the run did not finish: nothing was written to the chain"
                                 : "the run did not finish: the chain holds the setup so far and the first eventsWritten "
                                   "events of the schedule, nothing after them";
        t["status"] = std::move(status);
        t["scenario"] = opt.scenario == ScenarioKind::Demo ? "demo" : "scale";
        t["seed"] = opt.seed;
        if (opt.scenario == ScenarioKind::Demo) t["months"] = opt.months;
        const NodeInfo& n = session.node();
        Json chain{{"chainId", n.chainId.toDecimal()},
                   {"client", n.client.toStdString()},
                   {"registry", report.registry.isZero() ? std::string() : toChecksumAddress(report.registry)},
                   {"firstBlock", report.firstBlock},
                   {"lastBlock", report.lastBlock},
                   {"blockTimesSet", session.hasClockControl() || n.devMining},
                   {"blockTimesBehindSchedule", session.clockBehind()}};
        if (deployBlock) chain["registryDeployedInBlock"] = *deployBlock;
        t["chain"] = std::move(chain);
        t["participants"] = participantsJson();
        if (opt.scenario == ScenarioKind::Demo) {
            Json certs = Json::array();
            for (const PlannedCertification& c : plan.certifications) {
                Json j{{"label", c.label},
                       {"subject", roster.at(c.subject).name},
                       {"auditor", roster.at(c.auditor).name},
                       {"scheme", c.claim.scheme},
                       {"siteGln", c.claim.siteGln},
                       {"validFrom", formatUtc(static_cast<std::int64_t>(c.claim.validFrom))},
                       {"validUntil", formatUtc(static_cast<std::int64_t>(c.claim.validUntil))},
                       {"attested", formatUtc(c.time)},
                       {"evidenceUri", c.claim.evidenceUri}};
                const auto id = certIds.find(c.label);
                j["certId"] = id == certIds.end() ? Json() : Json(id->second);
                certs.push_back(std::move(j));
            }
            t["certifications"] = std::move(certs);
            t["anchoring"] = Json{{"policy", "before the change: each participant uploads every 3-5 days; after: within "
                                             "minutes, on a 15-minute grid"},
                                  {"moments", moments.size()},
                                  {"latency", AnchorSchedule::latency(plan, moments)}};
            for (auto it = plan.truth.begin(); it != plan.truth.end(); ++it) t[it.key()] = it.value();
            Json priv = Json::array();
            for (const PlannedEvent& e : plan.events)
                if (e.isPrivate)
                    priv.push_back(Json{{"eventID", e.eventId},
                                        {"kind", std::string(registry::eventKindName(e.kind))},
                                        {"recorder", roster.at(e.recorder).name},
                                        {"eventTime", formatUtc(e.time)}});
            t["disclosure"] = Json{{"file", QFileInfo(report.disclosurePath).fileName().toStdString()},
                                   {"privateEvents", std::move(priv)}};
        } else {
            t["scale"] = Json{{"eventsPerUnit", ScaleScenario::kEventsPerUnit},
                              {"writeSeconds", report.writeSeconds},
                              {"eventsPerSecond", report.eventsPerSecond}};
        }
        if (!writeJson(opt.truthPath, t, 1, error)) return false;
        truthWritten = true;
        return true;
    }

    bool writeDisclosure(QString& error) const
    {
        Json list = Json::array();
        for (const PlannedEvent& e : plan.events)
            if (e.isPrivate) list.push_back(Json::parse(e.document));
        Json doc;
        doc["@context"] = Json::array({std::string(kEpcisContext), Json{{"bt", std::string(kBtNamespace)}}});
        doc["type"] = "EPCISDocument";
        doc["schemaVersion"] = "2.0";
        // Fixed, so that the same seed gives the same file.
        doc["creationDate"] = formatUtc(plan.clock.end);
        doc["epcisBody"] = Json{{"eventList", std::move(list)}};
        return writeJson(report.disclosurePath, doc, 2, error);
    }

    // ---- the whole run -------------------------------------------------------------

    void fail(const QString& message)
    {
        report.ok = false;
        report.error = message;
        // A truth file this run started must not keep saying "in-progress".
        if (!report.wroteToChain && !truthWritten) return;
        QString e;
        writeTruth(cancelled() ? QStringLiteral("interrupted") : QStringLiteral("failed"), message, e);
        if (!report.wroteToChain) {
            report.error += QStringLiteral(" (nothing was written to the chain; %1 says so)").arg(opt.truthPath);
            return;
        }
        report.error += QStringLiteral(" (%1 of %2 events written; %3 marks the run as incomplete)")
                            .arg(report.eventsWritten)
                            .arg(eventsTotal)
                            .arg(opt.truthPath);
    }

    SimulationReport go()
    {
        report.truthPath = opt.truthPath;
        report.disclosurePath = opt.disclosurePath.isEmpty() ? defaultDisclosurePath(opt.truthPath) : opt.disclosurePath;
        tell(true);
        QString error;
        const auto funderAddress = addressOf(opt.funderKey);
        if (!funderAddress) {
            fail(QStringLiteral("the funder key is not a valid secp256k1 private key"));
            return report;
        }
        funder = *funderAddress;
        if (QString e = session.connect(); !e.isEmpty()) {
            fail(QStringLiteral("cannot use the node: %1").arg(e));
            return report;
        }

        // Plan first: it is pure and decides how much gas the run needs.
        QElapsedTimer planTimer;
        planTimer.start();
        std::vector<std::uint64_t> gas(roster.size(), 0);
        if (opt.scenario == ScenarioKind::Demo) {
            plan = DemoScenario::build(roster, {opt.seed, opt.start, opt.months});
            moments = AnchorSchedule::build(plan, roster.size(), opt.seed);
            eventsTotal = plan.events.size();
            gas = demoGas(error);
            if (gas.empty()) {
                fail(error);
                return report;
            }
        } else {
            eventsTotal = opt.events;
            // The gas per event of a sample, scaled to the count asked for.
            ScaleScenario sample(roster, opt.seed, DemoScenario::clockFor({opt.seed, opt.start, 12}).start);
            const std::vector<PlannedEvent> first = sample.next(ScaleScenario::kEventsPerUnit * 40, opt.events);
            std::map<std::size_t, std::vector<const PlannedEvent*>> byWho;
            for (const auto& e : first) byWho[e.recorder].push_back(&e);
            for (const auto& [who, events] : byWho) {
                auto calls = EventBatcher::calls(events, limits);
                if (!calls) {
                    fail(qs(calls.error().message()));
                    return report;
                }
                std::uint64_t g = 0;
                for (const auto& c : *calls) g += c.gasLimit;
                gas[who] = static_cast<std::uint64_t>(static_cast<double>(g) * static_cast<double>(opt.events) /
                                                      static_cast<double>(std::max<std::size_t>(first.size(), 1)));
            }
            gas[roster.admin()] += kDeployGas + kRegisterGas * roster.size();
        }
        report.eventsPlanned = eventsTotal;
        report.planSeconds = static_cast<double>(planTimer.elapsed()) / 1000.0;
        for (std::size_t c = 0; c < plan.certifications.size(); ++c) gas[plan.certifications[c].auditor] += kAttestGas;

        // Funds: the funding account must cover every participant before anything starts.
        const std::vector<U256> need = fundingNeeds(gas);
        U256 total = session.maxCost(21'000 * roster.size());
        for (std::size_t i = 0; i < roster.size(); ++i) total = add(total, need[i]);
        auto funds = session.balance(funder, error);
        if (!funds) {
            fail(error);
            return report;
        }
        if (*funds < total) {
            fail(QStringLiteral("the funding account %1 holds %2 ether; this run needs about %3 ether for %4 participants' "
                                "gas (%5 events). Fund it, or name another with --funder-key")
                     .arg(qs(toChecksumAddress(funder)), eth(*funds), eth(total))
                     .arg(roster.size())
                     .arg(eventsTotal));
            return report;
        }
        if (opt.registry) {
            if (!checkRegistry(*opt.registry, error)) {
                fail(error);
                return report;
            }
            report.registry = *opt.registry;
        }

        // From here on the run writes to the chain.
        // The demo sets block times; the scale run lets the node mine as it does, unless
        // it does not mine by itself (a dev node with automining off).
        if (session.node().devMining && (opt.scenario == ScenarioKind::Demo || !session.automineOn())) {
            if (QString e = session.takeClockControl(); !e.isEmpty())
                report.warnings << QStringLiteral("block times not set (%1): blocks get the node's own time").arg(e);
        }
        if (!session.node().devMining && opt.scenario == ScenarioKind::Demo)
            report.warnings << QStringLiteral("the node has no evm_setNextBlockTimestamp: events keep their eventTime, "
                                              "blocks get the node's own time");
        stage = QStringLiteral("setup");
        if (!writeTruth(QStringLiteral("in-progress"), {}, error)) {
            session.releaseClockControl();
            fail(error);
            return report;
        }
        const bool timed = session.hasClockControl();
        const std::int64_t setup = plan.clock.warmupStart - 15 * kHour;
        auto at = [&](std::int64_t offset) { return timed ? std::optional<std::int64_t>(setup + offset) : std::nullopt; };
        tell(true);
        bool ok = fund(need, at(0), error);
        if (ok && !opt.registry) ok = deploy(at(10 * kMinute), error);
        if (ok) ok = registerAll(at(20 * kMinute), error);
        if (ok) ok = opt.scenario == ScenarioKind::Demo ? anchorDemo(error) : anchorScale(error);
        session.releaseClockControl();
        if (!ok) {
            fail(error);
            return report;
        }
        report.eventsPerSecond = report.writeSeconds > 0 ? static_cast<double>(report.eventsWritten) / report.writeSeconds : 0;
        if (session.clockBehind() > 0)
            report.warnings << QStringLiteral("the chain's clock was ahead of the scenario for %1 blocks: those got the "
                                              "next second instead of the planned time")
                                   .arg(session.clockBehind());
        stage = QStringLiteral("done");
        if (opt.scenario == ScenarioKind::Demo && !writeDisclosure(error)) {
            fail(error);
            return report;
        }
        if (!writeTruth(QStringLiteral("complete"), {}, error)) {
            fail(error);
            return report;
        }
        report.ok = true;
        tell(true);
        return report;
    }
};

Simulator::Simulator(SimulationOptions options) : m_options(std::move(options)) {}

Simulator::~Simulator() = default;

SimulationReport Simulator::run(const Progress& progress, const std::atomic<bool>* cancel)
{
    Run r(m_options, progress, cancel);
    return r.go();
}

QString Simulator::defaultDisclosurePath(const QString& truthPath)
{
    const QFileInfo fi(truthPath);
    QString base = fi.completeBaseName();
    if (base.endsWith(QLatin1String("-truth")))
        base.chop(6);
    return fi.dir().filePath(base + QStringLiteral("-disclosure.json"));
}

}  // namespace bt::sim
