#include "index/index_writer.h"

#include "consensus/consensus_record.h"
#include "consensus/validator_tracker.h"
#include "domain/domain_store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bt {

namespace {

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

void bindOpt(SqliteStatement& s, int i, const std::optional<Address>& a)
{
    if (a)
        s.bind(i, ByteView(*a));
    else
        s.bindNull(i);
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

IndexError IndexWriter::prepareAll()
{
    if (m_prepared) return {};
    sqlite3* h = m_db.handle();
    if (!h) return {IndexError::Kind::Io, QStringLiteral("%1: no SQLite connection").arg(m_db.path())};
    const std::pair<SqliteStatement*, const char*> statements[] = {
        {&m_insertBlock,
         "INSERT INTO blocks(number, hash, parent_hash, timestamp, miner, gas_used, gas_limit, base_fee, tx_count, "
         "log_count, status, header_rlp, withdrawals_rlp, ommers_rlp) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insertTx,
         "INSERT INTO transactions(block_number, tx_index, hash, type, sender, recipient, contract_address, nonce, "
         "value, gas_used, success, status, envelope, receipt) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insertLog,
         "INSERT INTO logs(block_number, log_index, tx_index, address, topic0, topic1, topic2, topic3, data) "
         "VALUES(?,?,?,?,?,?,?,?,?)"},
        {&m_insertFailure, "INSERT INTO failures(block_number, tx_index, check_name, detail) VALUES(?,?,?,?)"},
        {&m_insertConsensus,
         "INSERT INTO consensus_blocks(number, engine, proposer, committers, committer_count, validator_count, quorum, "
         "quorum_held, in_turn, round, vote_candidate, vote_authorize) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_insertConsensusState, "INSERT INTO consensus_state(number, validators, state) VALUES(?,?,?)"},
    };
    for (const auto& [stmt, sql] : statements)
        if (int rc = stmt->prepare(h, sql); rc != SQLITE_OK)
            return m_db.errorOfCode(rc, QStringLiteral("preparing a statement"));
    m_prepared = true;
    return {};
}

IndexError IndexWriter::begin()
{
    if (IndexError e = prepareAll(); !e.ok()) return e;
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

IndexError IndexWriter::insertFailures(std::uint64_t number, const std::vector<CheckFailure>& failures)
{
    for (const auto& f : failures) {
        SqliteStatement& q = m_insertFailure;
        q.bind(1, static_cast<std::int64_t>(number));
        if (f.txIndex >= 0)
            q.bind(2, static_cast<std::int64_t>(f.txIndex));
        else
            q.bindNull(2);
        q.bindText(3, checkName(f.check));
        q.bindText(4, f.detail);
        if (int rc = q.run(); rc != SQLITE_DONE)
            return m_db.errorOfCode(rc, QStringLiteral("writing a verification failure of block %1").arg(number));
    }
    return {};
}

IndexError IndexWriter::writeBlock(const RawBlock& raw, const VerifiedBlock& v)
{
    const auto number = static_cast<std::int64_t>(v.number);
    const BlockStatus status = statusOf(v);
    std::size_t logCount = 0;
    for (const auto& t : v.txs) logCount += t.logs.size();

    static const Hash32 kZeroHash{};
    static const Address kZeroAddress{};
    const BlockHeader* h = v.header ? &*v.header : nullptr;
    SqliteStatement& b = m_insertBlock;
    b.bind(1, number);
    b.bind(2, ByteView(v.hash));
    b.bind(3, ByteView(h ? h->parentHash : kZeroHash));
    b.bind(4, h ? static_cast<std::int64_t>(h->timestamp) : 0);
    b.bind(5, ByteView(h ? h->beneficiary : kZeroAddress));
    b.bind(6, h ? static_cast<std::int64_t>(h->gasUsed) : 0);
    b.bind(7, h ? static_cast<std::int64_t>(h->gasLimit) : 0);
    if (h && h->baseFeePerGas)
        b.bindText(8, h->baseFeePerGas->toDecimal());
    else
        b.bindNull(8);
    b.bind(9, static_cast<std::int64_t>(raw.transactions.size()));
    b.bind(10, static_cast<std::int64_t>(logCount));
    b.bind(11, static_cast<std::int64_t>(status));
    b.bind(12, ByteView(raw.headerRlp));
    if (raw.withdrawals)
        b.bind(13, ByteView(*raw.withdrawals));
    else
        b.bindNull(13);
    if (raw.ommers)
        b.bind(14, ByteView(*raw.ommers));
    else
        b.bindNull(14);
    if (int rc = b.run(); rc != SQLITE_DONE)
        return m_db.errorOfCode(rc, QStringLiteral("writing block %1").arg(v.number));

    std::vector<bool> txFailed(raw.transactions.size(), false);
    for (const auto& f : v.failures)
        if (f.txIndex >= 0 && static_cast<std::size_t>(f.txIndex) < txFailed.size()) txFailed[std::size_t(f.txIndex)] = true;

    std::int64_t logIndex = 0;
    for (std::size_t i = 0; i < raw.transactions.size(); ++i) {
        const VerifiedTx* t = i < v.txs.size() ? &v.txs[i] : nullptr;
        SqliteStatement& q = m_insertTx;
        q.bind(1, number);
        q.bind(2, static_cast<std::int64_t>(i));
        q.bind(3, ByteView(t ? t->hash : kZeroHash));
        q.bind(4, t ? static_cast<std::int64_t>(t->type) : 0);
        bindOpt(q, 5, t ? t->sender : std::nullopt);
        bindOpt(q, 6, t ? t->to : std::nullopt);
        bindOpt(q, 7, t ? t->contractAddress : std::nullopt);
        q.bind(8, t ? static_cast<std::int64_t>(t->nonce) : 0);
        q.bindText(9, t ? t->value.toDecimal() : std::string("0"));
        q.bind(10, t ? static_cast<std::int64_t>(t->gasUsed) : 0);
        q.bind(11, t && t->status ? 1 : 0);
        q.bind(12, txFailed[i] || status != BlockStatus::Verified ? 1 : 0);
        q.bind(13, ByteView(raw.transactions[i]));
        if (i < raw.receipts.size())
            q.bind(14, ByteView(raw.receipts[i]));
        else
            q.bindNull(14);
        if (int rc = q.run(); rc != SQLITE_DONE)
            return m_db.errorOfCode(rc, QStringLiteral("writing transaction %1 of block %2").arg(i).arg(v.number));
        if (!t) continue;
        for (const Log& log : t->logs) {
            SqliteStatement& l = m_insertLog;
            l.bind(1, number);
            l.bind(2, logIndex++);
            l.bind(3, static_cast<std::int64_t>(i));
            l.bind(4, ByteView(log.address));
            for (int k = 0; k < 4; ++k) {
                if (std::size_t(k) < log.topics.size())
                    l.bind(5 + k, ByteView(log.topics[std::size_t(k)]));
                else
                    l.bindNull(5 + k);
            }
            l.bind(9, ByteView(log.data));
            if (int rc = l.run(); rc != SQLITE_DONE)
                return m_db.errorOfCode(rc, QStringLiteral("writing a log of block %1").arg(v.number));
        }
    }
    // Consensus record: engines with seals only (PoW/PoS blocks have nothing to record).
    if (v.consensus && consensus::hasSeals(v.consensus->engine))
        if (IndexError e = insertConsensus(v.number, *v.consensus); !e.ok()) return e;
    return insertFailures(v.number, v.failures);
}

IndexError IndexWriter::insertConsensus(std::uint64_t number, const consensus::BlockSeal& seal)
{
    const auto r = consensus::ConsensusRecord::of(number, seal);
    SqliteStatement& q = m_insertConsensus;
    auto bindCount = [&q](int i, std::optional<std::uint64_t> n) {
        if (n)
            q.bind(i, static_cast<std::int64_t>(*n));
        else
            q.bindNull(i);
    };
    auto bindFlag = [&bindCount](int i, std::optional<bool> f) {
        bindCount(i, f ? std::optional<std::uint64_t>(*f ? 1 : 0) : std::nullopt);
    };
    q.bind(1, static_cast<std::int64_t>(number));
    q.bindText(2, r.engine);
    bindOpt(q, 3, r.proposer);
    if (r.committers)
        q.bind(4, ByteView(*r.committers));
    else
        q.bindNull(4);
    q.bind(5, static_cast<std::int64_t>(r.committerCount));
    bindCount(6, r.validatorCount);
    bindCount(7, r.quorum);
    bindFlag(8, r.quorumHeld);
    bindFlag(9, r.inTurn);
    bindCount(10, r.round);
    bindOpt(q, 11, r.voteCandidate);
    bindFlag(12, r.voteAuthorize);
    if (int rc = q.run(); rc != SQLITE_DONE)
        return m_db.errorOfCode(rc, QStringLiteral("writing the consensus record of block %1").arg(number));
    if (!r.state) return {};
    auto state = consensus::ValidatorState::decode(*r.state);
    Bytes validators;
    if (state)
        for (const Address& a : state->validators) append(validators, a);
    SqliteStatement& st = m_insertConsensusState;
    st.bind(1, static_cast<std::int64_t>(number));
    st.bind(2, ByteView(validators));
    st.bind(3, ByteView(*r.state));
    if (int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorOfCode(rc, QStringLiteral("writing the validator set after block %1").arg(number));
    return {};
}

IndexError IndexWriter::truncateAbove(std::uint64_t number)
{
    QSqlQuery q(m_db.db());
    for (const char* sql : {"DELETE FROM blocks WHERE number > ?", "DELETE FROM transactions WHERE block_number > ?",
                            "DELETE FROM logs WHERE block_number > ?", "DELETE FROM failures WHERE block_number > ?",
                            "DELETE FROM consensus_blocks WHERE number > ?", "DELETE FROM consensus_state WHERE number > ?"}) {
        q.prepare(QString::fromUtf8(sql));
        q.addBindValue(static_cast<qlonglong>(number));
        if (!q.exec()) return m_db.errorOf(q.lastError(), QStringLiteral("rolling back to block %1").arg(number));
    }
    // Domain index hook: its rows of the dropped blocks go in the same transaction.
    return domain::DomainStore::truncateAbove(m_db, number);
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
    if (IndexError e = prepareAll(); !e.ok()) return e;
    return insertFailures(number, failures);
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

std::optional<std::pair<std::uint64_t, Bytes>> IndexWriter::consensusState(std::uint64_t number)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT number, state FROM consensus_state WHERE number <= ? ORDER BY number DESC LIMIT 1"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec() || !q.next()) return std::nullopt;
    return std::make_pair(static_cast<std::uint64_t>(q.value(0).toLongLong()), bytesOf(q.value(1)));
}

std::vector<std::pair<std::uint64_t, Address>> IndexWriter::recentSigners(std::uint64_t after, std::uint64_t through)
{
    std::vector<std::pair<std::uint64_t, Address>> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT number, proposer FROM consensus_blocks WHERE number > ? AND number <= ? "
                             "AND in_turn IS NOT NULL AND proposer IS NOT NULL ORDER BY number"));
    q.addBindValue(static_cast<qlonglong>(after));
    q.addBindValue(static_cast<qlonglong>(through));
    if (!q.exec()) return out;
    while (q.next())
        if (auto a = Address::from(bytesOf(q.value(1))))
            out.emplace_back(static_cast<std::uint64_t>(q.value(0).toLongLong()), *a);
    return out;
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
