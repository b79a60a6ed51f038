#include "index/index_reader.h"

#include "codec/receipt.h"

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
    qb.setForwardOnly(true);
    qt.setForwardOnly(true);
    ql.setForwardOnly(true);
    qb.prepare(QStringLiteral("SELECT number, hash, header_rlp, withdrawals_rlp, ommers_rlp, status FROM blocks "
                              "WHERE number BETWEEN ? AND ? ORDER BY number"));
    qt.prepare(QStringLiteral("SELECT block_number, tx_index, hash, sender, envelope, receipt FROM transactions "
                              "WHERE block_number BETWEEN ? AND ? ORDER BY block_number, tx_index"));
    ql.prepare(QStringLiteral("SELECT block_number, tx_index, address, topic0, topic1, topic2, topic3, data FROM logs "
                              "WHERE block_number BETWEEN ? AND ? ORDER BY block_number, log_index"));
    for (std::uint64_t start = from; start <= to;) {
        const std::uint64_t end = std::min(to, start + chunk - 1);
        for (QSqlQuery* q : {&qb, &qt, &ql}) {
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
        if (!visit(blocks)) return {};
        if (end == to) break;
        start = end + 1;
    }
    return {};
}

}  // namespace bt
