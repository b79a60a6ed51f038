// The simulator against a real anvil node on loopback: a short demo run that the
// verifying sync then indexes in full, and the bad input of issue 4 — a node that
// refuses raw transactions (from the start, or after some went through), a funding
// account without funds, an address that is not the registry — each a clear error,
// and nothing half-written without a mark in the truth file.
#include "anvil_node.h"
#include "rpc_gate.h"

#include "codec/bytes.h"
#include "sim/simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::sim;

namespace {

constexpr const char* kDevKey0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

QJsonObject truthStatus(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("status")).toObject();
}

}  // namespace

class TestSimulatorNode : public QObject {
    Q_OBJECT

    test::AnvilNode m_node;
    QTemporaryDir m_dir;

    SimulationOptions options(const QUrl& url, const QString& truthName)
    {
        SimulationOptions o;
        o.endpoint.url = url;
        o.endpoint.timeoutMs = 20000;
        o.scenario = ScenarioKind::Demo;
        o.seed = 11;
        o.months = 1;
        o.truthPath = m_dir.filePath(truthName);
        o.funderKey.bytes = fixedFromHex<32>(kDevKey0)->bytes;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_node.start(), "anvil did not start (scripts/install-deps --test)");
    }

    void oneMonthOfTheDemoIsWrittenInFull()
    {
        Simulator sim(options(m_node.url(), QStringLiteral("ok-truth.json")));
        const SimulationReport r = sim.run();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.eventsPlanned > 100);
        QCOMPARE(r.eventsWritten, r.eventsPlanned);
        QVERIFY(r.transactions > 0 && r.lastBlock >= r.firstBlock);
        const QJsonObject status = truthStatus(r.truthPath);
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(status.value(QStringLiteral("eventsWritten")).toInteger(), qint64(r.eventsWritten));
        QVERIFY(QFile::exists(r.disclosurePath));
    }

    void nodeRefusingRawTransactionsIsAClearErrorBeforeAnythingIsWritten()
    {
        test::RpcGate gate(m_node.url());
        QVERIFY(gate.start());
        gate.refuseRawTransactionsAfter(0);
        Simulator sim(options(gate.url(), QStringLiteral("refused-truth.json")));
        const SimulationReport r = sim.run();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("raw transaction"), Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY2(r.error.contains(gate.url().toString()) || r.error.contains(QStringLiteral("eth_sendRawTransaction")), qPrintable(r.error));
        QCOMPARE(r.eventsWritten, std::uint64_t(0));
    }

    void nodeThatStopsAcceptingMidRunLeavesAMarkedPartialTruth()
    {
        test::RpcGate gate(m_node.url());
        QVERIFY(gate.start());
        gate.refuseRawTransactionsAfter(60);  // funding and registration pass, anchoring stops
        Simulator sim(options(gate.url(), QStringLiteral("partial-truth.json")));
        const SimulationReport r = sim.run();
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.wroteToChain);
        QCOMPARE(gate.rawTransactionsForwarded(), 60);
        const QJsonObject status = truthStatus(r.truthPath);
        QVERIFY2(!status.isEmpty(), "no truth file after a partial run");
        QVERIFY(status.value(QStringLiteral("state")).toString() != QStringLiteral("complete"));
        QCOMPARE(status.value(QStringLiteral("complete")).toBool(true), false);
        QVERIFY(status.value(QStringLiteral("eventsWritten")).toInteger() < status.value(QStringLiteral("eventsPlanned")).toInteger());
    }

    void fundingAccountWithoutFundsIsRefusedUpFront()
    {
        SimulationOptions o = options(m_node.url(), QStringLiteral("poor-truth.json"));
        o.funderKey.bytes = fixedFromHex<32>("0x1111111111111111111111111111111111111111111111111111111111111111")->bytes;
        const SimulationReport r = Simulator(o).run();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("0x19E7E376E7C213B7E7e7e46cc70A5dD086DAff2A")) && r.error.contains(QStringLiteral("ether")),
                 qPrintable(r.error));
        QVERIFY(!r.wroteToChain);
    }

    void addressThatIsNotTheRegistryIsRefused()
    {
        SimulationOptions o = options(m_node.url(), QStringLiteral("noreg-truth.json"));
        o.registry = *fixedFromHex<20>("0x00000000000000000000000000000000000000aa");
        SimulationReport r = Simulator(o).run();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not the registry")), qPrintable(r.error));
        QVERIFY(!r.wroteToChain);

        // An account that exists and holds ether but has no code (the dev account itself).
        o.registry = *fixedFromHex<20>("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        r = Simulator(o).run();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not the registry")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorNode)
#include "test_simulator_node.moc"
