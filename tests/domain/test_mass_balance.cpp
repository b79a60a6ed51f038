// Mass balance on hand-made DAGs (docs/data-model.md §3.1): merges, splits, assemblies,
// several productions of one lot, the quantity fallback, cycles, and cutting at
// flagged lots; every expected share is worked out by hand in the comments.
#include "domain/mass_balance.h"

#include <QTest>

#include <map>

using namespace bt::domain;

namespace {

class Dag : public MbSource {
public:
    const MbNode* node(std::int64_t asset) override
    {
        auto it = nodes.find(asset);
        return it == nodes.end() ? nullptr : &it->second;
    }
    MbNode& origin(std::int64_t id, double coFraction)
    {
        MbNode& n = nodes[id];
        n.origin = true;
        n.fraction["Co"] = coFraction;
        return n;
    }
    MbNode& lot(std::int64_t id, std::map<std::string, double> fraction = {})
    {
        MbNode& n = nodes[id];
        n.fraction = std::move(fraction);
        return n;
    }
    std::map<std::int64_t, MbNode> nodes;
};

MbProduction production(std::int64_t event, double out, const char* outUom, std::vector<MbInput> inputs)
{
    return {event, out, outUom, std::move(inputs)};
}

}  // namespace

class TestMassBalance : public QObject {
    Q_OBJECT
private slots:
    void mergeWeighsByElementMass();
    void splitKeepsShares();
    void assemblySumsParts();
    void severalProductionsOfOneLot();
    void missingElementDataFallsBackToQuantities();
    void cycleIsCutAndReported();
    void stopAtTreatsFlaggedLotsAsLeaves();
    void unknownLeafIsUntraced();
    void declaredContentLeavesOthersOut();
    void units();
};

void TestMassBalance::mergeWeighsByElementMass()
{
    // Ore A: 600 kg at 2 % Co = 12 kg; ore B: 500 kg at 4 % = 20 kg. Refined lot R
    // from both: A 12/32 = 37.5 %, B 62.5 % (not the 600:500 mass ratio).
    Dag d;
    d.origin(1, 0.02);
    d.origin(2, 0.04);
    d.lot(10, {{"Co", 0.20}}).productions = {production(100, 100, "KGM", {{1, 600, "KGM"}, {2, 500, "KGM"}})};
    MassBalance mb(d);
    const MbShares& s = mb.shares(10, "Co");
    QCOMPARE(s.byLeaf.size(), std::size_t(2));
    QVERIFY(qAbs(s.byLeaf.at(1) - 0.375) < 1e-12);
    QVERIFY(qAbs(s.byLeaf.at(2) - 0.625) < 1e-12);
    QVERIFY(!s.fallback);
    QVERIFY(s.untracedLeaves.empty());
}

void TestMassBalance::splitKeepsShares()
{
    // Refined R1 (A 37.5 %, B 62.5 %) and R2 (all A), 50 kg each at 20 % Co, merged
    // into cathode C: each brings 10 kg Co, so A = (0.375 + 1) / 2 = 68.75 %.
    // R1 is also consumed by another cathode lot C2 alone: C2 keeps R1's shares.
    Dag d;
    d.origin(1, 0.02);
    d.origin(2, 0.04);
    d.lot(10, {{"Co", 0.20}}).productions = {production(100, 100, "KGM", {{1, 600, "KGM"}, {2, 500, "KGM"}})};
    d.lot(11, {{"Co", 0.20}}).productions = {production(101, 80, "KGM", {{1, 400, "KGM"}})};
    d.lot(20, {{"Co", 0.06}}).productions = {production(200, 200, "KGM", {{10, 50, "KGM"}, {11, 50, "KGM"}})};
    d.lot(21, {{"Co", 0.06}}).productions = {production(201, 150, "KGM", {{10, 50, "KGM"}})};
    MassBalance mb(d);
    const MbShares& c = mb.shares(20, "Co");
    QVERIFY(qAbs(c.byLeaf.at(1) - 0.6875) < 1e-12);
    QVERIFY(qAbs(c.byLeaf.at(2) - 0.3125) < 1e-12);
    const MbShares& c2 = mb.shares(21, "Co");
    QVERIFY(qAbs(c2.byLeaf.at(1) - 0.375) < 1e-12);
    QVERIFY(qAbs(c2.byLeaf.at(2) - 0.625) < 1e-12);
}

void TestMassBalance::assemblySumsParts()
{
    // Cell lot X: 4 g Co per cell, all from mine 1; cell lot Y: 6 g per cell, mine 2.
    // Module M: 100 cells of X + 50 of Y → 0.4 + 0.3 = 0.7 kg Co, mine 1 4/7.
    // Pack P: two modules M → 1.4 kg; a vehicle V holding P: 1.4 kg, same shares.
    Dag d;
    d.origin(1, 0.02);
    d.origin(2, 0.02);
    MbNode& x = d.lot(30);
    x.perUnit["Co"] = 0.004;
    x.productions = {production(300, 1000, "H87", {{1, 200, "KGM"}})};
    MbNode& y = d.lot(31);
    y.perUnit["Co"] = 0.006;
    y.productions = {production(301, 1000, "H87", {{2, 300, "KGM"}})};
    d.lot(40).productions = {production(400, 1, "H87", {{30, 100, "H87"}, {31, 50, "H87"}})};
    d.lot(41).productions = {production(401, 1, "H87", {{30, 100, "H87"}, {31, 50, "H87"}})};
    d.lot(50).productions = {production(500, 1, "H87", {{40, 1, "H87"}, {41, 1, "H87"}})};
    d.lot(60).productions = {production(600, 1, "H87", {{50, 1, "H87"}})};
    MassBalance mb(d);
    QVERIFY(qAbs(*mb.elementPer(40, "Co", "H87") - 0.7) < 1e-12);
    QVERIFY(qAbs(*mb.elementPer(50, "Co", "H87") - 1.4) < 1e-12);
    QVERIFY(qAbs(*mb.elementPer(60, "Co", "H87") - 1.4) < 1e-12);
    const MbShares& v = mb.shares(60, "Co");
    QVERIFY(qAbs(v.byLeaf.at(1) - 4.0 / 7.0) < 1e-12);
    QVERIFY(qAbs(v.byLeaf.at(2) - 3.0 / 7.0) < 1e-12);
    QVERIFY(!v.fallback);
}

void TestMassBalance::severalProductionsOfOneLot()
{
    // Lot L made twice (a long-running transformation): once from mine 1 (10 kg Co in),
    // once from mine 2 (30 kg Co in): L is 25 % mine 1.
    Dag d;
    d.origin(1, 0.1);
    d.origin(2, 0.1);
    d.lot(10, {{"Co", 0.5}}).productions = {production(100, 20, "KGM", {{1, 100, "KGM"}}),
                                            production(101, 60, "KGM", {{2, 300, "KGM"}})};
    MassBalance mb(d);
    const MbShares& s = mb.shares(10, "Co");
    QVERIFY(qAbs(s.byLeaf.at(1) - 0.25) < 1e-12);
    QVERIFY(qAbs(s.byLeaf.at(2) - 0.75) < 1e-12);
}

void TestMassBalance::missingElementDataFallsBackToQuantities()
{
    // Ore 2 declares no Co: the production falls back to quantity shares (300:100) and
    // says so; a lot downstream inherits the flag.
    Dag d;
    d.origin(1, 0.02);
    d.nodes[2].origin = true;
    d.lot(10, {{"Co", 0.2}}).productions = {production(100, 50, "KGM", {{1, 300, "KGM"}, {2, 100, "KGM"}})};
    d.lot(20, {{"Co", 0.1}}).productions = {production(200, 50, "KGM", {{10, 50, "KGM"}})};
    MassBalance mb(d);
    const MbShares& s = mb.shares(20, "Co");
    QVERIFY(s.fallback);
    QVERIFY(qAbs(s.byLeaf.at(1) - 0.75) < 1e-12);
    QVERIFY(qAbs(s.byLeaf.at(2) - 0.25) < 1e-12);
}

void TestMassBalance::cycleIsCutAndReported()
{
    // 10 is made from 11, which is made from 10 and from mine 1: bad data. The walk
    // terminates, flags the cycle, and still attributes what it can to mine 1.
    Dag d;
    d.origin(1, 0.1);
    d.lot(10, {{"Co", 0.1}}).productions = {production(100, 10, "KGM", {{11, 10, "KGM"}})};
    d.lot(11, {{"Co", 0.1}}).productions = {production(101, 10, "KGM", {{10, 5, "KGM"}, {1, 5, "KGM"}})};
    MassBalance mb(d);
    const MbShares& s = mb.shares(10, "Co");
    QVERIFY(s.cycle);
    QVERIFY(s.byLeaf.count(1));
}

void TestMassBalance::stopAtTreatsFlaggedLotsAsLeaves()
{
    // Compliance cuts at flagged lots: with refined lot 10 flagged, cathode 20 is 50 %
    // "through 10" whatever 10 was made of.
    Dag d;
    d.origin(1, 0.02);
    d.origin(2, 0.04);
    d.lot(10, {{"Co", 0.20}}).productions = {production(100, 100, "KGM", {{1, 600, "KGM"}, {2, 500, "KGM"}})};
    d.lot(11, {{"Co", 0.20}}).productions = {production(101, 80, "KGM", {{1, 400, "KGM"}})};
    d.lot(20, {{"Co", 0.06}}).productions = {production(200, 200, "KGM", {{10, 50, "KGM"}, {11, 50, "KGM"}})};
    MassBalance mb(d, [](std::int64_t a) { return a == 10; });
    const MbShares& s = mb.shares(20, "Co");
    QVERIFY(qAbs(s.byLeaf.at(10) - 0.5) < 1e-12);
    QVERIFY(qAbs(s.byLeaf.at(1) - 0.5) < 1e-12);
    QVERIFY(!s.byLeaf.count(2));
    QVERIFY(s.untracedLeaves.empty());
}

void TestMassBalance::unknownLeafIsUntraced()
{
    // A lot with no production and no commissioning at a mine (a private event not
    // disclosed, say): its share is reported as untraced.
    Dag d;
    d.origin(1, 0.1);
    d.lot(5, {{"Co", 0.1}});
    d.lot(10, {{"Co", 0.1}}).productions = {production(100, 10, "KGM", {{1, 10, "KGM"}, {5, 10, "KGM"}})};
    MassBalance mb(d);
    const MbShares& s = mb.shares(10, "Co");
    QCOMPARE(s.untracedLeaves, std::set<std::int64_t>{5});
    QVERIFY(qAbs(s.byLeaf.at(5) - 0.5) < 1e-12);
}

void TestMassBalance::declaredContentLeavesOthersOut()
{
    // Cathode from nickel sulfate (declares Ni only, from mine 1) and cobalt sulfate
    // (Co only, from mine 2): all of its Co is mine 2's, all of its Ni mine 1's, with no
    // fallback, since a declaration lists every tracked element the lot holds.
    Dag d;
    d.nodes[1].origin = true;
    d.nodes[1].fraction["Ni"] = 0.02;
    d.origin(2, 0.02);
    d.lot(10, {{"Ni", 0.22}}).productions = {production(100, 100, "KGM", {{1, 1000, "KGM"}})};
    d.lot(11, {{"Co", 0.20}}).productions = {production(101, 100, "KGM", {{2, 1000, "KGM"}})};
    d.lot(20, {{"Ni", 0.48}, {"Co", 0.06}}).productions = {production(200, 100, "KGM", {{10, 200, "KGM"}, {11, 30, "KGM"}})};
    MassBalance mb(d);
    const MbShares& co = mb.shares(20, "Co");
    QCOMPARE(co.byLeaf.size(), std::size_t(1));
    QCOMPARE(co.byLeaf.at(2), 1.0);
    QVERIFY(!co.fallback);
    const MbShares& ni = mb.shares(20, "Ni");
    QCOMPARE(ni.byLeaf.size(), std::size_t(1));
    QCOMPARE(ni.byLeaf.at(1), 1.0);
    QVERIFY(!ni.fallback);
}

void TestMassBalance::units()
{
    // Tonnes and grams of a lot with a mass fraction; a count unit needs kg per unit.
    Dag d;
    d.lot(1, {{"Co", 0.1}});
    MassBalance mb(d);
    QCOMPARE(*mb.elementPer(1, "Co", "TNE"), 100.0);
    QCOMPARE(*mb.elementPer(1, "Co", "GRM"), 0.0001);
    QVERIFY(!mb.elementPer(1, "Co", "H87"));
    QCOMPARE(*mb.elementPer(1, "Ni", "KGM"), 0.0);  // declared content without Ni: none in it
    QVERIFY(!mb.elementPer(99, "Co", "KGM"));
}

QTEST_APPLESS_MAIN(TestMassBalance)
#include "test_mass_balance.moc"
