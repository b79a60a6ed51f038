// The demo scenario as planned (no chain): the same seed gives byte-identical
// documents in the same order and another seed does not; every document follows
// docs/data-model.md for its kind (checked here independently of core/domain);
// quantities balance through every split and merge; and the truth file's realised
// figures show the before/after contrast the scenario promises.
#include "codec/jcs.h"
#include "sim/anchor_schedule.h"
#include "sim/demo_scenario.h"
#include "sim/sim_time.h"

#include <QTest>

#include <map>
#include <optional>
#include <regex>
#include <set>

using namespace bt;
using namespace bt::sim;
using registry::EventKind;

namespace {

bool gs1CheckDigitOk(const std::string& d)
{
    if (d.size() < 2 || d.find_first_not_of("0123456789") != std::string::npos) return false;
    int sum = 0;
    for (std::size_t i = 0; i + 1 < d.size(); ++i) {
        const int v = d[d.size() - 2 - i] - '0';
        sum += i % 2 == 0 ? 3 * v : v;
    }
    return (10 - sum % 10) % 10 == d.back() - '0';
}

// "LGTIN", "SGTIN", "SGLN", "PGLN", "GIAI", "SSCC", or "" when `uri` is not a canonical
// Digital Link of the data model (§1) with valid check digits.
std::string digitalLinkType(const std::string& uri)
{
    static const std::regex lgtin(R"(^https://id\.gs1\.org/01/(\d{14})/10/([A-Z0-9-]{1,20})$)");
    static const std::regex sgtin(R"(^https://id\.gs1\.org/01/(\d{14})/21/([A-Z0-9-]{1,20})$)");
    static const std::regex sgln(R"(^https://id\.gs1\.org/414/(\d{13})(/254/[A-Z0-9-]{1,20})?$)");
    static const std::regex pgln(R"(^https://id\.gs1\.org/417/(\d{13})$)");
    static const std::regex giai(R"(^https://id\.gs1\.org/8004/([0-9]{7}[A-Z0-9-]{1,23})$)");
    static const std::regex sscc(R"(^https://id\.gs1\.org/00/(\d{18})$)");
    std::smatch m;
    if (std::regex_match(uri, m, lgtin)) return gs1CheckDigitOk(m[1]) ? "LGTIN" : "";
    if (std::regex_match(uri, m, sgtin)) return gs1CheckDigitOk(m[1]) ? "SGTIN" : "";
    if (std::regex_match(uri, m, sgln)) return gs1CheckDigitOk(m[1]) ? "SGLN" : "";
    if (std::regex_match(uri, m, pgln)) return gs1CheckDigitOk(m[1]) ? "PGLN" : "";
    if (std::regex_match(uri, m, sscc)) return gs1CheckDigitOk(m[1]) ? "SSCC" : "";
    if (std::regex_match(uri, m, giai)) return "GIAI";
    return "";
}

struct Shape {
    const char* type;
    std::set<std::string> actions;  // empty: no action
    std::set<std::string> bizSteps;
};

// docs/data-model.md §3, written out again here.
const Shape& shapeOf(EventKind k)
{
    static const std::map<EventKind, Shape> shapes = {
        {EventKind::Commissioning, {"ObjectEvent", {"ADD"}, {"commissioning"}}},
        {EventKind::Transformation, {"TransformationEvent", {}, {"commissioning"}}},
        {EventKind::ProcessMeasurement, {"ObjectEvent", {"OBSERVE"}, {"sensor_reporting"}}},
        {EventKind::Inspection, {"ObjectEvent", {"OBSERVE"}, {"inspecting"}}},
        {EventKind::Aggregation, {"AssociationEvent", {"ADD", "DELETE"}, {"assembling", "installing", "removing"}}},
        {EventKind::Shipping, {"ObjectEvent", {"OBSERVE"}, {"shipping"}}},
        {EventKind::Receiving, {"ObjectEvent", {"OBSERVE"}, {"receiving"}}},
        {EventKind::TransportSensor, {"ObjectEvent", {"OBSERVE"}, {"sensor_reporting"}}},
        {EventKind::UsePhase, {"ObjectEvent", {"OBSERVE"}, {"sensor_reporting"}}},
        {EventKind::Repurposing, {"ObjectEvent", {"OBSERVE"}, {"repairing"}}},
        {EventKind::Recycling, {"TransformationEvent", {}, {"destroying"}}},
        {EventKind::DueDiligence, {"ObjectEvent", {"OBSERVE"}, {"inspecting"}}},
    };
    return shapes.at(k);
}

// Collects what is wrong with one document; empty when it follows the data model.
class DocumentCheck {
public:
    DocumentCheck(const PlannedEvent& e, const Json& d) : m_e(e), m_d(d) {}

    std::vector<std::string> run()
    {
        head();
        const Shape& s = shapeOf(m_e.kind);
        expect(str("type") == s.type, "type " + str("type"));
        if (s.actions.empty())
            expect(!m_d.contains("action"), "a TransformationEvent has no action");
        else
            expect(s.actions.count(str("action")) == 1, "action " + str("action"));
        expect(s.bizSteps.count(str("bizStep")) == 1, "bizStep " + str("bizStep"));
        identifiers();
        kindFields();
        return m_problems;
    }

private:
    void expect(bool ok, const std::string& what)
    {
        if (!ok) m_problems.push_back(std::string(registry::eventKindName(m_e.kind)) + ": " + what);
    }
    std::string str(const char* key) const
    {
        return m_d.contains(key) && m_d[key].is_string() ? m_d[key].get<std::string>() : std::string();
    }
    bool has(const char* key) const { return m_d.contains(key); }
    void uri(const Json& v, const std::set<std::string>& types, const std::string& where)
    {
        const std::string t = v.is_string() ? digitalLinkType(v.get<std::string>()) : "";
        expect(types.count(t) == 1, where + " is not a " + *types.begin() + ": " + v.dump());
    }
    void quantities(const char* key, const std::set<std::string>& uoms)
    {
        if (!has(key)) return;
        expect(m_d[key].is_array() && !m_d[key].empty(), std::string(key) + " empty");
        for (const auto& q : m_d[key]) {
            uri(q["epcClass"], {"LGTIN"}, std::string(key) + ".epcClass");
            expect(q["quantity"].is_number() && q["quantity"].get<double>() > 0, std::string(key) + ".quantity");
            expect(uoms.count(q.value("uom", std::string())) == 1, std::string(key) + ".uom " + q.value("uom", std::string()));
            if (q.value("uom", std::string()) == "H87") expect(q["quantity"].is_number_integer(), "a count must be whole");
        }
    }
    void head()
    {
        static const std::regex time(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)");
        static const std::regex offset(R"(^[+-]\d\d:\d\d$)");
        static const std::regex uuid(R"(^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$)");
        const Json& ctx = m_d["@context"];
        expect(ctx.is_array() && ctx.size() == 2 && ctx[0] == "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld" &&
                   ctx[1].value("bt", std::string()) == "https://ns.batterytrace.example/epcis/",
               "@context");
        expect(std::regex_match(str("eventTime"), time), "eventTime " + str("eventTime"));
        expect(std::regex_match(str("eventTimeZoneOffset"), offset), "eventTimeZoneOffset");
        expect(std::regex_match(str("eventID"), uuid), "eventID " + str("eventID"));
        expect(str("eventID") == m_e.eventId, "eventID differs from the plan's");
        expect(formatUtc(m_e.time) == str("eventTime"), "eventTime differs from the plan's");
        for (auto it = m_d.begin(); it != m_d.end(); ++it) {
            const std::string& k = it.key();
            // Project fields are bt: extensions; nothing else outside EPCIS.
            static const std::set<std::string> epcis = {
                "@context", "type", "eventID", "eventTime", "eventTimeZoneOffset", "action", "bizStep", "disposition",
                "readPoint", "bizLocation", "epcList", "quantityList", "parentID", "childEPCs", "childQuantityList",
                "inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList", "sourceList", "destinationList",
                "sensorElementList", "ilmd", "certificationInfo", "bizTransactionList", "persistentDisposition"};
            expect(epcis.count(k) == 1 || k.rfind("bt:", 0) == 0, "unexpected field " + k);
        }
    }
    void identifiers()
    {
        for (const char* key : {"epcList", "childEPCs", "inputEPCList", "outputEPCList"})
            if (has(key))
                for (const auto& v : m_d[key]) uri(v, {"SGTIN"}, key);
        if (has("parentID")) uri(m_d["parentID"], {"SGTIN"}, "parentID");
        if (has("bizLocation")) uri(m_d["bizLocation"]["id"], {"SGLN"}, "bizLocation");
        if (has("readPoint")) uri(m_d["readPoint"]["id"], {"SGLN", "GIAI"}, "readPoint");
        if (has("bt:shipment")) uri(m_d["bt:shipment"], {"SSCC"}, "bt:shipment");
        if (has("bt:carrier")) uri(m_d["bt:carrier"], {"PGLN"}, "bt:carrier");
        if (has("bt:equipment")) uri(m_d["bt:equipment"], {"GIAI"}, "bt:equipment");
        for (const char* key : {"quantityList", "inputQuantityList", "outputQuantityList", "childQuantityList"})
            quantities(key, {"KGM", "H87"});
        for (const char* list : {"sourceList", "destinationList"}) {
            if (!has(list)) continue;
            const std::string field = std::string(list) == "sourceList" ? "source" : "destination";
            for (const auto& e : m_d[list]) {
                if (e["type"] == "owning_party") uri(e[field], {"PGLN"}, list);
                else if (e["type"] == "location") uri(e[field], {"SGLN"}, list);
                else expect(false, std::string(list) + " type " + e["type"].dump());
            }
        }
        if (has("sensorElementList"))
            for (const auto& el : m_d["sensorElementList"]) {
                expect(el["sensorReport"].is_array() && !el["sensorReport"].empty(), "empty sensorReport");
                if (el.contains("sensorMetadata") && el["sensorMetadata"].contains("deviceID"))
                    uri(el["sensorMetadata"]["deviceID"], {"GIAI"}, "deviceID");
                for (const auto& r : el["sensorReport"]) {
                    expect(r["type"].is_string(), "sensorReport.type");
                    expect(r.contains("value") ? r["value"].is_number() : r["meanValue"].is_number(), "sensorReport value");
                    expect(r["uom"].is_string(), "sensorReport.uom");
                }
            }
    }
    bool goods() const { return has("epcList") || has("quantityList"); }
    void kindFields()
    {
        switch (m_e.kind) {
        case EventKind::Commissioning:
            expect(has("quantityList") && has("bizLocation"), "ore lot and mine");
            expect(m_d["ilmd"].contains("bt:material") && m_d["ilmd"].contains("bt:elementContent"), "ilmd");
            break;
        case EventKind::Transformation:
            expect(has("inputQuantityList") && has("outputQuantityList") && has("bizLocation"), "inputs, outputs, plant");
            expect(m_d["ilmd"].contains("bt:material") &&
                       (m_d["ilmd"].contains("bt:elementContent") || m_d["ilmd"].contains("bt:elementMassPerUnit")),
                   "ilmd of the outputs");
            if (has("bt:equipment")) expect(has("readPoint") && has("bt:operator"), "line and operator");
            break;
        case EventKind::ProcessMeasurement:
            expect(goods() && has("readPoint") && has("bizLocation") && has("sensorElementList"), "lot, line, plant, readings");
            expect(str("bt:operator").rfind("OP-", 0) == 0, "bt:operator");
            for (const auto& el : m_d["sensorElementList"]) expect(el["sensorMetadata"].contains("deviceID"), "equipment");
            break;
        case EventKind::Inspection:
            expect(goods(), "goods");
            expect(str("disposition") == "conformant" || str("disposition") == "non_conformant", "disposition");
            if (has("bt:inspection")) {
                const auto& in = m_d["bt:inspection"];
                expect(in["tested"].is_number_integer() && in["failed"].is_number_integer() &&
                           in["failed"].get<int>() <= in["tested"].get<int>() && in["failed"].get<int>() >= 0,
                       "bt:inspection counts");
            }
            break;
        case EventKind::Aggregation:
            expect(has("parentID") && (has("childEPCs") || has("childQuantityList")), "parent and children");
            if (has("childQuantityList"))
                for (const auto& q : m_d["childQuantityList"]) expect(q["uom"] == "H87", "cells counted in H87");
            break;
        case EventKind::Shipping:
            expect(goods() && str("disposition") == "in_transit" && has("sourceList") && has("destinationList") &&
                       has("bt:shipment") && has("bt:carrier"),
                   "shipping fields");
            break;
        case EventKind::Receiving:
            expect(goods() && has("bt:shipment"), "receiving fields");
            expect(str("disposition") == "in_progress" || str("disposition") == "damaged", "disposition");
            if (has("bt:incident")) {
                static const std::set<std::string> types = {"damage", "accident", "loss", "delay"};
                expect(types.count(m_d["bt:incident"].value("type", std::string())) == 1, "bt:incident.type");
            }
            break;
        case EventKind::TransportSensor:
            expect(str("disposition") == "in_transit" && has("bt:shipment") && has("sensorElementList"), "sensor fields");
            expect(digitalLinkType(m_d["readPoint"]["id"].get<std::string>()) == "GIAI", "the truck");
            for (const auto& el : m_d["sensorElementList"]) expect(el["sensorMetadata"].contains("time"), "reading time");
            break;
        case EventKind::UsePhase: {
            expect(has("epcList") && m_d["epcList"].size() == 1, "one pack");
            std::set<std::string> types;
            for (const auto& r : m_d["sensorElementList"][0]["sensorReport"]) types.insert(r["type"].get<std::string>() + "/" + r["uom"].get<std::string>());
            expect(types.count("bt:stateOfHealth/P1") && types.count("bt:cycleCount/C62"), "state of health and cycles");
            break;
        }
        case EventKind::Repurposing:
            expect(has("epcList") && str("disposition") == "available" && str("bt:repurposedAs") == "stationary-storage" &&
                       m_d["bt:stateOfHealth"].is_number(),
                   "repurposing fields");
            break;
        case EventKind::Recycling:
            expect((has("inputEPCList") || has("inputQuantityList")) && has("outputQuantityList"), "inputs and outputs");
            for (auto it = m_d["bt:recovery"].begin(); it != m_d["bt:recovery"].end(); ++it)
                expect((*it)["recovered"].get<double>() <= (*it)["input"].get<double>(), "recovered <= input");
            break;
        case EventKind::DueDiligence:
            expect(has("quantityList") && m_d["bt:dueDiligence"].contains("scheme") && m_d["bt:dueDiligence"].contains("outcome"),
                   "lot and review");
            break;
        }
    }

    const PlannedEvent& m_e;
    const Json& m_d;
    std::vector<std::string> m_problems;
};

std::optional<double> opt(const Json& o, const char* k)
{
    if (!o.is_object() || !o.contains(k)) return std::nullopt;
    return o[k].get<double>();
}

}  // namespace

class TestDemoScenario : public QObject {
    Q_OBJECT
private:
    ParticipantRoster m_roster = ParticipantRoster::demo(7);
    ScenarioPlan m_year;  // twelve months, seed 7
    std::vector<Json> m_docs;

private slots:
    void initTestCase()
    {
        m_year = DemoScenario::build(m_roster, {7, 0, 12});
        QVERIFY(m_year.events.size() > 10'000);
        QVERIFY(m_year.events.size() < 30'000);
        for (const auto& e : m_year.events) m_docs.push_back(Json::parse(e.document));
    }

    void sameSeedSameDocuments()
    {
        const ParticipantRoster r = ParticipantRoster::demo(11);
        const ScenarioPlan a = DemoScenario::build(r, {11, 0, 2});
        const ScenarioPlan b = DemoScenario::build(r, {11, 0, 2});
        QCOMPARE(a.events.size(), b.events.size());
        for (std::size_t i = 0; i < a.events.size(); ++i) {
            QCOMPARE(a.events[i].document, b.events[i].document);
            QCOMPARE(a.events[i].recorder, b.events[i].recorder);
            QCOMPARE(a.events[i].kind, b.events[i].kind);
            QCOMPARE(a.events[i].isPrivate, b.events[i].isPrivate);
        }
        QCOMPARE(a.truth.dump(), b.truth.dump());
        const auto ma = AnchorSchedule::build(a, r.size(), 11), mb = AnchorSchedule::build(b, r.size(), 11);
        QCOMPARE(ma.size(), mb.size());
        for (std::size_t i = 0; i < ma.size(); ++i) {
            QCOMPARE(ma[i].time, mb[i].time);
            QCOMPARE(ma[i].events, mb[i].events);
        }

        const ScenarioPlan c = DemoScenario::build(ParticipantRoster::demo(12), {12, 0, 2});
        std::set<std::string> docsA, docsC;
        for (const auto& e : a.events) docsA.insert(e.document);
        for (const auto& e : c.events) docsC.insert(e.document);
        std::size_t common = 0;
        for (const auto& d : docsC) common += docsA.count(d);
        QCOMPARE(common, std::size_t(0));
    }

    void documentsFollowTheDataModel()
    {
        std::set<EventKind> kinds;
        std::vector<std::string> problems;
        for (std::size_t i = 0; i < m_year.events.size(); ++i) {
            kinds.insert(m_year.events[i].kind);
            for (auto& p : DocumentCheck(m_year.events[i], m_docs[i]).run())
                if (problems.size() < 20) problems.push_back(p + " in " + m_year.events[i].document.substr(0, 300));
            // Only due-diligence findings are private.
            if (m_year.events[i].isPrivate) QCOMPARE(m_year.events[i].kind, EventKind::DueDiligence);
            // Whatever the formatting, the hash scheme needs valid JSON.
            if (i % 97 == 0) QVERIFY(jcs::jcsSha256(m_year.events[i].document).ok());
        }
        for (const auto& p : problems) qWarning("%s", p.c_str());
        QVERIFY(problems.empty());
        QCOMPARE(kinds.size(), std::size_t(registry::kEventKindCount));
        for (std::size_t i = 1; i < m_year.events.size(); ++i) QVERIFY(m_year.events[i - 1].time <= m_year.events[i].time);
    }

    void quantitiesBalance()
    {
        struct Produced {
            double qty = 0;
            std::string uom;
            std::int64_t time = 0;
            std::map<std::string, double> perUnit;  // element per kg (KGM) or per piece (H87)
        };
        std::map<std::string, Produced> lots;
        std::map<std::string, double> consumed;
        std::map<std::string, std::vector<std::pair<std::string, double>>> moduleCells;
        std::map<std::string, std::vector<std::string>> packModules;
        std::map<std::string, std::pair<std::int64_t, std::string>> shipped;  // SSCC → (time, goods)
        auto elementIn = [&](const Json& list) {
            std::map<std::string, double> e;
            for (const auto& q : list) {
                const auto& l = lots.at(q["epcClass"].get<std::string>());
                for (const auto& [el, c] : l.perUnit) e[el] += c * q["quantity"].get<double>();
            }
            return e;
        };
        auto take = [&](const Json& list, std::int64_t t) {
            for (const auto& q : list) {
                const std::string lot = q["epcClass"].get<std::string>();
                QVERIFY2(lots.count(lot), ("consumed before it was produced: " + lot).c_str());
                QVERIFY(lots[lot].time <= t);
                QCOMPARE(q["uom"].get<std::string>(), lots[lot].uom);
                consumed[lot] += q["quantity"].get<double>();
            }
        };
        for (std::size_t i = 0; i < m_year.events.size(); ++i) {
            const PlannedEvent& e = m_year.events[i];
            const Json& d = m_docs[i];
            auto produce = [&](const Json& list) {
                for (const auto& q : list) {
                    Produced p;
                    p.qty = q["quantity"].get<double>();
                    p.uom = q["uom"].get<std::string>();
                    p.time = e.time;
                    const Json& ilmd = d.value("ilmd", Json::object());
                    const Json content = ilmd.value("bt:elementContent", ilmd.value("bt:elementMassPerUnit", Json::object()));
                    for (auto it = content.begin(); it != content.end(); ++it) p.perUnit[it.key()] = it->get<double>();
                    QVERIFY2(lots.emplace(q["epcClass"].get<std::string>(), p).second, "a lot produced twice");
                }
            };
            switch (e.kind) {
            case EventKind::Commissioning: produce(d["quantityList"]); break;
            case EventKind::Transformation: {
                take(d["inputQuantityList"], e.time);
                const auto in = elementIn(d["inputQuantityList"]);
                produce(d["outputQuantityList"]);
                const auto out = elementIn(d["outputQuantityList"]);
                // Element by element, nothing comes out that did not go in.
                for (const auto& [el, kg] : out) QVERIFY2(kg <= in.at(el) * (1 + 1e-9) + 1e-6, (el + " grew").c_str());
                break;
            }
            case EventKind::Aggregation:
                if (d["bizStep"] == "assembling" && d.contains("childQuantityList")) {
                    take(d["childQuantityList"], e.time);
                    double cells = 0;
                    for (const auto& q : d["childQuantityList"]) {
                        cells += q["quantity"].get<double>();
                        moduleCells[d["parentID"].get<std::string>()].emplace_back(q["epcClass"].get<std::string>(), q["quantity"].get<double>());
                    }
                    QCOMPARE(cells, 24.0);
                } else if (d["bizStep"] == "assembling") {
                    QCOMPARE(d["childEPCs"].size(), std::size_t(4));
                    for (const auto& m : d["childEPCs"]) {
                        QVERIFY(moduleCells.count(m.get<std::string>()));
                        packModules[d["parentID"].get<std::string>()].push_back(m.get<std::string>());
                    }
                }
                break;
            case EventKind::Recycling: {
                std::map<std::string, double> in;
                if (d.contains("inputQuantityList")) {
                    take(d["inputQuantityList"], e.time);
                    in = elementIn(d["inputQuantityList"]);
                }
                if (d.contains("inputEPCList"))
                    for (const auto& pack : d["inputEPCList"])
                        for (const auto& m : packModules.at(pack.get<std::string>()))
                            for (const auto& [lot, n] : moduleCells.at(m))
                                for (const auto& [el, c] : lots.at(lot).perUnit) in[el] += c * n;
                const Json& rec = d["bt:recovery"];
                for (const auto& [el, kg] : in) {
                    QVERIFY2(std::abs(rec[el]["input"].get<double>() - kg) < 0.01, (el + " input").c_str());
                    QVERIFY(rec[el]["recovered"].get<double>() <= rec[el]["input"].get<double>());
                }
                produce(d["outputQuantityList"]);
                const auto out = elementIn(d["outputQuantityList"]);
                for (const auto& [el, kg] : out) QVERIFY(kg <= rec[el]["recovered"].get<double>() + 1e-6);
                break;
            }
            case EventKind::Shipping: shipped[d["bt:shipment"].get<std::string>()] = {e.time, d.value("quantityList", Json()).dump() + d.value("epcList", Json()).dump()}; break;
            case EventKind::Receiving: {
                const auto it = shipped.find(d["bt:shipment"].get<std::string>());
                QVERIFY2(it != shipped.end(), "received, never shipped");
                QVERIFY(it->second.first < e.time);
                QCOMPARE(d.value("quantityList", Json()).dump() + d.value("epcList", Json()).dump(), it->second.second);
                break;
            }
            default: break;
            }
        }
        for (const auto& [lot, qty] : consumed) QVERIFY2(qty <= lots.at(lot).qty + 1e-6, ("over-consumed " + lot).c_str());
    }

    void truthShowsTheContrast()
    {
        const Json& t = m_year.truth;
        const Json& r = t["realised"];
        const double defectBefore = r["defectRate"]["before"]["rate"].get<double>();
        const double defectAfter = r["defectRate"]["after"]["rate"].get<double>();
        QVERIFY2(defectBefore > 0.04 && defectBefore < 0.065, std::to_string(defectBefore).c_str());
        QVERIFY2(defectAfter > 0.012 && defectAfter < 0.028, std::to_string(defectAfter).c_str());
        const double incBefore = r["incidentRate"]["before"]["per100"].get<double>();
        const double incAfter = r["incidentRate"]["after"]["per100"].get<double>();
        QVERIFY2(incAfter / incBefore > 0.55 && incAfter / incBefore < 0.85, (std::to_string(incBefore) + " " + std::to_string(incAfter)).c_str());
        // Over 95 % in both periods (the paper's Table 1), although the recycler below the
        // EU targets (Recupera) takes some of the packs after the change.
        const double recBefore = r["recyclingRate"]["before"]["rate"].get<double>();
        const double recAfter = r["recyclingRate"]["after"]["rate"].get<double>();
        QVERIFY2(recBefore > 0.95 && recAfter > 0.95, (std::to_string(recBefore) + " " + std::to_string(recAfter)).c_str());
        const Json& recupera = r["recyclingRate"]["byRecycler"]["Recupera Metales S.L."]["byElement"];
        QVERIFY(recupera["Co"]["rate"].get<double>() < 0.90 && recupera["Li"]["rate"].get<double>() < 0.50);
        const Json& dd = r["dueDiligenceDays"]["byReceipt"];
        QVERIFY(dd["before"]["mean"].get<double>() >= 14 && dd["after"]["mean"].get<double>() <= 4);

        const Json& inj = t["injections"];
        const Json& drift = inj["coatingDrift"];
        QVERIFY(drift["affectedCellLots"].size() >= 10);
        QVERIFY(!drift["heldBackLots"].empty() && drift["heldBackLots"].size() < drift["affectedCellLots"].size());
        QVERIFY(!drift["packs"].empty() && !drift["vehicles"].empty());
        std::int64_t start = 0;
        for (const auto& lot : t["cellLots"]) {
            if (!lot["drift"].get<bool>()) continue;
            QCOMPARE(lot["line"].get<std::string>(), std::string("L2"));
            QCOMPARE(lot["coater"].get<std::string>(), drift["equipment"].get<std::string>());
            QVERIFY(lot["coated"].get<std::string>() >= drift["windowStart"].get<std::string>());
            QVERIFY(lot["coated"].get<std::string>() < drift["windowEnd"].get<std::string>() || lot["coated"].get<std::string>().substr(0, 10) == drift["windowEnd"].get<std::string>().substr(0, 10));
            ++start;
        }
        QCOMPARE(static_cast<std::size_t>(start), drift["affectedCellLots"].size());
        // Drifted lots fail far more often than the others.
        double driftFail = 0, driftTested = 0, otherFail = 0, otherTested = 0;
        for (const auto& lot : t["cellLots"]) {
            (lot["drift"].get<bool>() ? driftFail : otherFail) += lot["failed"].get<double>();
            (lot["drift"].get<bool>() ? driftTested : otherTested) += lot["tested"].get<double>();
        }
        QVERIFY(driftFail / driftTested > 3 * otherFail / otherTested);

        QVERIFY(inj["temperatureExcursions"].size() >= 5);
        for (const auto& x : inj["temperatureExcursions"]) QVERIFY(x["alarmReadings"].get<int>() > 0);
        const Json& art = inj["uncertifiedArtisanalLot"];
        QCOMPARE(art["artisanalBlends"].size(), std::size_t(1));
        QVERIFY(art["artisanalBlends"][0]["artisanalShareOfCobalt"].get<double>() > 0.01);
        QVERIFY(art["artisanalBlends"][0]["inputs"].size() >= 2);  // blended, not alone
        QVERIFY(!art["packsContainingMaterial"].empty());
        QCOMPARE(art["artisanalLots"].size(), std::size_t(2));
        QCOMPARE(art["artisanalLots"][1]["quarantined"].get<bool>(), true);
        QVERIFY(!inj["expiredCertification"]["oreLotsCommissionedWithoutValidCertificate"].empty());
        QVERIFY(inj["logisticsIncidents"].size() >= 15);
        QVERIFY(opt(t["massBalanceExamples"][0]["mineShares"]["Co"], "Kivu Basin Cobalt SARL").value_or(0) > 0.5);
        QVERIFY(r["events"]["private"].get<int>() >= 2);

        const auto moments = AnchorSchedule::build(m_year, m_roster.size(), 7);
        const Json lat = AnchorSchedule::latency(m_year, moments);
        QVERIFY(lat["before"]["medianHours"].get<double>() > 24);
        QVERIFY(lat["after"]["medianHours"].get<double>() < 0.5);
    }
};

QTEST_APPLESS_MAIN(TestDemoScenario)
#include "test_demo_scenario.moc"
