#include "sim/cell_manufacturing.h"

#include "sim/gs1_codes.h"
#include "sim/upstream_supply.h"

#include <algorithm>
#include <cmath>

namespace bt::sim {

using registry::EventKind;

namespace {

constexpr double kNominalThickness = 68.0;  // µm, cathode coating
constexpr double kCoatingYield = 0.985;     // edge trim
constexpr double kActiveFraction = 0.95;    // cathode material in the dried coating
constexpr double kAssemblyYield = 0.98;     // electrode into cells
constexpr double kNominalCapacity = 60.45;  // Ah, mean of a good lot

double floorTo(double v, int decimals)
{
    static constexpr double kScale[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e7};
    return std::floor(v * kScale[decimals]) / kScale[decimals];
}

double rollCathodeKg()
{
    return CellManufacturing::kCellsPerRoll * CellManufacturing::kCathodePerCell / (kAssemblyYield * kCoatingYield);
}

}  // namespace

CellManufacturing::CellManufacturing(DemoWorld& world, Logistics& logistics, const DemoSettings& settings)
    : m_world(world), m_logistics(logistics), m_settings(settings), m_rng(world.seed(), "cells"),
      m_packPlant(world.roster().index("pack-danube")), m_recycler(world.roster().index("rec-circulus")),
      m_scrap(world.roster().size())
{
    const std::size_t elbe = world.roster().index("cell-elbe");
    const std::size_t vistula = world.roster().index("cell-vistula");
    m_plants = {elbe, vistula};
    for (int i = 0; i < 3; ++i) {
        Line l;
        l.plant = elbe;
        l.code = "L" + std::to_string(i + 1);
        l.plantCode = "E";
        l.index = i;
        l.drifts = i == 1;  // Elbe line 2
        m_lines.push_back(l);
    }
    for (int i = 0; i < 2; ++i) {
        Line l;
        l.plant = vistula;
        l.code = "L" + std::to_string(i + 1);
        l.plantCode = "V";
        l.index = i;
        m_lines.push_back(l);
    }
}

std::vector<std::pair<std::size_t, double>> CellManufacturing::cathodeDemand() const
{
    std::vector<std::pair<std::size_t, double>> out;
    for (std::size_t plant : m_plants) {
        double lines = 0;
        for (const Line& l : m_lines)
            if (l.plant == plant) lines += 1;
        out.emplace_back(plant, lines * 3 * rollCathodeKg());
    }
    return out;
}

double CellManufacturing::driftAt(std::int64_t t) const
{
    if (t < m_settings.driftStart || t >= m_settings.driftEnd) return 0.0;
    const double daysIn = static_cast<double>(t - m_settings.driftStart) / static_cast<double>(kDay);
    return std::min(m_settings.driftMax, m_settings.driftPerDay * daysIn);
}

std::string CellManufacturing::operatorFor(const Line& line, int shift, std::int64_t t) const
{
    // A weekly rota over the plant's lines and shifts.
    int lines = 0;
    for (const Line& l : m_lines)
        if (l.plant == line.plant) ++lines;
    const std::int64_t week = (t - m_world.clock().warmupStart) / (7 * kDay);
    const std::int64_t slot = (line.index * 3 + shift + week) % (lines * 3);
    return "OP-" + line.plantCode + "-" + std::to_string(101 + slot);
}

void CellManufacturing::day(std::int64_t dayStart)
{
    const ScenarioClock& c = m_world.clock();
    if (dayStart < c.start) return;
    const int wd = weekday(dayStart);
    // Cells from yesterday's rolls first: a line assembles and coats on alternate days.
    if (wd == 1 || wd == 3 || wd == 5)
        for (Line& l : m_lines) assemble(l, dayStart);
    if (wd == 0 || wd == 2 || wd == 4)
        for (Line& l : m_lines) coat(l, dayStart);
    const std::int64_t week = (dayStart - c.start) / (7 * kDay);
    for (std::size_t i = 0; i < m_plants.size(); ++i) {
        const std::size_t plant = m_plants[i];
        const std::int64_t local = dayStart - m_world.participant(plant).utcOffsetMinutes * kMinute;
        if (wd == 4) deliverCells(plant, local + 14 * kHour);
        if (wd == 0 && week % 4 == static_cast<std::int64_t>(i) + 2) shipScrap(plant, local + 9 * kHour);
    }
}

void CellManufacturing::coat(Line& line, std::int64_t dayStart)
{
    const Participant& plant = m_world.participant(line.plant);
    const int shift = static_cast<int>((line.index + weekday(dayStart) / 2) % 3);
    const std::int64_t shiftStart = dayStart + (6 + 8 * shift) * kHour - plant.utcOffsetMinutes * kMinute;
    const std::int64_t done = shiftStart + m_rng.between(5 * kHour, 7 * kHour);
    const Milli want = toMilli(rollCathodeKg() * (1.0 + m_rng.normal(0.0, 0.004)));
    if (m_world.available(line.plant, UpstreamSupply::kCathodeMaterial, shiftStart) < want * 9 / 10) return;
    std::vector<Take> cam = m_world.take(line.plant, UpstreamSupply::kCathodeMaterial, want, shiftStart);
    m_world.consume(cam);
    Milli camIn = 0;
    for (const Take& t : cam) camIn += t.qty;

    Lot roll;
    roll.code = "RL-" + line.plantCode + line.code.substr(1) + "-" + compactDate(shiftStart + plant.utcOffsetMinutes * kMinute);
    roll.uri = gs1::lgtinUri(gs1::gtin(plant.companyPrefix, 1), roll.code);
    roll.material = "cathode-electrode";
    roll.uom = "KGM";
    roll.quantity = static_cast<Milli>(std::floor(static_cast<double>(camIn) * kCoatingYield / kActiveFraction));
    const ElementMap e = m_world.elementMass(cam);
    for (const auto& [element, kg] : e) roll.content[element] = floorTo(kg * kCoatingYield / fromMilli(roll.quantity), 4);
    roll.shares = m_world.mix(cam);
    roll.tags = m_world.tagsOf(cam);
    roll.producer = line.plant;
    roll.produced = done;

    // Thickness: the line's setting plus the drift, if this line drifts and it is on.
    const double drift = line.drifts ? driftAt(shiftStart) : 0.0;
    if (drift > 0) roll.tags.insert("drift");
    const double offset = m_rng.normal(0.0, 0.25) + drift;
    const std::string coater = gs1::giaiUri(plant.companyPrefix, "COATER-" + line.code);
    const std::string op = operatorFor(line, shift, shiftStart);
    Json elements = Json::array();
    double sum = 0;
    for (int k = 0; k < 3; ++k) {
        const double thickness = round(m_rng.normal(kNominalThickness + offset, 0.45), 1);
        sum += thickness;
        Json reports = Json::array({Json{{"type", "bt:coatingThickness"}, {"value", number(thickness, 1)}, {"uom", "4H"}},
                                    Json{{"type", "bt:slurrySolidContent"}, {"value", number(m_rng.normal(68.5, 0.35), 1)}, {"uom", "P1"}}});
        elements.push_back(Json{{"sensorMetadata", Json{{"time", formatUtc(shiftStart + (1 + 2 * k) * kHour)}, {"deviceID", coater}}},
                                {"sensorReport", std::move(reports)}});
    }
    Lot& stored = m_world.addLot(std::move(roll));

    const std::string lineUri = plant.siteUri(line.code);
    Json inputs = Json::array();
    for (const Take& t : cam) inputs.push_back(quantityElement(t.lot, t.qty, "KGM"));
    Json doc = m_world.newEvent("TransformationEvent", done, line.plant);
    doc["inputQuantityList"] = std::move(inputs);
    doc["outputQuantityList"] = Json::array({quantityElement(stored.uri, stored.quantity, "KGM")});
    doc["bizStep"] = "commissioning";
    doc["disposition"] = "active";
    doc["readPoint"] = Json{{"id", lineUri}};
    doc["bizLocation"] = Json{{"id", plant.siteUri()}};
    doc["ilmd"] = Json{{"bt:material", stored.material}, {"bt:elementContent", elementObject(stored.content, 4)}};
    doc["bt:equipment"] = coater;
    doc["bt:operator"] = op;
    m_world.emit(line.plant, EventKind::Transformation, done, doc);

    Json pm = m_world.newEvent("ObjectEvent", done + 10 * kMinute, line.plant);
    pm["quantityList"] = Json::array({quantityElement(stored.uri, stored.quantity, "KGM")});
    pm["action"] = "OBSERVE";
    pm["bizStep"] = "sensor_reporting";
    pm["readPoint"] = Json{{"id", lineUri}};
    pm["bizLocation"] = Json{{"id", plant.siteUri()}};
    pm["sensorElementList"] = std::move(elements);
    pm["bt:operator"] = op;
    m_world.emit(line.plant, EventKind::ProcessMeasurement, done + 10 * kMinute, pm);

    m_world.put(line.plant, stored.uri, stored.quantity, done + kHour);
    line.pendingRoll = stored.uri;
    line.pendingRollAt = done;
    line.pendingOperator = op;
    line.pendingThickness = sum / 3.0;
    line.pendingDrift = drift;
}

void CellManufacturing::assemble(Line& line, std::int64_t dayStart)
{
    if (line.pendingRoll.empty()) return;
    const Participant& plant = m_world.participant(line.plant);
    const Lot& roll = m_world.lot(line.pendingRoll);
    const int shift = static_cast<int>((line.index + 1 + weekday(dayStart) / 2) % 3);
    const std::int64_t shiftStart = dayStart + (6 + 8 * shift) * kHour - plant.utcOffsetMinutes * kMinute;
    const std::int64_t done = std::max(shiftStart + m_rng.between(5 * kHour, 7 * kHour), line.pendingRollAt + 2 * kHour);
    const std::vector<Take> in = {{roll.uri, roll.quantity}};
    m_world.takeExact(line.plant, in.front());
    m_world.consume(in);

    const int produced = kCellsPerRoll - static_cast<int>(m_rng.binomial(kCellsPerRoll, 0.008));
    Lot cells;
    cells.code = "CL-" + roll.code.substr(3);
    cells.uri = gs1::lgtinUri(gs1::gtin(plant.companyPrefix, 2), cells.code);
    cells.material = kCellMaterial;
    cells.uom = "H87";
    cells.quantity = static_cast<Milli>(produced) * 1000;
    for (const auto& [element, c] : roll.content)
        cells.content[element] = floorTo(c * fromMilli(roll.quantity) * kAssemblyYield / produced, 5);
    cells.shares = roll.shares;
    cells.tags = roll.tags;
    cells.producer = line.plant;
    cells.produced = done;
    Lot& lot = m_world.addLot(std::move(cells));

    const std::string winder = gs1::giaiUri(plant.companyPrefix, "WINDER-" + line.code);
    const std::string op = operatorFor(line, shift, shiftStart);
    const std::string lineUri = plant.siteUri(line.code);
    Json doc = m_world.newEvent("TransformationEvent", done, line.plant);
    doc["inputQuantityList"] = Json::array({quantityElement(roll.uri, roll.quantity, "KGM")});
    doc["outputQuantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "H87")});
    doc["bizStep"] = "commissioning";
    doc["disposition"] = "active";
    doc["readPoint"] = Json{{"id", lineUri}};
    doc["bizLocation"] = Json{{"id", plant.siteUri()}};
    doc["ilmd"] = Json{{"bt:material", lot.material}, {"bt:elementMassPerUnit", elementObject(lot.content, 5)}};
    doc["bt:equipment"] = winder;
    doc["bt:operator"] = op;
    m_world.emit(line.plant, EventKind::Transformation, done, doc);

    Json pm = m_world.newEvent("ObjectEvent", done + 5 * kMinute, line.plant);
    pm["quantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "H87")});
    pm["action"] = "OBSERVE";
    pm["bizStep"] = "sensor_reporting";
    pm["readPoint"] = Json{{"id", lineUri}};
    pm["bizLocation"] = Json{{"id", plant.siteUri()}};
    pm["sensorElementList"] = Json::array({Json{
        {"sensorMetadata", Json{{"time", formatUtc(done - 2 * kHour)}, {"deviceID", winder}}},
        {"sensorReport", Json::array({Json{{"type", "bt:windingSpeed"}, {"value", number(m_rng.normal(1.80, 0.025), 2)}, {"uom", "MTS"}}})}}});
    pm["bt:operator"] = op;
    m_world.emit(line.plant, EventKind::ProcessMeasurement, done + 5 * kMinute, pm);

    // Formation and ageing take four days; then every cell's capacity is measured.
    const std::int64_t inspected = done + 4 * kDay + m_rng.between(2 * kHour, 6 * kHour);
    const double excess = std::max(0.0, line.pendingThickness - kNominalThickness - 1.5);
    const double base = m_world.clock().isAfter(done) ? m_settings.defectRateAfter : m_settings.defectRateBefore;
    const double p = std::clamp(base * (1.0 + m_rng.normal(0.0, 0.15)) + excess * m_settings.driftFailurePerMicron, 0.0, 0.9);
    const int failed = static_cast<int>(m_rng.binomial(static_cast<std::uint32_t>(produced), p));
    const bool conformant = static_cast<double>(failed) / produced <= m_settings.lotAcceptanceLimit;
    const double meanCapacity = kNominalCapacity - 0.22 * std::max(0.0, line.pendingThickness - kNominalThickness - 1.0) +
                                m_rng.normal(0.0, 0.05);
    Json qc = m_world.newEvent("ObjectEvent", inspected, line.plant);
    qc["quantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "H87")});
    qc["action"] = "OBSERVE";
    qc["bizStep"] = "inspecting";
    qc["disposition"] = conformant ? "conformant" : "non_conformant";
    qc["readPoint"] = Json{{"id", plant.siteUri("F1")}};
    qc["bizLocation"] = Json{{"id", plant.siteUri()}};
    qc["sensorElementList"] = Json::array({Json{
        {"sensorMetadata", Json{{"deviceID", gs1::giaiUri(plant.companyPrefix, "FORMATION-F1")}}},
        {"sensorReport", Json::array({Json{{"type", "bt:capacity"},
                                           {"meanValue", number(meanCapacity, 2)},
                                           {"sDev", number(0.30 + 0.05 * excess, 2)},
                                           {"uom", "AMH"}}})}}});
    qc["bt:inspection"] = Json{{"test", "formation-capacity"}, {"tested", produced}, {"failed", failed}};
    m_world.emit(line.plant, EventKind::Inspection, inspected, qc);

    const Milli good = conformant ? static_cast<Milli>(produced - failed) * 1000 : 0;
    m_world.put(line.plant, lot.uri, good, inspected + 2 * kHour);
    m_scrap[line.plant].push_back({lot.uri, lot.quantity - good, inspected + 2 * kHour});

    CellLotRecord r;
    r.lot = lot.uri;
    r.roll = roll.uri;
    r.plant = plant.name;
    r.line = line.code;
    r.coater = gs1::giaiUri(plant.companyPrefix, "COATER-" + line.code);
    r.winder = winder;
    r.coatOperator = line.pendingOperator;
    r.coatedAt = line.pendingRollAt;
    r.assembledAt = done;
    r.inspectedAt = inspected;
    r.thicknessMean = line.pendingThickness;
    r.driftMicrons = line.pendingDrift;
    r.produced = produced;
    r.failed = failed;
    r.conformant = conformant;
    r.drift = lot.tags.count("drift") != 0;
    m_records.push_back(r);
    line.pendingRoll.clear();
}

void CellManufacturing::deliverCells(std::size_t plant, std::int64_t t)
{
    std::vector<Take> cells = m_world.take(plant, kCellMaterial, 1'000'000'000, t);
    if (cells.empty()) return;
    ShipmentRequest s;
    s.from = plant;
    s.to = m_packPlant;
    s.goods.lots = std::move(cells);
    s.depart = t;
    const bool germany = m_world.participant(plant).country == "DE";
    s.transit = germany ? m_rng.between(13 * kHour, 17 * kHour) : m_rng.between(8 * kHour, 11 * kHour);
    s.freight = Freight::Road;
    s.cargo = Cargo::Cells;
    m_logistics.ship(s);
}

void CellManufacturing::shipScrap(std::size_t plant, std::int64_t t)
{
    std::vector<Take> scrap;
    auto& pile = m_scrap[plant];
    for (auto it = pile.begin(); it != pile.end();) {
        if (it->availableFrom <= t && it->qty > 0) {
            scrap.push_back({it->lot, it->qty});
            it = pile.erase(it);
        } else {
            ++it;
        }
    }
    if (scrap.empty()) return;
    ShipmentRequest s;
    s.from = plant;
    s.to = m_recycler;
    s.goods.lots = std::move(scrap);
    s.depart = t;
    const bool germany = m_world.participant(plant).country == "DE";
    s.transit = germany ? m_rng.between(8 * kHour, 10 * kHour) : m_rng.between(14 * kHour, 18 * kHour);
    s.freight = Freight::Road;
    s.cargo = Cargo::Scrap;
    m_logistics.ship(s);
}

Json CellManufacturing::truth() const
{
    Json lots = Json::array();
    for (const CellLotRecord& r : m_records)
        lots.push_back(Json{{"lot", r.lot},
                            {"roll", r.roll},
                            {"plant", r.plant},
                            {"line", r.line},
                            {"coater", r.coater},
                            {"coatingOperator", r.coatOperator},
                            {"coated", formatUtc(r.coatedAt)},
                            {"inspected", formatUtc(r.inspectedAt)},
                            {"meanCoatingThickness", number(r.thicknessMean, 2)},
                            {"driftMicrons", number(r.driftMicrons, 2)},
                            {"tested", r.produced},
                            {"failed", r.failed},
                            {"disposition", r.conformant ? "conformant" : "non_conformant"},
                            {"drift", r.drift}});
    return lots;
}

}  // namespace bt::sim
