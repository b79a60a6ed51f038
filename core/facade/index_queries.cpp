#include "index_queries.h"

#include "chain/verification.h"
#include "codec/header.h"
#include "codec/registry_abi.h"
#include "index/index_db.h"
#include "index/index_reader.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>
#include <map>
#include <variant>

namespace bt::facade {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

quint64 u64(const QVariant& v) { return static_cast<quint64>(v.toLongLong()); }

Bytes bytesOf(const QVariant& v)
{
    const QByteArray b = v.toByteArray();
    return Bytes(b.begin(), b.end());
}

// "0x…" lower-case; empty for NULL.
QString hexOf(const QVariant& v)
{
    if (v.isNull()) return {};
    return QStringLiteral("0x") + QString::fromLatin1(v.toByteArray().toHex());
}

// EIP-55 checksummed; empty for NULL, plain hex for anything not 20 bytes.
QString addressOf(const QVariant& v)
{
    if (v.isNull()) return {};
    auto a = Address::from(bytesOf(v));
    return a ? qs(toChecksumAddress(*a)) : hexOf(v);
}

QString hexOf(ByteView b) { return qs(toHex(b)); }

BlockState stateOf(int status, quint64 number, const std::optional<quint64>& brokenAt)
{
    if (status == 2) return BlockState::ChainBroken;
    if (status != 0) return BlockState::Failed;
    if (brokenAt && number > *brokenAt) return BlockState::Unanchored;
    return BlockState::Verified;
}

std::optional<quint64> firstBrokenLink(QSqlQuery& q, bool& ok)
{
    ok = q.exec(QStringLiteral("SELECT min(number) FROM blocks WHERE status <> 0 AND status = 2")) && q.next();
    if (!ok || q.value(0).isNull()) return std::nullopt;
    return u64(q.value(0));
}

QString failureText(const QString& check, int txIndex, const QString& detail)
{
    if (txIndex >= 0) return QStringLiteral("%1 (transaction %2): %3").arg(check).arg(txIndex).arg(detail);
    return QStringLiteral("%1: %2").arg(check, detail);
}

// "name=value; …" of a registry log, for the logs table.
struct LogDescriber {
    QString operator()(const registry::AdminTransferred& e) const
    {
        return QStringLiteral("previousAdmin=%1; newAdmin=%2")
            .arg(qs(toChecksumAddress(e.previousAdmin)), qs(toChecksumAddress(e.newAdmin)));
    }
    QString operator()(const registry::ParticipantRegistered& e) const
    {
        return QStringLiteral("account=%1; role=%2; name=\"%3\"; country=%4; gln=%5")
            .arg(qs(toChecksumAddress(e.account)), qs(registry::roleName(e.role)), qs(e.name), qs(e.country), qs(e.gln));
    }
    QString operator()(const registry::ParticipantRevoked& e) const
    {
        return QStringLiteral("account=%1").arg(qs(toChecksumAddress(e.account)));
    }
    QString operator()(const registry::CertificationAttested& e) const
    {
        return QStringLiteral("certId=%1; auditor=%2; subject=%3; scheme=%4; status=%5; validFrom=%6; validUntil=%7")
            .arg(e.certId)
            .arg(qs(toChecksumAddress(e.auditor)), qs(toChecksumAddress(e.claim.subject)), qs(e.claim.scheme),
                 qs(registry::certificationStatusName(e.claim.status)))
            .arg(e.claim.validFrom)
            .arg(e.claim.validUntil);
    }
    QString operator()(const registry::CertificationStatusChanged& e) const
    {
        return QStringLiteral("certId=%1; auditor=%2; status=%3")
            .arg(e.certId)
            .arg(qs(toChecksumAddress(e.auditor)), qs(registry::certificationStatusName(e.status)));
    }
    QString operator()(const registry::TraceEventRecorded& e) const
    {
        return QStringLiteral("eventId=%1; recorder=%2; kind=%3; eventHash=%4; document=%5")
            .arg(e.eventId)
            .arg(qs(toChecksumAddress(e.recorder)), qs(registry::eventKindName(e.kind)), hexOf(e.eventHash),
                 e.isPrivate() ? QStringLiteral("private")
                               : QStringLiteral("%1 bytes").arg(qulonglong(e.document.size())));
    }
    QString operator()(const registry::KindPermissionChanged& e) const
    {
        return QStringLiteral("kind=%1; roleMask=0x%2")
            .arg(qs(registry::eventKindName(e.kind)))
            .arg(e.roleMask, 4, 16, QLatin1Char('0'));
    }
};

void decodeLog(LogRow& row, const std::vector<Hash32>& topics, const Bytes& data)
{
    if (topics.empty()) return;
    const auto which = registry::eventByTopic(topics[0]);
    if (!which) return;
    for (const auto& info : registry::registryEvents())
        if (info.id == *which) {
            const std::string_view sig = info.signature;
            row.eventName = qs(sig.substr(0, sig.find('(')));
        }
    auto decoded = registry::decodeRegistryLog(topics, data);
    if (!decoded)
        row.decoded = QStringLiteral("does not decode: %1").arg(qs(decoded.error().message()));
    else if (decoded->has_value())
        row.decoded = std::visit(LogDescriber{}, **decoded);
}

void addHeaderFields(const BlockHeader& h, std::vector<HeaderField>& out)
{
    auto add = [&](const char* name, QString value) { out.push_back({QString::fromLatin1(name), std::move(value)}); };
    add("number", QString::number(h.number));
    add("parentHash", hexOf(h.parentHash));
    add("timestamp", QString::number(h.timestamp));
    add("miner", qs(toChecksumAddress(h.beneficiary)));
    add("stateRoot", hexOf(h.stateRoot));
    add("transactionsRoot", hexOf(h.transactionsRoot));
    add("receiptsRoot", hexOf(h.receiptsRoot));
    add("sha3Uncles", hexOf(h.ommersHash));
    add("gasLimit", QString::number(h.gasLimit));
    add("gasUsed", QString::number(h.gasUsed));
    if (h.baseFeePerGas) add("baseFeePerGas", qs(h.baseFeePerGas->toDecimal()));
    add("difficulty", qs(h.difficulty.toDecimal()));
    add("extraData", hexOf(h.extraData));
    add("mixHash", hexOf(h.mixHash));
    add("nonce", hexOf(h.nonce));
    if (h.withdrawalsRoot) add("withdrawalsRoot", hexOf(*h.withdrawalsRoot));
    if (h.blobGasUsed) add("blobGasUsed", QString::number(*h.blobGasUsed));
    if (h.excessBlobGas) add("excessBlobGas", QString::number(*h.excessBlobGas));
    if (h.parentBeaconBlockRoot) add("parentBeaconBlockRoot", hexOf(*h.parentBeaconBlockRoot));
    if (h.requestsHash) add("requestsHash", hexOf(*h.requestsHash));
    add("layout", qs(layoutName(h.layout())));
}

// Engines whose blocks carry validator seals (core/consensus/engine.h, hasSeals).
bool isSealEngine(const QString& name)
{
    return name == QLatin1String("clique") || name == QLatin1String("ibft") || name == QLatin1String("ibft2") ||
           name == QLatin1String("qbft");
}

bool isTxCheck(Check c)
{
    switch (c) {
    case Check::TxEncoding:
    case Check::TxHash:
    case Check::TxSignature:
    case Check::TxSender:
    case Check::TxRules: return true;
    default: return false;
    }
}

}  // namespace

ServiceError IndexQueries::fromIndexError(const IndexError& e)
{
    ServiceError out;
    out.message = e.message;
    switch (e.kind) {
    case IndexError::Kind::None: out.kind = ServiceError::Kind::None; break;
    case IndexError::Kind::NotFound: out.kind = ServiceError::Kind::NotFound; break;
    case IndexError::Kind::NotAnIndex: out.kind = ServiceError::Kind::NotAnIndex; break;
    case IndexError::Kind::NewerSchema: out.kind = ServiceError::Kind::NewerSchema; break;
    case IndexError::Kind::Corrupt: out.kind = ServiceError::Kind::Corrupt; break;
    case IndexError::Kind::ReadOnly: out.kind = ServiceError::Kind::ReadOnly; break;
    case IndexError::Kind::DiskFull: out.kind = ServiceError::Kind::DiskFull; break;
    case IndexError::Kind::Io: out.kind = ServiceError::Kind::Io; break;
    case IndexError::Kind::Conflict: out.kind = ServiceError::Kind::Conflict; break;
    }
    return out;
}

ServiceError IndexQueries::summary(IndexSummary& out)
{
    IndexReader reader(m_db);
    IndexStatus st;
    if (IndexError e = reader.status(st); !e.ok()) return fromIndexError(e);
    out.path = m_db.path();
    out.chainId = st.chainId;
    out.anchorNumber = st.anchorNumber;
    out.anchorHash = st.anchorHash;
    out.anchorSource = st.anchorSource;
    out.headNumber = st.headNumber;
    out.headHash = st.headHash;
    out.blocks = st.blocks;
    out.transactions = st.transactions;
    out.logs = st.logs;
    out.verifiedBlocks = st.verifiedBlocks;
    out.failedBlocks = st.failedBlocks;
    out.unanchoredBlocks = st.unanchoredBlocks;
    out.failedTransactions = st.failedTransactions;
    out.firstBrokenLink = st.firstBrokenLink;
    out.gaps = st.gaps;
    out.consensusEngine = m_db.meta(QStringLiteral("consensus_engine")).value_or(QString());
    out.firstNumber.reset();
    if (st.blocks > 0) {
        QSqlQuery q(m_db.db());
        if (!q.exec(QStringLiteral("SELECT min(number) FROM blocks")) || !q.next())
            return fromIndexError(m_db.errorOf(q.lastError(), QStringLiteral("reading the first block")));
        out.firstNumber = u64(q.value(0));
    }
    return {};
}

ServiceError IndexQueries::blockPage(quint64 offset, int count, const RowLayout& layout, BlockPage& out)
{
    out.offset = offset;
    out.rows.clear();
    if (count <= 0) return {};
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    bool ok = false;
    const std::optional<quint64> brokenAt = firstBrokenLink(q, ok);
    if (!ok) return fromIndexError(m_db.errorOf(q.lastError(), QStringLiteral("reading block statuses")));

    static const QString kColumns = QStringLiteral(
        "SELECT number, hash, parent_hash, timestamp, miner, gas_used, gas_limit, tx_count, log_count, status FROM blocks ");
    if (layout.contiguous && layout.first) {
        q.prepare(kColumns + QStringLiteral("WHERE number BETWEEN ? AND ? ORDER BY number"));
        q.addBindValue(static_cast<qlonglong>(*layout.first + offset));
        q.addBindValue(static_cast<qlonglong>(*layout.first + offset + quint64(count) - 1));
    } else {
        q.prepare(kColumns + QStringLiteral("ORDER BY number LIMIT ? OFFSET ?"));
        q.addBindValue(count);
        q.addBindValue(static_cast<qlonglong>(offset));
    }
    if (!q.exec())
        return fromIndexError(m_db.errorOf(q.lastError(), QStringLiteral("reading blocks from row %1").arg(offset)));
    bool anyFailed = false;
    while (q.next()) {
        BlockRow r;
        r.number = u64(q.value(0));
        r.hash = hexOf(q.value(1));
        r.parentHash = hexOf(q.value(2));
        r.timestamp = q.value(3).toLongLong();
        r.miner = addressOf(q.value(4));
        r.gasUsed = u64(q.value(5));
        r.gasLimit = u64(q.value(6));
        r.txCount = q.value(7).toInt();
        r.logCount = q.value(8).toInt();
        r.state = stateOf(q.value(9).toInt(), r.number, brokenAt);
        if (r.state == BlockState::Unanchored) r.brokenAt = brokenAt;
        anyFailed = anyFailed || r.state == BlockState::Failed || r.state == BlockState::ChainBroken;
        out.rows.push_back(std::move(r));
    }
    if (q.lastError().isValid())
        return fromIndexError(m_db.errorOf(q.lastError(), QStringLiteral("reading blocks from row %1").arg(offset)));
    if (anyFailed && !out.rows.empty()) {
        QSqlQuery f(m_db.db());
        f.setForwardOnly(true);
        f.prepare(QStringLiteral("SELECT block_number, tx_index, check_name, detail FROM failures "
                                 "WHERE block_number BETWEEN ? AND ? ORDER BY block_number, rowid"));
        f.addBindValue(static_cast<qlonglong>(out.rows.front().number));
        f.addBindValue(static_cast<qlonglong>(out.rows.back().number));
        if (!f.exec()) return fromIndexError(m_db.errorOf(f.lastError(), QStringLiteral("reading failures")));
        std::map<quint64, QString> first;
        while (f.next()) {
            const quint64 n = u64(f.value(0));
            if (first.count(n)) continue;
            first[n] = failureText(f.value(2).toString(), f.value(1).isNull() ? -1 : f.value(1).toInt(),
                                   f.value(3).toString());
        }
        for (BlockRow& r : out.rows)
            if (auto it = first.find(r.number); it != first.end()) r.firstProblem = it->second;
    }
    return {};
}

ServiceError IndexQueries::blockDetails(quint64 number, BlockDetails& out)
{
    out = BlockDetails{};
    out.number = number;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    auto fail = [&](QSqlQuery& query, const QString& doing) {
        return fromIndexError(m_db.errorOf(query.lastError(), doing.arg(number)));
    };
    bool ok = false;
    const std::optional<quint64> brokenAt = firstBrokenLink(q, ok);
    if (!ok) return fail(q, QStringLiteral("reading the statuses for block %1"));

    q.prepare(QStringLiteral("SELECT hash, timestamp, status, header_rlp, withdrawals_rlp IS NOT NULL, tx_count "
                             "FROM blocks WHERE number = ?"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec()) return fail(q, QStringLiteral("reading block %1"));
    if (!q.next()) return {};  // found = false
    out.found = true;
    out.hash = hexOf(q.value(0));
    out.timestamp = q.value(1).toLongLong();
    const int status = q.value(2).toInt();
    const Bytes headerRlp = bytesOf(q.value(3));
    const bool hasWithdrawals = q.value(4).toBool();
    const int txCount = q.value(5).toInt();
    out.state = stateOf(status, number, brokenAt);
    q.finish();

    std::optional<BlockHeader> header;
    if (auto h = BlockHeader::decode(headerRlp); h) {
        header = std::move(h).value();
        addHeaderFields(*header, out.header);
    } else {
        out.headerError = qs(h.error().message());
    }

    // Checkpoint and link.
    CheckpointLink& link = out.link;
    if (auto n = m_db.meta(QStringLiteral("anchor_number"))) link.anchorNumber = n->toULongLong();
    link.anchorHash = m_db.meta(QStringLiteral("anchor_hash")).value_or(QString());
    link.anchorSource = m_db.meta(QStringLiteral("anchor_source")).value_or(QString());
    link.isAnchor = link.anchorNumber && *link.anchorNumber == number;
    link.brokenAt = brokenAt;
    link.anchored = !brokenAt || number < *brokenAt;
    out.consensusEngine = m_db.meta(QStringLiteral("consensus_engine")).value_or(QString());
    const bool sealed = isSealEngine(out.consensusEngine);

    // Recorded failures, per check.
    std::map<QString, QStringList> reasons;
    std::map<int, QStringList> txFailures;
    q.prepare(QStringLiteral("SELECT tx_index, check_name, detail FROM failures WHERE block_number = ? ORDER BY rowid"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec()) return fail(q, QStringLiteral("reading the failures of block %1"));
    int recorded = 0;
    while (q.next()) {
        const int tx = q.value(0).isNull() ? -1 : q.value(0).toInt();
        const QString check = q.value(1).toString();
        const QString detail = q.value(2).toString();
        reasons[check] << (tx >= 0 ? QStringLiteral("transaction %1: %2").arg(tx).arg(detail) : detail);
        if (tx >= 0) txFailures[tx] << QStringLiteral("%1: %2").arg(check, detail);
        ++recorded;
    }
    q.finish();

    const bool headerFailed = !header;
    for (int c = 0; c <= static_cast<int>(Check::Consensus); ++c) {
        const Check check = static_cast<Check>(c);
        CheckResult r;
        r.name = qs(checkName(check));
        if (auto it = reasons.find(r.name); it != reasons.end()) {
            r.state = CheckState::Failed;
            r.reasons = it->second;
            reasons.erase(it);
        } else if (headerFailed && check == Check::HeaderEncoding) {
            // The index records no such failure, yet the stored header does not decode:
            // never show it as passed.
            r.state = CheckState::Failed;
            r.reasons << QStringLiteral("the stored header does not decode: %1").arg(out.headerError);
        } else if (headerFailed) {
            r.state = CheckState::NotChecked;
        } else if (check == Check::Checkpoint) {
            r.state = link.anchored ? CheckState::Passed : CheckState::Failed;
        } else if (check == Check::Consensus) {
            // Only engines with validator seals have something to check; an engine not
            // recorded (an index from before consensus checks) was not checked.
            r.state = out.consensusEngine.isEmpty() ? CheckState::NotChecked
                      : sealed                      ? CheckState::Passed
                                                    : CheckState::NotApplicable;
        } else if (isTxCheck(check) && txCount == 0) {
            r.state = CheckState::NotApplicable;
        } else if (check == Check::WithdrawalsRoot && header && !header->withdrawalsRoot && !hasWithdrawals) {
            r.state = CheckState::NotApplicable;
        } else if (check == Check::ParentLink && link.isAnchor) {
            r.state = CheckState::NotApplicable;  // the checkpoint's parent is not in the index
        } else {
            r.state = CheckState::Passed;
        }
        out.checks.push_back(std::move(r));
    }
    // Failures under names this version does not know, and a failed status with no reason.
    for (auto& [name, list] : reasons) out.checks.push_back({name, CheckState::Failed, list});
    if (status != 0 && recorded == 0)
        out.checks.push_back({QStringLiteral("recorded-status"), CheckState::Failed, {}});

    // Transactions.
    q.prepare(QStringLiteral("SELECT tx_index, hash, type, sender, recipient, contract_address, nonce, value, gas_used, "
                             "success, status FROM transactions WHERE block_number = ? ORDER BY tx_index"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec()) return fail(q, QStringLiteral("reading the transactions of block %1"));
    while (q.next()) {
        TxRow t;
        t.blockNumber = number;
        t.index = q.value(0).toInt();
        t.hash = hexOf(q.value(1));
        t.type = q.value(2).toInt();
        t.sender = addressOf(q.value(3));
        t.recipient = addressOf(q.value(4));
        t.contractAddress = addressOf(q.value(5));
        t.nonce = u64(q.value(6));
        t.value = q.value(7).toString();
        t.gasUsed = u64(q.value(8));
        t.success = q.value(9).toInt() != 0;
        t.verified = q.value(10).toInt() == 0 && out.state != BlockState::ChainBroken;
        if (auto it = txFailures.find(t.index); it != txFailures.end()) t.failures = it->second;
        out.transactions.push_back(std::move(t));
    }
    q.finish();

    // Logs, with registry events decoded.
    q.prepare(QStringLiteral("SELECT log_index, tx_index, address, topic0, topic1, topic2, topic3, data FROM logs "
                             "WHERE block_number = ? ORDER BY log_index"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec()) return fail(q, QStringLiteral("reading the logs of block %1"));
    while (q.next()) {
        LogRow l;
        l.blockNumber = number;
        l.logIndex = q.value(0).toInt();
        l.txIndex = q.value(1).toInt();
        l.address = addressOf(q.value(2));
        std::vector<Hash32> topics;
        for (int k = 0; k < 4; ++k) {
            const QVariant t = q.value(3 + k);
            if (t.isNull()) break;
            l.topics << hexOf(t);
            if (auto h = Hash32::from(bytesOf(t))) topics.push_back(*h);
        }
        const Bytes data = bytesOf(q.value(7));
        l.data = hexOf(data);
        decodeLog(l, topics, data);
        out.logs.push_back(std::move(l));
    }
    return {};
}

ServiceError IndexQueries::rowOfBlock(quint64 number, const RowLayout& layout, qint64& row)
{
    if (layout.contiguous && layout.first && number >= *layout.first) {
        row = static_cast<qint64>(number - *layout.first);
        return {};
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM blocks WHERE number < ?"));
    q.addBindValue(static_cast<qlonglong>(number));
    if (!q.exec() || !q.next())
        return fromIndexError(m_db.errorOf(q.lastError(), QStringLiteral("finding the row of block %1").arg(number)));
    row = q.value(0).toLongLong();
    return {};
}

ServiceError IndexQueries::searchChain(const QString& input, std::size_t limit, const RowLayout& layout,
                                       SearchResults& out)
{
    const QString text = input.trimmed();
    out.query = text;
    out.interpretation = SearchResults::Interpretation::Empty;
    if (text.isEmpty()) return {};

    static const QRegularExpression decimal(QStringLiteral("^#?\\s*([0-9][0-9,'_ ]*)$"));
    static const QRegularExpression hex(QStringLiteral("^(0[xX])?([0-9a-fA-F]+)$"));
    std::optional<quint64> number;
    QByteArray bytes;
    if (const auto m = decimal.match(text); m.hasMatch()) {
        QString digits = m.captured(1);
        digits.remove(QRegularExpression(QStringLiteral("[,'_ ]")));
        bool ok = false;
        const quint64 n = digits.toULongLong(&ok);
        if (ok && n <= quint64(std::numeric_limits<qint64>::max())) number = n;
    }
    if (!number) {
        if (const auto m = hex.match(text); m.hasMatch()) {
            const QString digits = m.captured(2);
            const bool prefixed = !m.captured(1).isEmpty();
            if (digits.size() == 64 || digits.size() == 40) {
                bytes = QByteArray::fromHex(digits.toLatin1());
            } else if (prefixed && digits.size() <= 15) {
                bool ok = false;
                const quint64 n = digits.toULongLong(&ok, 16);
                if (ok) number = n;
            }
        }
    }

    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    auto error = [&](const QString& doing) { return fromIndexError(m_db.errorOf(q.lastError(), doing)); };
    auto addBlockHit = [&](quint64 n, const QString& hash) -> ServiceError {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Block;
        hit.blockNumber = n;
        hit.hash = hash;
        if (ServiceError e = rowOfBlock(n, layout, hit.row); !e.ok()) return e;
        out.hits.push_back(std::move(hit));
        return {};
    };

    if (number) {
        out.interpretation = SearchResults::Interpretation::Number;
        q.prepare(QStringLiteral("SELECT hash FROM blocks WHERE number = ?"));
        q.addBindValue(static_cast<qlonglong>(*number));
        if (!q.exec()) return error(QStringLiteral("looking up block %1").arg(*number));
        if (q.next()) {
            const QString hash = hexOf(q.value(0));
            q.finish();
            if (ServiceError e = addBlockHit(*number, hash); !e.ok()) return e;
        }
        return {};
    }
    if (bytes.size() == 32) {
        out.interpretation = SearchResults::Interpretation::Hash;
        q.prepare(QStringLiteral("SELECT number FROM blocks WHERE hash = ? LIMIT ?"));
        q.addBindValue(bytes);
        q.addBindValue(qlonglong(limit + 1));
        if (!q.exec()) return error(QStringLiteral("looking up a block hash"));
        std::vector<quint64> blocks;
        while (q.next()) blocks.push_back(u64(q.value(0)));
        q.finish();
        const QString hash = QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
        for (quint64 n : blocks)
            if (ServiceError e = addBlockHit(n, hash); !e.ok()) return e;
        q.prepare(QStringLiteral("SELECT block_number, tx_index FROM transactions WHERE hash = ? "
                                 "ORDER BY block_number, tx_index LIMIT ?"));
        q.addBindValue(bytes);
        q.addBindValue(qlonglong(limit + 1));
        if (!q.exec()) return error(QStringLiteral("looking up a transaction hash"));
        std::vector<std::pair<quint64, int>> txs;
        while (q.next()) txs.emplace_back(u64(q.value(0)), q.value(1).toInt());
        q.finish();
        for (const auto& [n, index] : txs) {
            SearchHit hit;
            hit.kind = SearchHit::Kind::Transaction;
            hit.blockNumber = n;
            hit.txIndex = index;
            hit.hash = hash;
            if (ServiceError e = rowOfBlock(n, layout, hit.row); !e.ok()) return e;
            out.hits.push_back(std::move(hit));
        }
    } else if (bytes.size() == 20) {
        out.interpretation = SearchResults::Interpretation::Address;
        q.prepare(QStringLiteral("SELECT block_number, tx_index, hash, sender = ?, recipient = ? FROM transactions "
                                 "WHERE sender = ? OR recipient = ? OR contract_address = ? "
                                 "ORDER BY block_number DESC, tx_index DESC LIMIT ?"));
        for (int i = 0; i < 5; ++i) q.addBindValue(bytes);
        q.addBindValue(qlonglong(limit + 1));
        if (!q.exec()) return error(QStringLiteral("looking up the transactions of an address"));
        struct Found {
            quint64 block;
            int index;
            QString hash;
            QString role;
        };
        std::vector<Found> found;
        while (q.next())
            found.push_back({u64(q.value(0)), q.value(1).toInt(), hexOf(q.value(2)),
                             q.value(3).toBool()   ? QStringLiteral("sender")
                             : q.value(4).toBool() ? QStringLiteral("recipient")
                                                   : QStringLiteral("contract")});
        q.finish();
        auto a = Address::from(Bytes(bytes.begin(), bytes.end()));
        const QString address = a ? qs(toChecksumAddress(*a)) : QString();
        for (const Found& f : found) {
            SearchHit hit;
            hit.kind = SearchHit::Kind::Address;
            hit.blockNumber = f.block;
            hit.txIndex = f.index;
            hit.hash = f.hash;
            hit.address = address;
            hit.role = f.role;
            if (ServiceError e = rowOfBlock(f.block, layout, hit.row); !e.ok()) return e;
            out.hits.push_back(hit);
        }
    } else {
        out.interpretation = SearchResults::Interpretation::Text;
    }
    if (out.hits.size() > limit) {
        out.hits.resize(limit);
        out.truncated = true;
    }
    return {};
}

}  // namespace bt::facade
