// EPCIS event documents against the data model (docs/data-model.md §2-3), and the
// registry-semantics verdicts built on them (semantic_checker.h), without a chain:
// every kind's document parses; each kind of departure fails with a message naming it.
#include "domain/epcis_event.h"
#include "domain/semantic_checker.h"

#include "codec/jcs.h"
#include "epcis_builder.h"

#include <QTest>

using namespace bt;
using namespace bt::domain;
using namespace bt::registry;
namespace ep = bt::test::epcis;

namespace {

const std::string kGtin = ep::gtin("0406300100001");
const std::string kLot = ep::lgtin(kGtin, "CO-ORE-2026-0007");
const std::string kSite = ep::sgln(ep::gln("406300100000"));
const std::int64_t kT = 1'772'611'200;  // 2026-03-04T08:00:00Z

std::string text(const nlohmann::json& j) { return j.dump(); }

EpcisError parse(const nlohmann::json& j, EventKind kind, EpcisEvent& out) { return parseEpcisEvent(text(j), kind, out); }

Address addr(std::uint8_t b)
{
    Address a;
    a.bytes.fill(b);
    return a;
}

TraceEventRecorded anchored(EventKind kind, const std::string& document, const std::string& scheme = "jcs-sha256")
{
    TraceEventRecorded ev;
    ev.eventId = 1;
    ev.recorder = addr(1);
    ev.kind = kind;
    ev.hashScheme = *hashSchemeId(scheme);
    ev.eventHash = *jcs::jcsSha256(document);
    ev.document = document;
    return ev;
}

RegistryState defaultState()
{
    RegistryState s;
    s.apply(AdminTransferred{Address{}, addr(9)}, 1);
    // The documented default matrix, for the kinds used here.
    s.apply(KindPermissionChanged{EventKind::Commissioning, 0x00b2}, 2);
    s.apply(KindPermissionChanged{EventKind::UsePhase, 0x0180}, 3);
    s.apply(ParticipantRegistered{addr(1), Role::Miner, "Mine A", "AU", "4063001000005"}, 10);
    s.apply(ParticipantRegistered{addr(2), Role::Carrier, "Carrier", "DE", "4063001000012"}, 11);
    return s;
}

}  // namespace

class TestEpcisEvent : public QObject {
    Q_OBJECT
private slots:
    void everyKindParses();
    void commissioningFields();
    void kindMismatch();
    void dataModelFailures_data();
    void dataModelFailures();
    void cbvFormsAndPrefixes();
    void parameterNames();
    void semanticsVerified();
    void semanticsSignerFailures();
    void semanticsDocumentFailures();
    void semanticsPrivate();
};

void TestEpcisEvent::everyKindParses()
{
    const std::string pack = ep::sgtin(ep::gtin("0406309000001"), "PK-000123");
    const std::string vin = ep::sgtin(ep::gtin("0406320000001"), "WBTEV0000000A0042");
    const std::string sscc = ep::sscc("34063001000000001");
    const std::string party = ep::pgln(ep::gln("406300100000"));
    const ep::Qty ore{kLot, 1000, "KGM"};
    const std::vector<std::pair<EventKind, nlohmann::json>> docs = {
        {EventKind::Commissioning, ep::commissioning(kT, "1", ore, kSite, "cobalt ore", {{"Co", 0.0213}})},
        {EventKind::Transformation, ep::transformation(kT, "2", {ore}, {{ep::lgtin(kGtin, "REF-1"), 100}}, kSite,
                                                       "cobalt sulfate", {{"Co", 0.2}})},
        {EventKind::ProcessMeasurement, ep::processMeasurement(kT, "3", ore, kSite, ep::sgln(ep::gln("406300100000"), "L2"),
                                                               ep::giai("4063050COATER-A2"), "OP-A-117",
                                                               "bt:coatingThickness", 101.5, "4H")},
        {EventKind::Inspection, ep::inspection(kT, "4", {kLot, 1000, "H87"}, false, 100, 12)},
        {EventKind::Aggregation, ep::assembling(kT, "5", pack, {{kLot, 96, "H87"}}, {})},
        {EventKind::Aggregation, ep::installing(kT, "6", vin, pack)},
        {EventKind::Aggregation, ep::removing(kT, "7", vin, pack)},
        {EventKind::Shipping, ep::shipping(kT, "8", {ore}, sscc, party, party, party)},
        {EventKind::Receiving, ep::receiving(kT, "9", {ore}, sscc, "delay")},
        {EventKind::TransportSensor, ep::transportSensor(kT, "10", sscc, ep::giai("4063050TRUCK-7"), {{kT, 20, 40}, {kT + 60, 38, 40}})},
        {EventKind::UsePhase, ep::usePhase(kT, "11", pack, 97.5, 120)},
        {EventKind::Repurposing, ep::repurposing(kT, "12", pack, 81)},
        {EventKind::Recycling, ep::recycling(kT, "13", pack, {ep::lgtin(kGtin, "REC-1"), 2.5}, {{"Co", {2.0, 1.9}}})},
        {EventKind::DueDiligence, ep::dueDiligence(kT, "14", ore, "approved")},
    };
    for (const auto& [kind, doc] : docs) {
        EpcisEvent e;
        const EpcisError err = parse(doc, kind, e);
        QVERIFY2(err.ok(), (std::string(eventKindName(kind)) + ": " + err.message).c_str());
        QCOMPARE(e.eventTime, kT);
    }
}

void TestEpcisEvent::commissioningFields()
{
    EpcisEvent e;
    nlohmann::json doc = ep::commissioning(kT, "1", {kLot, 1000.5, "KGM"}, kSite, "cobalt ore", {{"Co", 0.0213}});
    doc["certificationInfo"] = "https://rmi.example/certificate/RMAP-1";
    QVERIFY(parse(doc, EventKind::Commissioning, e).ok());
    QCOMPARE(e.quantities.size(), std::size_t(1));
    QCOMPARE(e.quantities[0].quantity, 1000.5);
    QCOMPARE(e.quantities[0].uom, std::string("KGM"));
    QCOMPARE(e.bizLocation, kSite);
    QCOMPARE(e.material, std::string("cobalt ore"));
    QCOMPARE(e.elementContent.at("Co"), 0.0213);
    QCOMPARE(e.certificationInfo.size(), std::size_t(1));
    QCOMPARE(e.eventId, std::string("urn:uuid:1"));
}

void TestEpcisEvent::kindMismatch()
{
    // A shipping document anchored as Receiving: the kind's promise is broken.
    const std::string sscc = ep::sscc("34063001000000001");
    const std::string party = ep::pgln(ep::gln("406300100000"));
    EpcisEvent e;
    const EpcisError err = parse(ep::shipping(kT, "1", {{kLot, 1}}, sscc, party, party, party), EventKind::Receiving, e);
    QCOMPARE(err.kind, EpcisError::Kind::KindMismatch);
    QVERIFY2(err.message.find("kind Receiving expects ObjectEvent OBSERVE receiving, the document is ObjectEvent OBSERVE "
                              "shipping") != std::string::npos,
             err.message.c_str());
    // A TransformationEvent carries no action: one that does is not what the kind promises.
    nlohmann::json t = ep::transformation(kT, "2", {{kLot, 1}}, {{kLot, 1}}, kSite, "x", {});
    t["action"] = "ADD";
    QCOMPARE(parse(t, EventKind::Transformation, e).kind, EpcisError::Kind::KindMismatch);
}

void TestEpcisEvent::dataModelFailures_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    auto add = [](const char* name, const nlohmann::json& doc, EventKind kind, const char* expected) {
        QTest::newRow(name) << QByteArray::fromStdString(doc.dump()) << int(kind) << QString::fromLatin1(expected);
    };
    nlohmann::json base = ep::commissioning(kT, "1", {kLot, 1000, "KGM"}, kSite, "cobalt ore", {{"Co", 0.02}});
    nlohmann::json j = base;
    j["quantityList"][0]["quantity"] = "1000";
    add("quantity as string", j, EventKind::Commissioning, "quantityList[0].quantity must be a JSON number");
    j = base;
    j["quantityList"][0]["epcClass"] = ep::lgtin(kGtin.substr(0, 13) + char('0' + (kGtin[13] - '0' + 1) % 10), "X");
    add("wrong check digit", j, EventKind::Commissioning, "wrong GTIN check digit");
    j = base;
    j["quantityList"][0]["epcClass"] = "urn:epc:class:lgtin:4012345.012345.998877";
    add("not digital link", j, EventKind::Commissioning, "is not a GS1 Digital Link URI");
    j = base;
    j["quantityList"][0]["epcClass"] = kLot + "?x=1";
    add("query string", j, EventKind::Commissioning, "query string");
    j = base;
    j["eventTime"] = "2026-03-04 10:15";
    add("bad eventTime", j, EventKind::Commissioning, "eventTime \"2026-03-04 10:15\" is not an RFC 3339 date-time");
    j = base;
    j.erase("quantityList");
    add("no goods", j, EventKind::Commissioning, "Commissioning needs quantityList or epcList");
    j = base;
    j["ilmd"]["bt:elementContent"]["Co"] = 2.0;
    add("fraction above 1", j, EventKind::Commissioning, "must not exceed 1");
    j = ep::receiving(kT, "1", {{kLot, 1}}, ep::sscc("34063001000000001"));
    j.erase("bt:shipment");
    add("receiving without sscc", j, EventKind::Receiving, "Receiving needs bt:shipment");
    j = ep::inspection(kT, "1", {kLot, 10, "H87"}, true, 10, 11);
    add("failed above tested", j, EventKind::Inspection, "bt:inspection.failed must be between 0 and tested");
    j = ep::inspection(kT, "1", {kLot, 10, "H87"}, true, 10, 1);
    j["disposition"] = "damaged";
    add("inspection disposition", j, EventKind::Inspection, "Inspection needs disposition conformant or non_conformant");
    j = ep::receiving(kT, "1", {{kLot, 1}}, ep::sscc("34063001000000001"));
    j["bt:incident"] = {{"type", "theft"}};
    add("incident type", j, EventKind::Receiving, "bt:incident.type \"theft\" is not one of");
    j = {{"type", "EPCISDocument"}};
    add("an EPCISDocument", j, EventKind::Commissioning, "the document is an EPCISDocument");
    j = ep::dueDiligence(kT, "1", {kLot, 1}, "approved");
    j.erase("bt:dueDiligence");
    add("due diligence without outcome", j, EventKind::DueDiligence, "DueDiligence needs bt:dueDiligence");
}

void TestEpcisEvent::dataModelFailures()
{
    QFETCH(QByteArray, document);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    EpcisEvent e;
    const EpcisError err = parseEpcisEvent(document.toStdString(), static_cast<EventKind>(kind), e);
    QVERIFY(!err.ok());
    QVERIFY2(QString::fromStdString(err.message).contains(expected), err.message.c_str());

    EpcisEvent e2;
    QCOMPARE(parseEpcisEvent("{\"type\": \"ObjectEvent\",", EventKind::Shipping, e2).kind, EpcisError::Kind::NotJson);
    QCOMPARE(parseEpcisEvent("[1, 2]", EventKind::Shipping, e2).kind, EpcisError::Kind::DataModel);
}

void TestEpcisEvent::cbvFormsAndPrefixes()
{
    // bizStep as a Web URI or a legacy URN; bt: declared under another prefix; a type
    // given as the full IRI.
    nlohmann::json j = ep::processMeasurement(kT, "3", {kLot, 1}, kSite, ep::sgln(ep::gln("406300100000"), "L2"),
                                              ep::giai("4063050COATER-A2"), "OP-1", "bt:coatingThickness", 100, "4H");
    j["bizStep"] = "https://ref.gs1.org/cbv/BizStep-sensor_reporting";
    j["@context"][1] = {{"battery", "https://ns.batterytrace.example/epcis/"}};
    j.erase("bt:operator");
    j["battery:operator"] = "OP-9";
    j["sensorElementList"][0]["sensorReport"][0]["type"] = "https://ns.batterytrace.example/epcis/coatingThickness";
    EpcisEvent e;
    const EpcisError err = parse(j, EventKind::ProcessMeasurement, e);
    QVERIFY2(err.ok(), err.message.c_str());
    QCOMPARE(e.operatorId, std::string("OP-9"));
    QCOMPARE(e.sensors.at(0).reports.at(0).type, std::string("bt:coatingThickness"));
    j["bizStep"] = "urn:epcglobal:cbv:bizstep:sensor_reporting";
    QVERIFY(parse(j, EventKind::ProcessMeasurement, e).ok());
}

void TestEpcisEvent::parameterNames()
{
    for (const char* name : {"bt:coatingThickness", "coatingThickness", "coating thickness", "Coating_Thickness"})
        QCOMPARE(normaliseParameterName(name), std::string("coatingthickness"));
}

void TestEpcisEvent::semanticsVerified()
{
    const RegistryState s = defaultState();
    const std::string doc = text(ep::commissioning(kT, "1", {kLot, 1000, "KGM"}, kSite, "cobalt ore", {{"Co", 0.02}}));
    SemanticChecker c;
    const SemanticOutcome o = c.check(s, anchored(EventKind::Commissioning, doc), addr(1), doc);
    QCOMPARE(o.status, EventStatus::Verified);
    QVERIFY2(o.reason.empty(), o.reason.c_str());
    QCOMPARE(*o.signerRole, Role::Miner);
    QVERIFY(o.event.has_value());
    QCOMPARE(o.scheme, std::string("jcs-sha256"));
    // Any formatting of the same JSON hashes alike: the explorer canonicalises.
    const std::string spaced = nlohmann::json::parse(doc).dump(4);
    QCOMPARE(c.check(s, anchored(EventKind::Commissioning, doc), addr(1), spaced).status, EventStatus::Verified);
}

void TestEpcisEvent::semanticsSignerFailures()
{
    RegistryState s = defaultState();
    const std::string doc = text(ep::commissioning(kT, "1", {kLot, 1000, "KGM"}, kSite, "cobalt ore", {{"Co", 0.02}}));
    SemanticChecker c;
    // Through a relay: the registry saw the miner (recorder), the transaction was signed by
    // someone unregistered.
    SemanticOutcome o = c.check(s, anchored(EventKind::Commissioning, doc), addr(7), doc);
    QCOMPARE(o.status, EventStatus::Failed);
    QVERIFY2(o.reason.find("is not a registered participant; it recorded through") != std::string::npos, o.reason.c_str());
    // The carrier may not commission.
    o = c.check(s, anchored(EventKind::Commissioning, doc), addr(2), doc);
    QVERIFY2(o.reason.find("role Carrier, may not record Commissioning (role mask 0x00b2)") != std::string::npos, o.reason.c_str());
    // No recoverable signer.
    o = c.check(s, anchored(EventKind::Commissioning, doc), std::nullopt, doc);
    QVERIFY2(o.reason.find("signer could not be recovered") != std::string::npos, o.reason.c_str());
    // Revoked, then the logs disagree with what the registry accepted.
    s.apply(ParticipantRevoked{addr(1)}, 20);
    o = c.check(s, anchored(EventKind::Commissioning, doc), addr(1), doc);
    QVERIFY2(o.reason.find("(Mine A) was revoked") != std::string::npos, o.reason.c_str());
    // Registered again with another role: the new role counts.
    s.apply(ParticipantRegistered{addr(1), Role::Oem, "Mine A", "AU", "4063001000005"}, 21);
    QCOMPARE(c.check(s, anchored(EventKind::Commissioning, doc), addr(1), doc).status, EventStatus::Verified);
    // The admin takes Commissioning away from OEMs.
    s.apply(KindPermissionChanged{EventKind::Commissioning, 0x0032}, 22);
    o = c.check(s, anchored(EventKind::Commissioning, doc), addr(1), doc);
    QVERIFY2(o.reason.find("role Oem, may not record Commissioning (role mask 0x0032)") != std::string::npos, o.reason.c_str());
}

void TestEpcisEvent::semanticsDocumentFailures()
{
    const RegistryState s = defaultState();
    const std::string doc = text(ep::commissioning(kT, "1", {kLot, 1000, "KGM"}, kSite, "cobalt ore", {{"Co", 0.02}}));
    SemanticChecker c;
    // The anchored hash is of another document.
    TraceEventRecorded ev = anchored(EventKind::Commissioning, doc);
    const std::string other = text(ep::commissioning(kT, "1", {kLot, 1001, "KGM"}, kSite, "cobalt ore", {{"Co", 0.02}}));
    SemanticOutcome o = c.check(s, ev, addr(1), other);
    QCOMPARE(o.status, EventStatus::Failed);
    QVERIFY2(o.reason.find("hash mismatch: the document hashes to") != std::string::npos, o.reason.c_str());
    // A scheme the explorer does not know: flagged, not passed.
    o = c.check(s, anchored(EventKind::Commissioning, doc, "sha3-urdna2015"), addr(1), doc);
    QCOMPARE(o.status, EventStatus::Failed);
    QVERIFY2(o.reason.find("scheme not supported: sha3-urdna2015") != std::string::npos, o.reason.c_str());
    QVERIFY(o.event.has_value());  // still read, for display
    // Not canonicalisable (duplicate member).
    const std::string dup = R"({"type": "ObjectEvent", "type": "ObjectEvent"})";
    o = c.check(s, anchored(EventKind::Commissioning, doc), addr(1), dup);
    QVERIFY2(o.reason.find("cannot be canonicalised") != std::string::npos, o.reason.c_str());
    // The kind's shape.
    const std::string use = text(ep::usePhase(kT, "2", ep::sgtin(ep::gtin("0406309000001"), "PK-1"), 90, 10));
    o = c.check(s, anchored(EventKind::Commissioning, use), addr(1), use);
    QVERIFY2(o.reason.find("kind Commissioning expects ObjectEvent ADD commissioning") != std::string::npos, o.reason.c_str());
    QVERIFY(!o.event.has_value());
    QCOMPARE(o.bizStep, std::string("sensor_reporting"));
}

void TestEpcisEvent::semanticsPrivate()
{
    const RegistryState s = defaultState();
    const std::string doc = text(ep::commissioning(kT, "1", {kLot, 1000, "KGM"}, kSite, "cobalt ore", {{"Co", 0.02}}));
    TraceEventRecorded ev = anchored(EventKind::Commissioning, doc);
    ev.document.clear();
    SemanticChecker c;
    SemanticOutcome o = c.check(s, ev, addr(1), {});
    QCOMPARE(o.status, EventStatus::NotDisclosed);
    QVERIFY(o.reason.empty());
    // Disclosed later: checked like an on-chain document.
    QCOMPARE(c.check(s, ev, addr(1), doc).status, EventStatus::Verified);
    // An unauthorised signer stays failed, and says the document is missing too.
    o = c.check(s, ev, addr(7), {});
    QCOMPARE(o.status, EventStatus::Failed);
    QVERIFY2(o.reason.find(std::string(SemanticChecker::kNotDisclosed)) != std::string::npos, o.reason.c_str());
}

QTEST_APPLESS_MAIN(TestEpcisEvent)
#include "test_epcis_event.moc"
