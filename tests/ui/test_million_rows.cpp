// A million blocks in the Chain view: the table knows its million rows at once, jumps
// anywhere (top, bottom, middle, random) and shows the rows there within a moment,
// a scroll-bar drag across the whole range loads what is on screen at the end (not
// every page passed on the way), the cache stays bounded, and the GUI thread never
// stalls while pages load.
#include "blocks_table_model.h"
#include "chain_fixture.h"
#include "chain_view.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "main_window.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;
using bt::ui::BlocksTableModel;
using bt::ui::MainWindow;

namespace {
constexpr int kRows = 1'000'000;
constexpr qint64 kMaxStallMs = 100;
constexpr qint64 kMaxLoadMs = 1500;
} // namespace

class TestMillionRows : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_index;

    // Every row on screen has its data.
    static bool visibleRowsLoaded(ui::ExplorerTableView* view, BlocksTableModel* model)
    {
        const int first = view->rowAt(0);
        int last = view->rowAt(view->viewport()->height() - 1);
        if (first < 0) return false;
        if (last < 0) last = model->rowCount() - 1;
        for (int r = first; r <= last; ++r)
            if (!model->isRowLoaded(r)) return false;
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_index = m_dir.filePath(QStringLiteral("million.sqlite"));
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(makeSyntheticIndex(m_index, kRows, error, 100000), qPrintable(error));
        qInfo("made %d blocks in %lld ms", kRows, t.elapsed());
    }

    void scrollsAMillionRows()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(w.service(), &facade::ExplorerService::indexOpened);
        w.openIndexFile(m_index);
        QVERIFY(opened.wait(60000));
        BlocksTableModel* model = w.chainView()->blocksModel();
        ui::ExplorerTableView* view = w.chainView()->blocksTable();
        QCOMPARE(model->rowCount(), kRows);
        QTRY_VERIFY(visibleRowsLoaded(view, model));

        Heartbeat heartbeat;
        heartbeat.start();
        qint64 slowest = 0;
        for (int target : {0, kRows - 1, kRows / 2, 123456, 876543, 99999, 250001, 42, 999000, 333333}) {
            QElapsedTimer t;
            t.start();
            view->scrollTo(model->index(target, 0), QAbstractItemView::PositionAtCenter);
            // The number is there at once (rows map to numbers); the rest follows.
            QCOMPARE(model->index(target, BlocksTableModel::NumberColumn).data().toString(), QString::number(target));
            QTRY_VERIFY_WITH_TIMEOUT(visibleRowsLoaded(view, model), 5000);
            slowest = std::max(slowest, t.elapsed());
            QCOMPARE(model->rowAt(target)->number, quint64(target));
        }
        // The failed blocks are where core recorded them.
        view->scrollTo(model->index(99999, 0));
        QTRY_VERIFY(model->isRowLoaded(99999));
        QCOMPARE(model->index(99999, BlocksTableModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model->index(99998, BlocksTableModel::StatusColumn).data().toString(), QStringLiteral("Verified"));

        // A drag of the scroll bar from top to bottom in 200 steps.
        QScrollBar* bar = view->verticalScrollBar();
        int requestsBefore = 0;
        QElapsedTimer drag;
        drag.start();
        for (int step = 0; step <= 200; ++step) {
            bar->setValue(int(qint64(bar->maximum()) * step / 200));
            QTest::qWait(2);
            requestsBefore = std::max(requestsBefore, model->requestsInFlight());
        }
        QTRY_VERIFY_WITH_TIMEOUT(visibleRowsLoaded(view, model), 5000);
        const qint64 dragMs = drag.elapsed();
        heartbeat.stop();

        QVERIFY(model->cachedPages() <= BlocksTableModel::kMaxPages);
        QVERIFY(requestsBefore <= BlocksTableModel::kMaxInFlight);
        qInfo("slowest jump %lld ms, drag over %d rows %lld ms, longest GUI gap %lld ms (busy %lld ms, load %.1f per CPU; "
              "%d heartbeats), %d pages cached",
              slowest, kRows, dragMs, heartbeat.maxGapMs(), heartbeat.maxBusyMs(), Heartbeat::loadPerCpu(), heartbeat.ticks(),
              model->cachedPages());
        QVERIFY2(slowest < kMaxLoadMs, qPrintable(QStringLiteral("a jump took %1 ms to show its rows").arg(slowest)));
        QVERIFY2(heartbeat.stallMs() < kMaxStallMs,
                 qPrintable(QStringLiteral("the GUI thread stalled for %1 ms (%2 ms busy; load %3 per CPU)")
                                .arg(heartbeat.maxGapMs())
                                .arg(heartbeat.maxBusyMs())
                                .arg(Heartbeat::loadPerCpu())));

        view->scrollTo(model->index(99999, 0), QAbstractItemView::PositionAtCenter);
        w.chainView()->showBlock(99999, 99999);
        QTRY_VERIFY(visibleRowsLoaded(view, model));
        shoot(&w, QStringLiteral("million_rows"));
    }
};

QTEST_MAIN(TestMillionRows)
#include "test_million_rows.moc"
