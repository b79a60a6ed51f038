#include "sim/end_of_life.h"

#include "sim/cell_manufacturing.h"
#include "sim/gs1_codes.h"
#include "sim/pack_assembly.h"

#include <algorithm>
#include <cmath>

namespace bt::sim {

using registry::EventKind;

namespace {

constexpr double kDaysPerMonth = 30.44;
// Co + Ni + Li in black mass; the rest is manganese, graphite, oxygen and binder.
constexpr double kBlackMassMetalFraction = 0.47;

double floorTo(double v, int decimals)
{
    static constexpr double kScale[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6};
    return std::floor(v * kScale[decimals]) / kScale[decimals];
}

}  // namespace

EndOfLife::EndOfLife(DemoWorld& world, Logistics& logistics, const VehicleFleet& fleet)
    : m_world(world), m_logistics(logistics), m_fleet(fleet), m_rng(world.seed(), "end-of-life"),
      m_secondLife(world.roster().index("second-wind")), m_refinery(world.roster().index("ref-botnia"))
{
    // Recovery into black mass (and copper): Circulus is a state-of-the-art plant; Recupera
    // stays below the EU 2023/1542 targets for end 2027 (Co, Ni, Cu 90 %, Li 50 %).
    m_recyclers.push_back({world.roster().index("rec-circulus"), "BMC",
                           {{"Co", 0.985}, {"Ni", 0.980}, {"Li", 0.915}, {"Cu", 0.965}}, true});
    m_recyclers.push_back({world.roster().index("rec-recupera"), "BMR",
                           {{"Co", 0.872}, {"Ni", 0.884}, {"Li", 0.41}, {"Cu", 0.86}}, false});
}

void EndOfLife::day(std::int64_t dayStart)
{
    if (dayStart < m_world.clock().start) return;
    const int wd = weekday(dayStart);
    const std::int64_t local = dayStart - m_world.participant(m_secondLife).utcOffsetMinutes * kMinute;
    for (const std::string& pack : m_world.itemsHeld(m_secondLife, "pack", local + 8 * kHour)) {
        if (std::find(m_graded.begin(), m_graded.end(), pack) != m_graded.end()) continue;
        const std::int64_t ready = m_world.item(pack).availableFrom + m_rng.between(3 * kDay, 6 * kDay);
        repurpose(pack, std::max(ready, local + 10 * kHour));
    }
    for (StoragePack& s : m_storage)
        if (s.nextReading < dayStart + kDay) storageReading(s, s.nextReading);
    const std::int64_t week = (dayStart - m_world.clock().start) / (7 * kDay);
    for (const Recycler& r : m_recyclers) {
        const std::int64_t rl = dayStart - m_world.participant(r.who).utcOffsetMinutes * kMinute;
        if (wd == 2) recycle(r, rl + 7 * kHour);
        if (r.returnsBlackMass && wd == 0 && week % 8 == 7) returnBlackMass(r, rl + 9 * kHour);
    }
}

void EndOfLife::repurpose(const std::string& pack, std::int64_t t)
{
    m_graded.push_back(pack);
    const Participant& p = m_world.participant(m_secondLife);
    const double soh = round(m_fleet.lastStateOfHealth(pack).value_or(100.0) - m_rng.uniform(0.1, 0.5), 1);
    Json doc = m_world.newEvent("ObjectEvent", t, m_secondLife);
    doc["epcList"] = Json::array({pack});
    doc["action"] = "OBSERVE";
    doc["bizStep"] = "repairing";
    doc["disposition"] = "available";
    doc["readPoint"] = Json{{"id", p.siteUri("G1")}};
    doc["bizLocation"] = Json{{"id", p.siteUri()}};
    doc["bt:repurposedAs"] = "stationary-storage";
    doc["bt:stateOfHealth"] = number(soh, 1);
    m_world.emit(m_secondLife, EventKind::Repurposing, t, doc);
    m_world.removeItem(pack);  // in a storage system from now on
    m_world.item(pack).tags.insert("second-life");
    StoragePack s;
    s.pack = pack;
    s.since = t;
    s.soh = soh;
    s.fadePerMonth = m_rng.uniform(0.10, 0.18);
    s.cyclesPerMonth = m_rng.uniform(25.0, 35.0);
    s.nextReading = t + m_rng.between(55 * kDay, 65 * kDay);
    m_storage.push_back(s);
    m_repurposed.push_back(Json{{"pack", pack}, {"repurposed", formatUtc(t)}, {"stateOfHealth", number(soh, 1)}});
}

void EndOfLife::storageReading(StoragePack& s, std::int64_t t)
{
    const double months = static_cast<double>(t - s.since) / (kDaysPerMonth * static_cast<double>(kDay));
    const double soh = round(s.soh - s.fadePerMonth * months + m_rng.normal(0.0, 0.1), 1);
    Json doc = m_world.newEvent("ObjectEvent", t, m_secondLife);
    doc["epcList"] = Json::array({s.pack});
    doc["action"] = "OBSERVE";
    doc["bizStep"] = "sensor_reporting";
    doc["sensorElementList"] = Json::array({Json{
        {"sensorMetadata", Json{{"time", formatUtc(t)}}},
        {"sensorReport", Json::array({Json{{"type", "bt:stateOfHealth"}, {"value", number(soh, 1)}, {"uom", "P1"}},
                                      Json{{"type", "bt:cycleCount"}, {"value", number(months * s.cyclesPerMonth, 0)}, {"uom", "C62"}}})}}});
    m_world.emit(m_secondLife, EventKind::UsePhase, t, doc);
    s.nextReading = t + m_rng.between(55 * kDay, 65 * kDay);
}

void EndOfLife::recycle(const Recycler& r, std::int64_t t)
{
    const std::vector<std::string> packs = m_world.itemsHeld(r.who, "pack", t);
    const std::vector<Take> cells = m_world.take(r.who, CellManufacturing::kCellMaterial, 1'000'000'000, t);
    if (packs.empty() && cells.empty()) return;
    m_world.consume(cells);

    ElementMap input;
    ElementShares shares;
    ElementMap sharesMass;
    std::set<std::string> tags;
    for (const std::string& uri : packs) {
        Item& pack = m_world.item(uri);
        for (const auto& [e, kg] : pack.mass) input[e] += kg;
        input["Cu"] += PackAssembly::kCellsPerPack * CellManufacturing::kCopperPerCell + PackAssembly::kBusbarCopper;
        DemoWorld::addShares(shares, sharesMass, pack.shares, pack.mass);
        tags.insert(pack.tags.begin(), pack.tags.end());
        pack.tags.insert("recycled");
        m_world.removeItem(uri);
    }
    for (const Take& c : cells) {
        for (const auto& [e, kg] : m_world.elementMass(c)) input[e] += kg;
        input["Cu"] += fromMilli(c.qty) * CellManufacturing::kCopperPerCell;
        const Lot& l = m_world.lot(c.lot);
        DemoWorld::addShares(shares, sharesMass, l.shares, m_world.elementMass(c));
        tags.insert(l.tags.begin(), l.tags.end());
    }

    Json recovery = Json::object();
    ElementMap recovered;
    for (const auto& [e, kg] : input) {
        const double in = round(kg, 3);
        const double rate = std::min(1.0, r.rates.at(e) * (1.0 + m_rng.normal(0.0, 0.004)));
        const double out = std::min(in, round(kg * rate, 3));
        recovered[e] = out;
        recovery[e] = Json{{"input", number(in, 3)}, {"recovered", number(out, 3)}};
    }
    const Participant& p = m_world.participant(r.who);
    Lot bm;
    bm.code = r.lotPrefix + "-" + compactDate(t);
    bm.uri = gs1::lgtinUri(gs1::gtin(p.companyPrefix, 1), bm.code);
    bm.material = "black-mass";
    bm.uom = "KGM";
    const double metals = recovered["Co"] + recovered["Ni"] + recovered["Li"];
    bm.quantity = static_cast<Milli>(std::floor(metals / kBlackMassMetalFraction * 1000.0));
    for (const char* e : {"Co", "Li", "Ni"}) {
        bm.content[e] = floorTo(recovered[e] / fromMilli(bm.quantity), 4);
        if (shares.count(e)) bm.shares[e] = shares[e];
    }
    // Only provenance travels with recovered material; what happened to the packs
    // (a drifted line, damage, second life) does not make new cells suspect.
    for (const std::string& tag : tags)
        if (tag.rfind("artisanal:", 0) == 0) bm.tags.insert(tag);
    bm.tags.insert("recycled-content");
    bm.producer = r.who;
    bm.produced = t;
    Lot& lot = m_world.addLot(std::move(bm));

    Json doc = m_world.newEvent("TransformationEvent", t, r.who);
    if (!packs.empty()) doc["inputEPCList"] = packs;
    if (!cells.empty()) {
        Json q = Json::array();
        for (const Take& c : cells) q.push_back(quantityElement(c.lot, c.qty, "H87"));
        doc["inputQuantityList"] = std::move(q);
    }
    doc["outputQuantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "KGM")});
    doc["bizStep"] = "destroying";
    doc["readPoint"] = Json{{"id", p.siteUri("S1")}};
    doc["bizLocation"] = Json{{"id", p.siteUri()}};
    doc["ilmd"] = Json{{"bt:material", lot.material}, {"bt:elementContent", elementObject(lot.content, 4)}};
    doc["bt:recovery"] = recovery;
    m_world.emit(r.who, EventKind::Recycling, t, doc);
    m_world.put(r.who, lot.uri, lot.quantity, t + kDay);

    Json batch{{"recycler", p.name}, {"time", formatUtc(t)}, {"packs", packs.size()}, {"blackMassLot", lot.uri}};
    Milli cellCount = 0;
    for (const Take& c : cells) cellCount += c.qty / 1000;
    batch["scrapCells"] = cellCount;
    batch["recovery"] = recovery;
    m_batches.push_back(std::move(batch));
}

void EndOfLife::returnBlackMass(const Recycler& r, std::int64_t t)
{
    std::vector<Take> bm = m_world.take(r.who, "black-mass", 1'000'000'000'000, t);
    if (bm.empty()) return;
    ShipmentRequest s;
    s.from = r.who;
    s.to = m_refinery;
    s.goods.lots = std::move(bm);
    s.depart = t;
    s.transit = m_rng.between(6 * kDay, 9 * kDay);
    s.freight = Freight::Sea;
    s.cargo = Cargo::Bulk;
    m_logistics.ship(s);
}

Json EndOfLife::truth() const
{
    return Json{{"repurposedPacks", m_repurposed}, {"recyclingBatches", m_batches}};
}

}  // namespace bt::sim
