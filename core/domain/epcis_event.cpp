#include "domain/epcis_event.h"

#include "domain/gs1_identifier.h"
#include "domain/utc_time.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace bt::domain {

using json = nlohmann::json;
using registry::EventKind;

namespace {

// A parse failure inside the reader: carries the data-model message up.
struct Failure {
    std::string message;
};

// Reads one event object: the bt: prefixes its @context declares, and typed field
// access that fails with the field's path.
class Reader {
public:
    explicit Reader(const json& root) : m_root(root)
    {
        m_prefixes.push_back("bt");
        const auto ctx = root.find("@context");
        if (ctx == root.end()) return;
        auto scan = [this](const json& c) {
            if (!c.is_object()) return;
            for (auto it = c.begin(); it != c.end(); ++it)
                if (it->is_string() && it->get_ref<const std::string&>() == kBtNamespace && it.key() != "bt")
                    m_prefixes.push_back(it.key());
        };
        if (ctx->is_array())
            for (const auto& c : *ctx) scan(c);
        else
            scan(*ctx);
    }

    bool btPrefixDeclared() const
    {
        const auto ctx = m_root.find("@context");
        if (ctx == m_root.end()) return false;
        auto declares = [](const json& c) {
            if (!c.is_object()) return false;
            for (auto it = c.begin(); it != c.end(); ++it)
                if (it->is_string() && it->get_ref<const std::string&>() == kBtNamespace) return true;
            return false;
        };
        if (ctx->is_array()) {
            for (const auto& c : *ctx)
                if (declares(c)) return true;
            return false;
        }
        return declares(*ctx);
    }

    // The member `bt:name` (under any declared prefix, or as a full IRI).
    const json* ext(const json& obj, std::string_view name) const
    {
        if (!obj.is_object()) return nullptr;
        for (const auto& p : m_prefixes) {
            const auto it = obj.find(p + ":" + std::string(name));
            if (it != obj.end()) return &*it;
        }
        const auto it = obj.find(std::string(kBtNamespace) + std::string(name));
        return it != obj.end() ? &*it : nullptr;
    }

    // A type like "bt:coatingThickness" under another prefix, or as a full IRI,
    // becomes "bt:coatingThickness".
    std::string normaliseType(const std::string& t) const
    {
        if (t.rfind(kBtNamespace, 0) == 0) return "bt:" + t.substr(kBtNamespace.size());
        const std::size_t colon = t.find(':');
        if (colon != std::string::npos) {
            const std::string prefix = t.substr(0, colon);
            for (const auto& p : m_prefixes)
                if (p == prefix) return "bt:" + t.substr(colon + 1);
        }
        return t;
    }

private:
    const json& m_root;
    std::vector<std::string> m_prefixes;
};

[[noreturn]] void fail(std::string message) { throw Failure{std::move(message)}; }

const json* member(const json& obj, const char* name)
{
    const auto it = obj.find(name);
    return it != obj.end() ? &*it : nullptr;
}

std::string str(const json& v, const std::string& path)
{
    if (!v.is_string()) fail(path + " must be a string");
    return v.get<std::string>();
}

std::string optStr(const json& obj, const char* name, const std::string& path)
{
    const json* v = member(obj, name);
    return v ? str(*v, path + "." + name) : std::string();
}

double num(const json& v, const std::string& path)
{
    if (!v.is_number()) fail(path + " must be a JSON number");
    return v.get<double>();
}

std::int64_t integer(const json& v, const std::string& path)
{
    if (!v.is_number_integer() && !v.is_number_unsigned()) fail(path + " must be a whole JSON number");
    return v.get<std::int64_t>();
}

std::int64_t dateTime(const json& v, const std::string& path)
{
    const std::string s = str(v, path);
    auto t = parseDateTime(s);
    if (!t) fail(path + " \"" + s + "\" is not an RFC 3339 date-time");
    return *t;
}

void requireId(const std::string& uri, std::initializer_list<Gs1Type> types, const std::string& path)
{
    std::string error;
    auto id = parseDigitalLink(uri, error);
    if (!id) fail(path + ": " + error);
    for (Gs1Type t : types)
        if (id->type == t) return;
    static constexpr std::array<const char*, 6> kNames{"LGTIN", "SGTIN", "SGLN", "PGLN", "GIAI", "SSCC"};
    std::string want;
    for (Gs1Type t : types) want += (want.empty() ? "" : " or ") + std::string(kNames[static_cast<int>(t)]);
    fail(path + ": \"" + uri + "\" is a " + kNames[static_cast<int>(id->type)] + ", expected " + want);
}

// CBV values: bare ("shipping"), Web URI (https://ref.gs1.org/cbv/BizStep-shipping)
// or legacy URN (urn:epcglobal:cbv:bizstep:shipping); all compare as the bare word.
std::string bareCbv(const std::string& v, std::string_view webPrefix, std::string_view urnPrefix)
{
    if (v.rfind(webPrefix, 0) == 0) return v.substr(webPrefix.size());
    if (v.rfind(urnPrefix, 0) == 0) return v.substr(urnPrefix.size());
    return v;
}

std::vector<std::string> epcArray(const json& obj, const char* name, const std::string& path)
{
    std::vector<std::string> out;
    const json* v = member(obj, name);
    if (!v) return out;
    if (!v->is_array()) fail(path + "." + name + " must be an array");
    for (std::size_t i = 0; i < v->size(); ++i) {
        const std::string p = path + "." + name + "[" + std::to_string(i) + "]";
        std::string epc = str((*v)[i], p);
        requireId(epc, {Gs1Type::Sgtin}, p);
        out.push_back(std::move(epc));
    }
    return out;
}

std::vector<Quantity> quantityArray(const json& obj, const char* name, const std::string& path)
{
    std::vector<Quantity> out;
    const json* v = member(obj, name);
    if (!v) return out;
    if (!v->is_array()) fail(path + "." + name + " must be an array");
    for (std::size_t i = 0; i < v->size(); ++i) {
        const std::string p = path + "." + name + "[" + std::to_string(i) + "]";
        const json& q = (*v)[i];
        if (!q.is_object()) fail(p + " must be an object");
        Quantity out1;
        const json* cls = member(q, "epcClass");
        if (!cls) fail(p + ".epcClass is missing");
        out1.epcClass = str(*cls, p + ".epcClass");
        requireId(out1.epcClass, {Gs1Type::Lgtin}, p + ".epcClass");
        const json* qty = member(q, "quantity");
        if (!qty) fail(p + ".quantity is missing (the data model always gives quantities)");
        out1.quantity = num(*qty, p + ".quantity");
        if (!(out1.quantity >= 0)) fail(p + ".quantity must not be negative");
        out1.uom = optStr(q, "uom", p);
        if (out1.uom.empty()) fail(p + ".uom is missing");
        out.push_back(std::move(out1));
    }
    return out;
}

std::map<std::string, double> elementMap(const json& v, const std::string& path)
{
    if (!v.is_object()) fail(path + " must be an object of element → number");
    std::map<std::string, double> out;
    for (auto it = v.begin(); it != v.end(); ++it) {
        const double x = num(*it, path + "." + it.key());
        if (!(x >= 0)) fail(path + "." + it.key() + " must not be negative");
        out[it.key()] = x;
    }
    return out;
}

std::string locationId(const json& obj, const char* name, const std::string& path,
                       std::initializer_list<Gs1Type> types)
{
    const json* v = member(obj, name);
    if (!v) return {};
    if (!v->is_object()) fail(path + "." + name + " must be an object with an id");
    const json* id = member(*v, "id");
    if (!id) fail(path + "." + name + ".id is missing");
    std::string s = str(*id, path + "." + name + ".id");
    requireId(s, types, path + "." + name + ".id");
    return s;
}

std::vector<PartyRef> partyList(const json& obj, const char* name, const char* idKey, const std::string& path)
{
    std::vector<PartyRef> out;
    const json* v = member(obj, name);
    if (!v) return out;
    if (!v->is_array()) fail(path + "." + name + " must be an array");
    for (std::size_t i = 0; i < v->size(); ++i) {
        const std::string p = path + "." + name + "[" + std::to_string(i) + "]";
        const json& e = (*v)[i];
        if (!e.is_object()) fail(p + " must be an object");
        PartyRef r;
        r.type = bareCbv(optStr(e, "type", p), "https://ref.gs1.org/cbv/SDT-", "urn:epcglobal:cbv:sdt:");
        const json* id = member(e, idKey);
        if (!id) fail(p + "." + idKey + " is missing");
        r.id = str(*id, p + "." + idKey);
        if (r.type == "owning_party" || r.type == "possessing_party") requireId(r.id, {Gs1Type::Pgln}, p + "." + idKey);
        if (r.type == "location") requireId(r.id, {Gs1Type::Sgln}, p + "." + idKey);
        out.push_back(std::move(r));
    }
    return out;
}

void readSensors(const Reader& rd, const json& obj, EpcisEvent& e)
{
    const json* list = member(obj, "sensorElementList");
    if (!list) return;
    if (!list->is_array()) fail("sensorElementList must be an array");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string p = "sensorElementList[" + std::to_string(i) + "]";
        const json& el = (*list)[i];
        if (!el.is_object()) fail(p + " must be an object");
        SensorElement se;
        if (const json* meta = member(el, "sensorMetadata")) {
            if (!meta->is_object()) fail(p + ".sensorMetadata must be an object");
            if (const json* t = member(*meta, "time")) se.time = dateTime(*t, p + ".sensorMetadata.time");
            se.deviceId = optStr(*meta, "deviceID", p + ".sensorMetadata");
        }
        const json* reports = member(el, "sensorReport");
        if (!reports || !reports->is_array() || reports->empty()) fail(p + ".sensorReport must be a non-empty array");
        for (std::size_t k = 0; k < reports->size(); ++k) {
            const std::string rp = p + ".sensorReport[" + std::to_string(k) + "]";
            const json& r = (*reports)[k];
            if (!r.is_object()) fail(rp + " must be an object");
            SensorReading sr;
            const json* type = member(r, "type");
            if (!type) fail(rp + ".type is missing");
            sr.type = rd.normaliseType(str(*type, rp + ".type"));
            if (const json* v = member(r, "value")) sr.value = num(*v, rp + ".value");
            else if (const json* m = member(r, "meanValue")) sr.value = num(*m, rp + ".meanValue");
            sr.uom = optStr(r, "uom", rp);
            if (const json* ex = member(r, "exception")) sr.alarm = str(*ex, rp + ".exception") == "ALARM_CONDITION";
            if (const json* t = member(r, "time")) sr.time = dateTime(*t, rp + ".time");
            se.reports.push_back(std::move(sr));
        }
        e.sensors.push_back(std::move(se));
    }
}

void readExtensions(const Reader& rd, const json& obj, EpcisEvent& e)
{
    if (const json* v = rd.ext(obj, "equipment")) {
        e.equipment = str(*v, "bt:equipment");
        requireId(e.equipment, {Gs1Type::Giai}, "bt:equipment");
    }
    if (const json* v = rd.ext(obj, "operator")) e.operatorId = str(*v, "bt:operator");
    if (const json* v = rd.ext(obj, "shipment")) {
        e.shipment = str(*v, "bt:shipment");
        requireId(e.shipment, {Gs1Type::Sscc}, "bt:shipment");
    }
    if (const json* v = rd.ext(obj, "carrier")) {
        e.carrier = str(*v, "bt:carrier");
        requireId(e.carrier, {Gs1Type::Pgln}, "bt:carrier");
    }
    if (const json* v = rd.ext(obj, "repurposedAs")) e.repurposedAs = str(*v, "bt:repurposedAs");
    if (const json* v = rd.ext(obj, "stateOfHealth")) e.stateOfHealth = num(*v, "bt:stateOfHealth");
    if (const json* v = rd.ext(obj, "limits")) {
        if (!v->is_object()) fail("bt:limits must be an object");
        for (auto it = v->begin(); it != v->end(); ++it) {
            const std::string p = "bt:limits." + it.key();
            if (!it->is_object()) fail(p + " must be an object");
            Limit l;
            if (const json* mn = member(*it, "min")) l.min = num(*mn, p + ".min");
            if (const json* mx = member(*it, "max")) l.max = num(*mx, p + ".max");
            l.uom = optStr(*it, "uom", p);
            if (!l.min && !l.max) fail(p + " has neither min nor max");
            e.limits[rd.normaliseType(it.key())] = l;
        }
    }
    if (const json* v = rd.ext(obj, "inspection")) {
        if (!v->is_object()) fail("bt:inspection must be an object");
        InspectionInfo in;
        in.test = optStr(*v, "test", "bt:inspection");
        if (const json* t = member(*v, "tested")) in.tested = integer(*t, "bt:inspection.tested");
        if (const json* f = member(*v, "failed")) in.failed = integer(*f, "bt:inspection.failed");
        if (in.tested && *in.tested < 0) fail("bt:inspection.tested must not be negative");
        if (in.failed && (*in.failed < 0 || (in.tested && *in.failed > *in.tested)))
            fail("bt:inspection.failed must be between 0 and tested");
        e.inspection = in;
    }
    if (const json* v = rd.ext(obj, "incident")) {
        if (!v->is_object()) fail("bt:incident must be an object");
        IncidentInfo in;
        in.type = optStr(*v, "type", "bt:incident");
        in.note = optStr(*v, "note", "bt:incident");
        static constexpr std::array<std::string_view, 4> kTypes{"damage", "accident", "loss", "delay"};
        if (std::find(kTypes.begin(), kTypes.end(), in.type) == kTypes.end())
            fail("bt:incident.type \"" + in.type + "\" is not one of damage, accident, loss, delay");
        e.incident = in;
    }
    if (const json* v = rd.ext(obj, "recovery")) {
        if (!v->is_object()) fail("bt:recovery must be an object");
        for (auto it = v->begin(); it != v->end(); ++it) {
            const std::string p = "bt:recovery." + it.key();
            if (!it->is_object()) fail(p + " must be an object");
            const json* in = member(*it, "input");
            const json* out = member(*it, "recovered");
            if (!in || !out) fail(p + " needs input and recovered");
            Recovery r{num(*in, p + ".input"), num(*out, p + ".recovered")};
            if (r.input < 0 || r.recovered < 0) fail(p + ": masses must not be negative");
            e.recovery[it.key()] = r;
        }
    }
    if (const json* v = rd.ext(obj, "dueDiligence")) {
        if (!v->is_object()) fail("bt:dueDiligence must be an object");
        e.dueDiligence = DueDiligenceInfo{optStr(*v, "scheme", "bt:dueDiligence"), optStr(*v, "outcome", "bt:dueDiligence")};
    }
}

void readIlmd(const Reader& rd, const json& obj, EpcisEvent& e)
{
    const json* ilmd = member(obj, "ilmd");
    if (!ilmd) return;
    if (!ilmd->is_object()) fail("ilmd must be an object");
    if (const json* v = rd.ext(*ilmd, "material")) e.material = str(*v, "ilmd.bt:material");
    if (const json* v = rd.ext(*ilmd, "elementContent")) {
        e.elementContent = elementMap(*v, "ilmd.bt:elementContent");
        for (const auto& [el, f] : e.elementContent)
            if (f > 1) fail("ilmd.bt:elementContent." + el + " is a mass fraction and must not exceed 1");
    }
    if (const json* v = rd.ext(*ilmd, "elementMassPerUnit"))
        e.elementMassPerUnit = elementMap(*v, "ilmd.bt:elementMassPerUnit");
}

// The required fields of each kind (data model §3), beyond type / action / bizStep.
void checkKindFields(EventKind kind, const EpcisEvent& e)
{
    const bool hasGoods = !e.epcList.empty() || !e.quantities.empty();
    switch (kind) {
    case EventKind::Commissioning:
        if (!hasGoods) fail("Commissioning needs quantityList or epcList (what was commissioned)");
        break;
    case EventKind::Transformation:
        if (e.inputQuantities.empty() && e.inputEpcs.empty()) fail("Transformation needs inputQuantityList");
        if (e.outputQuantities.empty() && e.outputEpcs.empty()) fail("Transformation needs outputQuantityList");
        break;
    case EventKind::ProcessMeasurement:
        if (!hasGoods) fail("ProcessMeasurement needs the lot measured (quantityList or epcList)");
        if (e.sensors.empty()) fail("ProcessMeasurement needs sensorElementList");
        if (e.readPoint.empty()) fail("ProcessMeasurement needs readPoint (the line)");
        for (const auto& s : e.sensors)
            for (const auto& r : s.reports)
                if (!r.value) fail("ProcessMeasurement: sensorReport of type " + r.type + " has no value");
        break;
    case EventKind::Inspection:
        if (!hasGoods) fail("Inspection needs quantityList or epcList");
        if (e.disposition != "conformant" && e.disposition != "non_conformant")
            fail("Inspection needs disposition conformant or non_conformant, got \"" + e.disposition + "\"");
        break;
    case EventKind::Aggregation:
        if (e.parentId.empty()) fail("Aggregation needs parentID");
        if (e.action == "ADD" && e.childEpcs.empty() && e.childQuantities.empty())
            fail("Aggregation ADD needs childEPCs or childQuantityList");
        break;
    case EventKind::Shipping:
    case EventKind::Receiving:
        if (!hasGoods) fail(std::string(registry::eventKindName(kind)) + " needs epcList or quantityList (the goods)");
        if (e.shipment.empty()) fail(std::string(registry::eventKindName(kind)) + " needs bt:shipment (the SSCC)");
        break;
    case EventKind::TransportSensor:
        if (e.shipment.empty()) fail("TransportSensor needs bt:shipment (the SSCC)");
        if (e.sensors.empty()) fail("TransportSensor needs sensorElementList");
        break;
    case EventKind::UsePhase:
        if (e.epcList.empty()) fail("UsePhase needs epcList (the pack)");
        if (e.sensors.empty()) fail("UsePhase needs sensorElementList");
        break;
    case EventKind::Repurposing:
        if (e.epcList.empty()) fail("Repurposing needs epcList (the pack)");
        break;
    case EventKind::Recycling:
        if (e.inputEpcs.empty() && e.inputQuantities.empty()) fail("Recycling needs inputEPCList (the packs)");
        if (e.outputQuantities.empty()) fail("Recycling needs outputQuantityList (the recovered lots)");
        break;
    case EventKind::DueDiligence:
        if (e.quantities.empty() && e.epcList.empty()) fail("DueDiligence needs quantityList (the lot reviewed)");
        if (!e.dueDiligence) fail("DueDiligence needs bt:dueDiligence {scheme, outcome}");
        break;
    }
}

std::string describeShape(const KindShape& s)
{
    std::string out(s.type);
    if (!s.actions.empty()) {
        out += " ";
        for (std::size_t i = 0; i < s.actions.size(); ++i) out += (i ? "/" : "") + std::string(s.actions[i]);
    }
    out += " ";
    for (std::size_t i = 0; i < s.bizSteps.size(); ++i) out += (i ? "/" : "") + std::string(s.bizSteps[i]);
    return out;
}

}  // namespace

std::vector<std::string> EpcisEvent::goods() const
{
    std::vector<std::string> out = epcList;
    for (const auto& q : quantities) out.push_back(q.epcClass);
    return out;
}

const KindShape& kindShape(EventKind kind)
{
    static const std::array<KindShape, registry::kEventKindCount> kShapes{{
        {"ObjectEvent", {"ADD"}, {"commissioning"}},                               // Commissioning
        {"TransformationEvent", {}, {"commissioning"}},                            // Transformation
        {"ObjectEvent", {"OBSERVE"}, {"sensor_reporting"}},                        // ProcessMeasurement
        {"ObjectEvent", {"OBSERVE"}, {"inspecting"}},                              // Inspection
        {"AssociationEvent", {"ADD", "DELETE"}, {"assembling", "installing", "removing"}},  // Aggregation
        {"ObjectEvent", {"OBSERVE"}, {"shipping"}},                                // Shipping
        {"ObjectEvent", {"OBSERVE"}, {"receiving"}},                               // Receiving
        {"ObjectEvent", {"OBSERVE"}, {"sensor_reporting"}},                        // TransportSensor
        {"ObjectEvent", {"OBSERVE"}, {"sensor_reporting"}},                        // UsePhase
        {"ObjectEvent", {"OBSERVE"}, {"repairing"}},                               // Repurposing
        {"TransformationEvent", {}, {"destroying"}},                               // Recycling
        {"ObjectEvent", {"OBSERVE"}, {"inspecting"}},                              // DueDiligence
    }};
    return kShapes[static_cast<std::size_t>(kind)];
}

EpcisError parseEpcisEvent(std::string_view text, EventKind kind, EpcisEvent& e)
{
    e = EpcisEvent{};
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) return {EpcisError::Kind::NotJson, "the document is not valid JSON"};
    if (!root.is_object()) return {EpcisError::Kind::DataModel, "the document is not a JSON object (one EPCIS event)"};
    try {
        const Reader rd(root);
        e.type = optStr(root, "type", "event");
        if (e.type == "EPCISDocument") fail("the document is an EPCISDocument; the chain carries one event object");
        e.action = optStr(root, "action", "event");
        e.bizStep = bareCbv(optStr(root, "bizStep", "event"), "https://ref.gs1.org/cbv/BizStep-",
                            "urn:epcglobal:cbv:bizstep:");
        e.disposition = bareCbv(optStr(root, "disposition", "event"), "https://ref.gs1.org/cbv/Disp-",
                                "urn:epcglobal:cbv:disp:");

        e.eventId = optStr(root, "eventID", "event");
        if (const json* t = member(root, "eventTime"); t && t->is_string())
            if (auto tt = parseDateTime(t->get_ref<const std::string&>())) e.eventTime = *tt;

        // The kind's promise first: a shipping document under the Receiving kind is a
        // kind mismatch, whatever else it holds.
        const KindShape& shape = kindShape(kind);
        const bool actionOk = shape.actions.empty()
                                  ? e.action.empty()
                                  : std::find(shape.actions.begin(), shape.actions.end(), e.action) != shape.actions.end();
        const bool stepOk = std::find(shape.bizSteps.begin(), shape.bizSteps.end(), e.bizStep) != shape.bizSteps.end();
        if (e.type != shape.type || !actionOk || !stepOk) {
            std::string got = e.type.empty() ? std::string("(no type)") : e.type;
            if (!e.action.empty()) got += " " + e.action;
            got += " " + (e.bizStep.empty() ? std::string("(no bizStep)") : e.bizStep);
            return {EpcisError::Kind::KindMismatch, "kind " + std::string(registry::eventKindName(kind)) + " expects " +
                                                        describeShape(shape) + ", the document is " + got};
        }

        const json* t = member(root, "eventTime");
        if (!t) fail("eventTime is missing");
        e.eventTime = dateTime(*t, "eventTime");
        if (!rd.btPrefixDeclared() && (rd.ext(root, "shipment") || member(root, "ilmd")))
            fail("@context does not declare the bt: namespace " + std::string(kBtNamespace));

        e.epcList = epcArray(root, "epcList", "event");
        e.childEpcs = epcArray(root, "childEPCs", "event");
        e.inputEpcs = epcArray(root, "inputEPCList", "event");
        e.outputEpcs = epcArray(root, "outputEPCList", "event");
        e.quantities = quantityArray(root, "quantityList", "event");
        e.childQuantities = quantityArray(root, "childQuantityList", "event");
        e.inputQuantities = quantityArray(root, "inputQuantityList", "event");
        e.outputQuantities = quantityArray(root, "outputQuantityList", "event");
        if (const json* p = member(root, "parentID")) {
            e.parentId = str(*p, "parentID");
            requireId(e.parentId, {Gs1Type::Sgtin}, "parentID");
        }
        e.readPoint = locationId(root, "readPoint", "event", {Gs1Type::Sgln, Gs1Type::Giai});
        e.bizLocation = locationId(root, "bizLocation", "event", {Gs1Type::Sgln});
        e.sources = partyList(root, "sourceList", "source", "event");
        e.destinations = partyList(root, "destinationList", "destination", "event");
        if (const json* c = member(root, "certificationInfo")) {
            if (c->is_string())
                e.certificationInfo.push_back(c->get<std::string>());
            else if (c->is_array())
                for (std::size_t i = 0; i < c->size(); ++i)
                    e.certificationInfo.push_back(str((*c)[i], "certificationInfo[" + std::to_string(i) + "]"));
            else
                fail("certificationInfo must be a URI or an array of URIs");
        }
        readSensors(rd, root, e);
        for (const auto& s : e.sensors)
            if (!s.deviceId.empty() && kind == EventKind::ProcessMeasurement)
                requireId(s.deviceId, {Gs1Type::Giai}, "sensorMetadata.deviceID");
        readIlmd(rd, root, e);
        readExtensions(rd, root, e);
        checkKindFields(kind, e);
    } catch (const Failure& f) {
        return {EpcisError::Kind::DataModel, f.message};
    } catch (const json::exception& x) {
        return {EpcisError::Kind::DataModel, std::string("unexpected JSON shape: ") + x.what()};
    }
    return {};
}

std::string normaliseParameterName(std::string_view name)
{
    if (name.substr(0, 3) == "bt:") name.remove_prefix(3);
    std::string out;
    for (char c : name)
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace bt::domain
