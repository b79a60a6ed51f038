// The facade on its own, without widgets: it opens an index and reports what core
// reads from it, pages blocks, details a failed block, refuses what it cannot open
// while keeping the open index, runs one job at a time, drops answers meant for an
// index no longer open, and carries the hooks the domain will use: submitQuery (runs
// off the GUI thread with the reader's connection) and SearchProvider.
#include "chain_fixture.h"
#include "explorer_service.h"
#include "query_context.h"

#include "index/index_db.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bt;
using namespace bt::test;
using namespace bt::facade;

namespace {

class AssetSearch : public SearchProvider {
public:
    std::vector<SearchHit> search(QueryContext& ctx, const QString& text, std::size_t) override
    {
        thread = QThread::currentThread();
        path = ctx.path();
        if (!text.startsWith(QLatin1String("LOT-"))) return {};
        SearchHit hit;
        hit.kind = SearchHit::Kind::Domain;
        hit.domainKind = QStringLiteral("asset");
        hit.domainKey = text;
        hit.title = QStringLiteral("Cobalt ore lot ") + text;
        return {hit};
    }
    QThread* thread = nullptr;
    QString path;
};

} // namespace

class TestExplorerService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_index;   // 1000 blocks, every 100th failed
    QString m_other;   // 10 blocks

    bool open(ExplorerService& s, const QString& path)
    {
        QSignalSpy opened(&s, &ExplorerService::indexOpened);
        s.openIndex(path);
        return opened.wait(20000) && s.indexPath() == path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_index = m_dir.filePath(QStringLiteral("index.sqlite"));
        m_other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QString error;
        QVERIFY2(makeSyntheticIndex(m_index, 1000, error, 100), qPrintable(error));
        QVERIFY2(makeSyntheticIndex(m_other, 10, error), qPrintable(error));
    }

    void summaryIsWhatCoreReads()
    {
        ExplorerService s;
        QVERIFY(open(s, m_index));
        QString error;
        auto st = readStatus(m_index, error);
        QVERIFY2(st, qPrintable(error));
        const IndexSummary& sum = s.summary();
        QCOMPARE(sum.blocks, quint64(st->blocks));
        QCOMPARE(sum.blocks, quint64(1000));
        QCOMPARE(sum.failedBlocks, quint64(st->failedBlocks));
        QCOMPARE(sum.failedBlocks, quint64(10));
        QCOMPARE(sum.verifiedBlocks, quint64(st->verifiedBlocks));
        QCOMPARE(sum.anchorHash, st->anchorHash);
        QCOMPARE(sum.chainId, QStringLiteral("31337"));
        QCOMPARE(sum.firstNumber, std::optional<quint64>(0));
        QCOMPARE(sum.headNumber, std::optional<quint64>(999));
    }

    void pagesAndDetails()
    {
        ExplorerService s;
        QVERIFY(open(s, m_index));
        QSignalSpy pages(&s, &ExplorerService::blockPageReady);
        const quint64 id = s.requestBlockPage(990, 20);
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.last().at(0).toULongLong(), id);
        const auto page = pages.last().at(1).value<BlockPage>();
        QCOMPARE(page.offset, quint64(990));
        QCOMPARE(page.rows.size(), std::size_t(10));  // only 10 blocks are left
        QCOMPARE(page.rows.front().number, quint64(990));
        QCOMPARE(page.rows.back().number, quint64(999));
        QCOMPARE(page.rows.back().state, BlockState::Failed);
        QCOMPARE(page.rows.back().firstProblem, QStringLiteral("receipts-root: made up for the test"));
        QCOMPARE(page.rows.front().state, BlockState::Verified);
        QString error;
        const auto hash = queryValue(m_index, QStringLiteral("SELECT hash FROM blocks WHERE number = 995"), error);
        QCOMPARE(page.rows[5].hash, *hash);

        QSignalSpy details(&s, &ExplorerService::blockDetailsReady);
        s.requestBlockDetails(99);
        QVERIFY(details.wait(10000));
        const auto d = details.last().at(1).value<BlockDetails>();
        QVERIFY(d.found);
        QCOMPARE(d.state, BlockState::Failed);
        QCOMPARE(d.hash, *queryValue(m_index, QStringLiteral("SELECT hash FROM blocks WHERE number = 99"), error));
        // The made-up header (an empty RLP list) does not decode: said, and the checks
        // that need it are not claimed as passed.
        QVERIFY(!d.headerError.isEmpty());
        bool sawReceipts = false;
        for (const CheckResult& c : d.checks) {
            if (c.name == QLatin1String("receipts-root")) {
                sawReceipts = true;
                QCOMPARE(c.state, CheckState::Failed);
                QCOMPARE(c.reasons, QStringList{QStringLiteral("made up for the test")});
            } else if (c.name != QLatin1String("header-encoding")) {
                QVERIFY2(c.state != CheckState::Passed, qPrintable(c.name));
            }
        }
        QVERIFY(sawReceipts);
        QCOMPARE(d.link.anchorNumber, std::optional<quint64>(0));

        s.requestBlockDetails(5000);
        QVERIFY(details.wait(10000));
        QVERIFY(!details.last().at(1).value<BlockDetails>().found);
    }

    void searchAndItsDomainHook()
    {
        ExplorerService s;
        auto provider = std::make_shared<AssetSearch>();
        s.addSearchProvider(provider);
        QVERIFY(open(s, m_index));
        QSignalSpy found(&s, &ExplorerService::searchFinished);

        s.search(QStringLiteral("#512"));
        QVERIFY(found.wait(10000));
        auto r = found.last().at(1).value<SearchResults>();
        QCOMPARE(r.interpretation, SearchResults::Interpretation::Number);
        QCOMPARE(r.hits.size(), std::size_t(1));
        QCOMPARE(r.hits[0].kind, SearchHit::Kind::Block);
        QCOMPARE(r.hits[0].blockNumber, quint64(512));
        QCOMPARE(r.hits[0].row, qint64(512));

        QString error;
        const QString hash = *queryValue(m_index, QStringLiteral("SELECT hash FROM blocks WHERE number = 77"), error);
        s.search(hash.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")));
        QVERIFY(found.wait(10000));
        r = found.last().at(1).value<SearchResults>();
        QCOMPARE(r.interpretation, SearchResults::Interpretation::Hash);
        QCOMPARE(r.hits.size(), std::size_t(1));
        QCOMPARE(r.hits[0].blockNumber, quint64(77));

        s.search(QStringLiteral("LOT-42"));
        QVERIFY(found.wait(10000));
        r = found.last().at(1).value<SearchResults>();
        QCOMPARE(r.interpretation, SearchResults::Interpretation::Text);
        QCOMPARE(r.hits.size(), std::size_t(1));
        QCOMPARE(r.hits[0].kind, SearchHit::Kind::Domain);
        QCOMPARE(r.hits[0].domainKind, QStringLiteral("asset"));
        QCOMPARE(r.hits[0].domainKey, QStringLiteral("LOT-42"));
        QVERIFY(provider->thread && provider->thread != QThread::currentThread());
        QCOMPARE(provider->path, m_index);

        s.search(QStringLiteral("1000"));
        QVERIFY(found.wait(10000));
        QVERIFY(found.last().at(1).value<SearchResults>().hits.empty());
    }

    void submitQueryRunsOffTheGuiThread()
    {
        ExplorerService s;
        QVERIFY(open(s, m_index));
        QObject receiver;
        std::optional<std::pair<int, QThread*>> got;
        s.submitQuery<std::pair<int, QThread*>>(
            [](QueryContext& ctx) {
                QSqlQuery q(ctx.db().db());
                q.exec(QStringLiteral("SELECT count(*) FROM blocks WHERE status <> 0"));
                return std::make_pair(q.next() ? q.value(0).toInt() : -1, QThread::currentThread());
            },
            &receiver, [&](quint64, std::pair<int, QThread*> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->first, 10);
        QVERIFY(got->second != QThread::currentThread());
    }

    void failedOpenKeepsTheOpenIndex()
    {
        ExplorerService s;
        QVERIFY(open(s, m_index));
        const QString text = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QSignalSpy failed(&s, &ExplorerService::indexOpenFailed);
        s.openIndex(text);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(2).value<ServiceError>().kind, ServiceError::Kind::NotAnIndex);
        QVERIFY(s.isIndexOpen());
        QCOMPARE(s.indexPath(), m_index);
        QSignalSpy pages(&s, &ExplorerService::blockPageReady);
        s.requestBlockPage(0, 5);
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.last().at(1).value<BlockPage>().rows.size(), std::size_t(5));
    }

    void answersForAnotherIndexAreDropped()
    {
        ExplorerService s;
        QVERIFY(open(s, m_index));
        // What arrives, in order: a page for the index open before may arrive before
        // the other index is open, never after.
        QStringList events;
        quint64 stale = 0;
        quint64 fresh = 0;
        connect(&s, &ExplorerService::blockPageReady, this, [&](quint64 id, const BlockPage& page) {
            events << QStringLiteral("%1:%2").arg(id == stale ? QStringLiteral("stale") : id == fresh ? QStringLiteral("fresh")
                                                                                                      : QStringLiteral("other"))
                          .arg(page.rows.size());
        });
        connect(&s, &ExplorerService::indexOpened, this, [&] { events << QStringLiteral("opened"); });
        for (int i = 0; i < 20 && !events.contains(QStringLiteral("opened")); ++i) {
            stale = s.requestBlockPage(500, 100);
            if (i == 0) s.openIndex(m_other);
        }
        QTRY_VERIFY(events.contains(QStringLiteral("opened")));
        fresh = s.requestBlockPage(0, 100);
        QTRY_VERIFY(events.contains(QStringLiteral("fresh:10")));
        const qsizetype openedAt = events.indexOf(QStringLiteral("opened"));
        for (qsizetype i = openedAt; i < events.size(); ++i)
            QVERIFY2(!events[i].startsWith(QStringLiteral("stale")) && !events[i].startsWith(QStringLiteral("other")),
                     qPrintable(events.join(QLatin1Char(' '))));
    }

    void oneJobAtATime()
    {
        ExplorerService s;
        QVERIFY(open(s, m_other));
        QSignalSpy refused(&s, &ExplorerService::jobRefused);
        QSignalSpy finished(&s, &ExplorerService::jobFinished);
        const quint64 id = s.verifyAgain();
        QVERIFY(id != 0);
        QVERIFY(s.isBusy());
        QCOMPARE(s.verifyAgain(), quint64(0));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.last().at(1).value<ServiceError>().kind, ServiceError::Kind::Busy);
        QVERIFY(finished.wait(30000));
        QVERIFY(!s.isBusy());
        // Made-up headers do not decode: verification says so, it does not crash.
        const auto r = finished.last().at(1).value<JobResult>();
        QCOMPARE(r.outcome, JobResult::Outcome::Completed);
        QCOMPARE(r.blocks, quint64(10));
        QVERIFY(r.failures > 0);
        QVERIFY(s.verifyAgain(QStringLiteral("0x1234")) == 0);
        QCOMPARE(refused.last().at(1).value<ServiceError>().kind, ServiceError::Kind::InvalidInput);
    }

    void nodeSettingsValidation()
    {
        NodeSettings n;
        n.url = QStringLiteral("https://besu.example:8545/rpc");
        n.indexPath = QStringLiteral("/tmp/x.sqlite");
        QCOMPARE(n.validate(), NodeSettings::Problem::None);
        n.headers = {QStringLiteral("Authorization: Bearer abc"), QString(), QStringLiteral("bad header")};
        int line = -1;
        QCOMPARE(n.validate(&line), NodeSettings::Problem::Header);
        QCOMPARE(line, 2);
        n.headers.clear();
        n.checkpoint = QStringLiteral("0x") + QString(63, QLatin1Char('1'));
        QCOMPARE(n.validate(), NodeSettings::Problem::Checkpoint);
        n.checkpoint.clear();
        n.url = QStringLiteral("node:8545");
        QCOMPARE(n.validate(), NodeSettings::Problem::Url);
        n.url = QStringLiteral("http://user:secret@node:8545/?key=k");
        QVERIFY(!n.displayUrl().contains(QStringLiteral("secret")));
        QVERIFY(!n.displayUrl().contains(QStringLiteral("key=k")));
    }
};

QTEST_MAIN(TestExplorerService)
#include "test_explorer_service.moc"
