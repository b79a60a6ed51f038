#include "sync/chain_writer.h"

#include "consensus/engine_detection.h"

#include <QSqlError>

namespace bt {

namespace {

const QString kEngineKey = QStringLiteral("consensus_engine");
const QString kEpochKey = QStringLiteral("consensus_epoch");

}  // namespace

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
    return loadConsensus();
}

// The engine recorded at pin time, and the validator set after the last block: the
// latest stored state (written whenever it changed) plus, for Clique, the recent
// signers rebuilt from the last blocks' rows.
IndexError ChainWriter::loadConsensus()
{
    m_consensusUnsaved = false;
    m_engineError.clear();
    if (auto name = m_db.meta(kEngineKey)) {
        auto kind = consensus::parseEngineName(name->toStdString());
        if (!kind)
            return {IndexError::Kind::Corrupt,
                    QStringLiteral("%1 records the consensus engine \"%2\", which this version does not know (%3)")
                        .arg(m_db.path(), *name, QString::fromLatin1(consensus::engineNameList().data()))};
        consensus::EngineConfig cfg{*kind, consensus::kDefaultEpoch};
        if (auto epoch = m_db.meta(kEpochKey)) cfg.epoch = epoch->toULongLong();
        m_opt.consensus = cfg;
    }
    m_tracker = m_opt.consensus ? consensus::ValidatorTracker(*m_opt.consensus) : consensus::ValidatorTracker();
    if (!m_opt.consensus || !m_last) return {};
    auto stored = m_writer.consensusState(m_last->number);
    if (!stored) {
        m_tracker.breakAt(m_last->number, "the index holds no validator-set state through block " +
                                              std::to_string(m_last->number) +
                                              " (indexed before consensus checks); sync into a new index");
        return {};
    }
    auto state = consensus::ValidatorState::decode(stored->second);
    if (!state) {
        m_tracker.breakAt(m_last->number, state.error().message());
        return {};
    }
    state->config = *m_opt.consensus;
    state->number = m_last->number;
    if (state->config.kind == consensus::EngineKind::Clique) {
        const std::uint64_t limit = state->recentsLimit();
        const std::uint64_t after = std::max(state->anchor, m_last->number >= limit ? m_last->number - limit : 0);
        state->recents = m_writer.recentSigners(after, m_last->number);
    }
    m_tracker.resume(std::move(state).value());
    return {};
}

void ChainWriter::setConsensus(const consensus::EngineConfig& engine)
{
    m_opt.consensus = engine;
    m_engineError.clear();
    m_tracker = consensus::ValidatorTracker(engine);
    // Blocks indexed without the engine left no validator-set state to continue from.
    if (m_last && consensus::hasSeals(engine.kind))
        m_tracker.breakAt(m_last->number, "blocks through " + std::to_string(m_last->number) +
                                              " were indexed before consensus checks; sync into a new index");
}

IndexError ChainWriter::pin(const Anchor& a, const QString& source, const QString& chainId)
{
    if (!m_db.db().transaction()) return m_db.errorOf(m_db.db().lastError(), QStringLiteral("pinning the checkpoint"));
    const bool ok = m_db.setMeta(QStringLiteral("anchor_number"), QString::number(a.number)) &&
                    m_db.setMeta(QStringLiteral("anchor_hash"), QString::fromStdString(toHex(a.hash))) &&
                    m_db.setMeta(QStringLiteral("anchor_source"), source) &&
                    m_db.setMeta(QStringLiteral("chain_id"), chainId) &&
                    (!m_opt.consensus ||
                     (m_db.setMeta(kEngineKey, QString::fromLatin1(consensus::engineName(m_opt.consensus->kind).data())) &&
                      m_db.setMeta(kEpochKey, QString::number(m_opt.consensus->epoch))));
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
    // Consensus (DESIGN.md item 5). An index pinned without an engine (an archive
    // import) takes the one its first block shows; a block verified under no engine or
    // another one is hashed and inspected again, before its hash is linked.
    if (!m_opt.consensus && !m_last && v.header) {
        auto detected = consensus::detectEngine(*v.header);
        if (detected) {
            setConsensus({detected->kind, consensus::kDefaultEpoch});
            m_consensusUnsaved = true;
        } else {
            m_engineError = detected.error().message();  // every block fails with it: never a pass
        }
    }
    if (!m_engineError.empty()) v.failures.push_back({Check::Consensus, -1, m_engineError});
    if (m_opt.consensus && v.header && (!v.consensus || v.consensus->engine != m_opt.consensus->kind))
        applyConsensusEngine(v, *m_opt.consensus);

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
    trackConsensus(v);
    m_last = StoredBlockRef{v.number, v.hash, raw.headerRlp};
    m_lastHeader = v.header;
    return Outcome::Written;
}

// The validator set, in chain order: the anchor starts it, every later block is
// checked against it and applies its vote.
void ChainWriter::trackConsensus(VerifiedBlock& v)
{
    if (!m_opt.consensus) return;
    if (!v.header || !v.consensus) {
        m_tracker.breakAt(v.number, "block " + std::to_string(v.number) + "'s header does not decode");
        return;
    }
    const auto errors = m_tracker.started() ? m_tracker.apply(*v.header, *v.consensus)
                                            : m_tracker.start(*v.header, *v.consensus);
    for (const auto& e : errors) v.failures.push_back({Check::Consensus, -1, e.message()});
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
    if (m_consensusUnsaved && m_opt.consensus) {
        // The engine link() detected, recorded with the block that showed it.
        if (!m_db.setMeta(kEngineKey, QString::fromLatin1(consensus::engineName(m_opt.consensus->kind).data())) ||
            !m_db.setMeta(kEpochKey, QString::number(m_opt.consensus->epoch))) {
            IndexError e = m_db.errorOf(m_db.db().lastError(), QStringLiteral("recording the consensus engine"));
            m_writer.rollback();
            m_inTransaction = false;
            m_uncommitted = 0;
            (void)load();
            return e;
        }
        m_consensusUnsaved = false;
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
