#include "sim/demo_scenario.h"

#include "codec/keccak.h"
#include "sim/cell_manufacturing.h"
#include "sim/demo_figures.h"
#include "sim/demo_settings.h"
#include "sim/demo_world.h"
#include "sim/end_of_life.h"
#include "sim/gs1_codes.h"
#include "sim/logistics.h"
#include "sim/pack_assembly.h"
#include "sim/upstream_supply.h"
#include "sim/vehicle_fleet.h"

#include <algorithm>
#include <set>

namespace bt::sim {

namespace {

// Upstream members joined earlier: the material in the pipeline on the start date
// (ore at sea, refined products on their way to Europe) has its history on chain.
constexpr std::int64_t kWarmup = 100 * kDay;

struct CertSpec {
    const char* subject;
    const char* auditor;
    const char* scheme;
    const char* reference;
};

std::vector<PlannedCertification> certificationPlan(const ParticipantRoster& roster, const ScenarioClock& c,
                                                    const DemoSettings& s)
{
    // Who holds what. The artisanal cooperative holds nothing; the nickel producer
    // only an environmental management certificate.
    static const CertSpec specs[] = {
        {"mine-kivu", "audit-meridian", "RMAP", "KIVU-2024-0117"},
        {"mine-redridge", "audit-nordic", "IRMA", "RRS-2024-041"},
        {"mine-salaralto", "audit-nordic", "IRMA", "SAL-2024-007"},
        {"mine-telukbiru", "audit-meridian", "ISO14001", "TBN-2023-552"},
        {"ref-botnia", "audit-meridian", "RMAP", "BOT-2024-0088"},
        {"ref-austral", "audit-nordic", "RMAP", "ALC-2024-0131"},
        {"ref-halmahera", "audit-meridian", "ISO14001", "HNC-2024-310"},
        {"cam-rheinland", "audit-nordic", "ISO14001", "RCM-2024-019"},
        {"cam-rheinland", "audit-meridian", "OECD-DD", "RCM-2024-DD2"},
        {"cell-elbe", "audit-nordic", "ISO14001", "ECW-2024-077"},
        {"cell-vistula", "audit-nordic", "ISO14001", "VBC-2024-102"},
        {"pack-danube", "audit-meridian", "ISO14001", "DPS-2024-064"},
        {"oem-aurora", "audit-meridian", "ISO14001", "AUR-2024-003"},
        {"oem-velo", "audit-nordic", "ISO14001", "VEL-2024-015"},
        {"rec-circulus", "audit-nordic", "ISO14001", "CIR-2024-221"},
        {"rec-recupera", "audit-meridian", "ISO14001", "REC-2023-187"},
    };
    std::vector<PlannedCertification> out;
    auto make = [&](const CertSpec& spec, std::int64_t attest, std::int64_t from, std::int64_t until,
                    const std::string& reference, const std::string& label) {
        PlannedCertification p;
        p.time = attest;
        p.auditor = roster.index(spec.auditor);
        p.subject = roster.index(spec.subject);
        const Participant& subject = roster.at(p.subject);
        p.claim.subject = subject.address;
        p.claim.siteGln = subject.siteGln;
        p.claim.scheme = spec.scheme;
        p.claim.status = registry::CertificationStatus::Valid;
        p.claim.validFrom = static_cast<std::uint64_t>(from);
        p.claim.validUntil = static_cast<std::uint64_t>(until);
        const std::string host = std::string(spec.auditor) == "audit-meridian" ? "https://reports.meridian-assurance.example/"
                                                                              : "https://certificates.nordic-rsa.example/";
        p.claim.evidenceUri = host + spec.scheme + "/" + reference;
        p.claim.evidenceHash = sha256(asBytes("audit report " + p.claim.evidenceUri));
        p.label = label;
        out.push_back(std::move(p));
    };
    std::int64_t attest = c.warmupStart + 2 * kHour;
    for (const CertSpec& spec : specs) {
        const bool expiring = std::string(spec.subject) == "mine-kivu";
        make(spec, attest, c.warmupStart - 200 * kDay, expiring ? s.certExpiry : c.end + 300 * kDay, spec.reference,
             std::string(spec.subject) + "/" + spec.scheme);
        attest += 7 * kMinute;
    }
    // The renewal of the cobalt mine's RMAP assessment, weeks after it lapsed.
    make(specs[0], s.certRenewal + 9 * kHour, s.certRenewal - kDay, s.certRenewal + 365 * kDay, "KIVU-2025-0342",
         "mine-kivu/RMAP/renewal");
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
    return out;
}

Json describeGoods(const DemoWorld& w, const Goods& g)
{
    Json out = Json::array();
    for (const std::string& i : g.items) out.push_back(i);
    for (const Take& t : g.lots) out.push_back(Json{{"lot", t.lot}, {"quantity", number(fromMilli(t.qty), 3)}, {"uom", w.lot(t.lot).uom}});
    return out;
}

Json sharesJson(const DemoWorld& w, const ElementShares& shares)
{
    Json out = Json::object();
    for (const auto& [element, byMine] : shares) {
        Json m = Json::object();
        for (const auto& [mine, share] : byMine)
            if (share > 0) m[w.participant(mine).name] = number(share, 6);
        out[element] = std::move(m);
    }
    return out;
}

std::string packStatus(const Item& p)
{
    if (p.tags.count("recycled")) return "recycled";
    if (p.tags.count("second-life")) return "second-life";
    if (!p.parent.empty()) return "installed";
    if (p.tags.count("failed-end-of-line")) return "failed-end-of-line";
    return "in-stock-or-transit";
}

}  // namespace

ScenarioClock DemoScenario::clockFor(const DemoOptions& o)
{
    ScenarioClock c;
    c.start = o.start != 0 ? o.start : unixOf({2025, 1, 1});
    c.end = addMonths(c.start, o.months);
    c.change = o.months % 2 == 0 ? addMonths(c.start, o.months / 2) : c.start + (c.end - c.start) / 2 / kDay * kDay;
    c.warmupStart = c.start - kWarmup;
    return c;
}

ScenarioPlan DemoScenario::build(const ParticipantRoster& roster, const DemoOptions& options)
{
    ScenarioPlan plan;
    plan.clock = clockFor(options);
    const ScenarioClock& c = plan.clock;
    const DemoSettings settings = DemoSettings::forClock(c);
    plan.certifications = certificationPlan(roster, c, settings);

    const auto certificates = [&plan](std::size_t mine, std::int64_t t) {
        std::map<std::string, std::string> latest;  // scheme → URI
        for (const PlannedCertification& p : plan.certifications)
            if (p.subject == mine && p.time <= t) latest[p.claim.scheme] = p.claim.evidenceUri;
        std::vector<std::string> out;
        for (const auto& [scheme, uri] : latest) out.push_back(uri);
        return out;
    };

    DemoWorld world(roster, options.seed, c);
    Logistics logistics(world, settings.incidentRateBefore, settings.incidentRateAfter);
    // Temperature excursions: winter cold snaps, a humid spring day, and a reefer unit
    // failing through the summer on one truck.
    const std::int64_t span = c.end - c.start;
    auto at = [&](double f) { return c.start + static_cast<std::int64_t>(static_cast<double>(span) * f); };
    logistics.planExcursion({Excursion::Kind::Cold, at(0.06), ""});
    logistics.planExcursion({Excursion::Kind::Cold, at(0.13), ""});
    logistics.planExcursion({Excursion::Kind::Humidity, at(0.30), ""});
    logistics.planExcursion({Excursion::Kind::Heat, at(0.48), ""});
    logistics.planExcursion({Excursion::Kind::Heat, at(0.55), "TRK-07"});
    logistics.planExcursion({Excursion::Kind::Heat, at(0.59), "TRK-07"});
    logistics.planExcursion({Excursion::Kind::Heat, at(0.63), "TRK-07"});
    logistics.planExcursion({Excursion::Kind::Cold, at(0.90), ""});

    UpstreamSupply upstream(world, logistics, settings, certificates);
    CellManufacturing cells(world, logistics, settings);
    for (const auto& [plant, kg] : cells.cathodeDemand()) upstream.setCathodeDemand(plant, kg);
    PackAssembly packs(world, logistics);
    VehicleFleet fleet(world, logistics);
    EndOfLife endOfLife(world, logistics, fleet);

    for (std::int64_t day = c.warmupStart; day < c.end; day += kDay) {
        upstream.day(day);
        cells.day(day);
        packs.day(day);
        fleet.day(day);
        endOfLife.day(day);
    }

    plan.events = world.takeEvents();
    std::stable_sort(plan.events.begin(), plan.events.end(), [](const PlannedEvent& a, const PlannedEvent& b) {
        return a.time != b.time ? a.time < b.time : a.seq < b.seq;
    });

    // ---- The truth -------------------------------------------------------------
    Json& t = plan.truth;
    t["calendar"] = Json{{"warmupStart", formatUtc(c.warmupStart)},
                         {"start", formatUtc(c.start)},
                         {"change", formatUtc(c.change)},
                         {"end", formatUtc(c.end)},
                         {"note", "upstream members (mines, refiners, cathode plant, carriers) record from warmupStart, "
                                  "the rest from start; figures compare eventTime before and after change"}};
    t["configured"] = Json{{"defectRateBefore", settings.defectRateBefore},
                           {"defectRateAfter", settings.defectRateAfter},
                           {"lotAcceptanceLimit", settings.lotAcceptanceLimit},
                           {"incidentRateBefore", settings.incidentRateBefore},
                           {"incidentRateAfter", settings.incidentRateAfter},
                           {"dueDiligenceDaysBefore", Json::array({settings.dueDiligenceBeforeMin, settings.dueDiligenceBeforeMax})},
                           {"dueDiligenceDaysAfter", Json::array({settings.dueDiligenceAfterMin, settings.dueDiligenceAfterMax})}};

    const Json upstreamTruth = upstream.truth();
    const Json cellLots = cells.truth();
    const Json fleetTruth = fleet.truth();
    const Json eolTruth = endOfLife.truth();

    // Coating drift and its recall scope.
    const Participant& elbe = roster.byCode("cell-elbe");
    Json affected = Json::array(), held = Json::array();
    for (const auto& lot : cellLots)
        if (lot["drift"].get<bool>()) {
            affected.push_back(lot["lot"]);
            if (lot["disposition"] == "non_conformant") held.push_back(lot["lot"]);
        }
    Json recallPacks = Json::array(), recallVehicles = Json::array(), artisanalPacks = Json::array();
    std::set<std::string> vehiclesSeen;
    Json massBalance = Json::array();
    bool firstPack = true, firstArtisanal = true, firstDrift = true;
    for (const auto& [uri, item] : world.items()) {
        if (item.kind != "pack") continue;
        std::set<std::string> lots;
        for (const std::string& m : item.children)
            for (const Take& c2 : world.items().at(m).cells) lots.insert(c2.lot);
        const std::vector<std::string> vehicles = fleet.vehiclesOf(uri);
        if (item.tags.count("drift")) {
            Json driftLots = Json::array();
            for (const std::string& l : lots)
                if (world.lot(l).tags.count("drift")) driftLots.push_back(l);
            recallPacks.push_back(Json{{"pack", uri}, {"driftCellLots", driftLots}, {"vehicles", vehicles},
                                       {"status", packStatus(item)}});
            for (const std::string& v : vehicles)
                if (vehiclesSeen.insert(v).second) recallVehicles.push_back(v);
        }
        bool artisanal = false;
        for (const std::string& tag : item.tags)
            if (tag.rfind("artisanal:", 0) == 0) artisanal = true;
        if (artisanal) {
            const auto& co = item.shares.count("Co") ? item.shares.at("Co") : std::map<std::size_t, double>{};
            const auto share = co.find(roster.index("mine-kasapa"));
            artisanalPacks.push_back(Json{{"pack", uri},
                                          {"artisanalShareOfCobalt", number(share == co.end() ? 0.0 : share->second, 6)},
                                          {"vehicles", vehicles},
                                          {"status", packStatus(item)}});
        }
        const bool drift = item.tags.count("drift") != 0;
        if (firstPack || (artisanal && firstArtisanal) || (drift && firstDrift)) {
            Json masses = Json::object();
            for (const auto& [e, kg] : item.mass) masses[e] = number(kg, 4);
            massBalance.push_back(Json{{"pack", uri}, {"cellLots", lots}, {"elementKg", masses},
                                       {"mineShares", sharesJson(world, item.shares)}});
            firstPack = false;
            if (artisanal) firstArtisanal = false;
            if (drift) firstDrift = false;
        }
    }

    Json injections;
    injections["coatingDrift"] = Json{{"plant", elbe.name},
                                      {"plantSite", elbe.siteUri()},
                                      {"line", "L2"},
                                      {"readPoint", elbe.siteUri("L2")},
                                      {"equipment", gs1::giaiUri(elbe.companyPrefix, "COATER-L2")},
                                      {"parameter", "bt:coatingThickness"},
                                      {"nominalMicrons", 68.0},
                                      {"windowStart", formatUtc(settings.driftStart)},
                                      {"windowEnd", formatUtc(settings.driftEnd)},
                                      {"maxMicrons", settings.driftMax},
                                      {"affectedCellLots", affected},
                                      {"heldBackLots", held},
                                      {"packs", recallPacks},
                                      {"vehicles", recallVehicles}};

    Json excursions = Json::array(), incidents = Json::array();
    for (const ShipmentRecord& s : logistics.shipments()) {
        if (s.depart >= c.end) continue;
        if (s.excursion)
            excursions.push_back(Json{{"shipment", s.sscc},
                                      {"kind", s.excursionKind},
                                      {"from", roster.at(s.from).name},
                                      {"to", roster.at(s.to).name},
                                      {"carrier", roster.at(s.carrier).name},
                                      {"truck", s.truck},
                                      {"depart", formatUtc(s.depart)},
                                      {"arrival", formatUtc(s.arrival)},
                                      {"goods", describeGoods(world, s.goods)},
                                      {"alarmReadings", s.alarmReadings},
                                      {"firstAlarm", s.firstAlarm ? formatUtc(s.firstAlarm) : ""},
                                      {"lastAlarm", s.lastAlarm ? formatUtc(s.lastAlarm) : ""},
                                      {"minTemperature", number(s.minTemperature, 1)},
                                      {"maxTemperature", number(s.maxTemperature, 1)},
                                      {"maxHumidity", number(s.maxHumidity, 1)}});
        if (!s.incident.empty() && s.arrival < c.end)
            incidents.push_back(Json{{"shipment", s.sscc},
                                     {"type", s.incident},
                                     {"note", s.incidentNote},
                                     {"period", c.isAfter(s.depart) ? "after" : "before"},
                                     {"from", roster.at(s.from).name},
                                     {"to", roster.at(s.to).name},
                                     {"carrier", roster.at(s.carrier).name},
                                     {"depart", formatUtc(s.depart)},
                                     {"arrival", formatUtc(s.arrival)},
                                     {"damaged", describeGoods(world, s.damaged)}});
    }
    injections["temperatureExcursions"] = std::move(excursions);
    injections["logisticsIncidents"] = std::move(incidents);

    Json artisanal = upstreamTruth;
    artisanal.erase("dueDiligenceReviews");
    artisanal.erase("oreLotsMinedWithoutValidCertificate");
    artisanal["packsContainingMaterial"] = std::move(artisanalPacks);
    injections["uncertifiedArtisanalLot"] = std::move(artisanal);

    const PlannedCertification& expired = plan.certifications.front();
    const auto renewal = std::find_if(plan.certifications.begin(), plan.certifications.end(),
                                      [](const PlannedCertification& p) { return p.label == "mine-kivu/RMAP/renewal"; });
    injections["expiredCertification"] = Json{{"label", expired.label},
                                              {"subject", roster.at(expired.subject).name},
                                              {"subjectAddress", toChecksumAddress(expired.claim.subject)},
                                              {"scheme", expired.claim.scheme},
                                              {"evidenceUri", expired.claim.evidenceUri},
                                              {"validFrom", formatUtc(static_cast<std::int64_t>(expired.claim.validFrom))},
                                              {"validUntil", formatUtc(static_cast<std::int64_t>(expired.claim.validUntil))},
                                              {"renewal", Json{{"label", renewal->label},
                                                               {"attested", formatUtc(renewal->time)},
                                                               {"validFrom", formatUtc(static_cast<std::int64_t>(renewal->claim.validFrom))},
                                                               {"evidenceUri", renewal->claim.evidenceUri}}},
                                              {"oreLotsCommissionedWithoutValidCertificate",
                                               upstreamTruth["oreLotsMinedWithoutValidCertificate"]}};
    injections["recyclerBelowTargets"] = Json{
        {"recycler", roster.byCode("rec-recupera").name},
        {"configuredRecovery", Json{{"Co", 0.872}, {"Ni", 0.884}, {"Li", 0.41}, {"Cu", 0.86}}},
        {"euTargets2027", Json{{"Co", 0.90}, {"Ni", 0.90}, {"Cu", 0.90}, {"Li", 0.50}}},
        {"euTargets2031", Json{{"Co", 0.95}, {"Ni", 0.95}, {"Cu", 0.95}, {"Li", 0.80}}}};
    t["injections"] = std::move(injections);

    t["realised"] = DemoFigures::compute(plan.events, c, roster);
    t["realised"]["recyclingRate"]["endOfLifePacks"] =
        Json{{"repurposed", eolTruth["repurposedPacks"].size()}, {"note", "every pack removed from use went to second life or a recycler"}};
    t["dueDiligenceReviews"] = upstreamTruth["dueDiligenceReviews"];
    t["massBalanceExamples"] = std::move(massBalance);
    t["cellLots"] = cellLots;
    t["fleet"] = fleetTruth;
    t["endOfLife"] = eolTruth;
    return plan;
}

}  // namespace bt::sim
