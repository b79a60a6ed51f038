// Syncing from the GUI against a real anvil node: the Connect dialog, a sync that
// reaches 100% while the GUI thread never stalls (a 5 ms heartbeat timer measures the
// longest gap), rows appearing as blocks arrive, Verify again with its progress, a
// cancelled sync, and a node that goes away mid-sync: a clear message, the window
// alive, and every block committed before kept in the index.
#include "blocks_table_model.h"
#include "chain_fixture.h"
#include "chain_view.h"
#include "connect_dialog.h"
#include "explorer_service.h"
#include "main_window.h"
#include "message_banner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <set>

using namespace bt;
using namespace bt::test;
using bt::facade::ExplorerService;
using bt::facade::JobProgress;
using bt::facade::JobResult;
using bt::ui::MainWindow;

namespace {

template <typename T>
T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w) qWarning("no %s named '%s'", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

// Empty blocks on top of the registry's: enough that the sync (several thousand blocks a
// second) lasts over a second, so that the table is seen to grow several times; anvil
// mines a long chain slowly (chain_fixture.cpp), so not many more.
constexpr std::uint64_t kBlocks = 8000;
constexpr qint64 kMaxStallMs = 100;

} // namespace

class TestSyncView : public QObject {
    Q_OBJECT

    AnvilNode m_node;
    ChainContent m_chain;
    QTemporaryDir m_dir;
    QString m_synced;

    facade::NodeSettings settings(const QUrl& url, const QString& index)
    {
        facade::NodeSettings s;
        s.url = url.toString();
        s.indexPath = index;
        s.timeoutSeconds = 5;
        s.maxRetries = 1;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_node.start(), qPrintable(m_node.error()));
        QString error;
        QVERIFY2(buildChain(m_node, m_chain, error, kBlocks), qPrintable(error));
        m_synced = m_dir.filePath(QStringLiteral("synced.sqlite"));
    }

    void connectDialogValidatesWhatItSends()
    {
        ui::ConnectDialog d;
        facade::NodeSettings s = settings(m_node.url(), m_dir.filePath(QStringLiteral("chain.sqlite")));
        s.headers = {QStringLiteral("Authorization: Bearer <token>"), QStringLiteral("X-Consortium: battery-pass")};
        s.confirmations = 2;
        d.setSettings(s);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* connectButton = child<QPushButton>(&d, QStringLiteral("connectButton"));
        QVERIFY(connectButton);
        QVERIFY(d.isValid());
        QVERIFY(connectButton->isEnabled());
        QCOMPARE(d.settings().headers, s.headers);
        QCOMPARE(d.settings().confirmations, 2u);
        QCOMPARE(d.settings().url, s.url);
        shoot(&d, QStringLiteral("connect_dialog"));

        // A header without a colon, a checkpoint that is not a hash, a URL that is not http.
        auto* headers = child<QPlainTextEdit>(&d, QStringLiteral("headersEdit"));
        headers->setPlainText(QStringLiteral("Authorization: Bearer <token>\nX-Consortium battery-pass"));
        QVERIFY(!connectButton->isEnabled());
        QCOMPARE(child<QLabel>(&d, QStringLiteral("problemLabel"))->text(),
                 QStringLiteral("Header line 2 is not of the form \"Name: value\"."));
        shoot(&d, QStringLiteral("connect_dialog_invalid"));
        headers->setPlainText(QStringLiteral("Authorization: Bearer <token>"));
        QVERIFY(connectButton->isEnabled());
        child<QLineEdit>(&d, QStringLiteral("checkpointEdit"))->setText(QStringLiteral("0x1234"));
        QVERIFY(!connectButton->isEnabled());
        child<QLineEdit>(&d, QStringLiteral("checkpointEdit"))->setText(QStringLiteral("0x") + QString(64, QLatin1Char('a')));
        QVERIFY(connectButton->isEnabled());
        child<QLineEdit>(&d, QStringLiteral("urlEdit"))->setText(QStringLiteral("ftp://node"));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(child<QLabel>(&d, QStringLiteral("problemLabel"))->text().contains(QStringLiteral("http://")));
    }

    void syncReachesTheEndWhileTheWindowKeepsTurning()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy progress(w.service(), &ExplorerService::jobProgress);
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        Heartbeat heartbeat;
        heartbeat.start();
        QVERIFY(w.startSync(settings(m_node.url(), m_synced)) != 0);

        auto* bar = child<QProgressBar>(&w, QStringLiteral("jobProgress"));
        auto* cancel = child<QToolButton>(&w, QStringLiteral("cancelJobButton"));
        QVERIFY(bar && cancel);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        std::set<int> rowCounts;  // the table grows while the sync goes on
        bool shot = false;
        QElapsedTimer clock;
        clock.start();
        while (finished.isEmpty() && clock.elapsed() < 180000) {
            QTest::qWait(10);
            rowCounts.insert(w.chainView()->blocksModel()->rowCount());
            if (!shot && bar->value() > 300 && bar->value() < 900) {
                heartbeat.pause();
                shoot(&w, QStringLiteral("sync_in_progress"));
                heartbeat.resume();
                shot = true;
            }
        }
        heartbeat.stop();
        QVERIFY2(!finished.isEmpty(), "the sync did not finish in 3 minutes");
        const auto result = finished.last().at(1).value<JobResult>();
        QVERIFY2(result.outcome == JobResult::Outcome::Completed, qPrintable(result.message));

        // 100%, with rate and ETA on the way.
        QVERIFY(progress.count() >= 2);
        const auto last = progress.last().at(1).value<JobProgress>();
        QCOMPARE(last.fraction, 1.0);
        QCOMPARE(last.indexedTo, m_chain.head);
        bool sawRate = false;
        for (const auto& args : progress)
            sawRate = sawRate || args.at(1).value<JobProgress>().blocksPerSecond > 0;
        QVERIFY(sawRate);
        qInfo("sync: %d progress reports, longest GUI gap %lld ms (busy %lld ms, load %.1f per CPU) over %d heartbeats, "
              "%zu row counts seen",
              int(progress.count()), heartbeat.maxGapMs(), heartbeat.maxBusyMs(), Heartbeat::loadPerCpu(),
              heartbeat.ticks(), rowCounts.size());
        QVERIFY2(heartbeat.stallMs() < kMaxStallMs,
                 qPrintable(QStringLiteral("the GUI thread stalled for %1 ms (%2 ms busy; load %3 per CPU)")
                                .arg(heartbeat.maxGapMs())
                                .arg(heartbeat.maxBusyMs())
                                .arg(Heartbeat::loadPerCpu())));
        QStringList seen;
        for (int c : rowCounts) seen << QString::number(c);
        QVERIFY2(rowCounts.size() >= 3,
                 qPrintable(QStringLiteral("the table did not grow while the sync ran: row counts %1 over %2 ms")
                                .arg(seen.join(QStringLiteral(", ")))
                                .arg(clock.elapsed())));

        // What the window shows is what core counts.
        QString error;
        auto st = readStatus(m_synced, error);
        QVERIFY2(st, qPrintable(error));
        QCOMPARE(st->blocks, m_chain.head + 1);
        QTRY_COMPARE(w.chainView()->blocksModel()->rowCount(), int(st->blocks));
        QTRY_COMPARE(child<QLabel>(&w, QStringLiteral("syncStatus"))->text(),
                     QStringLiteral("Synced to block %1").arg(QLocale().toString(qulonglong(m_chain.head))));
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(child<QLabel>(&w, QStringLiteral("verificationStatus"))
                        ->text()
                        .contains(QStringLiteral("%1 verified").arg(QLocale().toString(qulonglong(st->verifiedBlocks)))));
        shoot(&w, QStringLiteral("sync_done"));
    }

    void verifyAgainShowsItsProgress()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(w.service(), &ExplorerService::indexOpened);
        w.openIndexFile(m_synced);
        QVERIFY(opened.wait(20000));
        QSignalSpy progress(w.service(), &ExplorerService::jobProgress);
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        Heartbeat heartbeat;
        heartbeat.start();
        QVERIFY(w.verifyAgain() != 0);
        bool shot = false;
        QElapsedTimer clock;
        clock.start();
        while (finished.isEmpty() && clock.elapsed() < 120000) {
            QTest::qWait(5);
            if (!shot && !progress.isEmpty()) {
                heartbeat.pause();
                shoot(&w, QStringLiteral("verify_in_progress"));
                heartbeat.resume();
                shot = true;
            }
        }
        heartbeat.stop();
        QVERIFY(!finished.isEmpty());
        const auto result = finished.last().at(1).value<JobResult>();
        QCOMPARE(result.outcome, JobResult::Outcome::Completed);
        QCOMPARE(result.blocks, m_chain.head + 1);
        QCOMPARE(result.failures, quint64(0));
        QVERIFY2(heartbeat.stallMs() < kMaxStallMs,
                 qPrintable(QStringLiteral("the GUI thread stalled for %1 ms (%2 ms busy; load %3 per CPU)")
                                .arg(heartbeat.maxGapMs())
                                .arg(heartbeat.maxBusyMs())
                                .arg(Heartbeat::loadPerCpu())));
        QCOMPARE(w.banner()->headline(),
                 QStringLiteral("Verified all %1 blocks again: every check passed, and every block is linked to the checkpoint.")
                     .arg(QLocale().toString(qulonglong(m_chain.head + 1))));
        shoot(&w, QStringLiteral("verify_done"));
    }

    void cancelledSyncKeepsWhatItVerified()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy progress(w.service(), &ExplorerService::jobProgress);
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        QVERIFY(w.startSync(settings(m_node.url(), path)) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).value<JobProgress>().indexedTo > 0, 60000);
        QTest::mouseClick(child<QToolButton>(&w, QStringLiteral("cancelJobButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const auto result = finished.last().at(1).value<JobResult>();
        if (result.outcome == JobResult::Outcome::Completed) QSKIP("the sync finished before the cancel arrived");
        QCOMPARE(result.outcome, JobResult::Outcome::Cancelled);
        QCOMPARE(w.banner()->headline(), QStringLiteral("Sync cancelled."));
        QString error;
        auto st = readStatus(path, error);
        QVERIFY2(st, qPrintable(error));
        QVERIFY(st->blocks > 0);
        QCOMPARE(st->verifiedBlocks, st->blocks);
        QTRY_COMPARE(w.chainView()->blocksModel()->rowCount(), int(st->blocks));
        QCOMPARE(child<QLabel>(&w, QStringLiteral("syncStatus"))->text(), QStringLiteral("Sync cancelled"));
    }

    void nodeThatGoesAwayMidSync()
    {
        AnvilNode node;
        QVERIFY2(node.start(), qPrintable(node.error()));
        QString error;
        // Enough blocks that the sync (thousands of blocks a second) is still running when
        // the node stops; not many more: anvil's mining slows down as its chain grows.
        QVERIFY2(mineEmpty(node.url(), 6000, error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("interrupted.sqlite"));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy progress(w.service(), &ExplorerService::jobProgress);
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        facade::NodeSettings s = settings(node.url(), path);
        s.timeoutSeconds = 2;
        s.maxRetries = 1;
        QVERIFY(w.startSync(s) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).value<JobProgress>().indexedTo >= 200, 60000);
        Heartbeat heartbeat;
        heartbeat.start();
        node.stop();  // the node goes away
        QVERIFY(finished.wait(60000));
        heartbeat.stop();
        const auto result = finished.last().at(1).value<JobResult>();
        if (result.outcome == JobResult::Outcome::Completed) QSKIP("the sync finished before the node went away");
        QCOMPARE(result.outcome, JobResult::Outcome::Failed);
        QVERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->level(), ui::MessageBanner::Level::Error);
        QVERIFY2(w.banner()->headline().startsWith(QStringLiteral("Sync stopped: ")), qPrintable(w.banner()->headline()));
        QVERIFY2(w.banner()->headline().contains(QStringLiteral("127.0.0.1")), qPrintable(w.banner()->headline()));
        QCOMPARE(w.banner()->detail(), QStringLiteral("The blocks verified so far are kept in the index; run it again to continue."));
        QVERIFY2(heartbeat.stallMs() < kMaxStallMs,
                 qPrintable(QStringLiteral("the GUI thread stalled for %1 ms (%2 ms busy; load %3 per CPU)")
                                .arg(heartbeat.maxGapMs())
                                .arg(heartbeat.maxBusyMs())
                                .arg(Heartbeat::loadPerCpu())));

        // Nothing lost: what was committed is there, verified, and shown.
        auto st = readStatus(path, error);
        QVERIFY2(st, qPrintable(error));
        QVERIFY(st->blocks >= 200);
        QCOMPARE(st->verifiedBlocks, st->blocks);
        QTRY_COMPARE(w.chainView()->blocksModel()->rowCount(), int(st->blocks));
        QCOMPARE(child<QLabel>(&w, QStringLiteral("syncStatus"))->text(), QStringLiteral("Sync failed"));
        shoot(&w, QStringLiteral("sync_node_gone"));
    }
};

QTEST_MAIN(TestSyncView)
#include "test_sync_view.moc"
