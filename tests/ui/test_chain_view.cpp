// The Chain view on a real index: a chain built on a real anvil node (the registry
// deployed, participants registered, events recorded, transfers) and synced by the
// real SyncEngine. The view must show what core reads from the same file: the block
// count, each block's hash and state, every check of a block, its transactions and
// logs; the global search finds a transaction by hash, a block by number and an
// address's transactions; "Verify again" on a tampered copy shows the failed block with
// the reason core recorded; CSV export writes the rows; an archive imports.
#include "block_details_panel.h"
#include "blocks_table_model.h"
#include "chain_view.h"
#include "checks_table_model.h"
#include "explorer_service.h"
#include "explorer_table_view.h"
#include "logs_table_model.h"
#include "main_window.h"
#include "message_banner.h"
#include "search_results_dialog.h"
#include "transactions_table_model.h"
#include "chain_fixture.h"

#include "archive/chain_archive.h"
#include "codec/signature.h"
#include "index/index_db.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace bt;
using namespace bt::test;
using bt::facade::BlockState;
using bt::facade::CheckState;
using bt::facade::ExplorerService;
using bt::ui::BlocksTableModel;
using bt::ui::MainWindow;

namespace {

template <typename T>
T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w) qWarning("no %s named '%s'", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

QString hex(const Hash32& h) { return QString::fromStdString(toHex(h)); }

Address devAddress(int i) { return *addressOf(*fixedFromHex<32>(AnvilNode::devKey(i).toStdString())); }

} // namespace

class TestChainView : public QObject {
    Q_OBJECT

    AnvilNode m_node;
    ChainContent m_chain;
    QTemporaryDir m_dir;
    QString m_db;
    IndexStatus m_status;

    bool open(MainWindow& w, const QString& path)
    {
        QSignalSpy opened(w.service(), &ExplorerService::indexOpened);
        w.openIndexFile(path);
        if (!opened.wait(20000)) return false;
        return w.indexPath() == path;
    }

    // Shows block `number` and waits until the panel shows it.
    bool showBlock(MainWindow& w, quint64 number)
    {
        QSignalSpy shown(w.chainView()->details(), &ui::BlockDetailsPanel::blockShown);
        w.chainView()->showBlock(number, qint64(number));
        return shown.wait(10000) && shown.last().at(0).toULongLong() == number;
    }

    int checkRow(MainWindow& w, const QString& name) { return w.chainView()->details()->checksModel()->rowOfCheck(name); }
    const facade::CheckResult* check(MainWindow& w, const QString& name)
    {
        return w.chainView()->details()->checksModel()->rowAt(checkRow(w, name));
    }

    QTabWidget* tabs(MainWindow& w) { return child<QTabWidget>(&w, QStringLiteral("blockTabs")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("BT_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("test files in %s", qPrintable(m_dir.path()));
        }
        QVERIFY2(m_node.start(), qPrintable(m_node.error()));
        QString error;
        QVERIFY2(buildChain(m_node, m_chain, error), qPrintable(error));
        m_db = m_dir.filePath(QStringLiteral("chain.sqlite"));
        QVERIFY2(syncIndex(m_node.url(), m_db, error), qPrintable(error));
        auto st = readStatus(m_db, error);
        QVERIFY2(st, qPrintable(error));
        m_status = *st;
        QCOMPARE(m_status.blocks, m_chain.head + 1);
        QCOMPARE(m_status.verifiedBlocks, m_status.blocks);
    }

    void showsTheIndexCoreReads()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, m_db));
        BlocksTableModel* model = w.chainView()->blocksModel();
        QTRY_COMPARE(model->rowCount(), int(m_status.blocks));

        // A block's hash and badge, as the index holds them.
        const int row = int(m_chain.recordBlock);
        model->index(row, 0).data();  // asks for its page
        QTRY_VERIFY(model->isRowLoaded(row));
        QString error;
        const auto hash = queryValue(m_db, QStringLiteral("SELECT hash FROM blocks WHERE number = %1").arg(m_chain.recordBlock), error);
        QVERIFY2(hash, qPrintable(error));
        QCOMPARE(model->index(row, BlocksTableModel::HashColumn).data().toString(), *hash);
        QCOMPARE(model->index(row, BlocksTableModel::NumberColumn).data().toString(), QString::number(m_chain.recordBlock));
        QCOMPARE(model->index(row, BlocksTableModel::StatusColumn).data().toString(), QStringLiteral("Verified"));
        QCOMPARE(model->index(row, BlocksTableModel::TransactionsColumn).data().toInt(), 1);

        // The newest block is selected and shown; the status bar has the summary.
        QTRY_VERIFY(w.chainView()->details()->isLoaded());
        QCOMPARE(w.chainView()->details()->currentBlock(), std::optional<quint64>(*m_status.headNumber));
        auto* verification = child<QLabel>(&w, QStringLiteral("verificationStatus"));
        QTRY_VERIFY(verification->isVisible());
        QVERIFY2(verification->text().contains(QStringLiteral("%1 verified").arg(m_status.verifiedBlocks)),
                 qPrintable(verification->text()));
        QVERIFY(verification->text().contains(QStringLiteral("0 failed")));
        QVERIFY(verification->text().contains(QStringLiteral("checkpoint: block 0 (genesis)")));
        QVERIFY(verification->toolTip().contains(m_status.anchorHash));
        auto* summary = child<QLabel>(&w, QStringLiteral("chainSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("Blocks: %1").arg(m_status.blocks)), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("Transactions: %1").arg(m_status.transactions)));

        QVERIFY(showBlock(w, m_chain.recordBlock));
        shoot(&w, QStringLiteral("chain_view"));
    }

    void blockDetailsShowEveryCheckTransactionsAndLogs()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, m_db));
        QVERIFY(showBlock(w, m_chain.recordBlock));
        ui::BlockDetailsPanel* d = w.chainView()->details();

        // Every check of core/chain/verification.h, none failed.
        QVERIFY(d->checksModel()->rowCount() >= 18);
        for (const char* name : {"header-encoding", "block-hash", "parent-link", "checkpoint", "tx-hash", "tx-signature",
                                 "tx-sender", "transactions-root", "receipts-root", "receipt-totals"}) {
            const auto* c = check(w, QString::fromLatin1(name));
            QVERIFY2(c, name);
            QVERIFY2(c->state == CheckState::Passed, name);
        }
        for (int r = 0; r < d->checksModel()->rowCount(); ++r)
            QVERIFY(d->checksModel()->rowAt(r)->state != CheckState::Failed);
        QCOMPARE(child<QLabel>(&w, QStringLiteral("blockState"))->text(), QStringLiteral("Verified"));
        QVERIFY(child<QLabel>(&w, QStringLiteral("blockLink"))->text().startsWith(QStringLiteral("Linked to the checkpoint")));

        // The transaction: its hash, its recovered sender, verified.
        ui::TransactionsTableModel* txs = d->transactionsModel();
        QCOMPARE(txs->rowCount(), 1);
        QCOMPARE(txs->rowAt(0)->hash, hex(m_chain.recordTx));
        QCOMPARE(txs->rowAt(0)->sender, QString::fromStdString(toChecksumAddress(devAddress(1))));
        QVERIFY(txs->rowAt(0)->verified);
        QVERIFY(txs->rowAt(0)->success);
        QCOMPARE(txs->index(0, ui::TransactionsTableModel::TypeColumn).data().toString(), QStringLiteral("Dynamic fee (EIP-1559)"));
        QCOMPARE(tabs(w)->tabText(0), QStringLiteral("Transactions (1)"));
        shoot(&w, QStringLiteral("block_details"));

        // The registry's event, decoded.
        ui::LogsTableModel* logs = d->logsModel();
        QVERIFY(logs->rowCount() >= 1);
        bool recorded = false;
        for (int r = 0; r < logs->rowCount(); ++r)
            if (logs->rowAt(r)->eventName == QLatin1String("TraceEventRecorded")) {
                recorded = true;
                QVERIFY2(logs->rowAt(r)->decoded.contains(QStringLiteral("kind=Commissioning")), qPrintable(logs->rowAt(r)->decoded));
                QCOMPARE(logs->rowAt(r)->address, QString::fromStdString(toChecksumAddress(m_chain.registry)));
            }
        QVERIFY(recorded);
        tabs(w)->setCurrentIndex(1);
        shoot(&w, QStringLiteral("block_details_logs"));
        tabs(w)->setCurrentIndex(2);
        shoot(&w, QStringLiteral("block_details_header"));
    }

    void searchFindsTransactionsBlocksAndAddresses()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, m_db));
        QSignalSpy shownSearch(&w, &MainWindow::searchShown);
        QSignalSpy shownBlock(w.chainView()->details(), &ui::BlockDetailsPanel::blockShown);

        // A transaction by its hash: its block, with the transaction selected.
        w.searchFor(hex(m_chain.transferTx));
        QVERIFY(shownSearch.wait(10000));
        QTRY_COMPARE(w.chainView()->details()->currentBlock(), std::optional<quint64>(m_chain.transferBlock));
        QTRY_VERIFY(w.chainView()->details()->isLoaded());
        auto* txView = child<ui::ExplorerTableView>(&w, QStringLiteral("transactionsTable"));
        QTRY_VERIFY(txView->currentIndex().isValid());
        QCOMPARE(w.chainView()->details()->transactionsModel()->rowAt(txView->currentIndex().row())->hash,
                 hex(m_chain.transferTx));
        QCOMPARE(w.chainView()->blocksTable()->currentIndex().row(), int(m_chain.transferBlock));
        shoot(&w, QStringLiteral("search_transaction"));

        // A block by its number.
        const quint64 target = m_chain.head - 3;
        w.searchFor(QString::number(target));
        QVERIFY(shownSearch.wait(10000));
        QTRY_COMPARE(w.chainView()->blocksTable()->currentIndex().row(), int(target));
        QTRY_COMPARE(w.chainView()->details()->currentBlock(), std::optional<quint64>(target));

        // An address: every transaction sent by or to it.
        const QString admin = QString::fromStdString(toChecksumAddress(devAddress(0)));
        w.searchFor(admin);
        QVERIFY(shownSearch.wait(10000));
        auto* dialog = child<ui::SearchResultsDialog>(&w, QStringLiteral("searchResultsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QString error;
        const auto count = queryValue(m_db,
                                      QStringLiteral("SELECT count(*) FROM transactions WHERE sender = x'%1' OR "
                                                     "recipient = x'%1' OR contract_address = x'%1'")
                                          .arg(admin.mid(2).toLower()),
                                      error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(dialog->table()->model()->rowCount(), count->toInt());
        QVERIFY(count->toInt() >= 4);  // deploy, two registrations, a transfer
        shoot(dialog, QStringLiteral("search_results"));
        dialog->close();

        // Nothing: a clear message, nothing else changes.
        QTRY_VERIFY(w.chainView()->details()->isLoaded());
        const auto before = w.chainView()->details()->currentBlock();
        w.searchFor(QStringLiteral("424242"));
        QVERIFY(shownSearch.wait(10000));
        QVERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->headline(), QStringLiteral("Nothing found for “424242”."));
        QVERIFY2(w.banner()->detail().contains(QStringLiteral("blocks 0 to %1").arg(m_chain.head)), qPrintable(w.banner()->detail()));
        QCOMPARE(w.chainView()->details()->currentBlock(), before);
        shoot(&w, QStringLiteral("search_nothing_found"));
    }

    void verifyAgainShowsTheFailedBlockWithItsReason()
    {
        // A copy with a forged sender (a check inside a block fails) and a flipped
        // header byte further on (the chain breaks there).
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(copyFile(m_db, tampered));
        QString error;
        QVERIFY2(corruptSender(tampered, m_chain.recordBlock, 0, error), qPrintable(error));
        const quint64 broken = m_chain.transferBlock + 2;
        QVERIFY(broken + 2 <= m_chain.head);
        QVERIFY2(corruptHeaderByte(tampered, broken, 100, error), qPrintable(error));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, tampered));
        auto* verify = child<QAction>(&w, QStringLiteral("actionVerifyAgain"));
        QTRY_VERIFY(verify->isEnabled());
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        verify->trigger();
        QVERIFY(!verify->isEnabled());  // one job at a time
        QVERIFY(finished.wait(60000));
        const auto result = finished.last().at(1).value<facade::JobResult>();
        QCOMPARE(result.outcome, facade::JobResult::Outcome::Completed);

        // The numbers core recorded.
        auto st = readStatus(tampered, error);
        QVERIFY2(st, qPrintable(error));
        auto failures = readFailures(tampered, error);
        QVERIFY2(failures, qPrintable(error));
        QVERIFY(st->failedBlocks >= 3);
        QCOMPARE(st->firstBrokenLink, std::optional<std::uint64_t>(broken));
        // The verifier's report may hold more than the failures table (the registry's
        // semantic checks, recorded with the domain index); the blocks are the same.
        QVERIFY(result.failures >= quint64(failures->size()));
        QCOMPARE(result.failedBlocks, quint64(st->failedBlocks));
        QCOMPARE(w.banner()->headline(), QStringLiteral("Verification found %1 failures in %2 of %3 blocks.")
                                             .arg(result.failures)
                                             .arg(st->failedBlocks)
                                             .arg(st->blocks));
        auto* verification = child<QLabel>(&w, QStringLiteral("verificationStatus"));
        QTRY_VERIFY2(verification->text().contains(QStringLiteral("%1 failed").arg(st->failedBlocks)),
                     qPrintable(verification->text()));
        QVERIFY(verification->text().contains(QStringLiteral("%1 verified").arg(st->verifiedBlocks)));
        QVERIFY(verification->text().contains(QStringLiteral("%1 after a broken link").arg(st->unanchoredBlocks)));

        // The failed block: the check that failed, with core's reason.
        const StoredFailure* senderFailure = nullptr;
        for (const auto& f : *failures)
            if (f.blockNumber == m_chain.recordBlock && f.check == QLatin1String("tx-sender")) senderFailure = &f;
        QVERIFY(senderFailure);
        QVERIFY(showBlock(w, m_chain.recordBlock));
        const auto* c = check(w, QStringLiteral("tx-sender"));
        QVERIFY(c);
        QCOMPARE(c->state, CheckState::Failed);
        QVERIFY2(c->reasons.join(QLatin1Char(' ')).contains(senderFailure->detail), qPrintable(c->reasons.join(QLatin1Char(' '))));
        QCOMPARE(check(w, QStringLiteral("block-hash"))->state, CheckState::Passed);
        QCOMPARE(child<QLabel>(&w, QStringLiteral("blockState"))->text(), QStringLiteral("Failed"));
        QVERIFY(!w.chainView()->details()->transactionsModel()->rowAt(0)->verified);
        BlocksTableModel* model = w.chainView()->blocksModel();
        QTRY_VERIFY(model->isRowLoaded(int(m_chain.recordBlock)));
        QTRY_COMPARE(model->index(int(m_chain.recordBlock), BlocksTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Failed"));
        QVERIFY(model->index(int(m_chain.recordBlock), BlocksTableModel::ProblemColumn).data().toString().startsWith(
            QStringLiteral("tx-sender")));
        shoot(&w, QStringLiteral("failed_block_details"));

        // The broken link: its hash no longer matches.
        QVERIFY(showBlock(w, broken));
        QCOMPARE(check(w, QStringLiteral("block-hash"))->state, CheckState::Failed);
        QCOMPARE(child<QLabel>(&w, QStringLiteral("blockState"))->text(), QStringLiteral("Broken link"));
        shoot(&w, QStringLiteral("broken_link_block"));

        // After it: its own checks pass, but it is not linked to the checkpoint.
        QVERIFY(showBlock(w, broken + 2));
        QCOMPARE(child<QLabel>(&w, QStringLiteral("blockState"))->text(), QStringLiteral("After a broken link"));
        QCOMPARE(check(w, QStringLiteral("checkpoint"))->state, CheckState::Failed);
        QCOMPARE(check(w, QStringLiteral("block-hash"))->state, CheckState::Passed);
        QVERIFY(child<QLabel>(&w, QStringLiteral("blockLink"))->text().contains(QStringLiteral("breaks at block %1").arg(broken)));
        shoot(&w, QStringLiteral("unanchored_block"));
    }

    void exportsTablesAsCsv()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, m_db));
        QSignalSpy exported(&w, &MainWindow::exportFinished);

        const QString blocksCsv = m_dir.filePath(QStringLiteral("blocks.csv"));
        QVERIFY(w.exportTable(w.chainView()->blocksTable(), blocksCsv));
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(3).toString()));
        QCOMPARE(exported.last().at(1).toLongLong(), qint64(m_status.blocks));
        QFile f(blocksCsv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(m_status.blocks) + 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("Block,Verification,Hash,Time (UTC)")));
        QString error;
        const auto hash = queryValue(m_db, QStringLiteral("SELECT hash FROM blocks WHERE number = %1").arg(m_chain.recordBlock), error);
        QVERIFY(hash);
        QVERIFY2(lines[int(m_chain.recordBlock) + 1].startsWith(QStringLiteral("%1,Verified,%2,").arg(m_chain.recordBlock).arg(*hash)),
                 qPrintable(lines[int(m_chain.recordBlock) + 1]));

        // The transactions of a block, through the same writer.
        QVERIFY(showBlock(w, m_chain.recordBlock));
        const QString txCsv = m_dir.filePath(QStringLiteral("transactions.csv"));
        QVERIFY(w.exportTable(child<ui::ExplorerTableView>(&w, QStringLiteral("transactionsTable")), txCsv));
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.last().at(0).toBool());
        QFile t(txCsv);
        QVERIFY(t.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(t.readAll());
        QCOMPARE(text.count(QStringLiteral("\r\n")), 2);
        QVERIFY(text.contains(hex(m_chain.recordTx)));
    }

    void importsAnArchive()
    {
        // An archive of the synced index, made by core.
        const QString archive = m_dir.filePath(QStringLiteral("chain.btarchive"));
        {
            IndexDb db;
            QVERIFY(db.open(m_db, IndexDb::Mode::ReadOnly).ok());
            const ArchiveResult r = exportArchive(db, archive, QStringLiteral("ui test"));
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        const QString imported = m_dir.filePath(QStringLiteral("imported.sqlite"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        QVERIFY(w.importArchiveFile(archive, imported) != 0);
        QVERIFY(finished.wait(60000));
        const auto result = finished.last().at(1).value<facade::JobResult>();
        QCOMPARE(result.outcome, facade::JobResult::Outcome::Completed);
        QCOMPARE(result.blocks, quint64(m_status.blocks));
        QTRY_COMPARE(w.indexPath(), imported);
        QTRY_COMPARE(w.chainView()->blocksModel()->rowCount(), int(m_status.blocks));
        QCOMPARE(w.banner()->headline(), QStringLiteral("Imported %1 blocks; 0 failed a check.").arg(m_status.blocks));
        QString error;
        auto st = readStatus(imported, error);
        QVERIFY2(st, qPrintable(error));
        QCOMPARE(st->headHash, m_status.headHash);
        QTRY_VERIFY(w.chainView()->details()->isLoaded());
        shoot(&w, QStringLiteral("import_done"));
    }

    void translated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("verified");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Verifiziert");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("已验证");
    }

    void translated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, verified);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), QStringLiteral("batterytrace"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(open(w, m_db));
            QVERIFY(showBlock(w, m_chain.recordBlock));
            BlocksTableModel* model = w.chainView()->blocksModel();
            QTRY_VERIFY(model->isRowLoaded(int(m_chain.recordBlock)));
            QCOMPARE(model->index(int(m_chain.recordBlock), BlocksTableModel::StatusColumn).data().toString(), verified);
            QCOMPARE(child<QLabel>(&w, QStringLiteral("blockState"))->text(), verified);
            QVERIFY(model->headerData(BlocksTableModel::StatusColumn, Qt::Horizontal).toString() != QStringLiteral("Verification"));
            shoot(&w, QStringLiteral("chain_view_") + locale);
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestChainView)
#include "test_chain_view.moc"
