#include "verify/index_verifier.h"

#include "codec/keccak.h"
#include "consensus/engine_detection.h"
#include "consensus/validator_tracker.h"
#include "domain/domain_indexer.h"
#include "index/index_writer.h"

#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <map>

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

// Failures the sync recorded against the node's claims (its block hash, its
// transaction hashes, its senders) cannot be found again offline: the index keeps
// what was recomputed, not what the node claimed. They are kept while the data they
// are about is unchanged ("recomputed X" is still what the raw data gives), so that
// re-verification never turns a block the node lied about into a verified one.
std::map<std::uint64_t, std::vector<CheckFailure>> sourceClaimFailures(IndexDb& db, std::uint64_t from, std::uint64_t to)
{
    std::map<std::uint64_t, std::vector<CheckFailure>> out;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT block_number, tx_index, check_name, detail FROM failures WHERE block_number "
                             "BETWEEN ? AND ? AND check_name IN ('block-hash', 'tx-hash', 'tx-sender') "
                             "AND detail LIKE '%, source says %'"));
    q.addBindValue(static_cast<qlonglong>(from));
    q.addBindValue(static_cast<qlonglong>(to));
    if (!q.exec()) return out;
    while (q.next()) {
        const QString name = q.value(2).toString();
        const Check c = name == QLatin1String("block-hash") ? Check::BlockHash
                        : name == QLatin1String("tx-hash")  ? Check::TxHash
                                                            : Check::TxSender;
        out[static_cast<std::uint64_t>(q.value(0).toLongLong())].push_back(
            {c, q.value(1).isNull() ? -1 : q.value(1).toInt(), q.value(3).toString().toStdString()});
    }
    return out;
}

void keepSourceClaimFailures(const std::vector<CheckFailure>& recorded, VerifiedBlock& v)
{
    for (const CheckFailure& f : recorded) {
        std::string now;  // what the raw data gives today for the claim's subject
        if (f.check == Check::BlockHash && v.header) now = toHex(v.hash);
        if (f.check == Check::TxHash && f.txIndex >= 0 && std::size_t(f.txIndex) < v.txs.size())
            now = toHex(v.txs[std::size_t(f.txIndex)].hash);
        if (f.check == Check::TxSender && f.txIndex >= 0 && std::size_t(f.txIndex) < v.txs.size() &&
            v.txs[std::size_t(f.txIndex)].sender)
            now = toHex(*v.txs[std::size_t(f.txIndex)].sender);
        if (now.empty() || f.detail.find(": recomputed " + now + ", source says ") == std::string::npos) continue;
        const bool found = std::any_of(v.failures.begin(), v.failures.end(), [&f](const CheckFailure& g) {
            return g.check == f.check && g.txIndex == f.txIndex;
        });
        if (!found) v.failures.push_back(f);
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

    // Consensus (DESIGN.md item 5): the engine recorded with the index (or, for an index
    // that records none, the one its first block shows), its hash rule and seals on
    // every block, and the validator set followed again from the anchor. The stored
    // per-block records must be what the raw headers give.
    std::string engineError;
    const bool engineRecorded = !st.engine.isEmpty();
    if (engineRecorded) {
        if (auto kind = consensus::parseEngineName(st.engine.toStdString()))
            vopt.consensus = consensus::EngineConfig{*kind, st.epoch ? st.epoch : consensus::kDefaultEpoch};
        else
            engineError = "the index records the consensus engine \"" + st.engine.toStdString() +
                          "\", which this version does not know (" + std::string(consensus::engineNameList()) + ")";
    } else if (auto anchorBlock = writer.block(*st.anchorNumber)) {
        if (auto h = BlockHeader::decode(anchorBlock->headerRlp))
            if (auto d = consensus::detectEngine(*h)) vopt.consensus = consensus::EngineConfig{d->kind, consensus::kDefaultEpoch};
    }
    if (vopt.consensus) report.engine = QString::fromLatin1(consensus::engineName(vopt.consensus->kind).data());
    consensus::ValidatorTracker tracker(vopt.consensus.value_or(consensus::EngineConfig{}));
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

        const auto claimFailures =
            blocks.empty() ? decltype(sourceClaimFailures(db, 0, 0)){}
                           : sourceClaimFailures(db, blocks.front().number, blocks.back().number);
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
            if (auto it = claimFailures.find(sb.number); it != claimFailures.end()) keepSourceClaimFailures(it->second, v);
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
            if (!engineError.empty()) {
                v.failures.push_back({Check::Consensus, -1, engineError});
            } else if (vopt.consensus) {
                if (!v.header || !v.consensus) {
                    tracker.breakAt(sb.number, "block " + std::to_string(sb.number) + "'s header does not decode");
                } else {
                    const auto errors = tracker.started() ? tracker.apply(*v.header, *v.consensus)
                                                          : tracker.start(*v.header, *v.consensus);
                    for (const auto& ce : errors) v.failures.push_back({Check::Consensus, -1, ce.message()});
                    if (v.consensus->quorumHeld) ++(*v.consensus->quorumHeld ? report.quorumHeldBlocks : report.quorumMissedBlocks);
                    // The stored record (engines with seals only) must be what the header gives.
                    if (engineRecorded && consensus::hasSeals(vopt.consensus->kind)) {
                        const auto recomputed = consensus::ConsensusRecord::of(sb.number, *v.consensus);
                        if (!sb.consensus)
                            v.failures.push_back({Check::Consensus, -1, "the index holds no consensus record for this block"});
                        else if (*sb.consensus != recomputed)
                            v.failures.push_back({Check::Consensus, -1,
                                                  "the index's consensus record differs from what the raw header gives (" +
                                                      sb.consensus->differences(recomputed) + ")"});
                    }
                }
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
    for (const Address& a : tracker.state().validators) report.validators.push_back(QString::fromStdString(toHex(a)));
    report.validatorSetUnverifiable = QString::fromStdString(tracker.state().unverifiable);
    if (prevNumber && *prevNumber != last) {
        report.failures.push_back({last, QString(), -1, QStringLiteral("parent-link"),
                                   QStringLiteral("blocks after %1 are missing").arg(*prevNumber)});
    }
    if (!report.cancelled) {
        // Registry semantics, offline: after the blocks, whose statuses they depend on.
        domain::DomainIndexer domainIndexer(db);
        domain::RecheckReport semantics;
        if (IndexError se = domainIndexer.recheck(writable, semantics); !se.ok()) return se;
        report.eventsChecked = semantics.eventsChecked;
        report.eventsFailingSemantics = semantics.failedEvents;
        report.semanticMismatches = semantics.mismatches;
        report.semanticsCorrected = semantics.fixed;
        for (const auto& m : semantics.details)
            report.failures.push_back({m.block, QString(), -1, QStringLiteral("registry-semantics"), m.detail});
    }
    if (!checkpointSeen && !report.cancelled)
        report.failures.push_back({first, QString(), -1, QStringLiteral("checkpoint"),
                                   QStringLiteral("the checkpoint %1 is not a block of the verified chain")
                                       .arg(qs(toHex(*opt.checkpoint)))});
    return {};
}

}  // namespace bt
