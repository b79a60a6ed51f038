#include "verify/index_verifier.h"

#include "codec/keccak.h"
#include "index/index_writer.h"

#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace bt {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// Derived rows vs the raw data: what the views show must be what was verified.
void compareLogs(const StoredBlock& stored, VerifiedBlock& v)
{
    for (std::size_t i = 0; i < v.txs.size(); ++i) {
        const auto& expected = v.txs[i].logs;
        const std::vector<Log> none;
        const auto& got = i < stored.storedLogs.size() ? stored.storedLogs[i] : none;
        if (got != expected)
            v.failures.push_back({Check::ReceiptEncoding, static_cast<int>(i),
                                  "the index's log rows differ from the logs in the stored receipt"});
    }
}

}  // namespace

IndexError IndexVerifier::run(IndexDb& db, const IndexVerifyOptions& opt, VerifyReport& report, const Progress& progress,
                              const std::atomic<bool>* cancel)
{
    report = VerifyReport{};
    IndexReader reader(db);
    IndexStatus st;
    if (IndexError e = reader.status(st); !e.ok()) return e;
    if (!st.anchorNumber || st.anchorHash.isEmpty())
        return {IndexError::Kind::NotAnIndex, QStringLiteral("%1: no pinned checkpoint: the index is empty").arg(db.path())};
    auto anchorHash = fixedFromHex<32>(st.anchorHash.toStdString());
    if (!anchorHash)
        return {IndexError::Kind::Corrupt, QStringLiteral("%1: the pinned checkpoint is unreadable").arg(db.path())};
    report.anchorHash = st.anchorHash;
    if (!st.headNumber) return {};

    VerifyOptions vopt;
    if (!st.chainId.isEmpty()) vopt.chainId = U256::fromDecimal(st.chainId.toStdString());

    const bool writable = opt.updateStatuses && !db.db().connectOptions().contains(QLatin1String("READONLY"));
    IndexWriter writer(db);
    QThreadPool pool;
    pool.setMaxThreadCount(opt.threads > 0 ? opt.threads : std::max(1, QThread::idealThreadCount()));

    const std::uint64_t first = *st.anchorNumber;
    const std::uint64_t last = *st.headNumber;
    const std::uint64_t total = last >= first ? last - first + 1 : 0;
    report.firstNumber = first;
    report.lastNumber = last;

    std::optional<BlockHeader> prevHeader;
    std::optional<Hash32> prevHash;
    std::optional<std::uint64_t> prevNumber;
    bool chainIntact = true;
    bool checkpointSeen = !opt.checkpoint.has_value();
    IndexError failure;

    IndexError e = reader.forEachBlock(first, last, opt.chunk, [&](std::vector<StoredBlock>& blocks) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return false;
        }
        std::vector<VerifiedBlock> verified(blocks.size());
        std::vector<std::size_t> idx(blocks.size());
        for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
        QtConcurrent::blockingMap(&pool, idx, [&](std::size_t i) { verified[i] = verifyBlock(blocks[i].raw, vopt); });

        bool began = false;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            StoredBlock& sb = blocks[i];
            VerifiedBlock& v = verified[i];
            if (v.number != sb.number && v.header)
                v.failures.push_back({Check::BlockNumber, -1,
                                      "stored as block " + std::to_string(sb.number) + ", its header says " +
                                          std::to_string(v.number)});
            v.number = sb.number;
            if (v.header && v.hash != sb.storedHash)
                v.failures.push_back({Check::BlockHash, -1,
                                      "header hashes to " + toHex(v.hash) + ", the index records " + toHex(sb.storedHash)});
            compareLogs(sb, v);
            // Gaps and links.
            if (prevNumber && sb.number != *prevNumber + 1)
                v.failures.push_back({Check::ParentLink, -1,
                                      "blocks " + std::to_string(*prevNumber + 1) + "-" + std::to_string(sb.number - 1) +
                                          " are missing from the index"});
            else if (!prevNumber) {
                if (sb.number != first || v.hash != *anchorHash)
                    v.failures.push_back({Check::Checkpoint, -1,
                                          "the first block " + std::to_string(sb.number) + " " + toHex(v.hash) +
                                              " is not the pinned checkpoint " + st.anchorHash.toStdString()});
            } else if (prevHeader && prevHash) {
                verifyLink(v, *prevHeader, *prevHash, vopt);
            } else {
                v.failures.push_back({Check::ParentLink, -1, "the previous block's header does not decode"});
            }
            const BlockStatus status = statusOf(v);
            if (status == BlockStatus::ChainBroken) chainIntact = false;
            if (chainIntact) {
                report.anchoredThrough = sb.number;
                if (opt.checkpoint && v.hash == *opt.checkpoint) checkpointSeen = true;
            }
            ++report.blocksChecked;
            report.transactionsChecked += sb.raw.transactions.size();
            if (!v.ok()) ++report.failedBlocks;
            for (const auto& f : v.failures) {
                StoredFailure sf;
                sf.blockNumber = sb.number;
                sf.blockHash = qs(toHex(v.hash));
                sf.txIndex = f.txIndex;
                sf.check = QString::fromLatin1(checkName(f.check).data(), qsizetype(checkName(f.check).size()));
                sf.detail = qs(f.detail);
                report.failures.push_back(std::move(sf));
            }
            if (writable && (static_cast<int>(status) != sb.storedStatus || status != BlockStatus::Verified)) {
                if (!began) {
                    if (IndexError be = writer.begin(); !be.ok()) {
                        failure = be;
                        return false;
                    }
                    began = true;
                }
                if (IndexError we = writer.setVerification(sb.number, status, v.failures); !we.ok()) {
                    writer.rollback();
                    failure = we;
                    return false;
                }
            }
            prevNumber = sb.number;
            prevHash = v.hash;
            prevHeader = v.header;
        }
        if (began) {
            if (IndexError ce = writer.commit(); !ce.ok()) {
                failure = ce;
                return false;
            }
            report.statusesUpdated = true;
        }
        if (progress) progress(report.blocksChecked, total);
        return true;
    });
    if (!e.ok()) return e;
    if (!failure.ok()) return failure;
    if (prevNumber && *prevNumber != last) {
        report.failures.push_back({last, QString(), -1, QStringLiteral("parent-link"),
                                   QStringLiteral("blocks after %1 are missing").arg(*prevNumber)});
    }
    if (!checkpointSeen && !report.cancelled)
        report.failures.push_back({first, QString(), -1, QStringLiteral("checkpoint"),
                                   QStringLiteral("the checkpoint %1 is not a block of the verified chain")
                                       .arg(qs(toHex(*opt.checkpoint)))});
    return {};
}

}  // namespace bt
