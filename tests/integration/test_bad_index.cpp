// Bad index files: a file that is not an index (random bytes, text, an SQLite
// database of another application), an index from a newer schema, a read-only index
// file, an index on a read-only disk, and a full disk. Each gives a clear message and
// a non-zero exit, and nothing already indexed is lost (the file is unchanged, or
// still verifies and still holds its blocks).
//
// Tests run as root in CI, where chmod 0444 does not stop a write. A read-only file
// is made immutable (chattr +i: even root cannot write it) and a read-only disk is a
// tmpfs remounted read-only; a full disk is a small tmpfs. As another user, chmod
// stands in for the first two and the full disk is skipped (mount needs root).
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace bt;
using namespace bt::test;

namespace {

QByteArray digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs a command (chattr, mount, umount); true when it exited 0.
bool run(const QString& program, const QStringList& args, QString* output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output) *output = QString::fromUtf8(p.readAll()).trimmed();
    return ok;
}

bool isRoot() { return ::geteuid() == 0; }

}  // namespace

class TestBadIndex : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    AnvilNode m_anvil;
    QString m_base;     // a clean index of the first blocks
    qint64 m_baseBlocks = 0;
    QStringList m_mounts;

    QStringList syncArgs(const QString& db) const
    {
        return {QStringLiteral("sync"), QStringLiteral("--rpc"), m_anvil.url().toString(), QStringLiteral("--db"), db,
                QStringLiteral("--quiet")};
    }

    QString copyOfBase(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        QFile::remove(db);
        return QFile::copy(m_base, db) ? db : QString();
    }

    // Checks that `db` still holds the base index's blocks, verified.
    void expectBaseIntact(const QString& db)
    {
        QString error;
        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        QCOMPARE(st->value(QStringLiteral("blocks")).toInteger(), m_baseBlocks);
        QCOMPARE(st->value(QStringLiteral("verifiedBlocks")).toInteger(), m_baseBlocks);
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }

    QString mountTmpfs(const QString& name, const QString& options)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        QString out;
        if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                           QStringLiteral("tmpfs"), dir},
                 &out)) {
            qWarning("mount -t tmpfs -o %s failed: %s", qPrintable(options), qPrintable(out));
            return {};
        }
        m_mounts << dir;
        return dir;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_anvil.start({QStringLiteral("--hardfork"), QStringLiteral("cancun"), QStringLiteral("--prune-history")}),
                 qPrintable(m_anvil.error()));
        ChainBuilder chain(m_anvil.url());
        QVERIFY2(chain.init(), qPrintable(chain.error()));
        auto emitter = chain.deployLogEmitter();
        QVERIFY2(emitter, qPrintable(chain.error()));
        QVERIFY2(chain.mineBlocksWithLogs(*emitter, 5, 4), qPrintable(chain.error()));
        m_base = m_dir.filePath(QStringLiteral("base.btx"));
        const CliRun sync = runCli(syncArgs(m_base));
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        m_baseBlocks = qint64(chain.blockNumber().value_or(0)) + 1;
        // The node moves on: a sync into a copy of the base index has blocks to write.
        QVERIFY2(chain.mineEmpty(3000), qPrintable(chain.error()));
        expectBaseIntact(m_base);
    }

    void cleanupTestCase()
    {
        for (const QString& m : m_mounts) run(QStringLiteral("umount"), {QStringLiteral("-l"), m});
    }

    void notAnIndexIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QByteArray random(8192, '\0');
        QRandomGenerator gen(7);
        for (auto& c : random) c = char(gen.bounded(256));
        QTest::newRow("random bytes") << random << QStringLiteral("not a BatteryTrace index (not an SQLite database)");
        QTest::newRow("text") << QByteArray("battery passport\n").repeated(100)
                              << QStringLiteral("not a BatteryTrace index (not an SQLite database)");
        QTest::newRow("SQLite header, garbage after") << (QByteArray("SQLite format 3", 16) + random)
                                                      << QStringLiteral("not a BatteryTrace index");
        QTest::newRow("another application's SQLite database") << QByteArray()
                                                               << QStringLiteral("an SQLite database, but not a BatteryTrace index");
    }

    void notAnIndexIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentDataTag()).replace(u' ', u'_').replace(u'\'', u'_'));
        QFile::remove(file);
        QString error;
        if (content.isEmpty()) {
            QVERIFY2(execSql(file, {QStringLiteral("CREATE TABLE lots (id INTEGER PRIMARY KEY, mine TEXT)"),
                                    QStringLiteral("INSERT INTO lots(mine) VALUES ('Kolwezi'), ('Greenbushes')"),
                                    QStringLiteral("PRAGMA application_id = 1234")},
                             error),
                     qPrintable(error));
        } else {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = digestOf(file);
        for (const QStringList& args : {syncArgs(file), QStringList{QStringLiteral("status"), QStringLiteral("--db"), file},
                                        QStringList{QStringLiteral("verify"), QStringLiteral("--db"), file}}) {
            const CliRun r = runCli(args);
            qInfo("%s", qPrintable(r.err.trimmed()));
            QVERIFY2(r.finished && !r.crashed && r.exitCode != 0, qPrintable(QStringLiteral("expected a non-zero exit: %1").arg(r.describe())));
            QVERIFY2(r.err.contains(file) && r.err.contains(message),
                     qPrintable(QStringLiteral("expected \"%1\": %2").arg(message, r.describe())));
            if (args.first() != QLatin1String("sync")) QCOMPARE(r.exitCode, 2);
        }
        QCOMPARE(digestOf(file), before);  // not touched
        if (content.isEmpty()) {
            auto rows = queryRows(file, QStringLiteral("SELECT mine FROM lots ORDER BY id"), error);
            QVERIFY2(rows && *rows == (QStringList{QStringLiteral("Kolwezi"), QStringLiteral("Greenbushes")}), qPrintable(error));
        }
    }

    void newerSchemaIsRefused()
    {
        const QString db = copyOfBase(QStringLiteral("newer.btx"));
        QVERIFY(!db.isEmpty());
        QString error;
        auto version = queryRows(db, QStringLiteral("PRAGMA user_version"), error);
        QVERIFY2(version && version->size() == 1 && version->first().toInt() >= 1, qPrintable(error));
        QVERIFY2(execSql(db, {QStringLiteral("PRAGMA user_version = 99")}, error), qPrintable(error));
        const QByteArray before = digestOf(db);
        for (const QStringList& args : {syncArgs(db), QStringList{QStringLiteral("status"), QStringLiteral("--db"), db},
                                        QStringList{QStringLiteral("verify"), QStringLiteral("--db"), db},
                                        QStringList{QStringLiteral("archive"), QStringLiteral("export"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("newer.archive"))}}) {
            const CliRun r = runCli(args);
            qInfo("%s", qPrintable(r.err.trimmed()));
            QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(db) && r.err.contains(QLatin1String("written by a newer BatteryTrace (index schema 99")),
                     qPrintable(r.describe()));
        }
        QCOMPARE(digestOf(db), before);
        // Nothing was lost: back at its own version, the index is whole.
        QVERIFY2(execSql(db, {QStringLiteral("PRAGMA user_version = %1").arg(version->first())}, error), qPrintable(error));
        expectBaseIntact(db);
    }

    void readOnlyIndexFile()
    {
        const QString db = copyOfBase(QStringLiteral("readonly.btx"));
        QVERIFY(!db.isEmpty());
        QString out;
        if (isRoot()) {
            // chmod would not stop root: make the file immutable.
            if (!run(QStringLiteral("chattr"), {QStringLiteral("+i"), db}, &out))
                QSKIP(qPrintable(QStringLiteral("running as root, and chattr +i is not available here (%1): a read-only "
                                                "file cannot be made for root").arg(out)));
        } else {
            QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        const QByteArray before = digestOf(db);
        const CliRun r = runCli(syncArgs(db));
        if (isRoot()) run(QStringLiteral("chattr"), {QStringLiteral("-i"), db});
        qInfo("%s", qPrintable(r.err.trimmed()));
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(QStringLiteral("expected exit 1: %1").arg(r.describe())));
        QVERIFY2(r.err.contains(db) && r.err.contains(QLatin1String("read-only")),
                 qPrintable(QStringLiteral("expected a message saying the index is read-only: %1").arg(r.describe())));
        QCOMPARE(digestOf(db), before);
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        expectBaseIntact(db);
    }

    // An auditor's copy on read-only media: sync is refused with a clear message;
    // status and verify, which only read, work there.
    void indexOnReadOnlyDisk()
    {
        QString dir;
        if (isRoot()) {
            dir = mountTmpfs(QStringLiteral("ro-disk"), QStringLiteral("size=8m"));
            if (dir.isEmpty()) QSKIP("mount -t tmpfs is not permitted here: no read-only disk can be made");
            QVERIFY(QFile::copy(m_base, dir + QStringLiteral("/index.btx")));
            QString out;
            QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir}, &out), qPrintable(out));
        } else {
            dir = m_dir.filePath(QStringLiteral("ro-dir"));
            QDir().mkpath(dir);
            QVERIFY(QFile::copy(m_base, dir + QStringLiteral("/index.btx")));
            QVERIFY(QFile::setPermissions(dir + QStringLiteral("/index.btx"), QFileDevice::ReadOwner));
            QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const QString db = dir + QStringLiteral("/index.btx");
        const QByteArray before = digestOf(db);
        const CliRun r = runCli(syncArgs(db));
        qInfo("%s", qPrintable(r.err.trimmed()));
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(QStringLiteral("expected exit 1: %1").arg(r.describe())));
        QVERIFY2(r.err.contains(db) && r.err.contains(QLatin1String("read-only")) && !r.err.contains(QLatin1String("not a BatteryTrace index")),
                 qPrintable(QStringLiteral("expected a message saying the disk is read-only: %1").arg(r.describe())));
        QCOMPARE(digestOf(db), before);
        expectBaseIntact(db);
        if (!isRoot()) QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void fullDisk()
    {
        if (!isRoot()) QSKIP("a full disk is a small tmpfs, which only root can mount");
        const QString dir = mountTmpfs(QStringLiteral("small-disk"), QStringLiteral("size=1m"));
        if (dir.isEmpty()) QSKIP("mount -t tmpfs is not permitted here: no full disk can be made");
        const QString db = dir + QStringLiteral("/index.btx");
        QVERIFY(QFile::copy(m_base, db));
        // 3000 more blocks do not fit in 1 MB.
        const CliRun r = runCli(syncArgs(db), 60000);
        qInfo("%s", qPrintable(r.err.trimmed()));
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(QStringLiteral("expected exit 1: %1").arg(r.describe())));
        QVERIFY2(r.err.contains(db) && r.err.contains(QLatin1String("the disk is full")),
                 qPrintable(QStringLiteral("expected a message saying the disk is full: %1").arg(r.describe())));
        QString error;
        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        const qint64 blocks = st->value(QStringLiteral("blocks")).toInteger();
        QVERIFY2(blocks >= m_baseBlocks, qPrintable(QStringLiteral("blocks already indexed were lost: %1 of %2 left").arg(blocks).arg(m_baseBlocks)));
        QCOMPARE(st->value(QStringLiteral("missingBlocks")).toInteger(), qint64(0));
        QCOMPARE(st->value(QStringLiteral("failedBlocks")).toInteger(), qint64(0));
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        // Once there is room again, the sync resumes and completes.
        QString out;
        QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,size=64m"), dir}, &out), qPrintable(out));
        const CliRun resume = runCli(syncArgs(db), 60000);
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.describe()));
        BlockingRpc node(testEndpoint(m_anvil.url()));
        const QString diff = compareWithNode(db, node);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestBadIndex)
#include "test_bad_index.moc"
