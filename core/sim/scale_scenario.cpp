#include "sim/scale_scenario.h"

#include "sim/epcis_json.h"
#include "sim/gs1_codes.h"
#include "sim/sim_time.h"

#include <cstdio>

namespace bt::sim {

using registry::EventKind;

namespace {

std::string code(const char* prefix, std::uint64_t n)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s-%09llu", prefix, static_cast<unsigned long long>(n));
    return buf;
}

struct MineRow {
    const char* mine;
    const char* refinery;
    const char* material;
    const char* element;
    double content;
    const char* product;
    double productContent;
};

const MineRow kMines[] = {
    {"mine-kivu", "ref-botnia", "cobalt-hydroxide", "Co", 0.32, "cobalt-sulfate", 0.209},
    {"mine-redridge", "ref-austral", "spodumene-concentrate", "Li", 0.028, "lithium-hydroxide", 0.165},
    {"mine-salaralto", "ref-austral", "lithium-carbonate", "Li", 0.187, "lithium-hydroxide", 0.165},
    {"mine-telukbiru", "ref-halmahera", "mixed-hydroxide-precipitate", "Ni", 0.39, "nickel-sulfate", 0.2225},
};
constexpr std::uint64_t kMineCount = 4;
constexpr Milli kOreGrams = 20'000'000;  // 20 t an ore lot

}  // namespace

ScaleScenario::ScaleScenario(const ParticipantRoster& roster, std::uint64_t seed, std::int64_t start)
    : m_roster(roster), m_rng(seed, "scale"), m_start(start)
{
}

Json ScaleScenario::head(const char* type, std::int64_t t, std::size_t recorder)
{
    return eventHead(type, uuidUrn(m_rng), t, m_roster.at(recorder).utcOffsetMinutes);
}

void ScaleScenario::add(std::size_t recorder, EventKind kind, std::int64_t t, const Json& doc)
{
    PlannedEvent e;
    e.time = t;
    e.recorder = recorder;
    e.kind = kind;
    e.document = doc.dump();
    e.eventId = doc["eventID"].get<std::string>();
    e.seq = m_seq++;
    m_pending.push_back(std::move(e));
}

std::vector<PlannedEvent> ScaleScenario::next(std::size_t max, std::uint64_t total)
{
    std::vector<PlannedEvent> out;
    while (out.size() < max && m_produced < total) {
        if (m_pending.empty()) unit(m_unit++);
        out.push_back(std::move(m_pending.front()));
        m_pending.pop_front();
        ++m_produced;
    }
    return out;
}

void ScaleScenario::unit(std::uint64_t u)
{
    const ParticipantRoster& r = m_roster;
    const MineRow& row = kMines[u % kMineCount];
    const std::size_t mine = r.index(row.mine), refinery = r.index(row.refinery);
    const std::size_t cam = r.index("cam-rheinland");
    const std::size_t cellPlant = r.index(u % 2 == 0 ? "cell-elbe" : "cell-vistula");
    const std::size_t pack = r.index("pack-danube"), carrier = r.index("carrier-transalpine");
    const std::size_t oem = r.index(u % 5 < 3 ? "oem-aurora" : "oem-velo");
    const Participant &M = r.at(mine), &R = r.at(refinery), &C = r.at(cam), &P = r.at(cellPlant), &A = r.at(pack),
                      &T = r.at(carrier), &O = r.at(oem);
    const std::int64_t t0 = m_start + static_cast<std::int64_t>(u) * kMinute;
    auto lot = [](const Participant& p, unsigned item, const std::string& c) { return gs1::lgtinUri(gs1::gtin(p.companyPrefix, item), c); };
    auto oreLot = [&](std::uint64_t v) { return lot(r.byCode(kMines[v % kMineCount].mine), 1, code("SO", v)); };
    auto refLot = [&](std::uint64_t v) { return lot(r.byCode(kMines[v % kMineCount].refinery), 1, code("SR", v)); };
    const std::string ore = oreLot(u), refined = refLot(u), camLot = lot(C, 1, code("SC", u));
    const std::string roll = lot(P, 1, code("SL", u)), cells = lot(P, 2, code("SK", u));
    const std::string line = P.siteUri("L" + std::to_string(1 + (u / 2) % 2));
    const std::string coater = gs1::giaiUri(P.companyPrefix, "COATER-L" + std::to_string(1 + (u / 2) % 2));
    const std::string op = "OP-S-" + std::to_string(101 + u % 9);

    // Ore lot and its due diligence.
    Json d = head("ObjectEvent", t0, mine);
    d["quantityList"] = Json::array({quantityElement(ore, kOreGrams, "KGM")});
    d["action"] = "ADD";
    d["bizStep"] = "commissioning";
    d["bizLocation"] = Json{{"id", M.siteUri()}};
    d["ilmd"] = Json{{"bt:material", row.material}, {"bt:elementContent", Json{{row.element, row.content}}}};
    add(mine, EventKind::Commissioning, t0, d);

    d = head("ObjectEvent", t0 + 2 * kMinute, refinery);
    d["quantityList"] = Json::array({quantityElement(ore, kOreGrams, "KGM")});
    d["action"] = "OBSERVE";
    d["bizStep"] = "inspecting";
    d["disposition"] = "conformant";
    d["bizLocation"] = Json{{"id", R.siteUri()}};
    d["bt:dueDiligence"] = Json{{"scheme", "OECD-DD"}, {"outcome", "passed"}};
    add(refinery, EventKind::DueDiligence, t0 + 2 * kMinute, d);

    // Refining: half of this ore lot and half of the previous one from the same mine.
    Json inputs = Json::array({quantityElement(ore, kOreGrams / 2, "KGM")});
    if (u >= kMineCount) inputs.push_back(quantityElement(oreLot(u - kMineCount), kOreGrams / 2, "KGM"));
    const double elementIn = row.content * 20'000.0 * (u >= kMineCount ? 1.0 : 0.5);
    const Milli refinedQty = toMilli(round(elementIn * 0.96 / row.productContent, 3));
    d = head("TransformationEvent", t0 + 4 * kMinute, refinery);
    d["inputQuantityList"] = std::move(inputs);
    d["outputQuantityList"] = Json::array({quantityElement(refined, refinedQty, "KGM")});
    d["bizStep"] = "commissioning";
    d["bizLocation"] = Json{{"id", R.siteUri()}};
    d["ilmd"] = Json{{"bt:material", row.product}, {"bt:elementContent", Json{{row.element, row.productContent}}}};
    add(refinery, EventKind::Transformation, t0 + 4 * kMinute, d);

    // Cathode material from a third of each of the last three refined lots.
    inputs = Json::array();
    for (std::uint64_t k = 0; k < 3 && k <= u; ++k) inputs.push_back(quantityElement(refLot(u - k), 500'000, "KGM"));
    d = head("TransformationEvent", t0 + 6 * kMinute, cam);
    d["inputQuantityList"] = std::move(inputs);
    d["outputQuantityList"] = Json::array({quantityElement(camLot, 900'000, "KGM")});
    d["bizStep"] = "commissioning";
    d["bizLocation"] = Json{{"id", C.siteUri()}};
    d["ilmd"] = Json{{"bt:material", "cathode-nmc811"}, {"bt:elementContent", Json{{"Co", 0.0604}, {"Li", 0.0712}, {"Ni", 0.4795}}}};
    add(cam, EventKind::Transformation, t0 + 6 * kMinute, d);

    // Coating, cells, their measurements and inspection.
    d = head("TransformationEvent", t0 + 8 * kMinute, cellPlant);
    d["inputQuantityList"] = Json::array({quantityElement(camLot, 300'000, "KGM")});
    d["outputQuantityList"] = Json::array({quantityElement(roll, 311'000, "KGM")});
    d["bizStep"] = "commissioning";
    d["readPoint"] = Json{{"id", line}};
    d["bizLocation"] = Json{{"id", P.siteUri()}};
    d["ilmd"] = Json{{"bt:material", "cathode-electrode"}, {"bt:elementContent", Json{{"Co", 0.0573}, {"Li", 0.0676}, {"Ni", 0.4555}}}};
    d["bt:equipment"] = coater;
    d["bt:operator"] = op;
    add(cellPlant, EventKind::Transformation, t0 + 8 * kMinute, d);

    Json samples = Json::array();
    for (int k = 0; k < 3; ++k)
        samples.push_back(Json{{"sensorMetadata", Json{{"time", formatUtc(t0 + 7 * kMinute)}, {"deviceID", coater}}},
                               {"sensorReport", Json::array({Json{{"type", "bt:coatingThickness"}, {"value", number(m_rng.normal(68.0, 0.5), 1)}, {"uom", "4H"}},
                                                             Json{{"type", "bt:slurrySolidContent"}, {"value", number(m_rng.normal(68.5, 0.3), 1)}, {"uom", "P1"}}})}});
    d = head("ObjectEvent", t0 + 9 * kMinute, cellPlant);
    d["quantityList"] = Json::array({quantityElement(roll, 311'000, "KGM")});
    d["action"] = "OBSERVE";
    d["bizStep"] = "sensor_reporting";
    d["readPoint"] = Json{{"id", line}};
    d["bizLocation"] = Json{{"id", P.siteUri()}};
    d["sensorElementList"] = std::move(samples);
    d["bt:operator"] = op;
    add(cellPlant, EventKind::ProcessMeasurement, t0 + 9 * kMinute, d);

    d = head("TransformationEvent", t0 + 10 * kMinute, cellPlant);
    d["inputQuantityList"] = Json::array({quantityElement(roll, 311'000, "KGM")});
    d["outputQuantityList"] = Json::array({quantityElement(cells, 480'000, "H87")});
    d["bizStep"] = "commissioning";
    d["readPoint"] = Json{{"id", line}};
    d["bizLocation"] = Json{{"id", P.siteUri()}};
    d["ilmd"] = Json{{"bt:material", "cell-nmc811-60ah"}, {"bt:elementMassPerUnit", Json{{"Co", 0.0362}, {"Li", 0.0427}, {"Ni", 0.2877}}}};
    d["bt:equipment"] = gs1::giaiUri(P.companyPrefix, "WINDER-L1");
    d["bt:operator"] = op;
    add(cellPlant, EventKind::Transformation, t0 + 10 * kMinute, d);

    d = head("ObjectEvent", t0 + 11 * kMinute, cellPlant);
    d["quantityList"] = Json::array({quantityElement(cells, 480'000, "H87")});
    d["action"] = "OBSERVE";
    d["bizStep"] = "sensor_reporting";
    d["readPoint"] = Json{{"id", line}};
    d["bizLocation"] = Json{{"id", P.siteUri()}};
    d["sensorElementList"] = Json::array({Json{{"sensorMetadata", Json{{"deviceID", gs1::giaiUri(P.companyPrefix, "WINDER-L1")}}},
                                               {"sensorReport", Json::array({Json{{"type", "bt:windingSpeed"}, {"value", number(m_rng.normal(1.8, 0.02), 2)}, {"uom", "MTS"}}})}}});
    d["bt:operator"] = op;
    add(cellPlant, EventKind::ProcessMeasurement, t0 + 11 * kMinute, d);

    const int failed = static_cast<int>(m_rng.binomial(480, 0.02));
    d = head("ObjectEvent", t0 + 12 * kMinute, cellPlant);
    d["quantityList"] = Json::array({quantityElement(cells, 480'000, "H87")});
    d["action"] = "OBSERVE";
    d["bizStep"] = "inspecting";
    d["disposition"] = "conformant";
    d["bizLocation"] = Json{{"id", P.siteUri()}};
    d["bt:inspection"] = Json{{"test", "formation-capacity"}, {"tested", 480}, {"failed", failed}};
    add(cellPlant, EventKind::Inspection, t0 + 12 * kMinute, d);

    // Five modules of 96 cells, one pack, its test.
    const std::string packUri = gs1::sgtinUri(gs1::gtin(A.companyPrefix, 2), code("SP", u));
    Json modules = Json::array();
    for (int m = 0; m < 5; ++m) {
        const std::string module = gs1::sgtinUri(gs1::gtin(A.companyPrefix, 1), code("SM", u * 5 + static_cast<std::uint64_t>(m)));
        modules.push_back(module);
        d = head("AssociationEvent", t0 + (13 + m) * kMinute, pack);
        d["parentID"] = module;
        d["childQuantityList"] = Json::array({quantityElement(cells, 96'000, "H87")});
        d["action"] = "ADD";
        d["bizStep"] = "assembling";
        d["bizLocation"] = Json{{"id", A.siteUri()}};
        add(pack, EventKind::Aggregation, t0 + (13 + m) * kMinute, d);
    }
    d = head("AssociationEvent", t0 + 18 * kMinute, pack);
    d["parentID"] = packUri;
    d["childEPCs"] = modules;
    d["action"] = "ADD";
    d["bizStep"] = "assembling";
    d["bizLocation"] = Json{{"id", A.siteUri()}};
    add(pack, EventKind::Aggregation, t0 + 18 * kMinute, d);

    d = head("ObjectEvent", t0 + 19 * kMinute, pack);
    d["epcList"] = Json::array({packUri});
    d["action"] = "OBSERVE";
    d["bizStep"] = "inspecting";
    d["disposition"] = "conformant";
    d["bizLocation"] = Json{{"id", A.siteUri()}};
    d["bt:inspection"] = Json{{"test", "pack-end-of-line"}, {"tested", 1}, {"failed", 0}};
    add(pack, EventKind::Inspection, t0 + 19 * kMinute, d);

    // Shipment to the OEM with two hours of readings.
    const std::string sscc = gs1::ssccUri(gs1::sscc(A.companyPrefix, u));
    const Json sources = Json::array({Json{{"type", "owning_party"}, {"source", A.pglnUri()}}});
    const Json destinations = Json::array({Json{{"type", "owning_party"}, {"destination", O.pglnUri()}}});
    d = head("ObjectEvent", t0 + 20 * kMinute, pack);
    d["epcList"] = Json::array({packUri});
    d["action"] = "OBSERVE";
    d["bizStep"] = "shipping";
    d["disposition"] = "in_transit";
    d["sourceList"] = sources;
    d["destinationList"] = destinations;
    d["bt:shipment"] = sscc;
    d["bt:carrier"] = T.pglnUri();
    d["bt:limits"] = Json{{"Temperature", Json{{"min", 15}, {"max", 35}, {"uom", "CEL"}}}};
    add(pack, EventKind::Shipping, t0 + 20 * kMinute, d);
    for (int h = 0; h < 2; ++h) {
        Json readings = Json::array();
        for (int k = 1; k <= 6; ++k)
            readings.push_back(Json{{"sensorMetadata", Json{{"time", formatUtc(t0 + 20 * kMinute + (h * 60 + k * 10) * kMinute)}}},
                                    {"sensorReport", Json::array({Json{{"type", "Temperature"}, {"value", number(m_rng.normal(21.0, 0.6), 1)}, {"uom", "CEL"}}})}});
        const std::int64_t t = t0 + 20 * kMinute + (h + 1) * kHour;
        d = head("ObjectEvent", t, carrier);
        d["epcList"] = Json::array({packUri});
        d["action"] = "OBSERVE";
        d["bizStep"] = "sensor_reporting";
        d["disposition"] = "in_transit";
        d["readPoint"] = Json{{"id", gs1::giaiUri(T.companyPrefix, "TRK-" + std::to_string(10 + u % 40))}};
        d["sensorElementList"] = std::move(readings);
        d["bt:shipment"] = sscc;
        add(carrier, EventKind::TransportSensor, t, d);
    }
    d = head("ObjectEvent", t0 + 3 * kHour, oem);
    d["epcList"] = Json::array({packUri});
    d["action"] = "OBSERVE";
    d["bizStep"] = "receiving";
    d["disposition"] = "in_progress";
    d["bizLocation"] = Json{{"id", O.siteUri()}};
    d["bt:shipment"] = sscc;
    add(oem, EventKind::Receiving, t0 + 3 * kHour, d);

    // Into a vehicle, and a first state-of-health reading.
    char descriptor[8];
    std::snprintf(descriptor, sizeof descriptor, "EV%c0A", "ABCDEFGHJKLMNPRSTUVW"[(u / 1'000'000) % 20]);
    const std::string vin = gs1::vin(u % 5 < 3 ? "WBT" : "ZVB", descriptor, 'S', 'S', static_cast<unsigned>(u % 1'000'000));
    const std::string vehicle = gs1::sgtinUri(gs1::gtin(O.companyPrefix, 1), vin);
    d = head("AssociationEvent", t0 + 4 * kHour, oem);
    d["parentID"] = vehicle;
    d["childEPCs"] = Json::array({packUri});
    d["action"] = "ADD";
    d["bizStep"] = "installing";
    d["bizLocation"] = Json{{"id", O.siteUri()}};
    add(oem, EventKind::Aggregation, t0 + 4 * kHour, d);

    d = head("ObjectEvent", t0 + 30 * kDay, oem);
    d["epcList"] = Json::array({packUri});
    d["action"] = "OBSERVE";
    d["bizStep"] = "sensor_reporting";
    d["sensorElementList"] = Json::array({Json{{"sensorMetadata", Json{{"time", formatUtc(t0 + 30 * kDay)}}},
                                               {"sensorReport", Json::array({Json{{"type", "bt:stateOfHealth"}, {"value", number(m_rng.normal(99.6, 0.2), 1)}, {"uom", "P1"}},
                                                                             Json{{"type", "bt:cycleCount"}, {"value", 24}, {"uom", "C62"}}})}}});
    add(oem, EventKind::UsePhase, t0 + 30 * kDay, d);
}

}  // namespace bt::sim
