// Bad input in the window: files that are not an index (text, another program's
// SQLite database, a newer schema, a damaged index, an empty or missing file), a node
// nobody answers at, an archive that is not one, a sync into a foreign file. Each
// gives a clear message in the window, never a crash or a freeze, and loses nothing:
// the index open before stays open, foreign files are left as they were, and header
// secrets appear nowhere.
#include "blocks_table_model.h"
#include "chain_fixture.h"
#include "chain_view.h"
#include "explorer_service.h"
#include "main_window.h"
#include "message_banner.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;
using bt::facade::ExplorerService;
using bt::facade::JobResult;
using bt::ui::MainWindow;
using bt::ui::MessageBanner;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A loopback port with nothing listening on it.
int closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close();
    return port;
}

// Collects every message Qt logs, to check that no secret is among them.
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext&, const QString& message) { g_log << message; }

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;
    QString m_text;

    bool openGood(MainWindow& w)
    {
        QSignalSpy opened(w.service(), &ExplorerService::indexOpened);
        w.openIndexFile(m_good);
        return opened.wait(20000) && w.indexPath() == m_good;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.sqlite"));
        QString error;
        QVERIFY2(makeSyntheticIndex(m_good, 50, error), qPrintable(error));
        m_text = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(writeFile(m_text, QByteArray("Shipment notes, not a database.\n").repeated(200)));
    }

    void filesThatAreNotAnIndex_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("headline");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("This file is not a BatteryTrace index.");
        QTest::newRow("another program's database") << QStringLiteral("foreign")
                                                    << QStringLiteral("This file is not a BatteryTrace index.");
        QTest::newRow("newer schema") << QStringLiteral("newer")
                                      << QStringLiteral("This index was written by another version of BatteryTrace Explorer.");
        QTest::newRow("damaged index") << QStringLiteral("damaged") << QStringLiteral("The index file is damaged.");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("This file is not a BatteryTrace index.");
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("The file does not exist.");
    }

    void filesThatAreNotAnIndex()
    {
        QFETCH(QString, tag);
        QFETCH(QString, headline);
        const QString path = m_dir.filePath(tag + QStringLiteral(".sqlite"));
        QString error;
        if (tag == QLatin1String("text")) {
            QVERIFY(copyFile(m_text, path));
        } else if (tag == QLatin1String("foreign")) {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE shipments(id INTEGER PRIMARY KEY, carrier TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO shipments(carrier) VALUES ('Reefer Logistics')")));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (tag == QLatin1String("newer")) {
            QVERIFY(copyFile(m_good, path));
            QVERIFY2(execSql(path, {QStringLiteral("PRAGMA user_version = 999")}, error), qPrintable(error));
        } else if (tag == QLatin1String("damaged")) {
            // A real index whose pages past the first are overwritten: SQLite reads
            // the header, then finds the b-trees malformed.
            QVERIFY2(makeSyntheticIndex(path, 20000, error), qPrintable(error));
            QVERIFY2(execSql(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("PRAGMA journal_mode=DELETE")},
                             error),
                     qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 65536);
            f.seek(4096);
            f.write(QByteArray(int(size - 8192), '\x5a'));
            f.close();
        } else if (tag == QLatin1String("empty")) {
            QVERIFY(writeFile(path, {}));
        }
        const QByteArray before = fileHash(path);

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openGood(w));
        QTRY_COMPARE(w.chainView()->blocksModel()->rowCount(), 50);
        QSignalSpy failed(w.service(), &ExplorerService::indexOpenFailed);
        w.openIndexFile(path);
        QVERIFY(failed.wait(20000));

        QVERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Error);
        QCOMPARE(w.banner()->headline(), QStringLiteral("Cannot open “%1”: %2").arg(tag + QStringLiteral(".sqlite"), headline));
        QVERIFY2(w.banner()->detail().contains(path), qPrintable(w.banner()->detail()));
        QVERIFY(w.banner()->detail().contains(QStringLiteral("stays open")));
        // Nothing lost: the index open before is still open and shown; the file is as it was.
        QCOMPARE(w.indexPath(), m_good);
        QVERIFY(w.service()->isIndexOpen());
        QCOMPARE(w.chainView()->blocksModel()->rowCount(), 50);
        QCOMPARE(fileHash(path), before);
        shoot(&w, QStringLiteral("bad_index_") + tag);
    }

    void firstOpenFailsClearly()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy failed(w.service(), &ExplorerService::indexOpenFailed);
        w.openIndexFile(m_text);
        QVERIFY(failed.wait(20000));
        QCOMPARE(w.banner()->headline(), QStringLiteral("Cannot open “notes.sqlite”: This file is not a BatteryTrace index."));
        QVERIFY(!w.banner()->detail().contains(QStringLiteral("stays open")));
        QVERIFY(w.indexPath().isEmpty());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionVerifyAgain"))->isEnabled());
        QVERIFY(w.findChild<QWidget*>(QStringLiteral("chainEmpty"))->isVisible());
        shoot(&w, QStringLiteral("bad_index_first_open"));
    }

    void nodeNobodyAnswersAt()
    {
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        facade::NodeSettings s;
        s.url = QStringLiteral("http://auditor:pa55word@127.0.0.1:%1/rpc?apikey=k3y").arg(closedPort());
        s.headers = {QStringLiteral("Authorization: Bearer s3cr3t-t0ken")};
        s.indexPath = m_dir.filePath(QStringLiteral("unreachable.sqlite"));
        s.timeoutSeconds = 2;
        s.maxRetries = 1;
        QVERIFY(w.startSync(s) != 0);
        QVERIFY(finished.wait(30000));
        qInstallMessageHandler(previous);
        const auto result = finished.last().at(1).value<JobResult>();
        QCOMPARE(result.outcome, JobResult::Outcome::Failed);
        QCOMPARE(w.banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(w.banner()->headline().startsWith(QStringLiteral("Sync stopped: ")), qPrintable(w.banner()->headline()));
        QVERIFY(w.banner()->headline().contains(QStringLiteral("127.0.0.1")));
        // Secrets: not in the window, not in any log line.
        QStringList seen = g_log;
        seen << w.banner()->headline() << w.banner()->detail() << result.message;
        for (const QString& text : seen)
            for (const char* secret : {"s3cr3t", "pa55word", "k3y"})
                QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionConnect"))->isEnabled());
        shoot(&w, QStringLiteral("sync_unreachable"));
    }

    void syncIntoAForeignFileLeavesItAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign-target.sqlite"));
        QVERIFY(copyFile(m_text, path));
        const QByteArray before = fileHash(path);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        facade::NodeSettings s;
        s.url = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        s.indexPath = path;
        QVERIFY(w.startSync(s) != 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(1).value<JobResult>().outcome, JobResult::Outcome::Failed);
        QCOMPARE(w.banner()->headline(), QStringLiteral("Sync not started: This file is not a BatteryTrace index."));
        QCOMPARE(fileHash(path), before);
    }

    void archiveThatIsNotOne()
    {
        const QString index = m_dir.filePath(QStringLiteral("from-archive.sqlite"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openGood(w));
        QSignalSpy finished(w.service(), &ExplorerService::jobFinished);
        QVERIFY(w.importArchiveFile(m_text, index) != 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(1).value<JobResult>().outcome, JobResult::Outcome::Failed);
        QCOMPARE(w.banner()->headline(), QStringLiteral("Import failed."));
        QVERIFY2(w.banner()->detail().contains(m_text), qPrintable(w.banner()->detail()));
        QCOMPARE(w.indexPath(), m_good);  // the window stays on the index it showed
        shoot(&w, QStringLiteral("bad_archive"));
    }
};

QTEST_MAIN(TestBadInput)
#include "test_bad_input.moc"
