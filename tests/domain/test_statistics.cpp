// The statistics behind investigate: summaries, individuals-chart limits, each Western
// Electric rule on a series made to trip it (and only it), and Fisher's exact test on
// tables whose p-values are known in closed form.
#include "domain/statistics.h"

#include <QTest>

#include <cmath>

using namespace bt::domain::stats;

class TestStatistics : public QObject {
    Q_OBJECT
private slots:
    void summary();
    void limitsFromMovingRange();
    void westernElectricRules_data();
    void westernElectricRules();
    void fisher();
};

void TestStatistics::summary()
{
    const Summary s = summarize({2, 4, 4, 4, 5, 5, 7, 9});
    QCOMPARE(s.n, std::size_t(8));
    QCOMPARE(s.mean, 5.0);
    QVERIFY(std::fabs(s.sd - std::sqrt(32.0 / 7.0)) < 1e-12);
    QCOMPARE(s.min, 2.0);
    QCOMPARE(s.max, 9.0);
    QCOMPARE(summarize({}).n, std::size_t(0));
    QCOMPARE(summarize({3}).sd, 0.0);
}

void TestStatistics::limitsFromMovingRange()
{
    // Moving ranges 2, 2, 2, 2 → sigma = 2 / 1.128.
    const Limits l = individualsLimits({10, 12, 10, 12, 10});
    QCOMPARE(l.center, 10.8);
    QVERIFY(std::fabs(l.sigma - 2.0 / 1.128) < 1e-12);
    QVERIFY(std::fabs(l.ucl - (10.8 + 3 * 2.0 / 1.128)) < 1e-12);
}

void TestStatistics::westernElectricRules_data()
{
    QTest::addColumn<QList<double>>("z");  // values in sigma units, centre 0
    QTest::addColumn<int>("bit");          // the rule that must fire (0: none)
    QTest::addColumn<int>("firstMarked");
    QTest::newRow("in control") << QList<double>{0.5, -0.5, 0.9, -1.2, 0.3, -0.4, 1.1, -0.8, 0.2} << 0 << -1;
    QTest::newRow("rule 1") << QList<double>{0, 0.5, -0.5, 3.2, 0} << 1 << 3;
    QTest::newRow("rule 2") << QList<double>{0, -0.5, 2.5, 0.3, 2.4, 0} << 2 << 2;
    QTest::newRow("rule 3") << QList<double>{0, -1.5, -1.2, -0.3, -1.7, -1.1, 0.5} << 4 << 1;
    QTest::newRow("rule 4") << QList<double>{-0.2, 0.4, 0.3, 0.8, 0.2, 0.1, 0.6, 0.5, 0.3, -0.4} << 8 << 1;
}

void TestStatistics::westernElectricRules()
{
    QFETCH(QList<double>, z);
    QFETCH(int, bit);
    QFETCH(int, firstMarked);
    const Limits l{0, 1, -3, 3};
    const auto hits = westernElectric(std::vector<double>(z.begin(), z.end()), l);
    int first = -1;
    std::uint8_t all = 0;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        all |= hits[i];
        if (hits[i] && first < 0) first = int(i);
    }
    QCOMPARE(int(all), bit);
    QCOMPARE(first, firstMarked);
}

void TestStatistics::fisher()
{
    // Lady tasting tea: 3 of 4 right, margins 4/4: P(X >= 3) = (16 + 1) / 70.
    QVERIFY(std::fabs(fisherGreater(3, 1, 1, 3) - 17.0 / 70.0) < 1e-12);
    // All right: 1/70.
    QVERIFY(std::fabs(fisherGreater(4, 0, 0, 4) - 1.0 / 70.0) < 1e-12);
    // No bad lot anywhere: nothing to explain.
    QCOMPARE(fisherGreater(0, 5, 0, 5), 1.0);
    // A candidate with fewer bad lots than its share: p near 1.
    QVERIFY(fisherGreater(0, 10, 5, 5) > 0.99);
}

QTEST_APPLESS_MAIN(TestStatistics)
#include "test_statistics.moc"
