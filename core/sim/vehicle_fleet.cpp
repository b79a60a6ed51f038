#include "sim/vehicle_fleet.h"

#include "sim/gs1_codes.h"

#include <algorithm>

namespace bt::sim {

using registry::EventKind;

namespace {

constexpr double kDaysPerMonth = 30.44;
constexpr double kWarrantyThreshold = 95.0;  // state of health that triggers a pack replacement
constexpr double kCrashPerVehicleDay = 0.0001;

char modelYear(std::int64_t t)
{
    // ISO 3779 model-year codes from 2020 (L) on; no I, O, Q, U, Z.
    static const char codes[] = "LMNPRSTVWXY";
    const int year = civilFromDays(t / kDay).year;
    const int i = std::clamp(year - 2020, 0, 10);
    return codes[i];
}

}  // namespace

VehicleFleet::VehicleFleet(DemoWorld& world, Logistics& logistics)
    : m_world(world), m_logistics(logistics), m_rng(world.seed(), "fleet"),
      m_secondLife(world.roster().index("second-wind"))
{
    const ParticipantRoster& r = world.roster();
    Oem aurora;
    aurora.who = r.index("oem-aurora");
    aurora.recycler = r.index("rec-circulus");
    aurora.wmi = "WBT";
    aurora.descriptor = "EV42A";
    aurora.plant = 'L';
    Oem velo;
    velo.who = r.index("oem-velo");
    // Velo's contract recycler is Circulus; Recupera (below the EU recovery targets) takes
    // one end-of-life pack in four, so the consortium's recycling rate stays over 95 %
    // while Recupera's own figures show the gap.
    velo.recycler = r.index("rec-circulus");
    velo.sideRecycler = r.index("rec-recupera");
    velo.sideEvery = 4;
    velo.wmi = "ZVB";
    velo.descriptor = "EV31C";
    velo.plant = 'T';
    m_oems = {aurora, velo};
}

std::optional<double> VehicleFleet::lastStateOfHealth(const std::string& pack) const
{
    const auto it = m_use.find(pack);
    if (it == m_use.end()) return std::nullopt;
    return it->second.lastSoh;
}

std::vector<std::string> VehicleFleet::vehiclesOf(const std::string& pack) const
{
    const auto it = m_packVehicles.find(pack);
    return it == m_packVehicles.end() ? std::vector<std::string>{} : it->second;
}

void VehicleFleet::day(std::int64_t dayStart)
{
    if (dayStart < m_world.clock().start) return;
    const int wd = weekday(dayStart);
    for (Oem& oem : m_oems) {
        const std::int64_t local = dayStart - m_world.participant(oem.who).utcOffsetMinutes * kMinute;
        const Goods damaged = m_logistics.takeDamaged(oem.who, local);
        oem.toRecycler.items.insert(oem.toRecycler.items.end(), damaged.items.begin(), damaged.items.end());

        for (Vehicle& v : m_vehicles) {
            if (v.oem != oem.who) continue;
            // Warranty replacement: the old pack out, a new one in (a spare from stock).
            if (v.replacementAt != 0 && v.replacementAt < dayStart + kDay) {
                const std::int64_t t = v.replacementAt;
                v.replacementAt = 0;
                if (!v.crashed && !v.pack.empty()) {
                    const std::string old = v.pack;
                    remove(v, t);
                    oem.toSecondLife.items.push_back(old);
                    v.replacementRecord = static_cast<int>(m_replacements.size());
                    m_replacements.push_back(Json{{"vehicle", v.uri}, {"removedPack", old}, {"removed", formatUtc(t)},
                                                  {"stateOfHealth", number(m_use[old].lastSoh, 1)}});
                    v.waitingForPack = true;
                }
            }
            // A written-off vehicle's pack goes to the recycler.
            if (v.removalAt != 0 && v.removalAt < dayStart + kDay) {
                const std::int64_t t = v.removalAt;
                v.removalAt = 0;
                v.waitingForPack = false;
                if (!v.pack.empty()) {
                    const std::string old = v.pack;
                    remove(v, t);
                    oem.toRecycler.items.push_back(old);
                }
            }
        }
        if (wd < 5) {
            std::vector<std::string> stock = m_world.itemsHeld(oem.who, "pack", local + 8 * kHour);
            std::size_t next = 0;
            for (Vehicle& v : m_vehicles) {
                if (v.oem != oem.who || !v.waitingForPack || next >= stock.size()) continue;
                v.waitingForPack = false;
                install(v, stock[next++], local + 9 * kHour + m_rng.between(0, 60 * kMinute));
                if (v.replacementRecord >= 0) m_replacements[static_cast<std::size_t>(v.replacementRecord)]["replacementPack"] = v.pack;
            }
            // Up to four new vehicles a day from the packs received.
            for (int k = 0; k < 4 && next < stock.size(); ++k)
                buildVehicle(oem, stock[next++], local + (10 + 2 * k) * kHour + m_rng.between(0, 50 * kMinute));
        }
        if (wd == 4) shipOut(oem, local + 11 * kHour);
    }
    for (Vehicle& v : m_vehicles) {
        if (v.crashed || v.pack.empty() || v.delivered > dayStart) continue;
        if (v.nextReading < dayStart + kDay) reading(v, v.nextReading);
        if (m_rng.chance(kCrashPerVehicleDay)) {
            v.crashed = true;
            v.crashedAt = dayStart + m_rng.between(6 * kHour, 20 * kHour);
            v.removalAt = v.crashedAt + m_rng.between(10 * kDay, 25 * kDay);
            m_crashes.push_back(Json{{"vehicle", v.uri}, {"pack", v.pack}, {"crashed", formatUtc(v.crashedAt)}});
        }
    }
}

void VehicleFleet::buildVehicle(Oem& oem, const std::string& pack, std::int64_t t)
{
    const Participant& p = m_world.participant(oem.who);
    Vehicle v;
    v.oem = oem.who;
    v.vin = gs1::vin(oem.wmi, oem.descriptor, modelYear(t), oem.plant, static_cast<unsigned>(++oem.serial));
    v.uri = gs1::sgtinUri(gs1::gtin(p.companyPrefix, 1), v.vin);
    v.built = t;
    v.delivered = t + m_rng.between(8 * kDay, 20 * kDay);
    v.nextReading = v.delivered + m_rng.between(55 * kDay, 65 * kDay);
    v.cyclesPerMonth = m_rng.uniform(16.0, 30.0);
    Item item;
    item.uri = v.uri;
    item.serial = v.vin;
    item.kind = "vehicle";
    item.holder = oem.who;
    item.built = t;
    item.availableFrom = t;
    m_world.addItem(std::move(item));
    m_world.removeItem(v.uri);  // vehicles leave the plant; they are not stock
    m_vehicles.push_back(v);
    install(m_vehicles.back(), pack, t);
}

void VehicleFleet::install(Vehicle& v, const std::string& pack, std::int64_t t)
{
    const Participant& p = m_world.participant(v.oem);
    Json doc = m_world.newEvent("AssociationEvent", t, v.oem);
    doc["parentID"] = v.uri;
    doc["childEPCs"] = Json::array({pack});
    doc["action"] = "ADD";
    doc["bizStep"] = "installing";
    doc["readPoint"] = Json{{"id", p.siteUri("A1")}};
    doc["bizLocation"] = Json{{"id", p.siteUri()}};
    m_world.emit(v.oem, EventKind::Aggregation, t, doc);
    m_world.removeItem(pack);
    Item& it = m_world.item(pack);
    it.parent = v.uri;
    m_world.item(v.uri).children.push_back(pack);
    m_world.item(v.uri).tags.insert(it.tags.begin(), it.tags.end());
    m_packVehicles[pack].push_back(v.uri);
    v.pack = pack;
    PackUse use;
    // The drifted cells age fast: the pack loses a point of health a month or more.
    use.fadePerMonth = it.tags.count("drift") ? m_rng.uniform(1.0, 1.5) : m_rng.uniform(0.14, 0.24);
    use.since = std::max(t, v.delivered);
    m_use[pack] = use;
    if (v.nextReading < t) v.nextReading = t + m_rng.between(55 * kDay, 65 * kDay);
}

void VehicleFleet::remove(Vehicle& v, std::int64_t t)
{
    const Participant& p = m_world.participant(v.oem);
    Json doc = m_world.newEvent("AssociationEvent", t, v.oem);
    doc["parentID"] = v.uri;
    doc["childEPCs"] = Json::array({v.pack});
    doc["action"] = "DELETE";
    doc["bizStep"] = "removing";
    doc["readPoint"] = Json{{"id", p.siteUri("S1")}};
    doc["bizLocation"] = Json{{"id", p.siteUri()}};
    m_world.emit(v.oem, EventKind::Aggregation, t, doc);
    Item& it = m_world.item(v.pack);
    it.parent.clear();
    m_world.moveItem(v.pack, v.oem, t + kHour);
    m_world.removeItem(v.pack);  // not stock for new vehicles: it leaves by the weekly shipment
    v.pack.clear();
}

void VehicleFleet::reading(Vehicle& v, std::int64_t t)
{
    PackUse& use = m_use[v.pack];
    const double months = static_cast<double>(t - use.since) / (kDaysPerMonth * static_cast<double>(kDay));
    const double soh = std::min(100.0, round(100.0 - use.fadePerMonth * months + m_rng.normal(0.0, 0.15), 1));
    use.cycles += std::max(0.0, months * v.cyclesPerMonth - use.cycles);
    use.lastSoh = soh;
    Json doc = m_world.newEvent("ObjectEvent", t, v.oem);
    doc["epcList"] = Json::array({v.pack});
    doc["action"] = "OBSERVE";
    doc["bizStep"] = "sensor_reporting";
    doc["sensorElementList"] = Json::array({Json{
        {"sensorMetadata", Json{{"time", formatUtc(t)}}},
        {"sensorReport", Json::array({Json{{"type", "bt:stateOfHealth"}, {"value", number(soh, 1)}, {"uom", "P1"}},
                                      Json{{"type", "bt:cycleCount"}, {"value", number(use.cycles, 0)}, {"uom", "C62"}}})}}});
    m_world.emit(v.oem, EventKind::UsePhase, t, doc);
    v.nextReading = t + m_rng.between(55 * kDay, 65 * kDay);
    if (soh < kWarrantyThreshold && v.replacementAt == 0 && !v.crashed)
        v.replacementAt = t + m_rng.between(7 * kDay, 14 * kDay);
}

void VehicleFleet::shipOut(Oem& oem, std::int64_t t)
{
    auto send = [&](Goods& g, std::size_t to, double minHours, double maxHours) {
        if (g.empty()) return;
        ShipmentRequest s;
        s.from = oem.who;
        s.to = to;
        s.goods = g;
        s.depart = t;
        s.transit = m_rng.between(static_cast<std::int64_t>(minHours * 3600), static_cast<std::int64_t>(maxHours * 3600));
        s.freight = Freight::Road;
        s.cargo = Cargo::Packs;
        m_logistics.ship(s);
        g = Goods{};
    };
    const bool germany = m_world.participant(oem.who).country == "DE";
    send(oem.toSecondLife, m_secondLife, germany ? 5 : 16, germany ? 8 : 22);
    if (oem.sideEvery > 0) {
        // Every nth pack in the order they were taken out of use.
        std::vector<std::string> main;
        for (const std::string& pack : oem.toRecycler.items)
            (++oem.endOfLifePacks % oem.sideEvery == 0 ? oem.toSideRecycler.items : main).push_back(pack);
        oem.toRecycler.items = std::move(main);
        send(oem.toSideRecycler, oem.sideRecycler, germany ? 8 : 12, germany ? 11 : 16);
    }
    send(oem.toRecycler, oem.recycler, germany ? 8 : 12, germany ? 11 : 16);
}

Json VehicleFleet::truth() const
{
    Json vehicles = Json::array();
    for (const Vehicle& v : m_vehicles) {
        Json packs = Json::array();
        for (const std::string& p : m_world.items().at(v.uri).children) packs.push_back(p);
        vehicles.push_back(Json{{"vehicle", v.uri},
                                {"vin", v.vin},
                                {"oem", m_world.participant(v.oem).name},
                                {"built", formatUtc(v.built)},
                                {"packs", std::move(packs)},
                                {"crashed", v.crashed}});
    }
    return Json{{"vehicles", std::move(vehicles)}, {"warrantyReplacements", m_replacements}, {"crashes", m_crashes}};
}

}  // namespace bt::sim
