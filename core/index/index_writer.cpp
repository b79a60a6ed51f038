#include "index/index_writer.h"

#include <QSqlError>
#include <QVariant>

namespace bt {

namespace {

QByteArray blob(ByteView v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
}

QVariant optBlob(const std::optional<Address>& a) { return a ? QVariant(blob(*a)) : QVariant(QMetaType(QMetaType::QByteArray)); }

bool breaksChain(Check c) noexcept
{
    return c == Check::HeaderEncoding || c == Check::BlockHash || c == Check::BlockNumber || c == Check::ParentLink ||
           c == Check::Checkpoint;
}

Bytes bytesOf(const QVariant& v)
{
    const QByteArray b = v.toByteArray();
    return Bytes(b.begin(), b.end());
}

}  // namespace

BlockStatus statusOf(const VerifiedBlock& b) noexcept
{
    BlockStatus s = BlockStatus::Verified;
    for (const auto& f : b.failures) {
        if (breaksChain(f.check)) return BlockStatus::ChainBroken;
        s = BlockStatus::Failed;
    }
    return s;
}

IndexWriter::IndexWriter(IndexDb& db) : m_db(db) {}

IndexError IndexWriter::prepare(QSqlQuery& q, const char* sql)
{
    q = QSqlQuery(m_db.db());
    if (!q.prepare(QString::fromUtf8(sql))) return m_db.errorOf(q.lastError(), QStringLiteral("preparing a statement"));
    return {};
}

IndexError IndexWriter::exec(QSqlQuery& q, const char* doing)
{
    if (!q.exec()) return m_db.errorOf(q.lastError(), QString::fromUtf8(doing));
    return {};
}

IndexError IndexWriter::begin()
{
    if (!m_prepared) {
        for (auto [q, sql] : {std::pair{&m_insertBlock,
                                        "INSERT INTO blocks(number, hash, parent_hash, timestamp, miner, gas_used, "
                                        "gas_limit, base_fee, tx_count, log_count, status, header_rlp, withdrawals_rlp, "
                                        "ommers_rlp) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
                              std::pair{&m_insertTx,
                                        "INSERT INTO transactions(block_number, tx_index, hash, type, sender, recipient, "
                                        "contract_address, nonce, value, gas_used, success, status, envelope, receipt) "
                                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
                              std::pair{&m_insertLog,
                                        "INSERT INTO logs(block_number, log_index, tx_index, address, topic0, topic1, "
                                        "topic2, topic3, data) VALUES(?,?,?,?,?,?,?,?,?)"},
                              std::pair{&m_insertFailure,
                                        "INSERT INTO failures(block_number, tx_index, check_name, detail) "
                                        "VALUES(?,?,?,?)"}}) {
            if (IndexError e = prepare(*q, sql); !e.ok()) return e;
        }
        m_prepared = true;
    }
    if (!m_db.db().transaction()) return m_db.errorOf(m_db.db().lastError(), QStringLiteral("starting a transaction"));
    return {};
}

IndexError IndexWriter::commit()
{
    if (!m_db.db().commit()) {
        IndexError e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("committing"));
        m_db.db().rollback();
        return e;
    }
    return {};
}

void IndexWriter::rollback() { m_db.db().rollback(); }

IndexError IndexWriter::writeBlock(const RawBlock& raw, const VerifiedBlock& v)
{
    const QVariant nullBlob(QMetaType(QMetaType::QByteArray));
    const QVariant nullInt(QMetaType(QMetaType::LongLong));
    const QVariant nullText(QMetaType(QMetaType::QString));
    const auto number = static_cast<qlonglong>(v.number);
    const BlockStatus status = statusOf(v);

    std::size_t logCount = 0;
    for (const auto& t : v.txs) logCount += t.logs.size();

    QSqlQuery& b = m_insertBlock;
    const BlockHeader* h = v.header ? &*v.header : nullptr;
    b.bindValue(0, number);
    b.bindValue(1, blob(v.hash));
    b.bindValue(2, h ? QVariant(blob(h->parentHash)) : QVariant(QByteArray(32, '\0')));
    b.bindValue(3, h ? static_cast<qlonglong>(h->timestamp) : 0LL);
    b.bindValue(4, h ? QVariant(blob(h->beneficiary)) : QVariant(QByteArray(20, '\0')));
    b.bindValue(5, h ? static_cast<qlonglong>(h->gasUsed) : 0LL);
    b.bindValue(6, h ? static_cast<qlonglong>(h->gasLimit) : 0LL);
    b.bindValue(7, h && h->baseFeePerGas ? QVariant(QString::fromStdString(h->baseFeePerGas->toDecimal())) : nullText);
    b.bindValue(8, static_cast<qlonglong>(raw.transactions.size()));
    b.bindValue(9, static_cast<qlonglong>(logCount));
    b.bindValue(10, static_cast<int>(status));
    b.bindValue(11, blob(raw.headerRlp));
    b.bindValue(12, raw.withdrawals ? QVariant(blob(*raw.withdrawals)) : nullBlob);
    b.bindValue(13, raw.ommers ? QVariant(blob(*raw.ommers)) : nullBlob);
    if (IndexError e = exec(b, "writing a block"); !e.ok()) return e;

    std::vector<bool> txFailed(raw.transactions.size(), false);
    for (const auto& f : v.failures)
        if (f.txIndex >= 0 && static_cast<std::size_t>(f.txIndex) < txFailed.size()) txFailed[std::size_t(f.txIndex)] = true;

    qlonglong logIndex = 0;
    for (std::size_t i = 0; i < raw.transactions.size(); ++i) {
        const VerifiedTx* t = i < v.txs.size() ? &v.txs[i] : nullptr;
        QSqlQuery& q = m_insertTx;
        q.bindValue(0, number);
        q.bindValue(1, static_cast<qlonglong>(i));
        q.bindValue(2, t ? blob(t->hash) : QByteArray(32, '\0'));
        q.bindValue(3, t ? static_cast<int>(t->type) : 0);
        q.bindValue(4, t ? optBlob(t->sender) : nullBlob);
        q.bindValue(5, t ? optBlob(t->to) : nullBlob);
        q.bindValue(6, t ? optBlob(t->contractAddress) : nullBlob);
        q.bindValue(7, t ? static_cast<qlonglong>(t->nonce) : 0LL);
        q.bindValue(8, t ? QString::fromStdString(t->value.toDecimal()) : QStringLiteral("0"));
        q.bindValue(9, t ? static_cast<qlonglong>(t->gasUsed) : 0LL);
        q.bindValue(10, t && t->status ? 1 : 0);
        q.bindValue(11, txFailed[i] || status != BlockStatus::Verified ? 1 : 0);
        q.bindValue(12, blob(raw.transactions[i]));
        q.bindValue(13, i < raw.receipts.size() ? QVariant(blob(raw.receipts[i])) : nullBlob);
        if (IndexError e = exec(q, "writing a transaction"); !e.ok()) return e;
        if (!t) continue;
        for (const Log& log : t->logs) {
            QSqlQuery& l = m_insertLog;
            l.bindValue(0, number);
            l.bindValue(1, logIndex++);
            l.bindValue(2, static_cast<qlonglong>(i));
            l.bindValue(3, blob(log.address));
            for (int k = 0; k < 4; ++k)
                l.bindValue(4 + k, std::size_t(k) < log.topics.size() ? QVariant(blob(log.topics[std::size_t(k)])) : nullBlob);
            l.bindValue(8, blob(log.data));
            if (IndexError e = exec(l, "writing a log"); !e.ok()) return e;
        }
    }
    for (const auto& f : v.failures) {
        QSqlQuery& q = m_insertFailure;
        q.bindValue(0, number);
        q.bindValue(1, f.txIndex >= 0 ? QVariant(static_cast<qlonglong>(f.txIndex)) : nullInt);
        q.bindValue(2, QString::fromLatin1(checkName(f.check).data(), static_cast<qsizetype>(checkName(f.check).size())));
        q.bindValue(3, QString::fromStdString(f.detail));
        if (IndexError e = exec(q, "writing a verification failure"); !e.ok()) return e;
    }
    return {};
}

IndexError IndexWriter::truncateAbove(std::uint64_t number)
{
    QSqlQuery q(m_db.db());
    for (const char* sql : {"DELETE FROM blocks WHERE number > ?", "DELETE FROM transactions WHERE block_number > ?",
                            "DELETE FROM logs WHERE block_number > ?", "DELETE FROM failures WHERE block_number > ?"}) {
        q.prepare(QString::fromUtf8(sql));
        q.addBindValue(static_cast<qlonglong>(number));
        if (!q.exec()) return m_db.errorOf(q.lastError(), QStringLiteral("rolling back to block %1").arg(number));
    }
    return {};
}

IndexError IndexWriter::setVerification(std::uint64_t number, BlockStatus status,
                                        const std::vector<CheckFailure>& failures)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE blocks SET status = ? WHERE number = ?"));
    q.addBindValue(static_cast<int>(status));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec()) return m_db.errorOf(q.lastError(), QStringLiteral("recording verification"));
    q.prepare(QStringLiteral("DELETE FROM failures WHERE block_number = ?"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec()) return m_db.errorOf(q.lastError(), QStringLiteral("recording verification"));
    q.prepare(QStringLiteral("UPDATE transactions SET status = CASE WHEN ? THEN 1 ELSE 0 END WHERE block_number = ?"));
    q.addBindValue(status != BlockStatus::Verified);
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec()) return m_db.errorOf(q.lastError(), QStringLiteral("recording verification"));
    for (const auto& f : failures) {
        if (!m_prepared) {
            if (IndexError e = prepare(m_insertFailure, "INSERT INTO failures(block_number, tx_index, check_name, detail) "
                                                        "VALUES(?,?,?,?)");
                !e.ok())
                return e;
        }
        QSqlQuery& ins = m_insertFailure;
        ins.bindValue(0, static_cast<qlonglong>(number));
        ins.bindValue(1, f.txIndex >= 0 ? QVariant(static_cast<qlonglong>(f.txIndex)) : QVariant(QMetaType(QMetaType::LongLong)));
        ins.bindValue(2, QString::fromLatin1(checkName(f.check).data(), static_cast<qsizetype>(checkName(f.check).size())));
        ins.bindValue(3, QString::fromStdString(f.detail));
        if (IndexError e = exec(ins, "recording verification"); !e.ok()) return e;
    }
    return {};
}

std::optional<StoredBlockRef> IndexWriter::lastBlock()
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT number, hash, header_rlp FROM blocks ORDER BY number DESC LIMIT 1")) || !q.next())
        return std::nullopt;
    StoredBlockRef r;
    r.number = static_cast<std::uint64_t>(q.value(0).toLongLong());
    r.hash = *Hash32::from(bytesOf(q.value(1)));
    r.headerRlp = bytesOf(q.value(2));
    return r;
}

std::optional<StoredBlockRef> IndexWriter::block(std::uint64_t number)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT number, hash, header_rlp FROM blocks WHERE number = ?"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec() || !q.next()) return std::nullopt;
    StoredBlockRef r;
    r.number = static_cast<std::uint64_t>(q.value(0).toLongLong());
    auto h = Hash32::from(bytesOf(q.value(1)));
    if (!h) return std::nullopt;
    r.hash = *h;
    r.headerRlp = bytesOf(q.value(2));
    return r;
}

}  // namespace bt
