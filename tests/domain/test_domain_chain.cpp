// The domain index on a real chain: the registry deployed on anvil, a small battery
// supply chain recorded by participants with keys of their own (mines, a refinery, a
// cathode plant, a cell plant, pack assembly, a carrier, an OEM, second life, a
// recycler, an auditor), plus events that pass the contract but fail registry
// semantics in each way that can reach a chain; then synced with the SyncEngine, and
// every query checked against figures worked out by hand in the comments.
#include "anvil_node.h"
#include "epcis_builder.h"
#include "registry_chain.h"

#include "codec/jcs.h"
#include "domain/compliance_query.h"
#include "domain/disclosure.h"
#include "domain/domain_indexer.h"
#include "domain/domain_store.h"
#include "domain/investigate_query.h"
#include "domain/kpi_query.h"
#include "domain/lineage_query.h"
#include "domain/shipment_query.h"
#include "domain/sql_query.h"
#include "verify/index_verifier.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bt;
using namespace bt::domain;
using namespace bt::registry;
namespace ep = bt::test::epcis;

namespace {

std::string gln(int n) { return ep::gln("4063001000" + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')).toStdString()); }
std::string gtin(int n) { return ep::gtin("04063" + QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0')).toStdString()); }

// Identifiers of the scenario.
const std::string kOreGtin = gtin(1001), kRefGtin = gtin(2001), kCatGtin = gtin(3001), kRollGtin = gtin(4001),
                  kCellGtin = gtin(5001), kModGtin = gtin(9101), kPackGtin = gtin(9001), kVinGtin = gtin(20001),
                  kRecGtin = gtin(6001);
const std::string kOreA = ep::lgtin(kOreGtin, "ORE-A1"), kOreB = ep::lgtin(kOreGtin, "ORE-B1");
const std::string kRef1 = ep::lgtin(kRefGtin, "REF-1"), kRef2 = ep::lgtin(kRefGtin, "REF-2");
const std::string kCat = ep::lgtin(kCatGtin, "CAT-1");
const std::string kRoll1 = ep::lgtin(kRollGtin, "ROLL-1"), kRoll2 = ep::lgtin(kRollGtin, "ROLL-2");
const std::string kCell1 = ep::lgtin(kCellGtin, "CL-1"), kCell2 = ep::lgtin(kCellGtin, "CL-2");
const std::string kMod1 = ep::sgtin(kModGtin, "MD-1"), kMod2 = ep::sgtin(kModGtin, "MD-2");
const std::string kPack1 = ep::sgtin(kPackGtin, "PK-1"), kPack2 = ep::sgtin(kPackGtin, "PK-2");
const std::string kVin1 = ep::sgtin(kVinGtin, "WBTEV0000000A0001"), kVin2 = ep::sgtin(kVinGtin, "WBTEV0000000A0002");
const std::string kRec = ep::lgtin(kRecGtin, "REC-CO-1");
const std::string kSscc1 = ep::sscc("34063001000000001"), kSscc2 = ep::sscc("34063001000000002");

QString q(const std::string& s) { return QString::fromStdString(s); }

struct Counts {
    qint64 verified = 0, failed = 0, undisclosed = 0;
};

}  // namespace

class TestDomainChain : public QObject {
    Q_OBJECT
private:
    test::AnvilNode m_node;
    std::unique_ptr<test::RegistryChain> m_chain;
    QTemporaryDir m_dir;
    QString m_db;
    std::map<std::string, test::Party> m_p;
    Address m_relay;
    std::int64_t m_t0 = 0;  // event times are m_t0 + hours
    std::string m_privateDoc;
    std::uint64_t m_midBlock = 0;
    std::uint64_t m_head = 0;

    std::int64_t at(double hours) const { return m_t0 + static_cast<std::int64_t>(hours * 3600); }
    bool rec(const std::string& who, EventKind kind, const nlohmann::json& doc, const test::RecordOptions& o = {})
    {
        if (!m_chain->record(m_p.at(who), kind, doc.dump(), o)) {
            qWarning("%s: %s", eventKindName(kind).data(), qPrintable(m_chain->error()));
            return false;
        }
        return true;
    }
    Counts counts(IndexDb& db)
    {
        Counts c;
        SqlQuery s(db.handle(), "SELECT status, count(*) FROM trace_events GROUP BY status");
        while (s.next()) {
            if (s.integer(0) == 0) c.verified = s.int64(1);
            if (s.integer(0) == 1) c.failed = s.int64(1);
            if (s.integer(0) == 2) c.undisclosed = s.int64(1);
        }
        return c;
    }
    QString reasonOf(IndexDb& db, const char* like)
    {
        SqlQuery s(db.handle(), "SELECT reason FROM trace_events WHERE reason LIKE ? ORDER BY id LIMIT 1");
        s.bindText(1, like);
        return s.next() ? q(s.text(0)) : QString();
    }
    std::int64_t scalar(IndexDb& db, const char* sql)
    {
        SqlQuery s(db.handle(), sql);
        return s.next() ? s.int64(0) : -1;
    }
    void buildChain();

private slots:
    void initTestCase();
    void eventsAndSemantics();
    void incrementalEqualsRebuild();
    void lineageUpstreamAndMassBalance();
    void lineageDownstream();
    void compliance();
    void kpis();
    void shipments();
    void investigate();
    void badInput();
    void queriesReadOneSnapshotAndCloseIt();
    void disclosure();
    void verifierRechecksSemantics();
    void reorganisationDropsDomainRows();
    void cleanupTestCase();
};

void TestDomainChain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("index.db"));
    if (!m_node.start()) QSKIP(qPrintable(m_node.error()));
    m_chain = std::make_unique<test::RegistryChain>(m_node.url());
    QVERIFY2(m_chain->init(), qPrintable(m_chain->error()));
    QVERIFY2(m_chain->deploy(*fixedFromHex<32>(test::AnvilNode::devKey(0).toStdString())), qPrintable(m_chain->error()));
    buildChain();
    m_head = *m_chain->blockNumber();
    // Sync in two runs, so that the domain index is built incrementally.
    QVERIFY2(m_chain->sync(m_db, m_midBlock), qPrintable(m_chain->error()));
    QVERIFY2(m_chain->sync(m_db), qPrintable(m_chain->error()));
}

void TestDomainChain::buildChain()
{
    test::RegistryChain& c = *m_chain;
    m_t0 = (QDateTime::currentSecsSinceEpoch() - 40 * 86400) / 3600 * 3600;
    struct P {
        const char* key;
        Role role;
        const char* name;
        const char* country;
        int gln;
    };
    const P parties[] = {
        {"mineA", Role::Miner, "Pilbara Cobalt", "AU", 11},      {"mineB", Role::Miner, "Kolwezi Artisanal", "CD", 12},
        {"refiner", Role::Refiner, "Nordic Refining", "FI", 21}, {"cathode", Role::CathodeProducer, "Cathode Works", "BE", 31},
        {"cells", Role::CellMaker, "Cell Plant", "DE", 41},      {"packs", Role::PackAssembler, "Pack Assembly", "DE", 51},
        {"carrier", Role::Carrier, "Reefer Logistics", "DE", 61}, {"oem", Role::Oem, "EV Motors", "DE", 71},
        {"second", Role::SecondLife, "Second Life Storage", "NL", 81}, {"recycler", Role::Recycler, "Urban Mine", "BE", 91},
        {"auditor", Role::Auditor, "Audit Co", "CH", 95},
    };
    for (const P& p : parties) {
        auto party = c.party(p.key, p.role, p.name, p.country, gln(p.gln));
        QVERIFY2(party, qPrintable(c.error()));
        m_p[p.key] = *party;
    }
    auto outsider = c.outsider("outsider");
    QVERIFY2(outsider, qPrintable(c.error()));
    m_p["outsider"] = *outsider;

    // Certifications: mine A and the refiner hold RMAP for their sites; mine B none;
    // the cell plant's ISO 14001 expired long ago (listed, but not a sourcing one).
    auto attest = [&](const char* subject, const char* scheme, int site, std::int64_t from, std::int64_t until) {
        CertificationClaim cl;
        cl.subject = m_p.at(subject).address;
        cl.siteGln = gln(site);
        cl.scheme = scheme;
        cl.validFrom = static_cast<std::uint64_t>(from);
        cl.validUntil = static_cast<std::uint64_t>(until);
        cl.evidenceUri = std::string("https://audit.example/") + subject;
        QVERIFY2(c.send(m_p.at("auditor").key, encodeAttestCertification(cl)), qPrintable(c.error()));
    };
    attest("mineA", "RMAP", 11, at(-24), at(24 * 300));
    attest("refiner", "RMAP", 21, at(-24), at(24 * 300));
    attest("cells", "ISO14001", 41, at(-24 * 400), at(-24 * 30));

    const std::string mineA = ep::sgln(gln(11)), mineB = ep::sgln(gln(12)), refinery = ep::sgln(gln(21)),
                      cathode = ep::sgln(gln(31)), cellPlant = ep::sgln(gln(41));
    // 1-2. Ore at the mines: A 1000 kg at 2 % Co; B 500 kg at 4 %.
    QVERIFY(rec("mineA", EventKind::Commissioning, ep::commissioning(at(0), "e1", {kOreA, 1000}, mineA, "cobalt ore", {{"Co", 0.02}})));
    QVERIFY(rec("mineB", EventKind::Commissioning, ep::commissioning(at(1), "e2", {kOreB, 500}, mineB, "cobalt ore", {{"Co", 0.04}})));
    // 3-6. Both shipped to the refinery; the first in a reefer that overheats, received late.
    QVERIFY(rec("mineA", EventKind::Shipping,
                ep::shipping(at(2), "e3", {{kOreA, 1000}}, kSscc1, ep::pgln(gln(61)), ep::pgln(gln(11)), ep::pgln(gln(21)))));
    QVERIFY(rec("carrier", EventKind::TransportSensor,
                ep::transportSensor(at(8), "e4", kSscc1, ep::giai("4063050TRUCK-7"),
                                    {{at(3), 20, 40}, {at(4), 37, 40}, {at(5), 38.5, 72}, {at(6), 22, 40}})));
    QVERIFY(rec("refiner", EventKind::Receiving, ep::receiving(at(10), "e5", {{kOreA, 1000}}, kSscc1, "delay")));
    QVERIFY(rec("mineB", EventKind::Shipping,
                ep::shipping(at(3), "e6", {{kOreB, 500}}, kSscc2, ep::pgln(gln(61)), ep::pgln(gln(12)), ep::pgln(gln(21)))));
    QVERIFY(rec("refiner", EventKind::Receiving, ep::receiving(at(12), "e7", {{kOreB, 500}}, kSscc2)));
    // 7. Due diligence: 2 days after receipt for A's lot, 4 days for B's.
    QVERIFY(rec("refiner", EventKind::DueDiligence, ep::dueDiligence(at(10 + 48), "e8", {kOreA, 1000}, "approved")));
    QVERIFY(rec("refiner", EventKind::DueDiligence, ep::dueDiligence(at(12 + 96), "e9", {kOreB, 500}, "approved")));
    // 8-9. Refining: REF-1 merges 600 kg of A and all of B; REF-2 is the rest of A (a split).
    QVERIFY(rec("refiner", EventKind::Transformation,
                ep::transformation(at(120), "e10", {{kOreA, 600}, {kOreB, 500}}, {{kRef1, 100}}, refinery, "cobalt sulfate", {{"Co", 0.2}})));
    QVERIFY(rec("refiner", EventKind::Transformation,
                ep::transformation(at(121), "e11", {{kOreA, 400}}, {{kRef2, 80}}, refinery, "cobalt sulfate", {{"Co", 0.2}})));
    // 10. Cathode from 50 kg of each.
    QVERIFY(rec("cathode", EventKind::Transformation,
                ep::transformation(at(130), "e12", {{kRef1, 50}, {kRef2, 50}}, {{kCat, 200}}, cathode, "NMC811",
                                   {{"Ni", 0.48}, {"Co", 0.06}, {"Li", 0.07}})));
    m_midBlock = *c.blockNumber();
    // 11-14. Coating on two lines, thickness measured, cells made and inspected.
    for (int line : {1, 2}) {
        const std::string roll = line == 1 ? kRoll1 : kRoll2, cell = line == 1 ? kCell1 : kCell2;
        const std::string lineId = ep::sgln(gln(41), "L" + std::to_string(line));
        const std::string coater = ep::giai("4063050COATER-" + std::to_string(line));
        nlohmann::json coat = ep::transformation(at(140 + line), "c" + std::to_string(line), {{kCat, 100}}, {{roll, 80}},
                                                 cellPlant, "NMC811 electrode", {{"Ni", 0.4}, {"Co", 0.05}, {"Li", 0.06}});
        coat["readPoint"] = {{"id", lineId}};
        coat["bt:equipment"] = coater;
        coat["bt:operator"] = "OP-" + std::to_string(line);
        QVERIFY(rec("cells", EventKind::Transformation, coat));
        QVERIFY(rec("cells", EventKind::ProcessMeasurement,
                    ep::processMeasurement(at(141 + line), "m" + std::to_string(line), {roll, 80}, cellPlant, lineId, coater,
                                           "OP-" + std::to_string(line), "bt:coatingThickness", line == 1 ? 100.0 : 112.0, "4H")));
        QVERIFY(rec("cells", EventKind::Transformation,
                    ep::transformation(at(150 + line), "w" + std::to_string(line), {{roll, 80}}, {{cell, 1000, "H87"}},
                                       cellPlant, "NMC811 cell", {}, {{"Co", 0.004}, {"Ni", 0.032}, {"Li", 0.0047}})));
        QVERIFY(rec("cells", EventKind::Inspection,
                    ep::inspection(at(160 + line), "i" + std::to_string(line), {cell, 1000, "H87"}, line == 1, 100, line == 1 ? 2 : 25)));
    }
    // 15-16. Modules (500 cells each), packs, vehicles.
    QVERIFY(rec("packs", EventKind::Aggregation, ep::assembling(at(170), "a1", kMod1, {{kCell1, 500, "H87"}}, {})));
    QVERIFY(rec("packs", EventKind::Aggregation, ep::assembling(at(171), "a2", kMod2, {{kCell2, 500, "H87"}}, {})));
    QVERIFY(rec("packs", EventKind::Aggregation, ep::assembling(at(172), "a3", kPack1, {}, {kMod1})));
    QVERIFY(rec("packs", EventKind::Aggregation, ep::assembling(at(173), "a4", kPack2, {}, {kMod2})));
    QVERIFY(rec("oem", EventKind::Aggregation, ep::installing(at(180), "v1", kVin1, kPack1)));
    QVERIFY(rec("oem", EventKind::Aggregation, ep::installing(at(181), "v2", kVin2, kPack2)));
    // 17-19. Use, second life, recycling (Li recovery below the 2027 target).
    QVERIFY(rec("oem", EventKind::UsePhase, ep::usePhase(at(200), "u1", kPack1, 97, 120)));
    QVERIFY(rec("oem", EventKind::Aggregation, ep::removing(at(300), "r1", kVin1, kPack1)));
    QVERIFY(rec("second", EventKind::Repurposing, ep::repurposing(at(310), "s1", kPack1, 82)));
    QVERIFY(rec("recycler", EventKind::Recycling,
                ep::recycling(at(320), "x1", kPack2, {kRec, 1.9}, {{"Co", {2.0, 1.9}}, {"Li", {1.0, 0.4}}, {"Ni", {16.0, 15.5}}})));

    // Events that pass the contract but not registry semantics.
    // 20. Through a relay registered as an OEM, sent by someone unregistered.
    auto relay = c.deployRelay(m_p.at("outsider").key);
    QVERIFY2(relay, qPrintable(c.error()));
    m_relay = *relay;
    auto reg = encodeRegisterParticipant(m_relay, "Fleet Relay", Role::Oem, "DE", gln(72));
    QVERIFY(c.send(c.admin(), *reg));
    test::RecordOptions viaRelay;
    viaRelay.via = &m_relay;
    QVERIFY(rec("outsider", EventKind::UsePhase, ep::usePhase(at(330), "f1", kPack2, 10, 9999), viaRelay));
    // 21. A hash of another document.
    test::RecordOptions wrongHash;
    wrongHash.hash = *jcs::jcsSha256(ep::usePhase(at(331), "f2", kPack1, 96, 130).dump());
    QVERIFY(rec("oem", EventKind::UsePhase, ep::usePhase(at(331), "f2", kPack1, 95, 130), wrongHash));
    // 22. A shipping document anchored as UsePhase.
    QVERIFY(rec("oem", EventKind::UsePhase,
                ep::shipping(at(332), "f3", {{kPack1, 1, "H87"}}, kSscc2, ep::pgln(gln(61)), ep::pgln(gln(71)), ep::pgln(gln(81)))));
    // 23. A scheme the explorer does not know.
    test::RecordOptions otherScheme;
    otherScheme.scheme = "sha3-urdna2015";
    QVERIFY(rec("oem", EventKind::UsePhase, ep::usePhase(at(333), "f4", kPack1, 94, 140), otherScheme));
    // 24. A private event, disclosed in the disclosure test.
    m_privateDoc = ep::usePhase(at(334), "p1", kPack1, 93, 150).dump();
    test::RecordOptions priv;
    priv.isPrivate = true;
    QVERIFY(m_chain->record(m_p.at("oem"), EventKind::UsePhase, m_privateDoc, priv));
    // 25. The admin takes UsePhase away from OEMs: the contract refuses, then it is restored.
    QVERIFY(c.send(c.admin(), encodeSetKindPermission(EventKind::UsePhase, 0x0100)));
    TraceEventInput probe{EventKind::UsePhase, *hashSchemeId("jcs-sha256"), Hash32{}, "{}"};
    probe.eventHash.bytes[0] = 1;
    const QString refused = c.revertOf(m_p.at("oem").address, encodeRecordEvent(probe));
    QVERIFY2(refused.startsWith(QLatin1String("NotAuthorized")), qPrintable(refused));
    QVERIFY(c.send(c.admin(), encodeSetKindPermission(EventKind::UsePhase, 0x0180)));
    // 26. Second life revoked (the contract refuses it) and registered again.
    QVERIFY(c.send(c.admin(), encodeRevokeParticipant(m_p.at("second").address)));
    QVERIFY(c.revertOf(m_p.at("second").address, encodeRecordEvent(probe)).startsWith(QLatin1String("NotAuthorized")));
    QVERIFY(c.send(c.admin(), *encodeRegisterParticipant(m_p.at("second").address, "Second Life Storage", Role::SecondLife, "NL", gln(81))));
    QVERIFY(rec("second", EventKind::UsePhase, ep::usePhase(at(340), "s2", kPack1, 81, 160)));
    // 27. A quantity given as a string: not per the data model.
    nlohmann::json bad = ep::commissioning(at(350), "b1", {ep::lgtin(kOreGtin, "ORE-A2"), 10}, mineA, "cobalt ore", {{"Co", 0.02}});
    bad["quantityList"][0]["quantity"] = "10";
    QVERIFY(rec("mineA", EventKind::Commissioning, bad));
}

void TestDomainChain::eventsAndSemantics()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    QCOMPARE(DomainIndexer::indexedTo(db).value_or(0), m_head);
    QCOMPARE(db.meta(QStringLiteral("domain_registry")).value_or(QString()), q(toHex(m_chain->registry())));
    // 37 events anchored above: 31 verified, 5 failed (relay, hash, kind, scheme, data
    // model), 1 private.
    const Counts c = counts(db);
    QCOMPARE(c.verified, qint64(31));
    QCOMPARE(c.failed, qint64(5));
    QCOMPARE(c.undisclosed, qint64(1));
    QVERIFY2(reasonOf(db, "%is not a registered participant; it recorded through%").contains(q(toHex(m_relay))),
             qPrintable(reasonOf(db, "%registered%")));
    QVERIFY(!reasonOf(db, "hash mismatch: the document hashes to %").isEmpty());
    QVERIFY(!reasonOf(db, "kind UsePhase expects ObjectEvent OBSERVE sensor_reporting, the document is ObjectEvent OBSERVE shipping%").isEmpty());
    QVERIFY(!reasonOf(db, "scheme not supported: sha3-urdna2015%").isEmpty());
    QVERIFY(!reasonOf(db, "not per the data model: event.quantityList[0].quantity must be a JSON number%").isEmpty());
    // Failed events are kept with what could be read of them, and their rows are not ok.
    QCOMPARE(scalar(db, "SELECT count(*) FROM trace_events WHERE status = 1 AND ok = 1"), std::int64_t(0));
    // Relay, hash and scheme failures still parse: two readings each, not ok; the kind
    // mismatch gives no rows at all.
    QCOMPARE(scalar(db, "SELECT count(*) FROM use_readings WHERE ok = 0"), std::int64_t(6));
    // The re-registered second-life operator's event verified; the registry's state
    // changes were all indexed with their history.
    QCOMPARE(scalar(db, "SELECT count(*) FROM participant_history WHERE active = 0"), std::int64_t(1));
    QCOMPARE(scalar(db, "SELECT count(*) FROM kind_permissions"), std::int64_t(12 + 2));
    QCOMPARE(scalar(db, "SELECT count(*) FROM certifications"), std::int64_t(3));
    QCOMPARE(scalar(db, "SELECT count(*) FROM registry_log_errors"), std::int64_t(0));
    // Every row is in a verified block.
    QCOMPARE(scalar(db, "SELECT count(*) FROM trace_events WHERE block_status <> 0"), std::int64_t(0));
}

void TestDomainChain::incrementalEqualsRebuild()
{
    // The index built in two runs must equal one rebuilt from scratch in one.
    const QString copy = m_dir.filePath(QStringLiteral("rebuilt.db"));
    QVERIFY(QFile::copy(m_db, copy));
    for (const char* suffix : {"-wal", "-shm"})
        if (QFile::exists(m_db + QLatin1String(suffix))) QFile::copy(m_db + QLatin1String(suffix), copy + QLatin1String(suffix));
    {
        IndexDb db;
        QVERIFY(db.open(copy, IndexDb::Mode::ReadWrite).ok());
        const QString registry = *db.meta(QStringLiteral("domain_registry"));
        QVERIFY(db.db().transaction());
        QVERIFY(DomainStore::clearAll(db).ok());
        QVERIFY(db.db().commit());
        DomainIndexer indexer(db);
        QVERIFY(indexer.run().ok());
        QCOMPARE(*db.meta(QStringLiteral("domain_registry")), registry);
    }
    IndexDb a, b;
    QVERIFY(a.open(m_db, IndexDb::Mode::ReadOnly).ok());
    QVERIFY(b.open(copy, IndexDb::Mode::ReadOnly).ok());
    for (const char* sql : {"SELECT id, status, coalesce(reason, ''), ok, event_time, block_time FROM trace_events ORDER BY id",
                            "SELECT day, ok, bucket, n, latency_sum FROM kpi_latency ORDER BY day, ok, bucket",
                            "SELECT event_id, seq, src, dst, relation, src_qty, dst_qty, ok FROM lineage_edges ORDER BY event_id, seq",
                            "SELECT uri FROM assets ORDER BY uri",
                            "SELECT event_id, parameter, value, ok FROM measurements ORDER BY event_id, seq"}) {
        SqlQuery x(a.handle(), sql), y(b.handle(), sql);
        int rows = 0;
        for (;;) {
            const bool hx = x.next(), hy = y.next();
            QCOMPARE(hx, hy);
            if (!hx) break;
            ++rows;
            for (int col = 0; col < 8; ++col) QCOMPARE(x.text(col), y.text(col));
        }
        QVERIFY2(rows > 0, sql);
    }
}

void TestDomainChain::lineageUpstreamAndMassBalance()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    LineageRequest req;
    req.asset = q(kPack1);
    LineageResult r;
    QueryError e = runLineage(db, req, r);
    QVERIFY2(e.ok(), qPrintable(e.message));
    QCOMPARE(r.root.kind, AssetKind::Pack);
    // Upstream reaches exactly the two ore lots, at their mines.
    QStringList origins;
    for (const LineageNode& n : r.nodes)
        if (n.origin) origins << n.uri + QLatin1Char('@') + n.mine;
    origins.sort();
    QCOMPARE(origins, (QStringList{q(kOreA) + QStringLiteral("@Pilbara Cobalt"), q(kOreB) + QStringLiteral("@Kolwezi Artisanal")}));
    // pack, module, cell lot, roll, cathode, REF-1, REF-2, ore A, ore B.
    QCOMPARE(r.nodes.size(), qsizetype(9));
    // Co: REF-1 is A 12/32 = 37.5 %, REF-2 all A; the cathode takes 10 kg Co from each,
    // so A = (0.375 + 1) / 2 = 68.75 %, B 31.25 %, carried unchanged through the roll, the
    // cell lot, the module and the pack. The pack holds 500 cells x 4 g = 2 kg of Co.
    const ElementBalance& co = r.massBalance.at(0);
    QCOMPARE(co.element, QStringLiteral("Co"));
    QCOMPARE(co.mines.size(), qsizetype(2));
    QCOMPARE(co.mines[0].mine, QStringLiteral("Pilbara Cobalt"));
    QVERIFY(qAbs(co.mines[0].share - 0.6875) < 1e-9);
    QVERIFY(qAbs(co.mines[1].share - 0.3125) < 1e-9);
    QVERIFY(co.mines[1].cahra);
    QVERIFY(!co.fallback);
    QVERIFY(qAbs(*co.kgPerUnit - 2.0) < 1e-9);
    // Ni: the ore and refined lots declare Co only, so none of the cathode's Ni is
    // traced to a mine: no share, and no quantity fallback either.
    const ElementBalance& ni = r.massBalance.at(2);
    QCOMPARE(ni.element, QStringLiteral("Ni"));
    QVERIFY(ni.mines.isEmpty());
    QVERIFY(!ni.fallback);
    QVERIFY(qAbs(*ni.kgPerUnit - 16.0) < 1e-9);  // 500 cells x 32 g
    // The same through its lot or serial alone.
    req.asset = QStringLiteral("PK-1");
    QVERIFY(runLineage(db, req, r).ok());
    QCOMPARE(r.root.uri, q(kPack1));
    // --depth 2: pack ← module ← cell lot only.
    req.depth = 2;
    QVERIFY(runLineage(db, req, r).ok());
    QCOMPARE(r.nodes.size(), qsizetype(3));
    QVERIFY(r.nodes.last().more);
    QCOMPARE(r.massBalance.at(0).mines.size(), qsizetype(2));  // the mass balance ignores --depth
}

void TestDomainChain::lineageDownstream()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    LineageRequest req;
    req.asset = q(kOreB);
    req.downstream = true;
    LineageResult r;
    QVERIFY(runLineage(db, req, r).ok());
    QStringList packs, vehicles, recovered;
    QString secondLife;
    for (const LineageNode& n : r.nodes) {
        if (n.kind == AssetKind::Pack) packs << n.uri;
        if (n.kind == AssetKind::Vehicle) vehicles << n.uri;
        if (n.kind == AssetKind::Recovered) recovered << n.uri;
        if (!n.repurposedAs.isEmpty()) secondLife = n.uri;
    }
    packs.sort();
    vehicles.sort();
    QCOMPARE(packs, (QStringList{q(kPack1), q(kPack2)}));
    QCOMPARE(vehicles, (QStringList{q(kVin1), q(kVin2)}));
    QCOMPARE(recovered, QStringList{q(kRec)});
    QCOMPARE(secondLife, q(kPack1));
    bool removal = false;
    for (const LineageEdge& edge : r.edges) removal |= edge.relation == Relation::Removal;
    QVERIFY(removal);
}

void TestDomainChain::compliance()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    ComplianceRequest req;
    ComplianceResult r;
    QueryError e = runCompliance(db, req, r);
    QVERIFY2(e.ok(), qPrintable(e.message));
    // Mine B's lot is flagged twice over (no certificate, CD); A's and the refined lots are covered.
    QStringList flagged;
    for (const LotCompliance& l : r.lots)
        if (l.flagged) flagged << l.uri;
    QCOMPARE(flagged, QStringList{q(kOreB)});
    QCOMPARE(r.lots.at(0).reasons.size(), qsizetype(2));
    for (const LotCompliance& l : r.lots)
        if (!l.flagged) QVERIFY2(l.certificate.startsWith(QLatin1String("RMAP #")), qPrintable(l.uri));
    // Both packs hold it: 31.25 % of their Co.
    QCOMPARE(r.packs.size(), qsizetype(2));
    for (const PackCompliance& p : r.packs) {
        QVERIFY(p.flagged);
        QVERIFY(qAbs(p.flaggedShares.at(0).share - 0.3125) < 1e-9);
        QCOMPARE(p.flaggedLots, QStringList{q(kOreB)});
    }
    QCOMPARE(r.packsTotal, qint64(2));
    // Suppliers: B has no sourcing certificate; the cell plant's ISO 14001 expired.
    bool bMissing = false, cellsExpired = false;
    for (const SupplierCompliance& s : r.suppliers) {
        if (s.name == QLatin1String("Kolwezi Artisanal")) bMissing = s.issues.contains(QStringLiteral("no responsible-sourcing certificate"));
        if (s.name == QLatin1String("Cell Plant"))
            for (const CertificateInfo& c : s.certificates) cellsExpired |= c.scheme == QLatin1String("ISO14001") && c.standing == QLatin1String("expired");
    }
    QVERIFY(bMissing);
    QVERIFY(cellsExpired);
    // One pack.
    req.pack = QStringLiteral("PK-2");
    QVERIFY(runCompliance(db, req, r).ok());
    QCOMPARE(r.packs.size(), qsizetype(1));
    QCOMPARE(r.packs[0].uri, q(kPack2));
}

void TestDomainChain::kpis()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    KpiRequest req;
    req.byMonth = true;
    KpiResult r;
    QueryError e = runKpi(db, req, r);
    QVERIFY2(e.ok(), qPrintable(e.message));
    // Defects: (2 + 25) / (100 + 100).
    QCOMPARE(r.total.defects.tested, qint64(200));
    QCOMPARE(r.total.defects.failed, qint64(27));
    QVERIFY(qAbs(*r.total.defects.rate - 0.135) < 1e-12);
    QCOMPARE(r.total.defects.nonConformant, qint64(1));
    // Due diligence: 2 days for mine A's lot, 4 for mine B's.
    QCOMPARE(r.total.dueDiligence.size(), qsizetype(2));
    for (const DueDiligenceTime& d : r.total.dueDiligence) {
        if (d.supplier == QLatin1String("Pilbara Cobalt")) QCOMPARE(*d.medianDays, 2.0);
        else QCOMPARE(*d.medianDays, 4.0);
    }
    // Recycling: Co 95 % meets both targets, Li 40 % misses 2027 (50 %), Ni 96.9 %.
    for (const ElementRecovery& el : r.total.recycling.elements) {
        if (el.element == QLatin1String("Co")) QVERIFY(*el.meets2027 && *el.meets2031);
        if (el.element == QLatin1String("Li")) QVERIFY(!*el.meets2027);
    }
    QVERIFY(qAbs(*r.total.recycling.rate - (1.9 + 0.4 + 15.5) / 19.0) < 1e-12);
    // Logistics: 1 incident in 2 shipments received.
    QCOMPARE(r.total.logistics.shipments, qint64(2));
    QCOMPARE(*r.total.logistics.per100, 50.0);
    // Latency over the verified events with a document.
    QCOMPARE(r.total.latency.events, scalar(db, "SELECT count(*) FROM trace_events WHERE ok = 1"));
    QVERIFY(*r.total.latency.meanSeconds > 0);
    QVERIFY(!r.months.isEmpty());
    QVERIFY(r.leftOut > 0);  // the failed events' rows
}

void TestDomainChain::shipments()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    ShipmentsRequest req;
    req.excursionsOnly = true;
    ShipmentsResult r;
    QVERIFY(runShipments(db, req, r).ok());
    QCOMPARE(r.shipmentsTotal, qint64(2));
    QCOMPARE(r.shipments.size(), qsizetype(1));
    const ShipmentInfo& s = r.shipments[0];
    QCOMPARE(s.sscc, q(kSscc1));
    QCOMPARE(s.carrier, QStringLiteral("Reefer Logistics"));
    QCOMPARE(s.incidentType, QStringLiteral("delay"));
    // Temperature 37 and 38.5 (max 35) in a row; humidity 72 (max 70) once.
    QCOMPARE(s.excursions.size(), qsizetype(2));
    const Excursion& t = s.excursions[0].type == QLatin1String("Temperature") ? s.excursions[0] : s.excursions[1];
    QCOMPARE(t.readings, 2);
    QCOMPARE(t.worst, 38.5);
    QCOMPARE(t.start, at(4));
    QCOMPARE(t.end, at(5));
    QVERIFY(t.alarmed);
    QCOMPARE(s.readings, qint64(8));
    // One shipment, with its series.
    req = {};
    req.shipment = q(kSscc1).section(QLatin1Char('/'), -1);
    QVERIFY(runShipments(db, req, r).ok());
    QCOMPARE(r.shipments.at(0).series.size(), qsizetype(8));
}

void TestDomainChain::investigate()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    InvestigateRequest req;
    req.parameter = QStringLiteral("coating thickness");
    InvestigateResult r;
    QueryError e = runInvestigate(db, req, r);
    QVERIFY2(e.ok(), qPrintable(e.message));
    QCOMPARE(r.parameter, QStringLiteral("bt:coatingThickness"));
    QCOMPARE(r.overall.n, std::size_t(2));
    QCOMPARE(r.overall.mean, 106.0);
    QCOMPARE(r.lotsWithInspections, qint64(2));  // each roll through its cell lot
    // Line 2's coater holds the only non-conformant lot: first among the equipment.
    const Candidate* top = nullptr;
    for (const Candidate& c : r.candidates)
        if (c.dimension == QLatin1String("equipment")) {
            top = &c;
            break;
        }
    QVERIFY(top);
    QVERIFY(top->value.endsWith(QLatin1String("COATER-2")));
    QCOMPARE(top->pValue, 0.5);  // 1 of 1 vs 0 of 1: Fisher gives 1/2, not significant
    QVERIFY(r.recall.to <= r.recall.from);  // so no recall window is inferred
    // With the window and equipment given, the recall scope follows the roll downstream.
    req.equipment = QStringLiteral("COATER-2");
    req.suspectFrom = at(140);
    req.suspectTo = at(150);
    QVERIFY(runInvestigate(db, req, r).ok());
    QCOMPARE(r.recall.suspectLots, QStringList{q(kRoll2)});
    QCOMPARE(r.recall.cellLots, QStringList{q(kCell2)});
    QCOMPARE(r.recall.modules, QStringList{q(kMod2)});
    QCOMPARE(r.recall.packs, QStringList{q(kPack2)});
    QCOMPARE(r.recall.vehicles, QStringList{q(kVin2)});
}

void TestDomainChain::badInput()
{
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    LineageRequest lr;
    lr.asset = QStringLiteral("https://id.gs1.org/01/00000000000000/21/NOPE");
    LineageResult l;
    QCOMPARE(runLineage(db, lr, l).kind, QueryError::Kind::NotFound);
    InvestigateRequest ir;
    ir.parameter = QStringLiteral("flux capacitance");
    InvestigateResult i;
    const QueryError e = runInvestigate(db, ir, i);
    QCOMPARE(e.kind, QueryError::Kind::NotFound);
    QVERIFY(e.hints.contains(QStringLiteral("bt:coatingThickness")));
    KpiRequest kr;
    kr.from = 946684800;  // 2000
    kr.to = 978307200;    // 2001
    KpiResult k;
    QCOMPARE(runKpi(db, kr, k).kind, QueryError::Kind::NoData);
    // An index with no blocks.
    IndexDb empty;
    QVERIFY(empty.open(m_dir.filePath(QStringLiteral("empty.db")), IndexDb::Mode::Create).ok());
    QCOMPARE(runLineage(empty, lr, l).kind, QueryError::Kind::NoData);
    QCOMPARE(runKpi(empty, KpiRequest{}, k).kind, QueryError::Kind::NoData);
}

void TestDomainChain::queriesReadOneSnapshotAndCloseIt()
{
    // A long-lived read connection (the GUI's): each query opens a read transaction and
    // closes it, so the next query sees what a writer committed in between; inside a
    // transaction of the caller's, a query leaves it open.
    IndexDb reader;
    QVERIFY(reader.open(m_db, IndexDb::Mode::ReadOnly).ok());
    KpiResult before, after;
    QVERIFY(runKpi(reader, KpiRequest{}, before).ok());
    QVERIFY(sqlite3_get_autocommit(reader.handle()) != 0);
    {
        IndexDb writer;
        QVERIFY(writer.open(m_db, IndexDb::Mode::ReadWrite).ok());
        QVERIFY(execSql(writer.handle(), "INSERT INTO inspections SELECT event_id, seq + 1000, asset_id, test, tested, "
                                         "failed, disposition, inspector, time, ok FROM inspections LIMIT 1"));
    }
    QVERIFY(runKpi(reader, KpiRequest{}, after).ok());
    QCOMPARE(after.total.defects.inspections, before.total.defects.inspections + 1);

    QVERIFY(execSql(reader.handle(), "BEGIN"));
    LineageRequest lr;
    lr.asset = q(kPack1);
    LineageResult l;
    QVERIFY(runLineage(reader, lr, l).ok());
    QVERIFY(sqlite3_get_autocommit(reader.handle()) == 0);
    QVERIFY(execSql(reader.handle(), "COMMIT"));
    IndexDb writer;
    QVERIFY(writer.open(m_db, IndexDb::Mode::ReadWrite).ok());
    QVERIFY(execSql(writer.handle(), "DELETE FROM inspections WHERE seq >= 1000"));
}

void TestDomainChain::disclosure()
{
    // A file whose one event differs from what was anchored: reported, nothing stored.
    const auto write = [&](const QString& name, const std::string& eventText) {
        nlohmann::json doc = {{"@context", nlohmann::json::array({"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"})}, {"type", "EPCISDocument"}, {"schemaVersion", "2.0"},
                              {"creationDate", ep::isoTime(at(400))},
                              {"epcisBody", {{"eventList", nlohmann::json::array({nlohmann::json::parse(eventText)})}}}};
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray::fromStdString(doc.dump(2)));
        return f.fileName();
    };
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadWrite).ok());
    const qint64 readingsBefore = scalar(db, "SELECT count(*) FROM use_readings WHERE ok = 1");
    nlohmann::json tampered = nlohmann::json::parse(m_privateDoc);
    tampered["sensorElementList"][0]["sensorReport"][0]["value"] = 99;
    DisclosureResult r;
    QVERIFY(runDisclosure(db, write(QStringLiteral("tampered.json"), tampered.dump()), r).ok());
    QCOMPARE(r.mismatched, 1);
    QVERIFY(!r.committed);
    QCOMPARE(counts(db).undisclosed, qint64(1));
    // The true document: matched, checked, stored, indexed.
    QVERIFY(runDisclosure(db, write(QStringLiteral("true.json"), m_privateDoc), r).ok());
    QCOMPARE(r.stored, 1);
    QVERIFY(r.committed);
    QCOMPARE(r.events[0].status, QStringLiteral("verified"));
    QCOMPARE(counts(db).undisclosed, qint64(0));
    QCOMPARE(scalar(db, "SELECT count(*) FROM use_readings WHERE ok = 1"), readingsBefore + 2);
    // Again: already there.
    QVERIFY(runDisclosure(db, write(QStringLiteral("again.json"), m_privateDoc), r).ok());
    QCOMPARE(r.alreadyDisclosed, 1);
    QCOMPARE(r.stored, 0);
}

void TestDomainChain::verifierRechecksSemantics()
{
    // Someone marks a failed event as verified in the file; the offline re-check finds
    // it, reports it, and puts it back.
    {
        IndexDb db;
        QVERIFY(db.open(m_db, IndexDb::Mode::ReadWrite).ok());
        QVERIFY(execSql(db.handle(), "UPDATE trace_events SET status = 0, reason = NULL, ok = 1 "
                                     "WHERE reason LIKE 'scheme not supported%'"));
    }
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadWrite).ok());
    IndexVerifier verifier;
    VerifyReport report;
    QVERIFY(verifier.run(db, IndexVerifyOptions{}, report).ok());
    QCOMPARE(report.semanticMismatches, std::uint64_t(1));
    QCOMPARE(report.eventsFailingSemantics, std::uint64_t(5));
    QVERIFY(report.semanticsCorrected);
    bool listed = false;
    for (const auto& f : report.failures) listed |= f.check == QLatin1String("registry-semantics");
    QVERIFY(listed);
    QCOMPARE(counts(db).failed, qint64(5));
    // A second run finds nothing.
    VerifyReport again;
    QVERIFY(verifier.run(db, IndexVerifyOptions{}, again).ok());
    QCOMPARE(again.semanticMismatches, std::uint64_t(0));
    QVERIFY(again.ok());
}

void TestDomainChain::reorganisationDropsDomainRows()
{
    // Two more events, synced; then the chain is rolled back and grows differently: the
    // sync rolls the index back and the domain rows of the dropped blocks go with it.
    auto snap = m_chain->rpc().call(QStringLiteral("evm_snapshot"));
    QVERIFY(snap);
    QVERIFY(rec("oem", EventKind::UsePhase, ep::usePhase(at(500), "old1", kPack1, 80, 170)));
    QVERIFY(rec("oem", EventKind::UsePhase, ep::usePhase(at(501), "old2", kPack1, 79, 171)));
    QVERIFY2(m_chain->sync(m_db), qPrintable(m_chain->error()));
    IndexDb db;
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    const std::int64_t before = scalar(db, "SELECT count(*) FROM trace_events");
    QCOMPARE(scalar(db, "SELECT count(*) FROM trace_events WHERE epcis_id = 'urn:uuid:old2'"), std::int64_t(1));
    db.close();

    QVERIFY(m_chain->rpc().call(QStringLiteral("evm_revert"), {*snap}));
    m_chain->sender().forgetNonces();
    for (int i = 0; i < 3; ++i)
        QVERIFY(rec("oem", EventKind::UsePhase, ep::usePhase(at(510 + i), "new" + std::to_string(i), kPack1, 70, 200)));
    QVERIFY2(m_chain->sync(m_db), qPrintable(m_chain->error()));
    QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
    QCOMPARE(scalar(db, "SELECT count(*) FROM trace_events WHERE epcis_id LIKE 'urn:uuid:old%'"), std::int64_t(0));
    QCOMPARE(scalar(db, "SELECT count(*) FROM trace_events WHERE epcis_id LIKE 'urn:uuid:new%'"), std::int64_t(3));
    QCOMPARE(scalar(db, "SELECT count(*) FROM trace_events"), before - 2 + 3);
    QCOMPARE(scalar(db, "SELECT max(id) >> 20 FROM trace_events"), static_cast<std::int64_t>(*m_chain->blockNumber()));
    // The aggregates follow: one latency count per event with a known document.
    QCOMPARE(scalar(db, "SELECT sum(n) FROM kpi_latency"), scalar(db, "SELECT count(*) FROM trace_events WHERE event_time IS NOT NULL"));
}

void TestDomainChain::cleanupTestCase()
{
    // BT_DOMAIN_TEST_KEEP=PATH keeps the index, to look at it with the CLI.
    if (const QString keep = qEnvironmentVariable("BT_DOMAIN_TEST_KEEP"); !keep.isEmpty()) {
        IndexDb db;
        if (db.open(m_db, IndexDb::Mode::ReadWrite).ok()) execSql(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
        db.close();
        QFile::remove(keep);
        QFile::copy(m_db, keep);
    }
}

QTEST_MAIN(TestDomainChain)
#include "test_domain_chain.moc"
