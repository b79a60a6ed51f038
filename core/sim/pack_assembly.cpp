#include "sim/pack_assembly.h"

#include "sim/cell_manufacturing.h"
#include "sim/gs1_codes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bt::sim {

using registry::EventKind;

namespace {

std::string serial(const char* prefix, int n)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s-%06d", prefix, n);
    return buf;
}

constexpr int kPacksPerDay = 4;

}  // namespace

PackAssembly::PackAssembly(DemoWorld& world, Logistics& logistics)
    : m_world(world), m_logistics(logistics), m_rng(world.seed(), "packs"),
      m_plant(world.roster().index("pack-danube")), m_aurora(world.roster().index("oem-aurora")),
      m_velo(world.roster().index("oem-velo")), m_recycler(world.roster().index("rec-circulus"))
{
}

void PackAssembly::day(std::int64_t dayStart)
{
    if (dayStart < m_world.clock().start) return;
    const int wd = weekday(dayStart);
    const std::int64_t local = dayStart - m_world.participant(m_plant).utcOffsetMinutes * kMinute;
    const Goods damaged = m_logistics.takeDamaged(m_plant, local);
    m_scrap.items.insert(m_scrap.items.end(), damaged.items.begin(), damaged.items.end());
    m_scrap.lots.insert(m_scrap.lots.end(), damaged.lots.begin(), damaged.lots.end());
    if (wd < 5) {
        // Two shifts: a pack about every three hours while cells last.
        for (int k = 0; k < kPacksPerDay; ++k) {
            const std::int64_t t = local + (7 + 3 * k) * kHour + m_rng.between(0, 40 * kMinute);
            if (m_world.available(m_plant, CellManufacturing::kCellMaterial, t) < kCellsPerPack * 1000) break;
            buildPack(t);
        }
    }
    if (wd == 3) deliverPacks(local + 15 * kHour);
    const std::int64_t week = (dayStart - m_world.clock().start) / (7 * kDay);
    if (wd == 1 && week % 4 == 3) shipScrap(local + 9 * kHour);
}

void PackAssembly::buildPack(std::int64_t t)
{
    const Participant& plant = m_world.participant(m_plant);
    const std::string moduleGtin = gs1::gtin(plant.companyPrefix, 1);
    const std::string packGtin = gs1::gtin(plant.companyPrefix, 2);
    Item pack;
    pack.serial = serial("PK", ++m_packSerial);
    pack.uri = gs1::sgtinUri(packGtin, pack.serial);
    pack.kind = "pack";
    pack.holder = m_plant;
    std::int64_t at = t;
    for (int m = 0; m < kModulesPerPack; ++m) {
        std::vector<Take> cells = m_world.take(m_plant, CellManufacturing::kCellMaterial, kCellsPerModule * 1000, at);
        m_world.consume(cells);
        Item module;
        module.serial = serial("MD", ++m_moduleSerial);
        module.uri = gs1::sgtinUri(moduleGtin, module.serial);
        module.kind = "module";
        module.cells = cells;
        module.holder = m_plant;
        module.built = at;
        module.availableFrom = at;
        DemoWorld::addShares(module.shares, module.mass, m_world.mix(cells), m_world.elementMass(cells));
        module.tags = m_world.tagsOf(cells);

        Json children = Json::array();
        for (const Take& c : cells) children.push_back(quantityElement(c.lot, c.qty, "H87"));
        Json doc = m_world.newEvent("AssociationEvent", at, m_plant);
        doc["parentID"] = module.uri;
        doc["childQuantityList"] = std::move(children);
        doc["action"] = "ADD";
        doc["bizStep"] = "assembling";
        doc["readPoint"] = Json{{"id", plant.siteUri("M1")}};
        doc["bizLocation"] = Json{{"id", plant.siteUri()}};
        m_world.emit(m_plant, EventKind::Aggregation, at, doc);

        DemoWorld::addShares(pack.shares, pack.mass, module.shares, module.mass);
        pack.tags.insert(module.tags.begin(), module.tags.end());
        pack.children.push_back(module.uri);
        m_world.addItem(std::move(module));
        m_world.removeItem(pack.children.back());  // inside the pack from now on
        at += 20 * kMinute;
    }
    pack.built = at;
    pack.availableFrom = at + kHour;
    Json doc = m_world.newEvent("AssociationEvent", at, m_plant);
    doc["parentID"] = pack.uri;
    doc["childEPCs"] = pack.children;
    doc["action"] = "ADD";
    doc["bizStep"] = "assembling";
    doc["readPoint"] = Json{{"id", plant.siteUri("P1")}};
    doc["bizLocation"] = Json{{"id", plant.siteUri()}};
    m_world.emit(m_plant, EventKind::Aggregation, at, doc);

    // End-of-line test: open-circuit voltage and insulation resistance.
    const bool failed = m_rng.chance(0.004);
    Json eol = m_world.newEvent("ObjectEvent", at + 40 * kMinute, m_plant);
    eol["epcList"] = Json::array({pack.uri});
    eol["action"] = "OBSERVE";
    eol["bizStep"] = "inspecting";
    eol["disposition"] = failed ? "non_conformant" : "conformant";
    eol["readPoint"] = Json{{"id", plant.siteUri("EOL")}};
    eol["bizLocation"] = Json{{"id", plant.siteUri()}};
    eol["sensorElementList"] = Json::array({Json{
        {"sensorMetadata", Json{{"deviceID", gs1::giaiUri(plant.companyPrefix, "EOL-TESTER-1")}}},
        {"sensorReport", Json::array({Json{{"type", "Voltage"}, {"value", number(m_rng.normal(356.0, 0.6), 1)}, {"uom", "VLT"}},
                                      Json{{"type", "Resistance"},
                                           {"value", number(1e4 * std::floor(failed ? m_rng.uniform(20, 45) : m_rng.uniform(400, 900)), 0)},
                                           {"uom", "OHM"}}})}}});
    eol["bt:inspection"] = Json{{"test", "pack-end-of-line"}, {"tested", 1}, {"failed", failed ? 1 : 0}};
    m_world.emit(m_plant, EventKind::Inspection, at + 40 * kMinute, eol);

    const std::string uri = pack.uri;
    m_world.addItem(std::move(pack));
    m_packs.push_back(uri);
    if (failed) {
        m_world.removeItem(uri);
        m_world.item(uri).tags.insert("failed-end-of-line");
        m_failed.push_back(uri);
    }
}

void PackAssembly::deliverPacks(std::int64_t t)
{
    Goods aurora, velo;
    for (const std::string& uri : m_world.itemsHeld(m_plant, "pack", t)) {
        // Three of every five packs to Aurora, two to Velo.
        ((m_allocated++ * 3) % 5 < 3 ? aurora : velo).items.push_back(uri);
    }
    for (auto* g : {&aurora, &velo}) {
        if (g->empty()) continue;
        const bool toAurora = g == &aurora;
        ShipmentRequest s;
        s.from = m_plant;
        s.to = toAurora ? m_aurora : m_velo;
        s.goods = *g;
        s.depart = t;
        s.transit = toAurora ? m_rng.between(10 * kHour, 13 * kHour) : m_rng.between(14 * kHour, 18 * kHour);
        s.freight = Freight::Road;
        s.cargo = Cargo::Packs;
        for (const std::string& uri : g->items) m_world.removeItem(uri);
        m_logistics.ship(s);
    }
}

void PackAssembly::shipScrap(std::int64_t t)
{
    Goods g = m_scrap;
    g.items.insert(g.items.end(), m_failed.begin(), m_failed.end());
    if (g.empty()) return;
    m_scrap = Goods{};
    m_failed.clear();
    ShipmentRequest s;
    s.from = m_plant;
    s.to = m_recycler;
    s.goods = std::move(g);
    s.depart = t;
    s.transit = m_rng.between(20 * kHour, 26 * kHour);
    s.freight = Freight::Road;
    s.cargo = Cargo::Scrap;
    m_logistics.ship(s);
}

}  // namespace bt::sim
