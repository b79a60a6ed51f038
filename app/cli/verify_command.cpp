#include "cli/verify_command.h"

#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "consensus/engine.h"
#include "index/index_db.h"
#include "verify/index_verifier.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace bt::cli {

QString VerifyCommand::name() const { return QStringLiteral("verify"); }

QString VerifyCommand::summary() const { return tr("Re-verify an index offline, from its raw data alone."); }

QString VerifyCommand::description() const
{
    return tr("Recomputes, with no node, every check of every block from the raw encodings stored in the index: "
              "header hashes, the link of each block to its parent and of the first block to the pinned "
              "checkpoint, every transaction's hash and sender, the transactions, receipts and withdrawals "
              "roots, on Clique, IBFT and QBFT chains the engine's block-hash rule and every validator seal against "
              "the validator set followed again from the checkpoint (with the quorum), and the rows the views "
              "show. Every failure is listed with its block, hash, transaction "
              "and check. With --checkpoint, that hash (received through another channel) must be a block of "
              "the verified chain. When the index is writable, block statuses are updated to the outcome.\n"
              "Exit code 0 when everything verified, 1 when failures were found, 2 on a usage or I/O error.");
}

QString VerifyCommand::argumentsSyntax() const { return {}; }

QList<QCommandLineOption> VerifyCommand::options() const
{
    return {
        {QStringLiteral("db"), tr("Index file."), QStringLiteral("PATH")},
        {QStringLiteral("checkpoint"), tr("A block hash the verified chain must contain."), QStringLiteral("HASH")},
        {QStringLiteral("json"), tr("Machine-readable report.")},
        {QStringLiteral("no-update"), tr("Do not record the outcome in the index.")},
    };
}

int VerifyCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (!inv.arguments.isEmpty()) return inv.dispatcher.usageError(inv.err, tr("verify takes no arguments"), this);
    if (!p.isSet(QStringLiteral("db"))) return inv.dispatcher.usageError(inv.err, tr("--db PATH is required"), this);
    IndexVerifyOptions opt;
    if (p.isSet(QStringLiteral("checkpoint"))) {
        auto h = parseHash(p.value(QStringLiteral("checkpoint")));
        if (!h) return inv.dispatcher.usageError(inv.err, tr("--checkpoint: not a 32-byte hex hash"), this);
        opt.checkpoint = *h;
    }
    opt.updateStatuses = !p.isSet(QStringLiteral("no-update"));
    const bool json = p.isSet(QStringLiteral("json"));
    const QString path = p.value(QStringLiteral("db"));

    IndexDb db;
    const QFileInfo fi(path);
    const bool writable = opt.updateStatuses && fi.exists() && fi.isWritable();
    if (IndexError e = db.open(path, writable ? IndexDb::Mode::ReadWrite : IndexDb::Mode::ReadOnly); !e.ok()) {
        inv.err << tr("verify: %1").arg(e.message) << '\n';
        return kExitUsage;
    }
    ProgressLine line(inv.err);
    VerifyReport report;
    IndexVerifier verifier;
    const IndexError e = verifier.run(db, opt, report, [&](std::uint64_t done, std::uint64_t total) {
        if (!json) line.update(tr("verifying: %1 of %2 blocks").arg(done).arg(total));
    });
    line.finish();
    if (!e.ok()) {
        inv.err << tr("verify: %1").arg(e.message) << '\n';
        return kExitUsage;
    }

    if (json) {
        QJsonArray failures;
        for (const auto& f : report.failures) {
            QJsonObject o{{QStringLiteral("block"), qint64(f.blockNumber)},
                          {QStringLiteral("hash"), f.blockHash},
                          {QStringLiteral("check"), f.check},
                          {QStringLiteral("detail"), f.detail}};
            if (f.txIndex >= 0) o.insert(QStringLiteral("transaction"), f.txIndex);
            failures.append(o);
        }
        QJsonObject obj{{QStringLiteral("ok"), report.ok()},
                        {QStringLiteral("checkpoint"), report.anchorHash},
                        {QStringLiteral("blocks"), qint64(report.blocksChecked)},
                        {QStringLiteral("transactions"), qint64(report.transactionsChecked)},
                        {QStringLiteral("failedBlocks"), qint64(report.failedBlocks)},
                        {QStringLiteral("failures"), failures}};
        if (report.anchoredThrough) obj.insert(QStringLiteral("anchoredThrough"), qint64(*report.anchoredThrough));
        if (report.firstNumber) obj.insert(QStringLiteral("firstBlock"), qint64(*report.firstNumber));
        if (report.lastNumber) obj.insert(QStringLiteral("lastBlock"), qint64(*report.lastNumber));
        if (!report.engine.isEmpty()) {
            QJsonArray validators;
            for (const auto& v : report.validators) validators.append(v);
            QJsonObject consensus{{QStringLiteral("engine"), report.engine},
                                  {QStringLiteral("validators"), validators},
                                  {QStringLiteral("quorumHeldBlocks"), qint64(report.quorumHeldBlocks)},
                                  {QStringLiteral("quorumMissedBlocks"), qint64(report.quorumMissedBlocks)}};
            if (!report.validatorSetUnverifiable.isEmpty())
                consensus.insert(QStringLiteral("validatorSetUnverifiable"), report.validatorSetUnverifiable);
            obj.insert(QStringLiteral("consensus"), consensus);
        }
        printJson(inv.out, obj);
    } else {
        for (const auto& f : report.failures) {
            inv.out << tr("FAILED block %1 %2").arg(f.blockNumber).arg(f.blockHash);
            if (f.txIndex >= 0) inv.out << tr(" transaction %1").arg(f.txIndex);
            inv.out << ": " << f.check << ": " << f.detail << '\n';
        }
        if (const auto kind = consensus::parseEngineName(report.engine.toStdString()); kind && consensus::hasSeals(*kind)) {
            inv.out << tr("consensus: %1; validator seals checked against the set followed from the chain")
                           .arg(QString::fromUtf8(consensus::engineTitle(*kind).data()));
            if (consensus::isBft(*kind))
                inv.out << tr("; quorum held on %1 blocks, missed on %2")
                               .arg(report.quorumHeldBlocks)
                               .arg(report.quorumMissedBlocks);
            inv.out << '\n';
            if (!report.validatorSetUnverifiable.isEmpty())
                inv.out << tr("validator set not verifiable from headers: %1").arg(report.validatorSetUnverifiable) << '\n';
            else
                inv.out << tr("validators after the last block (%1): %2")
                               .arg(report.validators.size())
                               .arg(QStringList(report.validators.begin(), report.validators.end()).join(QStringLiteral(", ")))
                        << '\n';
        }
        if (report.blocksChecked == 0)
            inv.out << tr("the index holds no blocks yet (checkpoint %1)").arg(report.anchorHash) << '\n';
        else if (report.ok())
            inv.out << tr("verified %1 blocks (%2 transactions), blocks %3-%4, linked to the checkpoint %5")
                           .arg(report.blocksChecked)
                           .arg(report.transactionsChecked)
                           .arg(*report.firstNumber)
                           .arg(*report.lastNumber)
                           .arg(report.anchorHash)
                    << '\n';
        else
            inv.out << tr("%1 failures in %2 of %3 blocks; linked to the checkpoint %4 through block %5")
                           .arg(report.failures.size())
                           .arg(report.failedBlocks)
                           .arg(report.blocksChecked)
                           .arg(report.anchorHash)
                           .arg(report.anchoredThrough ? QString::number(*report.anchoredThrough) : tr("none"))
                    << '\n';
    }
    inv.out.flush();
    return report.ok() ? kExitOk : kExitFailure;
}

}  // namespace bt::cli
