#include "epcis_builder.h"

#include <cstdio>
#include <ctime>

namespace bt::test::epcis {

std::string withCheckDigit(const std::string& digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const int d = digits[digits.size() - 1 - i] - '0';
        sum += (i % 2 == 0) ? 3 * d : d;
    }
    return digits + std::to_string((10 - sum % 10) % 10);
}

std::string gln(const std::string& body12) { return withCheckDigit(body12); }
std::string gtin(const std::string& body13) { return withCheckDigit(body13); }

std::string lgtin(const std::string& g, const std::string& lot) { return "https://id.gs1.org/01/" + g + "/10/" + lot; }
std::string sgtin(const std::string& g, const std::string& serial) { return "https://id.gs1.org/01/" + g + "/21/" + serial; }
std::string sgln(const std::string& g, const std::string& ext)
{
    return "https://id.gs1.org/414/" + g + (ext.empty() ? std::string() : "/254/" + ext);
}
std::string pgln(const std::string& g) { return "https://id.gs1.org/417/" + g; }
std::string giai(const std::string& ref) { return "https://id.gs1.org/8004/" + ref; }
std::string sscc(const std::string& body17) { return "https://id.gs1.org/00/" + withCheckDigit(body17); }

std::string isoTime(std::int64_t t)
{
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

namespace {
json qtyList(const std::vector<Qty>& list)
{
    json a = json::array();
    for (const Qty& q : list) a.push_back({{"epcClass", q.epcClass}, {"quantity", q.quantity}, {"uom", q.uom}});
    return a;
}
}  // namespace

json event(const std::string& type, std::int64_t time, const std::string& id)
{
    return {{"@context", json::array({"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                                      {{"bt", "https://ns.batterytrace.example/epcis/"}}})},
            {"type", type},
            {"eventID", "urn:uuid:" + id},
            {"eventTime", isoTime(time)},
            {"eventTimeZoneOffset", "+00:00"}};
}

json commissioning(std::int64_t time, const std::string& id, const Qty& lot, const std::string& site,
                   const std::string& material, const std::map<std::string, double>& elementContent)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "ADD";
    e["bizStep"] = "commissioning";
    e["quantityList"] = qtyList({lot});
    e["bizLocation"] = {{"id", site}};
    e["ilmd"] = {{"bt:material", material}, {"bt:elementContent", elementContent}};
    return e;
}

json transformation(std::int64_t time, const std::string& id, const std::vector<Qty>& in, const std::vector<Qty>& out,
                    const std::string& plant, const std::string& material,
                    const std::map<std::string, double>& elementContent,
                    const std::map<std::string, double>& elementMassPerUnit)
{
    json e = event("TransformationEvent", time, id);
    e["bizStep"] = "commissioning";
    e["inputQuantityList"] = qtyList(in);
    e["outputQuantityList"] = qtyList(out);
    e["bizLocation"] = {{"id", plant}};
    json ilmd = {{"bt:material", material}};
    if (!elementContent.empty()) ilmd["bt:elementContent"] = elementContent;
    if (!elementMassPerUnit.empty()) ilmd["bt:elementMassPerUnit"] = elementMassPerUnit;
    e["ilmd"] = ilmd;
    return e;
}

json processMeasurement(std::int64_t time, const std::string& id, const Qty& lot, const std::string& plant,
                        const std::string& line, const std::string& equipment, const std::string& op,
                        const std::string& type, double value, const std::string& uom)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "sensor_reporting";
    e["quantityList"] = qtyList({lot});
    e["readPoint"] = {{"id", line}};
    e["bizLocation"] = {{"id", plant}};
    e["sensorElementList"] = json::array(
        {{{"sensorMetadata", {{"time", isoTime(time)}, {"deviceID", equipment}}},
          {"sensorReport", json::array({{{"type", type}, {"value", value}, {"uom", uom}}})}}});
    e["bt:operator"] = op;
    return e;
}

json inspection(std::int64_t time, const std::string& id, const Qty& lot, bool conformant, int tested, int failed)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "inspecting";
    e["disposition"] = conformant ? "conformant" : "non_conformant";
    e["quantityList"] = qtyList({lot});
    e["bt:inspection"] = {{"test", "formation-capacity"}, {"tested", tested}, {"failed", failed}};
    return e;
}

json assembling(std::int64_t time, const std::string& id, const std::string& parent, const std::vector<Qty>& childQuantities,
                const std::vector<std::string>& childEpcs)
{
    json e = event("AssociationEvent", time, id);
    e["action"] = "ADD";
    e["bizStep"] = "assembling";
    e["parentID"] = parent;
    if (!childQuantities.empty()) e["childQuantityList"] = qtyList(childQuantities);
    if (!childEpcs.empty()) e["childEPCs"] = childEpcs;
    return e;
}

json installing(std::int64_t time, const std::string& id, const std::string& vehicle, const std::string& pack)
{
    json e = event("AssociationEvent", time, id);
    e["action"] = "ADD";
    e["bizStep"] = "installing";
    e["parentID"] = vehicle;
    e["childEPCs"] = json::array({pack});
    return e;
}

json removing(std::int64_t time, const std::string& id, const std::string& vehicle, const std::string& pack)
{
    json e = event("AssociationEvent", time, id);
    e["action"] = "DELETE";
    e["bizStep"] = "removing";
    e["parentID"] = vehicle;
    e["childEPCs"] = json::array({pack});
    return e;
}

json shipping(std::int64_t time, const std::string& id, const std::vector<Qty>& goods, const std::string& ssccUri,
              const std::string& carrierPgln, const std::string& fromPgln, const std::string& toPgln)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "shipping";
    e["disposition"] = "in_transit";
    e["quantityList"] = qtyList(goods);
    e["sourceList"] = json::array({{{"type", "owning_party"}, {"source", fromPgln}}});
    e["destinationList"] = json::array({{{"type", "owning_party"}, {"destination", toPgln}}});
    e["bt:shipment"] = ssccUri;
    e["bt:carrier"] = carrierPgln;
    e["bt:limits"] = {{"Temperature", {{"min", 15}, {"max", 35}, {"uom", "CEL"}}},
                      {"RelativeHumidity", {{"max", 70}, {"uom", "P1"}}}};
    return e;
}

json receiving(std::int64_t time, const std::string& id, const std::vector<Qty>& goods, const std::string& ssccUri,
               const std::string& incidentType)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "receiving";
    e["disposition"] = incidentType == "damage" ? "damaged" : "in_progress";
    e["quantityList"] = qtyList(goods);
    e["bt:shipment"] = ssccUri;
    if (!incidentType.empty()) e["bt:incident"] = {{"type", incidentType}, {"note", "test incident"}};
    return e;
}

json transportSensor(std::int64_t time, const std::string& id, const std::string& ssccUri, const std::string& truck,
                     const std::vector<std::tuple<std::int64_t, double, double>>& readings, bool noAlarm)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "sensor_reporting";
    e["disposition"] = "in_transit";
    e["epcList"] = json::array();
    e["readPoint"] = {{"id", truck}};
    e["bt:shipment"] = ssccUri;
    json list = json::array();
    for (const auto& [t, temp, rh] : readings) {
        json tr = {{"type", "Temperature"}, {"value", temp}, {"uom", "CEL"}};
        if (!noAlarm && (temp < 15 || temp > 35)) tr["exception"] = "ALARM_CONDITION";
        json hr = {{"type", "RelativeHumidity"}, {"value", rh}, {"uom", "P1"}};
        if (!noAlarm && rh > 70) hr["exception"] = "ALARM_CONDITION";
        list.push_back({{"sensorMetadata", {{"time", isoTime(t)}}}, {"sensorReport", json::array({tr, hr})}});
    }
    e["sensorElementList"] = list;
    return e;
}

json usePhase(std::int64_t time, const std::string& id, const std::string& pack, double soh, double cycles)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "sensor_reporting";
    e["epcList"] = json::array({pack});
    e["sensorElementList"] = json::array(
        {{{"sensorMetadata", {{"time", isoTime(time)}}},
          {"sensorReport", json::array({{{"type", "bt:stateOfHealth"}, {"value", soh}, {"uom", "P1"}},
                                        {{"type", "bt:cycleCount"}, {"value", cycles}, {"uom", "C62"}}})}}});
    return e;
}

json repurposing(std::int64_t time, const std::string& id, const std::string& pack, double soh)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "repairing";
    e["disposition"] = "available";
    e["epcList"] = json::array({pack});
    e["bt:repurposedAs"] = "stationary-storage";
    e["bt:stateOfHealth"] = soh;
    return e;
}

json recycling(std::int64_t time, const std::string& id, const std::string& pack, const Qty& out,
               const std::map<std::string, std::pair<double, double>>& recovery)
{
    json e = event("TransformationEvent", time, id);
    e["bizStep"] = "destroying";
    e["inputEPCList"] = json::array({pack});
    e["outputQuantityList"] = qtyList({out});
    json r = json::object();
    for (const auto& [el, v] : recovery) r[el] = {{"input", v.first}, {"recovered", v.second}};
    e["bt:recovery"] = r;
    return e;
}

json dueDiligence(std::int64_t time, const std::string& id, const Qty& lot, const std::string& outcome)
{
    json e = event("ObjectEvent", time, id);
    e["action"] = "OBSERVE";
    e["bizStep"] = "inspecting";
    e["quantityList"] = qtyList({lot});
    e["bt:dueDiligence"] = {{"scheme", "OECD-DD"}, {"outcome", outcome}};
    return e;
}

}  // namespace bt::test::epcis
