// Chain archives of a real chain: export, then import into a new index, gives the
// same data row by row (blocks, transactions, logs), verified on both sides. A
// truncated archive and a file that is no archive are refused with a clear message
// and a non-zero exit, and what an index already held is not lost.
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestArchive : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    AnvilNode m_anvil;
    QString m_source;
    QString m_archive;
    std::uint64_t m_head = 0;

    static const QStringList& tables()
    {
        static const QStringList t{
            QStringLiteral("SELECT * FROM blocks ORDER BY number"),
            QStringLiteral("SELECT * FROM transactions ORDER BY block_number, tx_index"),
            QStringLiteral("SELECT * FROM logs ORDER BY block_number, log_index"),
            QStringLiteral("SELECT * FROM failures ORDER BY block_number, rowid"),
        };
        return t;
    }

    static QStringList cli(std::initializer_list<const char*> args)
    {
        QStringList out;
        for (const char* a : args) out << QString::fromUtf8(a);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_anvil.start(), qPrintable(m_anvil.error()));
        ChainBuilder chain(m_anvil.url());
        QVERIFY2(chain.init(), qPrintable(chain.error()));
        auto emitter = chain.deployLogEmitter();
        QVERIFY2(emitter, qPrintable(chain.error()));
        QVERIFY2(chain.legacyUnprotected(ChainBuilder::devAddress(2)), qPrintable(chain.error()));
        QVERIFY2(chain.accessList(*emitter, Bytes{1, 2, 3}), qPrintable(chain.error()));
        QVERIFY2(chain.setCode(ChainBuilder::labelKey("archive authority"), *emitter, Bytes{4}), qPrintable(chain.error()));
        QVERIFY2(chain.mineBlocksWithLogs(*emitter, 20, 5), qPrintable(chain.error()));
        QVERIFY2(chain.mineEmpty(300), qPrintable(chain.error()));
        m_head = chain.blockNumber().value_or(0);
        m_source = m_dir.filePath(QStringLiteral("source.btx"));
        const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), m_anvil.url().toString(),
                                    QStringLiteral("--db"), m_source, QStringLiteral("--quiet")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        const QString diff = compareWithNode(m_source, chain.rpc());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void exportThenImportGivesIdenticalData()
    {
        m_archive = m_dir.filePath(QStringLiteral("chain.btarchive"));
        const CliRun ex = runCli({QStringLiteral("archive"), QStringLiteral("export"), QStringLiteral("--db"), m_source,
                                  QStringLiteral("--out"), m_archive});
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.describe()));
        QVERIFY2(ex.out.contains(QStringLiteral("exported %1 blocks").arg(m_head + 1)), qPrintable(ex.describe()));
        QVERIFY(QFile(m_archive).size() > 8);

        const QString imported = m_dir.filePath(QStringLiteral("imported.btx"));
        const CliRun im = runCli({QStringLiteral("archive"), QStringLiteral("import"), QStringLiteral("--in"), m_archive,
                                  QStringLiteral("--db"), imported});
        QVERIFY2(im.exitCode == 0, qPrintable(im.describe()));
        QVERIFY2(im.out.contains(QStringLiteral("imported %1 blocks (0 with failed checks)").arg(m_head + 1)), qPrintable(im.describe()));

        QString error;
        for (const QString& sql : tables()) {
            auto a = queryRows(m_source, sql, error);
            QVERIFY2(a, qPrintable(error));
            auto b = queryRows(imported, sql, error);
            QVERIFY2(b, qPrintable(error));
            QVERIFY2(!a->isEmpty() || sql.contains(QLatin1String("failures")), qPrintable(QStringLiteral("%1: no rows").arg(sql)));
            QCOMPARE(b->size(), a->size());
            for (int i = 0; i < a->size(); ++i)
                QVERIFY2((*a)[i] == (*b)[i], qPrintable(QStringLiteral("%1, row %2:\n source   %3\n imported %4").arg(sql).arg(i).arg((*a)[i], (*b)[i])));
        }
        for (const QString& db : {m_source, imported}) {
            const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        }
        // The same checkpoint and chain; the import says where its anchor came from.
        auto s1 = cliStatus(m_source, error);
        auto s2 = cliStatus(imported, error);
        QVERIFY2(s1 && s2, qPrintable(error));
        for (const char* key : {"chainId", "blocks", "transactions", "events", "verifiedBlocks", "failedBlocks", "head"})
            QCOMPARE(s2->value(QLatin1String(key)), s1->value(QLatin1String(key)));
        QCOMPARE(s2->value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("hash")),
                 s1->value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("hash")));
        QCOMPARE(s2->value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("archive"));
    }

    void truncatedArchiveIsRefused()
    {
        QVERIFY(!m_archive.isEmpty());
        QFile in(m_archive);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        in.close();
        // Cut at several places: inside the magic, just after it, mid-stream, one byte short.
        for (const qsizetype cut : {qsizetype(4), qsizetype(8), qsizetype(9), whole.size() / 2, whole.size() - 1}) {
            const QString truncated = m_dir.filePath(QStringLiteral("cut-%1.btarchive").arg(cut));
            QFile out(truncated);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(whole.left(cut));
            out.close();
            const QString db = m_dir.filePath(QStringLiteral("from-cut-%1.btx").arg(cut));
            const CliRun im = runCli({QStringLiteral("archive"), QStringLiteral("import"), QStringLiteral("--in"), truncated,
                                      QStringLiteral("--db"), db});
            QVERIFY2(im.finished && !im.crashed && im.exitCode != 0,
                     qPrintable(QStringLiteral("cut at %1 of %2 bytes: expected a non-zero exit: %3").arg(cut).arg(whole.size()).arg(im.describe())));
            QVERIFY2(im.err.contains(QStringLiteral("archive import: ")) && im.err.contains(truncated) &&
                         (im.err.contains(QLatin1String("truncated")) || im.err.contains(QLatin1String("not a BatteryTrace chain archive")) ||
                          im.err.contains(QLatin1String("empty archive"))),
                     qPrintable(QStringLiteral("cut at %1: expected a message naming the file and the truncation: %2").arg(cut).arg(im.describe())));
            // Whatever an import of a cut archive wrote is whole, verified blocks.
            if (QFile::exists(db)) {
                const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
                QVERIFY2(verify.exitCode == 0 || verify.err.contains(QLatin1String("the index is empty")) ||
                             verify.out.contains(QLatin1String("holds no blocks")),
                         qPrintable(verify.describe()));
            }
        }
    }

    void truncatedArchiveDoesNotHarmAnIndex()
    {
        // An index holding the first blocks of the chain, then a cut archive of it.
        const QString db = m_dir.filePath(QStringLiteral("prefix.btx"));
        const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), m_anvil.url().toString(),
                                    QStringLiteral("--db"), db, QStringLiteral("--to"), QStringLiteral("5"), QStringLiteral("--quiet")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QFile in(m_archive);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        const QString truncated = m_dir.filePath(QStringLiteral("three-quarters.btarchive"));
        QFile out(truncated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.left(whole.size() * 3 / 4));
        out.close();
        const CliRun im = runCli({QStringLiteral("archive"), QStringLiteral("import"), QStringLiteral("--in"), truncated,
                                  QStringLiteral("--db"), db});
        QVERIFY2(im.exitCode != 0 && im.err.contains(QLatin1String("truncated")), qPrintable(im.describe()));
        QString error;
        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        QVERIFY2(st->value(QStringLiteral("blocks")).toInteger() >= 6, "blocks already indexed were lost");
        QCOMPARE(st->value(QStringLiteral("missingBlocks")).toInteger(), qint64(0));
        QCOMPARE(st->value(QStringLiteral("failedBlocks")).toInteger(), qint64(0));
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        // The whole archive then completes it.
        const CliRun rest = runCli({QStringLiteral("archive"), QStringLiteral("import"), QStringLiteral("--in"), m_archive,
                                    QStringLiteral("--db"), db});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.describe()));
        BlockingRpc node(testEndpoint(m_anvil.url()));
        const QString diff = compareWithNode(db, node);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void nonArchiveIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(4096, '\0');
        QRandomGenerator gen(42);
        for (auto& c : random) c = char(gen.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("JSON") << QByteArray("{\"blocks\": []}\n");
        QTest::newRow("right magic, then garbage") << (QByteArray("BTARCH\0\1", 8) + random);
    }

    void nonArchiveIsRefused()
    {
        QFETCH(QByteArray, content);
        const QString file = m_dir.filePath(QStringLiteral("not-an-archive"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const QString db = m_dir.filePath(QStringLiteral("never.btx"));
        QFile::remove(db);
        const CliRun im = runCli({QStringLiteral("archive"), QStringLiteral("import"), QStringLiteral("--in"), file,
                                  QStringLiteral("--db"), db});
        QVERIFY2(im.finished && !im.crashed && im.exitCode == 2, qPrintable(QStringLiteral("expected exit 2: %1").arg(im.describe())));
        QVERIFY2(im.err.contains(file) && (im.err.contains(QLatin1String("not a BatteryTrace chain archive")) ||
                                           im.err.contains(QLatin1String("not a valid archive stream"))),
                 qPrintable(im.describe()));
        QVERIFY2(!QFile::exists(db), "a refused archive still created an index file");
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "test_archive.moc"
