// Bad nodes and bad URLs, through the real CLI: an unreachable node, URLs that are not
// http(s), TLS against a plain HTTP node, HTTP 401 / 500 / 503, malformed and
// truncated JSON, an answer for another block, a node that goes silent, and another
// chain (another chain id; the same chain id with another genesis). Each gives a
// clear message and a non-zero exit, and the index the sync started from keeps its
// blocks: a verified prefix of the node's chain.
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"
#include "tamper_proxy.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

Q_DECLARE_METATYPE(std::optional<bt::test::ProxyRule>)

class TestBadNode : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    AnvilNode m_anvil;
    std::unique_ptr<BlockingRpc> m_node;
    QString m_base;  // blocks 0-5
    static constexpr qint64 kBaseBlocks = 6;
    static constexpr std::uint64_t kFailAt = 25;  // the block whose request goes wrong

    QString copyOfBase(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        QFile::remove(db);
        return QFile::copy(m_base, db) ? db : QString();
    }

    // After a failed sync: at least the base blocks, whole and verified, a prefix of the chain.
    void expectNothingLost(const QString& db)
    {
        QString error;
        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        const qint64 blocks = st->value(QStringLiteral("blocks")).toInteger();
        QVERIFY2(blocks >= kBaseBlocks, qPrintable(QStringLiteral("expected at least the %1 blocks indexed before, found %2").arg(kBaseBlocks).arg(blocks)));
        QCOMPARE(st->value(QStringLiteral("missingBlocks")).toInteger(), qint64(0));
        QCOMPARE(st->value(QStringLiteral("failedBlocks")).toInteger(), qint64(0));
        const QString diff = compareWithNode(db, *m_node, std::uint64_t(blocks - 1));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }

    static ProxyRule rule(ProxyRule::Kind kind, std::optional<std::uint64_t> block, int status = 0)
    {
        ProxyRule r;
        r.kind = kind;
        r.block = block;
        r.status = status;
        r.otherBlock = kFailAt + 2;
        return r;
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
        QVERIFY2(chain.mineBlocksWithLogs(*emitter, 30, 2), qPrintable(chain.error()));
        QVERIFY2(chain.mineEmpty(20), qPrintable(chain.error()));
        m_node = std::make_unique<BlockingRpc>(testEndpoint(m_anvil.url()));
        m_base = m_dir.filePath(QStringLiteral("base.btx"));
        const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), m_anvil.url().toString(), QStringLiteral("--db"),
                                    m_base, QStringLiteral("--to"), QString::number(kBaseBlocks - 1), QStringLiteral("--quiet")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        expectNothingLost(m_base);
    }

    void badUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("message");

        // A port nothing listens on: bind one, then close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QTest::newRow("unreachable node (closed port)") << closed << 1 << QStringList{closed, QStringLiteral("network error")};
        QTest::newRow("ftp URL") << QStringLiteral("ftp://127.0.0.1:%1/").arg(m_anvil.port()) << 2
                                 << QStringList{QStringLiteral("is not an http:// or https:// URL")};
        QTest::newRow("file URL") << QStringLiteral("file:///etc/hostname") << 2 << QStringList{QStringLiteral("is not an http:// or https:// URL")};
        QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:%1").arg(m_anvil.port()) << 2
                                   << QStringList{QStringLiteral("--rpc: not a URL; expected an http:// or https:// URL")};
        QTest::newRow("not a URL") << QStringLiteral("http://[::1") << 2
                                   << QStringList{QStringLiteral("--rpc: not a URL; expected an http:// or https:// URL")};
        QTest::newRow("https to a plain HTTP node") << QStringLiteral("https://127.0.0.1:%1").arg(m_anvil.port()) << 1
                                                    << QStringList{QStringLiteral("https://127.0.0.1:%1").arg(m_anvil.port()),
                                                                   QStringLiteral("network error")};
    }

    void badUrl()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        QFETCH(QStringList, message);
        const QString db = copyOfBase(QStringLiteral("url-%1.btx").arg(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(!db.isEmpty());
        const CliRun r = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), url, QStringLiteral("--db"), db,
                                 QStringLiteral("--quiet"), QStringLiteral("--timeout"), QStringLiteral("2")});
        qInfo("%s", qPrintable(r.err.trimmed()));
        QVERIFY2(r.finished && !r.crashed && r.exitCode == exitCode,
                 qPrintable(QStringLiteral("expected exit %1: %2").arg(exitCode).arg(r.describe())));
        for (const QString& m : message)
            QVERIFY2(r.err.contains(m), qPrintable(QStringLiteral("expected \"%1\" in the message: %2").arg(m, r.describe())));
        QVERIFY2(!r.err.contains(QLatin1String("\"\"")), qPrintable(QStringLiteral("an empty quote says nothing: %1").arg(r.describe())));
        expectNothingLost(db);
    }

    void badAnswers_data()
    {
        QTest::addColumn<ProxyRule>("tamper");
        QTest::addColumn<QStringList>("message");
        using K = ProxyRule::Kind;
        QTest::newRow("HTTP 401") << rule(K::HttpStatus, std::nullopt, 401)
                                  << QStringList{QStringLiteral("HTTP 401"), QStringLiteral("authentication")};
        QTest::newRow("HTTP 500 mid-sync") << rule(K::HttpStatus, kFailAt, 500) << QStringList{QStringLiteral("HTTP 500")};
        QTest::newRow("HTTP 503 (retried, then given up)")
            << rule(K::HttpStatus, std::nullopt, 503) << QStringList{QStringLiteral("HTTP 503"), QStringLiteral("after 4 retries")};
        QTest::newRow("malformed JSON mid-sync") << rule(K::Malformed, kFailAt)
                                                 << QStringList{QStringLiteral("malformed response"), QStringLiteral("not JSON")};
        QTest::newRow("truncated JSON mid-sync") << rule(K::Truncated, kFailAt)
                                                 << QStringList{QStringLiteral("malformed response"), QStringLiteral("not JSON")};
        QTest::newRow("another block's answer") << rule(K::WrongBlock, kFailAt)
                                                << QStringList{QStringLiteral("asked for block %1, got block %2").arg(kFailAt).arg(kFailAt + 2)};
        QTest::newRow("silent node") << rule(K::Silent, kFailAt) << QStringList{QStringLiteral("timed out")};
    }

    void badAnswers()
    {
        QFETCH(ProxyRule, tamper);
        QFETCH(QStringList, message);
        TamperProxy proxy(m_anvil.url());
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        proxy.addRule(tamper);
        const QString db = copyOfBase(QStringLiteral("answer-%1.btx").arg(proxy.url().port()));
        QVERIFY(!db.isEmpty());
        const QString endpoint = proxy.url().toString();
        const CliRun r = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), endpoint, QStringLiteral("--db"), db,
                                 QStringLiteral("--quiet"), QStringLiteral("--timeout"), QStringLiteral("0.5")},
                                60000);
        qInfo("%s", qPrintable(r.err.trimmed()));
        QVERIFY2(proxy.hits() > 0, "the proxy's rule never applied: the test would prove nothing");
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 1, qPrintable(QStringLiteral("expected exit 1: %1").arg(r.describe())));
        QVERIFY2(r.err.contains(QStringLiteral("sync failed: ")) && r.err.contains(endpoint),
                 qPrintable(QStringLiteral("expected a message naming the endpoint: %1").arg(r.describe())));
        for (const QString& m : message)
            QVERIFY2(r.err.contains(m), qPrintable(QStringLiteral("expected \"%1\" in the message: %2").arg(m, r.describe())));
        expectNothingLost(db);
    }

    void anotherChainIsRefused_data()
    {
        QTest::addColumn<QStringList>("anvilArgs");
        QTest::addColumn<QString>("message");
        QTest::newRow("another chain id") << QStringList{QStringLiteral("--chain-id"), QStringLiteral("4242")}
                                          << QStringLiteral("indexes chain 31337, but the node at %1 serves chain 4242");
        QTest::newRow("same chain id, another genesis") << QStringList{QStringLiteral("--timestamp"), QStringLiteral("1000000")}
                                                        << QStringLiteral("but the node at %1 serves");
    }

    void anotherChainIsRefused()
    {
        QFETCH(QStringList, anvilArgs);
        QFETCH(QString, message);
        AnvilNode other;
        QVERIFY2(other.start(anvilArgs), qPrintable(other.error()));
        ChainBuilder chain(other.url());
        QVERIFY2(chain.init(), qPrintable(chain.error()));
        QVERIFY2(chain.mineEmpty(40), qPrintable(chain.error()));
        const QString db = copyOfBase(QStringLiteral("other-chain-%1.btx").arg(other.port()));
        QVERIFY(!db.isEmpty());
        const QString endpoint = other.url().toString();
        const CliRun r = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), endpoint, QStringLiteral("--db"), db, QStringLiteral("--quiet")});
        qInfo("%s", qPrintable(r.err.trimmed()));
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(QStringLiteral("expected exit 1: %1").arg(r.describe())));
        QVERIFY2(r.err.contains(message.arg(endpoint)) && r.err.contains(QLatin1String("use another index file")),
                 qPrintable(QStringLiteral("expected \"%1\": %2").arg(message.arg(endpoint), r.describe())));
        QString error;
        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        QCOMPARE(st->value(QStringLiteral("blocks")).toInteger(), kBaseBlocks);
        expectNothingLost(db);
    }
};

QTEST_GUILESS_MAIN(TestBadNode)
#include "test_bad_node.moc"
