#include "cli/sync_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "consensus/engine.h"
#include "shutdown_signal_watcher.h"
#include "sync/sync_engine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QThread>

namespace bt::cli {

QString SyncCommand::name() const { return QStringLiteral("sync"); }

QString SyncCommand::summary() const { return tr("Index a node's chain into a verified local index."); }

QString SyncCommand::description() const
{
    return tr("Fetches blocks and receipts from an Ethereum JSON-RPC node (Besu, GoQuorum, geth, anvil), "
              "verifies every block from its raw encodings (header hash, parent link, each transaction's hash "
              "and sender, transactions, receipts and withdrawals roots) and stores them in the index.\n"
              "On Clique, IBFT and QBFT chains it also checks each block's seals against the validator set it "
              "follows from the chain itself (the genesis list, then every vote), with the quorum the engine "
              "requires; the engine is detected from the genesis block unless --engine says which.\n"
              "The first sync pins the genesis hash, or the --checkpoint given, as the trust anchor; a later "
              "sync against another chain is refused. Interrupted (Ctrl+C, kill -9), it resumes where it "
              "stopped. Exit code 0 when done, 1 on failure, 2 on a usage error.");
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return {
        {QStringLiteral("rpc"), tr("JSON-RPC endpoint (http:// or https://)."), QStringLiteral("URL")},
        {QStringLiteral("header"), tr("Extra HTTP header, e.g. \"Authorization: Bearer …\" (repeatable)."),
         QStringLiteral("Name: value")},
        {QStringLiteral("db"), tr("Index file (created if missing)."), QStringLiteral("PATH")},
        {QStringLiteral("to"), tr("Stop after this block."), QStringLiteral("N")},
        {QStringLiteral("follow"), tr("Keep following the head after catching up.")},
        {QStringLiteral("confirmations"), tr("Index only blocks this deep below the head (default 0)."),
         QStringLiteral("N")},
        {QStringLiteral("checkpoint"), tr("Block hash to pin as the trust anchor of a new index."),
         QStringLiteral("HASH")},
        {QStringLiteral("engine"),
         tr("Consensus engine of a new index: clique, ibft (Istanbul 1.0), ibft2, qbft, ethash or pos "
            "(default: detected from the genesis block)."),
         QStringLiteral("NAME")},
        {QStringLiteral("epoch"), tr("Blocks per epoch of a Clique, IBFT or QBFT chain (default 30000)."),
         QStringLiteral("N")},
        {QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 30)."), QStringLiteral("S")},
        {QStringLiteral("quiet"), tr("No progress line.")},
    };
}

int SyncCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("sync takes no arguments"), this);
    if (!p.isSet(QStringLiteral("rpc"))) return inv.dispatcher.usageError(inv.err, tr("--rpc URL is required"), this);
    if (!p.isSet(QStringLiteral("db"))) return inv.dispatcher.usageError(inv.err, tr("--db PATH is required"), this);

    SyncOptions opt;
    opt.endpoint.url = QUrl(p.value(QStringLiteral("rpc")), QUrl::StrictMode);
    const QString scheme = opt.endpoint.url.scheme();
    if (!opt.endpoint.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        opt.endpoint.url.host().isEmpty())
        // An unparsable URL has no display name (which would print as ""): say so
        // without echoing the text, which may hold a key.
        return inv.dispatcher.usageError(
            inv.err,
            opt.endpoint.displayName().isEmpty()
                ? tr("--rpc: not a URL; expected an http:// or https:// URL such as http://127.0.0.1:8545")
                : tr("--rpc: \"%1\" is not an http:// or https:// URL").arg(opt.endpoint.displayName()),
            this);
    for (const QString& h : p.values(QStringLiteral("header")))
        if (!opt.endpoint.addHeader(h))
            return inv.dispatcher.usageError(inv.err, tr("--header: expected \"Name: value\""), this);
    opt.dbPath = p.value(QStringLiteral("db"));
    if (p.isSet(QStringLiteral("to"))) {
        auto n = parseBlockNumber(p.value(QStringLiteral("to")));
        if (!n) return inv.dispatcher.usageError(inv.err, tr("--to: not a block number"), this);
        opt.to = *n;
    }
    opt.follow = p.isSet(QStringLiteral("follow"));
    if (p.isSet(QStringLiteral("confirmations"))) {
        bool ok = false;
        const uint c = p.value(QStringLiteral("confirmations")).toUInt(&ok);
        if (!ok) return inv.dispatcher.usageError(inv.err, tr("--confirmations: not a number"), this);
        opt.confirmations = c;
    }
    if (p.isSet(QStringLiteral("checkpoint"))) {
        auto h = parseHash(p.value(QStringLiteral("checkpoint")));
        if (!h) return inv.dispatcher.usageError(inv.err, tr("--checkpoint: not a 32-byte hex hash"), this);
        opt.checkpoint = *h;
    }
    if (p.isSet(QStringLiteral("engine"))) {
        const QString name = p.value(QStringLiteral("engine"));
        auto kind = consensus::parseEngineName(name.toStdString());
        if (!kind)
            return inv.dispatcher.usageError(inv.err, tr("--engine: unknown engine \"%1\" (one of %2)")
                                                          .arg(name, QString::fromLatin1(consensus::engineNameList().data())),
                                             this);
        opt.engine = *kind;
    }
    if (p.isSet(QStringLiteral("epoch"))) {
        bool ok = false;
        const qulonglong e = p.value(QStringLiteral("epoch")).toULongLong(&ok);
        if (!ok || e == 0) return inv.dispatcher.usageError(inv.err, tr("--epoch: not a positive number"), this);
        opt.epoch = e;
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double s = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || s <= 0) return inv.dispatcher.usageError(inv.err, tr("--timeout: not a positive number"), this);
        opt.endpoint.timeoutMs = int(s * 1000);
    }
    const bool quiet = p.isSet(QStringLiteral("quiet"));

    QThread worker;
    worker.setObjectName(QStringLiteral("sync"));
    auto* engine = new SyncEngine(opt);
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);

    QEventLoop loop;
    ProgressLine line(inv.err);
    int exitCode = kExitFailure;
    QObject::connect(engine, &SyncEngine::progressChanged, &loop, [&](const SyncProgress& pr) {
        if (quiet) return;
        line.update(tr("%1: block %2 of %3 (%4%), %5 blocks/s, %6 events/s, ETA %7%8")
                        .arg(pr.phase)
                        .arg(pr.indexedTo)
                        .arg(pr.target)
                        .arg(pr.fraction() * 100.0, 0, 'f', 1)
                        .arg(pr.blocksPerSecond, 0, 'f', 0)
                        .arg(pr.eventsPerSecond, 0, 'f', 0)
                        .arg(formatDuration(pr.etaSeconds))
                        .arg(pr.failedBlocks ? tr(", %1 failed").arg(pr.failedBlocks) : QString()));
    });
    QObject::connect(engine, &SyncEngine::reorganised, &loop, [&](quint64 from, quint64 ancestor) {
        line.finish();
        inv.err << tr("reorganisation: rolled back blocks %1-%2 to the common ancestor %3")
                       .arg(ancestor + 1)
                       .arg(from)
                       .arg(ancestor)
                << '\n';
        inv.err.flush();
    });
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](SyncEngine::Result r, const QString& message) {
        line.finish();
        if (r == SyncEngine::Result::Completed) {
            inv.out << message << '\n';
            exitCode = kExitOk;
        } else if (r == SyncEngine::Result::Cancelled) {
            inv.err << tr("sync stopped; the index is consistent and the next run resumes") << '\n';
            exitCode = kExitFailure;
        } else {
            inv.err << tr("sync failed: %1").arg(message) << '\n';
            exitCode = kExitFailure;
        }
        inv.out.flush();
        inv.err.flush();
        loop.quit();
    });
    app::ShutdownSignalWatcher stopSignals;
    QObject::connect(&stopSignals, &app::ShutdownSignalWatcher::shutdownRequested, &loop,
                     [engine] { engine->requestCancel(); });

    worker.start();
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    worker.quit();
    worker.wait();
    return exitCode;
}

}  // namespace bt::cli
