// The bundled demo chain (resources/demo/, recorded by scripts/make-demo-chain from a
// real anvil run of the simulator's demo scenario) against the simulator's truth file:
// imported and verified as an auditor would, then every domain query, driven through
// batterytrace-cli --json, must find what the simulator injected. The product never
// reads the truth file; only this test does.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(BT_CLI_PATH), arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not finish: ") + arguments.join(u' ');
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QSet<QString> strings(const QJsonArray& a)
{
    QSet<QString> s;
    for (const auto& v : a) s.insert(v.toString());
    return s;
}

QSet<QString> field(const QJsonArray& a, const QString& key)
{
    QSet<QString> s;
    for (const auto& v : a) s.insert(v.toObject().value(key).toString());
    return s;
}

QString listOf(const QSet<QString>& s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l.join(QStringLiteral(", "));
}

}  // namespace

class TestDemoTruth : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QJsonObject m_truth;

    QJsonObject query(const QStringList& arguments)
    {
        const Run r = runCli(QStringList(arguments) << QStringLiteral("--db") << m_db << QStringLiteral("--json"));
        if (r.exitCode != 0) qWarning("%s: exit %d: %s", qPrintable(arguments.join(u' ')), r.exitCode, qPrintable(r.err));
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        const QString demo = qEnvironmentVariable("BT_SOURCE_DIR") + QStringLiteral("/resources/demo");
        m_truth = readJson(demo + QStringLiteral("/demo-truth.json"));
        QVERIFY2(!m_truth.isEmpty(), "resources/demo/demo-truth.json is missing or not JSON");
        QCOMPARE(m_truth.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("complete"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run imported = runCli({QStringLiteral("archive"), QStringLiteral("import"), QStringLiteral("--in"),
                                     demo + QStringLiteral("/demo-chain.btarchive"), QStringLiteral("--db"), m_db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void everyBlockVerifiesOffline()
    {
        const Run r = runCli({QStringLiteral("verify"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = query({QStringLiteral("status")});
        const QJsonObject chain = m_truth.value(QStringLiteral("chain")).toObject();
        QCOMPARE(status.value(QStringLiteral("head")).toObject().value(QStringLiteral("number")).toInteger(),
                 chain.value(QStringLiteral("lastBlock")).toInteger());
    }

    void defectAndIncidentRatesPerPeriodEqualTheTruth()
    {
        const QJsonObject realised = m_truth.value(QStringLiteral("realised")).toObject();
        const QString change = m_truth.value(QStringLiteral("calendar")).toObject().value(QStringLiteral("change")).toString().left(10);
        const struct {
            const char* period;
            QStringList range;
        } periods[] = {{"before", {QStringLiteral("--to"), change}}, {"after", {QStringLiteral("--from"), change}}};
        for (const auto& p : periods) {
            const QJsonObject total = query(QStringList{QStringLiteral("kpi")} + p.range).value(QStringLiteral("total")).toObject();
            const QJsonObject defect = total.value(QStringLiteral("defectRate")).toObject();
            const QJsonObject want = realised.value(QStringLiteral("defectRate")).toObject().value(QLatin1String(p.period)).toObject();
            QCOMPARE(defect.value(QStringLiteral("tested")).toInteger(), want.value(QStringLiteral("tested")).toInteger());
            QCOMPARE(defect.value(QStringLiteral("failed")).toInteger(), want.value(QStringLiteral("failed")).toInteger());

            const QJsonObject logistics = total.value(QStringLiteral("logistics")).toObject();
            const QJsonObject wantInc = realised.value(QStringLiteral("incidentRate")).toObject().value(QLatin1String(p.period)).toObject();
            QCOMPARE(logistics.value(QStringLiteral("shipments")).toInteger(), wantInc.value(QStringLiteral("shipments")).toInteger());
            QCOMPARE(logistics.value(QStringLiteral("incidents")).toInteger(), wantInc.value(QStringLiteral("incidents")).toInteger());

            const QJsonObject wantRec = realised.value(QStringLiteral("recyclingRate")).toObject().value(QLatin1String(p.period))
                                            .toObject().value(QStringLiteral("byElement")).toObject();
            const QJsonArray elements = total.value(QStringLiteral("recycling")).toObject().value(QStringLiteral("elements")).toArray();
            QCOMPARE(elements.size(), wantRec.size());
            for (const auto& e : elements) {
                const QJsonObject o = e.toObject();
                const QJsonObject w = wantRec.value(o.value(QStringLiteral("element")).toString()).toObject();
                QVERIFY(std::fabs(o.value(QStringLiteral("inputKg")).toDouble() - w.value(QStringLiteral("input")).toDouble()) < 1e-2);
                QVERIFY(std::fabs(o.value(QStringLiteral("recoveredKg")).toDouble() - w.value(QStringLiteral("recovered")).toDouble()) < 1e-2);
            }
        }
    }

    void investigateRanksTheDriftingCoaterFirstAndRecallsItsPacks()
    {
        const QJsonObject drift = m_truth.value(QStringLiteral("injections")).toObject().value(QStringLiteral("coatingDrift")).toObject();
        const QJsonObject r = query({QStringLiteral("investigate"), QStringLiteral("--parameter"), drift.value(QStringLiteral("parameter")).toString()});
        const QJsonArray candidates = r.value(QStringLiteral("candidates")).toArray();
        QVERIFY(!candidates.isEmpty());
        const QJsonObject first = candidates.first().toObject();
        QCOMPARE(first.value(QStringLiteral("dimension")).toString(), QStringLiteral("equipment"));
        QCOMPARE(first.value(QStringLiteral("value")).toString(), drift.value(QStringLiteral("equipment")).toString());
        QVERIFY(first.value(QStringLiteral("pValue")).toDouble() < 0.001);

        // The recall window comes from the control chart, not from the truth: it holds every
        // lot the drift touched, and at most the one lot made just after the drift ended whose
        // own reading still completed a run-rule pattern (a conservative recall).
        const QJsonObject recall = r.value(QStringLiteral("recall")).toObject();
        QCOMPARE(recall.value(QStringLiteral("equipment")).toString(), drift.value(QStringLiteral("equipment")).toString());
        const QSet<QString> truthLots = strings(drift.value(QStringLiteral("affectedCellLots")).toArray());
        const QSet<QString> lots = strings(recall.value(QStringLiteral("cellLots")).toArray());
        QVERIFY2(lots.contains(truthLots), qPrintable(QStringLiteral("missed: ") + listOf(truthLots - lots)));
        QVERIFY2((lots - truthLots).size() <= 1, qPrintable(QStringLiteral("extra: ") + listOf(lots - truthLots)));
        const QDateTime windowEnd = QDateTime::fromString(drift.value(QStringLiteral("windowEnd")).toString(), Qt::ISODate);
        const QDateTime recallEnd = QDateTime::fromString(recall.value(QStringLiteral("to")).toString(), Qt::ISODate);
        QVERIFY(recallEnd.isValid() && recallEnd <= windowEnd.addDays(3));

        const QSet<QString> truthPacks = field(drift.value(QStringLiteral("packs")).toArray(), QStringLiteral("pack"));
        const QSet<QString> packs = strings(recall.value(QStringLiteral("packs")).toArray());
        QVERIFY2(packs.contains(truthPacks), qPrintable(QStringLiteral("missed: ") + listOf(truthPacks - packs)));
        const QSet<QString> truthVehicles = strings(drift.value(QStringLiteral("vehicles")).toArray());
        const QSet<QString> vehicles = strings(recall.value(QStringLiteral("vehicles")).toArray());
        QVERIFY2(vehicles.contains(truthVehicles), qPrintable(QStringLiteral("missed: ") + listOf(truthVehicles - vehicles)));
        QVERIFY((packs - truthPacks).size() <= (lots - truthLots).size() * 2);
    }

    void excursionShipmentsEqualTheTruth()
    {
        const QJsonArray injected = m_truth.value(QStringLiteral("injections")).toObject().value(QStringLiteral("temperatureExcursions")).toArray();
        const QJsonObject r = query({QStringLiteral("shipments"), QStringLiteral("--excursions")});
        const QJsonArray found = r.value(QStringLiteral("shipments")).toArray();
        QSet<QString> ids;
        for (const auto& s : found) {
            const QJsonObject o = s.toObject();
            QVERIFY(!o.value(QStringLiteral("excursions")).toArray().isEmpty());
            ids.insert(o.value(QStringLiteral("sscc")).toString());
        }
        QCOMPARE(listOf(ids), listOf(field(injected, QStringLiteral("shipment"))));
    }

    void packsWithTheArtisanalLotAndTheExpiredCertificateAreFlagged()
    {
        const QJsonObject artisanal = m_truth.value(QStringLiteral("injections")).toObject().value(QStringLiteral("uncertifiedArtisanalLot")).toObject();
        const QString lot = artisanal.value(QStringLiteral("artisanalLots")).toArray().first().toObject().value(QStringLiteral("lot")).toString();
        const QJsonObject r = query({QStringLiteral("compliance")});
        QSet<QString> packsWithLot;
        for (const auto& p : r.value(QStringLiteral("packs")).toArray()) {
            const QJsonObject o = p.toObject();
            if (!strings(o.value(QStringLiteral("flaggedLots")).toArray()).contains(lot)) continue;
            QVERIFY(o.value(QStringLiteral("flagged")).toBool());
            packsWithLot.insert(o.value(QStringLiteral("uri")).toString());
        }
        QCOMPARE(listOf(packsWithLot), listOf(field(artisanal.value(QStringLiteral("packsContainingMaterial")).toArray(), QStringLiteral("pack"))));

        // Ore lots mined while the mine's certificate had expired carry that reason.
        QHash<QString, QStringList> reasons;
        for (const auto& l : r.value(QStringLiteral("lots")).toArray()) {
            const QJsonObject o = l.toObject();
            QStringList rs;
            for (const auto& x : o.value(QStringLiteral("reasons")).toArray()) rs << x.toString();
            reasons.insert(o.value(QStringLiteral("uri")).toString(), rs);
        }
        const QJsonArray expired = m_truth.value(QStringLiteral("injections")).toObject().value(QStringLiteral("expiredCertification"))
                                       .toObject().value(QStringLiteral("oreLotsCommissionedWithoutValidCertificate")).toArray();
        QVERIFY(!expired.isEmpty());
        for (const auto& e : expired) {
            const QString uri = e.toObject().value(QStringLiteral("lot")).toString();
            QVERIFY2(reasons.value(uri).join(u'\n').contains(QStringLiteral("no valid")), qPrintable(uri));
        }
    }

    void lineageOfAPackReachesExactlyItsMinesWithTheirShares()
    {
        for (const auto& ex : m_truth.value(QStringLiteral("massBalanceExamples")).toArray()) {
            const QJsonObject want = ex.toObject();
            const QString pack = want.value(QStringLiteral("pack")).toString();
            const QJsonObject r = query({QStringLiteral("lineage"), pack});
            const QJsonObject shares = want.value(QStringLiteral("mineShares")).toObject();
            const QJsonArray elements = r.value(QStringLiteral("massBalance")).toObject().value(QStringLiteral("elements")).toArray();
            QCOMPARE(elements.size(), shares.size());
            for (const auto& e : elements) {
                const QJsonObject o = e.toObject();
                const QJsonObject w = shares.value(o.value(QStringLiteral("element")).toString()).toObject();
                const QJsonArray mines = o.value(QStringLiteral("mines")).toArray();
                const QStringList wantMines = w.keys();
                QCOMPARE(listOf(field(mines, QStringLiteral("mine"))), listOf(QSet<QString>(wantMines.begin(), wantMines.end())));
                for (const auto& m : mines) {
                    const QJsonObject mo = m.toObject();
                    const double got = mo.value(QStringLiteral("share")).toDouble();
                    const double expected = w.value(mo.value(QStringLiteral("mine")).toString()).toDouble();
                    QVERIFY2(std::fabs(got - expected) < 1e-5, qPrintable(pack + QStringLiteral(": %1 vs %2").arg(got).arg(expected)));
                }
                QCOMPARE(o.value(QStringLiteral("untracedShare")).toDouble(), 0.0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoTruth)
#include "test_demo_truth.moc"
