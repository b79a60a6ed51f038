#include "sync/chain_writer.h"

#include <QSqlError>

namespace bt {

ChainWriter::ChainWriter(IndexDb& db, VerifyOptions opt) : m_db(db), m_writer(db), m_opt(std::move(opt)) {}

IndexError ChainWriter::load()
{
    m_anchor.reset();
    auto num = m_db.meta(QStringLiteral("anchor_number"));
    auto hash = m_db.meta(QStringLiteral("anchor_hash"));
    if (num && hash) {
        auto h = fixedFromHex<32>(hash->toStdString());
        bool ok = false;
        const auto n = num->toULongLong(&ok);
        if (!h || !ok)
            return {IndexError::Kind::Corrupt, QStringLiteral("%1: the pinned checkpoint is unreadable").arg(m_db.path())};
        m_anchor = Anchor{n, *h};
    }
    m_last = m_writer.lastBlock();
    m_lastHeader.reset();
    if (m_last) {
        auto hdr = BlockHeader::decode(m_last->headerRlp);
        if (hdr) m_lastHeader = std::move(hdr).value();
    }
    return {};
}

IndexError ChainWriter::pin(const Anchor& a, const QString& source, const QString& chainId)
{
    if (!m_db.db().transaction()) return m_db.errorOf(m_db.db().lastError(), QStringLiteral("pinning the checkpoint"));
    const bool ok = m_db.setMeta(QStringLiteral("anchor_number"), QString::number(a.number)) &&
                    m_db.setMeta(QStringLiteral("anchor_hash"), QString::fromStdString(toHex(a.hash))) &&
                    m_db.setMeta(QStringLiteral("anchor_source"), source) &&
                    m_db.setMeta(QStringLiteral("chain_id"), chainId);
    if (!ok || !m_db.db().commit()) {
        IndexError e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("pinning the checkpoint"));
        m_db.db().rollback();
        return e;
    }
    m_anchor = a;
    return {};
}

std::uint64_t ChainWriter::nextNumber() const noexcept
{
    if (m_last) return m_last->number + 1;
    return m_anchor ? m_anchor->number : 0;
}

std::optional<std::uint64_t> ChainWriter::lastNumber() const noexcept
{
    if (m_last) return m_last->number;
    return std::nullopt;
}

ChainWriter::Outcome ChainWriter::link(const RawBlock& raw, VerifiedBlock& v, bool acceptBrokenLink)
{
    if (m_last) {
        if (!m_lastHeader) {
            // The previous block did not decode: nothing to link to, and already marked.
            v.failures.push_back({Check::ParentLink, -1, "the previous block's header does not decode"});
        } else {
            const std::size_t before = v.failures.size();
            verifyLink(v, *m_lastHeader, m_last->hash, m_opt);
            const bool mismatch = v.failures.size() > before && v.failures[before].check == Check::ParentLink;
            if (mismatch && !acceptBrokenLink) {
                v.failures.resize(before);
                return Outcome::ParentMismatch;
            }
        }
    } else if (m_anchor) {
        if (v.number != m_anchor->number || v.hash != m_anchor->hash)
            v.failures.push_back({Check::Checkpoint, -1,
                                  "block " + std::to_string(v.number) + " " + toHex(v.hash) +
                                      " is not the pinned checkpoint " + std::to_string(m_anchor->number) + " " +
                                      toHex(m_anchor->hash)});
    }
    m_last = StoredBlockRef{v.number, v.hash, raw.headerRlp};
    m_lastHeader = v.header;
    return Outcome::Written;
}

IndexError ChainWriter::append(const RawBlock& raw, VerifiedBlock& v, bool acceptBrokenLink, Outcome& outcome)
{
    outcome = link(raw, v, acceptBrokenLink);
    if (outcome == Outcome::ParentMismatch) return {};
    if (!m_inTransaction) {
        if (IndexError e = m_writer.begin(); !e.ok()) {
            (void)load();
            return e;
        }
        m_inTransaction = true;
    }
    if (IndexError e = m_writer.writeBlock(raw, v); !e.ok()) {
        m_writer.rollback();
        m_inTransaction = false;
        m_uncommitted = 0;
        (void)load();
        return e;
    }
    ++m_uncommitted;
    return {};
}

IndexError ChainWriter::flush()
{
    if (!m_inTransaction) return {};
    m_inTransaction = false;
    m_uncommitted = 0;
    IndexError e = m_writer.commit();
    if (!e.ok()) (void)load();  // the batch is gone: continue from what is stored
    return e;
}

IndexError ChainWriter::truncateAbove(std::uint64_t number)
{
    if (IndexError e = flush(); !e.ok()) return e;
    if (IndexError e = m_writer.begin(); !e.ok()) return e;
    if (IndexError e = m_writer.truncateAbove(number); !e.ok()) {
        m_writer.rollback();
        return e;
    }
    if (IndexError e = m_writer.commit(); !e.ok()) return e;
    return load();
}

}  // namespace bt
