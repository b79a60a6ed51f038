#include "cli/status_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "consensus/engine.h"
#include "index/index_db.h"
#include "index/index_reader.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace bt::cli {

QString StatusCommand::name() const { return QStringLiteral("status"); }

QString StatusCommand::summary() const { return tr("Show what an index holds and how much is verified."); }

QString StatusCommand::description() const
{
    return tr("Prints the chain id, the pinned checkpoint, the head (number and hash), and the counts of blocks, "
              "transactions and events, verified and failed; on Clique, IBFT and QBFT chains also the engine, the "
              "current validator set followed from the chain, and how many blocks reached their quorum. Reads the "
              "index only.");
}

QString StatusCommand::argumentsSyntax() const { return {}; }

QList<QCommandLineOption> StatusCommand::options() const
{
    return {
        {QStringLiteral("db"), tr("Index file."), QStringLiteral("PATH")},
        {QStringLiteral("json"), tr("Machine-readable output.")},
    };
}

int StatusCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("status takes no arguments"), this);
    if (!p.isSet(QStringLiteral("db"))) return inv.dispatcher.usageError(inv.err, tr("--db PATH is required"), this);
    IndexDb db;
    if (IndexError e = db.open(p.value(QStringLiteral("db")), IndexDb::Mode::ReadOnly); !e.ok()) {
        inv.err << tr("status: %1").arg(e.message) << '\n';
        return kExitUsage;
    }
    IndexReader reader(db);
    IndexStatus s;
    if (IndexError e = reader.status(s); !e.ok()) {
        inv.err << tr("status: %1").arg(e.message) << '\n';
        return kExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject checkpoint{{QStringLiteral("hash"), s.anchorHash}, {QStringLiteral("source"), s.anchorSource}};
        if (s.anchorNumber) checkpoint.insert(QStringLiteral("number"), qint64(*s.anchorNumber));
        QJsonObject head;
        if (s.headNumber) head = {{QStringLiteral("number"), qint64(*s.headNumber)}, {QStringLiteral("hash"), s.headHash}};
        QJsonObject obj{{QStringLiteral("chainId"), s.chainId},
                        {QStringLiteral("checkpoint"), checkpoint},
                        {QStringLiteral("head"), s.headNumber ? QJsonValue(head) : QJsonValue()},
                        {QStringLiteral("blocks"), qint64(s.blocks)},
                        {QStringLiteral("transactions"), qint64(s.transactions)},
                        {QStringLiteral("events"), qint64(s.logs)},
                        {QStringLiteral("verifiedBlocks"), qint64(s.verifiedBlocks)},
                        {QStringLiteral("failedBlocks"), qint64(s.failedBlocks)},
                        {QStringLiteral("unanchoredBlocks"), qint64(s.unanchoredBlocks)},
                        {QStringLiteral("failedTransactions"), qint64(s.failedTransactions)},
                        {QStringLiteral("missingBlocks"), qint64(s.gaps)}};
        if (s.firstBrokenLink) obj.insert(QStringLiteral("firstBrokenLink"), qint64(*s.firstBrokenLink));
        if (!s.engine.isEmpty()) {
            QJsonArray validators;
            for (const auto& v : s.validators) validators.append(v);
            QJsonObject consensus{{QStringLiteral("engine"), s.engine},
                                  {QStringLiteral("epoch"), qint64(s.epoch)},
                                  {QStringLiteral("validators"), validators},
                                  {QStringLiteral("quorumHeldBlocks"), qint64(s.quorumHeldBlocks)},
                                  {QStringLiteral("quorumMissedBlocks"), qint64(s.quorumMissedBlocks)},
                                  {QStringLiteral("failedBlocks"), qint64(s.consensusFailedBlocks)}};
            if (s.validatorSetAt) consensus.insert(QStringLiteral("validatorSetSince"), qint64(*s.validatorSetAt));
            if (!s.validatorSetUnverifiable.isEmpty())
                consensus.insert(QStringLiteral("validatorSetUnverifiable"), s.validatorSetUnverifiable);
            obj.insert(QStringLiteral("consensus"), consensus);
        }
        printJson(inv.out, obj);
        return kExitOk;
    }
    QTextStream& o = inv.out;
    o << tr("index:        %1").arg(db.path()) << '\n';
    o << tr("chain id:     %1").arg(s.chainId.isEmpty() ? tr("(not yet synced)") : s.chainId) << '\n';
    o << tr("checkpoint:   %1").arg(s.anchorNumber ? tr("block %1 %2 (%3)").arg(*s.anchorNumber).arg(s.anchorHash, s.anchorSource)
                                                  : tr("none")) << '\n';
    o << tr("head:         %1").arg(s.headNumber ? tr("block %1 %2").arg(*s.headNumber).arg(s.headHash) : tr("no blocks"))
      << '\n';
    o << tr("blocks:       %1 (%2 verified, %3 failed, %4 after a broken link)")
             .arg(s.blocks)
             .arg(s.verifiedBlocks)
             .arg(s.failedBlocks)
             .arg(s.unanchoredBlocks)
      << '\n';
    o << tr("transactions: %1 (%2 in failed blocks or failed)").arg(s.transactions).arg(s.failedTransactions) << '\n';
    o << tr("events:       %1").arg(s.logs) << '\n';
    if (s.firstBrokenLink) o << tr("chain broken: at block %1").arg(*s.firstBrokenLink) << '\n';
    if (s.gaps) o << tr("missing:      %1 blocks").arg(s.gaps) << '\n';
    if (!s.engine.isEmpty()) {
        const auto kind = consensus::parseEngineName(s.engine.toStdString());
        o << tr("consensus:    %1").arg(kind ? QString::fromUtf8(consensus::engineTitle(*kind).data()) : s.engine);
        if (kind && consensus::hasSeals(*kind)) o << tr(", epoch %1").arg(s.epoch);
        o << '\n';
        if (kind && consensus::hasSeals(*kind)) {
            if (!s.validatorSetUnverifiable.isEmpty())
                o << tr("validators:   not verifiable from headers: %1").arg(s.validatorSetUnverifiable) << '\n';
            else
                o << tr("validators:   %1 after block %2, followed from the chain")
                         .arg(s.validators.size())
                         .arg(s.validatorSetAt ? QString::number(*s.validatorSetAt) : tr("?"))
                  << '\n';
            for (const auto& v : s.validators) o << "              " << v << '\n';
            if (consensus::isBft(*kind))
                o << tr("quorum:       held on %1 blocks, missed on %2").arg(s.quorumHeldBlocks).arg(s.quorumMissedBlocks)
                  << '\n';
            o << tr("seals:        %1 blocks failed a consensus check").arg(s.consensusFailedBlocks) << '\n';
        }
    }
    o.flush();
    return kExitOk;
}

}  // namespace bt::cli
