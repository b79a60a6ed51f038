#include "index/index_reader.h"

#include "codec/receipt.h"
#include "consensus/validator_tracker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bt {

namespace {

Bytes bytesOf(const QVariant& v)
{
    const QByteArray b = v.toByteArray();
    return Bytes(b.begin(), b.end());
}

QString hexOf(const QVariant& v) { return QString::fromStdString(toHex(bytesOf(v))); }

std::uint64_t u64(const QVariant& v) { return static_cast<std::uint64_t>(v.toLongLong()); }

}  // namespace

IndexError IndexReader::status(IndexStatus& s)
{
    s = IndexStatus{};
    s.chainId = m_db.meta(QStringLiteral("chain_id")).value_or(QString());
    if (auto n = m_db.meta(QStringLiteral("anchor_number"))) s.anchorNumber = n->toULongLong();
    s.anchorHash = m_db.meta(QStringLiteral("anchor_hash")).value_or(QString());
    s.anchorSource = m_db.meta(QStringLiteral("anchor_source")).value_or(QString());

    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT count(*), min(number), max(number), coalesce(sum(tx_count), 0), "
                               "coalesce(sum(log_count), 0) FROM blocks")) ||
        !q.next())
        return m_db.errorOf(q.lastError(), QStringLiteral("reading the index status"));
    s.blocks = u64(q.value(0));
    const bool any = s.blocks > 0;
    const std::uint64_t minNumber = u64(q.value(1));
    if (any) s.headNumber = u64(q.value(2));
    s.transactions = u64(q.value(3));
    s.logs = u64(q.value(4));
    if (any) s.gaps = (*s.headNumber - minNumber + 1) - s.blocks;

    if (any) {
        q.prepare(QStringLiteral("SELECT hash FROM blocks WHERE number = ?"));
        q.addBindValue(static_cast<qlonglong>(*s.headNumber));
        if (q.exec() && q.next()) s.headHash = hexOf(q.value(0));
    }
    if (!q.exec(QStringLiteral("SELECT min(number) FROM blocks WHERE status = 2")) || !q.next())
        return m_db.errorOf(q.lastError(), QStringLiteral("reading the index status"));
    if (!q.value(0).isNull()) s.firstBrokenLink = u64(q.value(0));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM blocks WHERE status <> 0")) || !q.next())
        return m_db.errorOf(q.lastError(), QStringLiteral("reading the index status"));
    s.failedBlocks = u64(q.value(0));
    if (s.firstBrokenLink) {
        q.prepare(QStringLiteral("SELECT count(*) FROM blocks WHERE status = 0 AND number > ?"));
        q.addBindValue(static_cast<qlonglong>(*s.firstBrokenLink));
        if (!q.exec() || !q.next()) return m_db.errorOf(q.lastError(), QStringLiteral("reading the index status"));
        s.unanchoredBlocks = u64(q.value(0));
    }
    s.verifiedBlocks = s.blocks - s.failedBlocks - s.unanchoredBlocks;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM transactions WHERE status <> 0")) || !q.next())
        return m_db.errorOf(q.lastError(), QStringLiteral("reading the index status"));
    s.failedTransactions = u64(q.value(0));
    return consensusStatus(s);
}

IndexError IndexReader::consensusStatus(IndexStatus& s)
{
    s.engine = m_db.meta(QStringLiteral("consensus_engine")).value_or(QString());
    s.epoch = m_db.meta(QStringLiteral("consensus_epoch")).value_or(QString()).toULongLong();
    if (s.engine.isEmpty()) return {};
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT number, state FROM consensus_state ORDER BY number DESC LIMIT 1")))
        return m_db.errorOf(q.lastError(), QStringLiteral("reading the validator set"));
    if (q.next()) {
        s.validatorSetAt = u64(q.value(0));
        auto state = consensus::ValidatorState::decode(bytesOf(q.value(1)));
        if (!state) {
            s.validatorSetUnverifiable = QString::fromStdString(state.error().message());
        } else {
            for (const Address& a : state->validators) s.validators.push_back(QString::fromStdString(toHex(a)));
            s.validatorSetUnverifiable = QString::fromStdString(state->unverifiable);
        }
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(quorum_held = 1), 0), coalesce(sum(quorum_held = 0), 0) "
                               "FROM consensus_blocks")) ||
        !q.next())
        return m_db.errorOf(q.lastError(), QStringLiteral("reading the consensus counts"));
    s.quorumHeldBlocks = u64(q.value(0));
    s.quorumMissedBlocks = u64(q.value(1));
    if (!q.exec(QStringLiteral("SELECT count(DISTINCT block_number) FROM failures WHERE check_name = 'consensus'")) ||
        !q.next())
        return m_db.errorOf(q.lastError(), QStringLiteral("reading the consensus counts"));
    s.consensusFailedBlocks = u64(q.value(0));
    return {};
}

IndexError IndexReader::failures(std::vector<StoredFailure>& out, std::size_t limit)
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT f.block_number, b.hash, f.tx_index, f.check_name, f.detail FROM failures f "
                               "LEFT JOIN blocks b ON b.number = f.block_number ORDER BY f.block_number, f.rowid")))
        return m_db.errorOf(q.lastError(), QStringLiteral("reading verification failures"));
    while (q.next() && out.size() < limit) {
        StoredFailure f;
        f.blockNumber = u64(q.value(0));
        f.blockHash = hexOf(q.value(1));
        f.txIndex = q.value(2).isNull() ? -1 : q.value(2).toInt();
        f.check = q.value(3).toString();
        f.detail = q.value(4).toString();
        out.push_back(std::move(f));
    }
    return {};
}

IndexError IndexReader::forEachBlock(std::uint64_t from, std::uint64_t to, std::size_t chunk,
                                     const std::function<bool(std::vector<StoredBlock>&)>& visit)
{
    QSqlQuery qb(m_db.db());
    QSqlQuery qt(m_db.db());
    QSqlQuery ql(m_db.db());
    QSqlQuery qc(m_db.db());
    qb.setForwardOnly(true);
    qt.setForwardOnly(true);
    ql.setForwardOnly(true);
    qc.setForwardOnly(true);
    qb.prepare(QStringLiteral("SELECT number, hash, header_rlp, withdrawals_rlp, ommers_rlp, status FROM blocks "
                              "WHERE number BETWEEN ? AND ? ORDER BY number"));
    qt.prepare(QStringLiteral("SELECT block_number, tx_index, hash, sender, envelope, receipt FROM transactions "
                              "WHERE block_number BETWEEN ? AND ? ORDER BY block_number, tx_index"));
    ql.prepare(QStringLiteral("SELECT block_number, tx_index, address, topic0, topic1, topic2, topic3, data FROM logs "
                              "WHERE block_number BETWEEN ? AND ? ORDER BY block_number, log_index"));
    qc.prepare(QStringLiteral("SELECT c.number, c.engine, c.proposer, c.committers, c.committer_count, c.validator_count, "
                              "c.quorum, c.quorum_held, c.in_turn, c.round, c.vote_candidate, c.vote_authorize, s.state "
                              "FROM consensus_blocks c LEFT JOIN consensus_state s ON s.number = c.number "
                              "WHERE c.number BETWEEN ? AND ? ORDER BY c.number"));
    for (std::uint64_t start = from; start <= to;) {
        const std::uint64_t end = std::min(to, start + chunk - 1);
        for (QSqlQuery* q : {&qb, &qt, &ql, &qc}) {
            q->bindValue(0, static_cast<qlonglong>(start));
            q->bindValue(1, static_cast<qlonglong>(end));
            if (!q->exec()) return m_db.errorOf(q->lastError(), QStringLiteral("reading blocks %1-%2").arg(start).arg(end));
        }
        std::vector<StoredBlock> blocks;
        while (qb.next()) {
            StoredBlock b;
            b.number = u64(qb.value(0));
            auto h = Hash32::from(bytesOf(qb.value(1)));
            if (h) b.storedHash = *h;
            b.raw.headerRlp = bytesOf(qb.value(2));
            if (!qb.value(3).isNull()) b.raw.withdrawals = bytesOf(qb.value(3));
            if (!qb.value(4).isNull()) b.raw.ommers = bytesOf(qb.value(4));
            b.storedStatus = qb.value(5).toInt();
            blocks.push_back(std::move(b));
        }
        std::size_t bi = 0;
        while (qt.next()) {
            const std::uint64_t n = u64(qt.value(0));
            while (bi < blocks.size() && blocks[bi].number < n) ++bi;
            if (bi == blocks.size() || blocks[bi].number != n) continue;  // orphan row: counted by the block check
            StoredBlock& b = blocks[bi];
            b.raw.transactions.push_back(bytesOf(qt.value(4)));
            if (!qt.value(5).isNull()) b.raw.receipts.push_back(bytesOf(qt.value(5)));
            if (auto th = Hash32::from(bytesOf(qt.value(2)))) b.raw.claims.txHashes.push_back(*th);
            if (auto sa = Address::from(bytesOf(qt.value(3)))) b.raw.claims.senders.push_back(*sa);
        }
        for (auto& b : blocks) {
            b.storedLogs.resize(b.raw.transactions.size());
            // A sender that was not recoverable is stored as NULL: compare only when all are present.
            if (b.raw.claims.senders.size() != b.raw.transactions.size()) b.raw.claims.senders.clear();
        }
        bi = 0;
        while (ql.next()) {
            const std::uint64_t n = u64(ql.value(0));
            while (bi < blocks.size() && blocks[bi].number < n) ++bi;
            if (bi == blocks.size() || blocks[bi].number != n) continue;
            const auto ti = static_cast<std::size_t>(ql.value(1).toLongLong());
            Log log;
            if (auto a = Address::from(bytesOf(ql.value(2)))) log.address = *a;
            for (int k = 0; k < 4; ++k) {
                const QVariant t = ql.value(3 + k);
                if (t.isNull()) break;
                if (auto th = Hash32::from(bytesOf(t))) log.topics.push_back(*th);
            }
            log.data = bytesOf(ql.value(7));
            if (ti >= blocks[bi].storedLogs.size()) blocks[bi].storedLogs.resize(ti + 1);
            blocks[bi].storedLogs[ti].push_back(std::move(log));
        }
        bi = 0;
        while (qc.next()) {
            const std::uint64_t n = u64(qc.value(0));
            while (bi < blocks.size() && blocks[bi].number < n) ++bi;
            if (bi == blocks.size() || blocks[bi].number != n) continue;
            consensus::ConsensusRecord r;
            r.engine = qc.value(1).toString().toStdString();
            if (auto a = Address::from(bytesOf(qc.value(2))); a && !qc.value(2).isNull()) r.proposer = *a;
            if (!qc.value(3).isNull()) r.committers = bytesOf(qc.value(3));
            r.committerCount = u64(qc.value(4));
            auto count = [&qc](int i) { return qc.value(i).isNull() ? std::nullopt : std::optional<std::uint64_t>(u64(qc.value(i))); };
            auto flag = [&qc](int i) { return qc.value(i).isNull() ? std::nullopt : std::optional<bool>(qc.value(i).toInt() != 0); };
            r.validatorCount = count(5);
            r.quorum = count(6);
            r.quorumHeld = flag(7);
            r.inTurn = flag(8);
            r.round = count(9);
            if (auto a = Address::from(bytesOf(qc.value(10))); a && !qc.value(10).isNull()) r.voteCandidate = *a;
            r.voteAuthorize = flag(11);
            if (!qc.value(12).isNull()) r.state = bytesOf(qc.value(12));
            blocks[bi].consensus = std::move(r);
        }
        if (!visit(blocks)) return {};
        if (end == to) break;
        start = end + 1;
    }
    return {};
}

}  // namespace bt
