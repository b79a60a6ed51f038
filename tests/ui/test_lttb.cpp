// LTTB downsampling: short series and thresholds below 3 keep everything; the first
// and last points are always kept; the result has exactly `threshold` points in
// ascending order, one per bucket; a lone spike survives (the reason to use LTTB
// rather than every n-th point); and a hand-checked small case.
#include "lttb.h"

#include <QTest>

#include <cmath>

using bt::ui::lttbIndices;

class TestLttb : public QObject {
    Q_OBJECT

private slots:
    void keepsEverythingWhenThereIsRoom()
    {
        std::vector<QPointF> p{{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(lttbIndices(p, 3), (std::vector<int>{0, 1, 2}));
        QCOMPARE(lttbIndices(p, 10), (std::vector<int>{0, 1, 2}));
        QCOMPARE(lttbIndices(p, 2), (std::vector<int>{0, 1, 2}));
        QCOMPARE(lttbIndices({}, 5), std::vector<int>{});
    }

    void keepsEndsAndOnePerBucket()
    {
        std::vector<QPointF> p;
        for (int i = 0; i < 10000; ++i) p.emplace_back(i, std::sin(i / 100.0));
        const auto k = lttbIndices(p, 500);
        QCOMPARE(int(k.size()), 500);
        QCOMPARE(k.front(), 0);
        QCOMPARE(k.back(), 9999);
        const double every = 9998.0 / 498.0;
        for (int b = 0; b < 498; ++b) {
            const int i = k[std::size_t(b + 1)];
            QVERIFY(i >= int(std::floor(b * every)) + 1);
            QVERIFY(i < int(std::floor((b + 1) * every)) + 1);
        }
    }

    void keepsASpike()
    {
        std::vector<QPointF> p;
        for (int i = 0; i < 5000; ++i) p.emplace_back(i, i == 3217 ? 100.0 : 0.0);
        const auto k = lttbIndices(p, 50);
        QVERIFY(std::find(k.begin(), k.end(), 3217) != k.end());
    }

    void smallCaseByHand()
    {
        // 6 points, threshold 4: buckets of (6-2)/2 = 2 points: {1,2} and {3,4}.
        // Bucket 1 with a = (0,0) and the next bucket's mean (3.5, 0.5): (1,0) makes a
        // triangle of doubled area |(0-3.5)(0-0) - (0-1)(0.5-0)| = 0.5, (2,5) one of
        // |(-3.5)(5) - (-2)(0.5)| = 16.5: 2 wins. Bucket 2 with a = (2,5) and the last
        // point (5,0): (3,1) gives |(2-5)(1-5) - (2-3)(0-5)| = 7, (4,0) gives
        // |(-3)(-5) - (-2)(-5)| = 5: 3 wins.
        std::vector<QPointF> p{{0, 0}, {1, 0}, {2, 5}, {3, 1}, {4, 0}, {5, 0}};
        QCOMPARE(lttbIndices(p, 4), (std::vector<int>{0, 2, 3, 5}));
    }
};

QTEST_APPLESS_MAIN(TestLttb)
#include "test_lttb.moc"
