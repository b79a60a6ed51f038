#include "integration_support.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QVariant>

namespace bt::test {

namespace {

QAtomicInt g_connections;

// A connection of the test's own to an index file; closed and removed on scope exit.
class Connection {
public:
    Connection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("it-%1").arg(g_connections.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly) db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString& error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

QString hexOf(const QVariant& v)
{
    if (v.isNull()) return QStringLiteral("null");
    if (v.typeId() == QMetaType::QByteArray) return QStringLiteral("0x") + QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

QString jsonHex(const nlohmann::json& j) { return j.is_string() ? QString::fromStdString(j.get<std::string>()).toLower() : QString(); }

}  // namespace

QString cliPath()
{
    if (const QByteArray env = qgetenv("BT_CLI"); !env.isEmpty()) return QString::fromLocal8Bit(env);
    return QStringLiteral(BT_CLI_PATH);
}

QString CliRun::describe() const
{
    return QStringLiteral("batterytrace-cli %1 → %2; stdout: %3; stderr: %4")
        .arg(args.join(u' '),
             !finished ? QStringLiteral("still running at the deadline")
             : crashed ? QStringLiteral("crashed")
                       : QStringLiteral("exit %1").arg(exitCode),
             out.trimmed().left(2000), err.trimmed().right(2000));
}

bool waitFinished(QProcess& p, int timeoutMs)
{
    if (p.state() == QProcess::NotRunning) return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&loop, &p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart || p.state() == QProcess::NotRunning) loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return p.state() == QProcess::NotRunning;
}

std::unique_ptr<QProcess> startCli(const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(cliPath(), args);
    return p;
}

CliRun runCli(const QStringList& args, int timeoutMs)
{
    CliRun r;
    r.args = args;
    auto p = startCli(args);
    r.finished = waitFinished(*p, timeoutMs);
    if (!r.finished) {
        p->kill();
        p->waitForFinished(5000);
    }
    r.crashed = p->exitStatus() != QProcess::NormalExit;
    r.exitCode = p->exitCode();
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    return r;
}

std::optional<QJsonObject> cliStatus(const QString& db, QString& error)
{
    const CliRun r = runCli({QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--json")}, 30000);
    if (!r.finished || r.crashed || r.exitCode != 0) {
        error = r.describe();
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    if (!doc.isObject()) {
        error = QStringLiteral("status --json printed no JSON object (%1): %2").arg(pe.errorString(), r.out);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<std::vector<IndexedBlock>> readIndex(const QString& dbPath, QString& error)
{
    Connection c(dbPath, true);
    if (!c.error().isEmpty()) {
        error = QStringLiteral("%1: %2").arg(dbPath, c.error());
        return std::nullopt;
    }
    std::vector<IndexedBlock> out;
    std::map<std::uint64_t, std::size_t> at;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT number, hash, parent_hash, tx_count, log_count, status FROM blocks ORDER BY number"))) {
        error = QStringLiteral("%1: reading blocks: %2").arg(dbPath, q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        IndexedBlock b;
        b.number = q.value(0).toULongLong();
        b.hash = hexOf(q.value(1));
        b.parentHash = hexOf(q.value(2));
        b.txCount = q.value(3).toInt();
        b.logCount = q.value(4).toInt();
        b.status = q.value(5).toInt();
        at[b.number] = out.size();
        out.push_back(std::move(b));
    }
    if (!q.exec(QStringLiteral("SELECT block_number, hash, sender FROM transactions ORDER BY block_number, tx_index"))) {
        error = QStringLiteral("%1: reading transactions: %2").arg(dbPath, q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        auto it = at.find(q.value(0).toULongLong());
        if (it == at.end()) {
            error = QStringLiteral("%1: a transaction row of block %2, which the blocks table lacks")
                        .arg(dbPath)
                        .arg(q.value(0).toULongLong());
            return std::nullopt;
        }
        out[it->second].txHashes << hexOf(q.value(1));
        out[it->second].senders << hexOf(q.value(2));
    }
    if (!q.exec(QStringLiteral("SELECT block_number, count(*) FROM logs GROUP BY block_number"))) {
        error = QStringLiteral("%1: reading logs: %2").arg(dbPath, q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        auto it = at.find(q.value(0).toULongLong());
        if (it == at.end()) {
            error = QStringLiteral("%1: log rows of block %2, which the blocks table lacks").arg(dbPath).arg(q.value(0).toULongLong());
            return std::nullopt;
        }
        out[it->second].logRows = q.value(1).toInt();
    }
    return out;
}

std::optional<QStringList> queryRows(const QString& dbPath, const QString& sql, QString& error)
{
    Connection c(dbPath, true);
    if (!c.error().isEmpty()) {
        error = QStringLiteral("%1: %2").arg(dbPath, c.error());
        return std::nullopt;
    }
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        error = QStringLiteral("%1: %2: %3").arg(dbPath, sql, q.lastError().text());
        return std::nullopt;
    }
    QStringList rows;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i) cols << hexOf(q.value(i));
        rows << cols.join(u'|');
    }
    return rows;
}

bool execSql(const QString& dbPath, const QStringList& statements, QString& error)
{
    Connection c(dbPath, false);
    if (!c.error().isEmpty()) {
        error = QStringLiteral("%1: %2").arg(dbPath, c.error());
        return false;
    }
    QSqlQuery q(c.db());
    for (const QString& s : statements) {
        if (!q.exec(s)) {
            error = QStringLiteral("%1: %2: %3").arg(dbPath, s, q.lastError().text());
            return false;
        }
    }
    return true;
}

std::uint64_t quantityOf(const nlohmann::json& j)
{
    if (!j.is_string()) return 0;
    return U256::fromHexQuantity(j.get<std::string>()).value_or(U256(0)).low64();
}

QString compareWithNode(const QString& dbPath, BlockingRpc& node, std::optional<std::uint64_t> through,
                        bool requireVerified)
{
    QString error;
    auto index = readIndex(dbPath, error);
    if (!index) return error;
    std::uint64_t head = 0;
    if (through) {
        head = *through;
    } else {
        auto h = node.call(QStringLiteral("eth_blockNumber"));
        if (!h) return QStringLiteral("eth_blockNumber: %1").arg(node.lastError().toString());
        head = quantityOf(*h);
    }
    QStringList diffs;
    auto note = [&diffs](const QString& d) {
        if (diffs.size() < 8) diffs << d;
    };
    if (index->size() != head + 1)
        note(QStringLiteral("the index holds %1 blocks, the node's chain 0-%2 has %3").arg(index->size()).arg(head).arg(head + 1));
    for (std::size_t i = 0; i < index->size(); ++i)
        if ((*index)[i].number != i) {
            note(QStringLiteral("the index's row %1 is block %2: a gap or a duplicate").arg(i).arg((*index)[i].number));
            break;
        }
    const std::uint64_t upTo = std::min<std::uint64_t>(head, index->empty() ? 0 : index->back().number);
    constexpr std::uint64_t kBatch = 64;
    for (std::uint64_t first = 0; first <= upTo && !index->empty(); first += kBatch) {
        std::vector<RpcCall> calls;
        const std::uint64_t last = std::min(upTo, first + kBatch - 1);
        for (std::uint64_t n = first; n <= last; ++n) {
            calls.push_back({QStringLiteral("eth_getBlockByNumber"), {U256(n).toHexQuantity(), true}});
            calls.push_back({QStringLiteral("eth_getBlockReceipts"), {U256(n).toHexQuantity()}});
        }
        auto results = node.batch(calls);
        if (!results) return QStringLiteral("reading blocks %1-%2 from the node: %3").arg(first).arg(last).arg(node.lastError().toString());
        for (std::uint64_t n = first; n <= last; ++n) {
            if (n >= index->size() || (*index)[n].number != n) continue;
            const IndexedBlock& b = (*index)[n];
            const nlohmann::json& nb = (*results)[(n - first) * 2];
            const nlohmann::json& nr = (*results)[(n - first) * 2 + 1];
            if (!nb.is_object()) {
                note(QStringLiteral("block %1: the node has none").arg(n));
                continue;
            }
            if (b.hash != jsonHex(nb["hash"]))
                note(QStringLiteral("block %1: index hash %2, node hash %3").arg(n).arg(b.hash, jsonHex(nb["hash"])));
            if (b.parentHash != jsonHex(nb["parentHash"]))
                note(QStringLiteral("block %1: index parent %2, node parent %3").arg(n).arg(b.parentHash, jsonHex(nb["parentHash"])));
            QStringList txs;
            QStringList froms;
            for (const auto& t : nb["transactions"]) {
                txs << jsonHex(t["hash"]);
                froms << jsonHex(t["from"]);
            }
            if (b.txHashes != txs || b.txCount != txs.size())
                note(QStringLiteral("block %1: index transactions [%2] (tx_count %3), node [%4]")
                         .arg(n)
                         .arg(b.txHashes.join(u','))
                         .arg(b.txCount)
                         .arg(txs.join(u',')));
            if (b.senders != froms)
                note(QStringLiteral("block %1: index senders [%2], node [%3]").arg(n).arg(b.senders.join(u','), froms.join(u',')));
            int logs = 0;
            if (nr.is_array())
                for (const auto& r : nr) logs += int(r["logs"].size());
            if (b.logCount != logs || b.logRows != logs)
                note(QStringLiteral("block %1: index log_count %2 with %3 log rows, node receipts hold %4 logs")
                         .arg(n)
                         .arg(b.logCount)
                         .arg(b.logRows)
                         .arg(logs));
            if (requireVerified && b.status != 0) note(QStringLiteral("block %1: status %2, expected 0 (verified)").arg(n).arg(b.status));
        }
    }
    return diffs.join(QStringLiteral("; "));
}

RpcEndpoint testEndpoint(const QUrl& url, int timeoutMs, int maxRetries)
{
    RpcEndpoint e;
    e.url = url;
    e.timeoutMs = timeoutMs;
    e.maxRetries = maxRetries;
    e.retryBaseMs = 50;
    return e;
}

SyncOptions testSyncOptions(const QUrl& url, const QString& dbPath)
{
    SyncOptions o;
    o.endpoint = testEndpoint(url);
    o.dbPath = dbPath;
    o.pollIntervalMs = 100;
    return o;
}

EngineRun::EngineRun(SyncOptions options)
{
    m_thread.setObjectName(QStringLiteral("it-sync"));
    m_engine = new SyncEngine(std::move(options));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::progressChanged, this, [this](const SyncProgress& p) {
        ++progressSignals;
        lastProgress = p;
    });
    connect(m_engine, &SyncEngine::reorganised, this,
            [this](quint64 from, quint64 ancestor) { reorganisations.emplace_back(from, ancestor); });
    connect(m_engine, &SyncEngine::finished, this, [this](SyncEngine::Result r, const QString& m) {
        finished = true;
        result = r;
        message = m;
    });
}

EngineRun::~EngineRun()
{
    if (m_thread.isRunning()) {
        if (!finished) {
            cancel();
            wait(15000);
        }
        m_thread.quit();
        m_thread.wait();
    }
}

void EngineRun::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void EngineRun::cancel()
{
    if (m_engine) m_engine->requestCancel();
}

bool EngineRun::wait(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!finished && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return finished;
}

}  // namespace bt::test
