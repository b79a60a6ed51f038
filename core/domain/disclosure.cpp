#include "domain/disclosure.h"

#include "codec/jcs.h"
#include "domain/domain_schema.h"
#include "domain/domain_store.h"
#include "domain/event_projector.h"
#include "domain/semantic_checker.h"
#include "domain/sql_query.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>

#include <nlohmann/json.hpp>

namespace bt::domain {

using namespace bt::registry;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

struct Pending {
    std::int64_t key = 0;
    EventKind kind = EventKind::Commissioning;
    Address recorder;
    std::optional<Role> signerRole;
    std::string signerReason;  // what the indexer found about the signer
    std::int64_t blockTime = 0;
    BlockMark mark = BlockMark::Verified;
    std::string document;
    SemanticOutcome outcome;
    int item = 0;
};

}  // namespace

QueryError runDisclosure(IndexDb& db, const QString& path, DisclosureResult& out)
{
    out = DisclosureResult{};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QueryError::Kind::NotFound, QStringLiteral("%1: %2").arg(path, f.errorString()), {}};
    const QByteArray text = f.readAll();
    // Canonicalising first holds the file to the strict JSON the hashes need (no
    // duplicate names, UTF-8 only); the events are then taken from the canonical text.
    auto canonical = jcs::canonicalize(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!canonical)
        return {QueryError::Kind::BadInput, QStringLiteral("%1: not valid JSON for hashing: %2").arg(path, qs(canonical.error().message())), {}};
    const auto doc = nlohmann::json::parse(*canonical, nullptr, false);
    const auto type = doc.is_object() ? doc.value("type", std::string()) : std::string();
    if (type != "EPCISDocument" && type != "EPCISQueryDocument")
        return {QueryError::Kind::BadInput, QStringLiteral("%1: not an EPCISDocument").arg(path), {}};
    const nlohmann::json* list = nullptr;
    if (auto body = doc.find("epcisBody"); body != doc.end() && body->is_object()) {
        if (auto el = body->find("eventList"); el != body->end() && el->is_array()) list = &*el;
        // EPCISQueryDocument: epcisBody.queryResults.resultsBody.eventList
        if (!list)
            if (auto qr = body->find("queryResults"); qr != body->end() && qr->is_object())
                if (auto rb = qr->find("resultsBody"); rb != qr->end() && rb->is_object())
                    if (auto el = rb->find("eventList"); el != rb->end() && el->is_array()) list = &*el;
    }
    if (!list || list->empty()) return {QueryError::Kind::BadInput, QStringLiteral("%1: the document has no events (epcisBody.eventList)").arg(path), {}};

    DomainCoverage coverage;
    if (QueryError e = checkDomainIndex(db, coverage); !e.ok()) return e;
    sqlite3* h = db.handle();
    SemanticChecker checker;
    SqlQuery find(h, "SELECT t.id, t.kind, t.chain_event_id, t.status, coalesce(t.reason, ''), t.block_status, "
                     "t.recorder, t.signer_role, t.block_time, t.scheme, d.event_id IS NOT NULL "
                     "FROM trace_events t LEFT JOIN disclosures d ON d.event_id = t.id WHERE t.hash = ? AND t.private = 1 "
                     "ORDER BY t.id");
    std::vector<Pending> pending;
    for (std::size_t i = 0; i < list->size(); ++i) {
        DisclosedEvent item;
        item.index = static_cast<int>(i);
        const nlohmann::json& ev = (*list)[i];
        if (ev.is_object()) item.epcisId = qs(ev.value("eventID", std::string()));
        const std::string eventText = ev.dump();
        auto hash = checker.jcsHash(eventText);
        if (!ev.is_object() || !hash) {
            item.outcome = DisclosedEvent::Outcome::Invalid;
            item.detail = QStringLiteral("not a JSON object that can be hashed");
            ++out.mismatched;
            out.events << item;
            continue;
        }
        item.hash = qs(toHex(*hash));
        find.bind(1, ByteView(*hash));
        bool matched = false;
        while (find.next()) {
            matched = true;
            item.chainEventId = find.int64(2);
            item.block = static_cast<qint64>(blockOfKey(find.int64(0)));
            if (find.text(9) != kJcsSha256) continue;  // anchored under another scheme: not this one
            if (find.integer(10)) {
                item.outcome = DisclosedEvent::Outcome::AlreadyDisclosed;
                ++out.alreadyDisclosed;
                continue;
            }
            Pending p;
            p.key = find.int64(0);
            p.kind = static_cast<EventKind>(find.integer(1));
            std::string reason = find.text(4);
            // The indexer's signer verdict: its reason without the part about the
            // missing document.
            if (static_cast<EventStatus>(find.integer(3)) == EventStatus::Failed) {
                const std::string suffix = "; " + std::string(SemanticChecker::kNotDisclosed);
                if (reason.size() >= suffix.size() && reason.compare(reason.size() - suffix.size(), suffix.size(), suffix) == 0)
                    reason.resize(reason.size() - suffix.size());
                else if (reason == SemanticChecker::kNotDisclosed)
                    reason.clear();
                p.signerReason = reason;
            }
            p.mark = static_cast<BlockMark>(find.integer(5));
            if (auto a = Address::from(find.blob(6))) p.recorder = *a;
            if (!find.isNull(7)) p.signerRole = static_cast<Role>(find.integer(7));
            p.blockTime = find.int64(8);
            p.document = eventText;
            p.item = static_cast<int>(out.events.size());
            pending.push_back(std::move(p));
            item.outcome = DisclosedEvent::Outcome::Stored;
            break;
        }
        if (!matched) {
            item.outcome = DisclosedEvent::Outcome::NoMatch;
            item.detail = QStringLiteral("its jcs-sha256 %1 matches no private event on chain: the document differs "
                                         "from what was anchored, or it was never anchored").arg(item.hash);
            ++out.mismatched;
        } else if (item.outcome == DisclosedEvent::Outcome::NoMatch) {
            item.outcome = DisclosedEvent::Outcome::Invalid;
            item.detail = QStringLiteral("the private event with this hash was anchored under another hash scheme");
            ++out.mismatched;
        }
        out.events << item;
    }
    if (out.mismatched > 0 || pending.empty()) return {};

    // All matched: check each document and store it, in one transaction.
    if (!db.db().transaction()) return QueryError::from(db.errorOf(db.db().lastError(), QStringLiteral("storing disclosures")));
    DomainStore store(db);
    EventProjector projector(store);
    IndexError err = store.prepare();
    SqlQuery upd(h, "UPDATE trace_events SET status = ?, reason = ?, epcis_type = ?, biz_step = ?, disposition = ?, "
                    "epcis_id = ?, event_time = ?, ok = ? WHERE id = ?");
    SqlQuery ins(h, "INSERT INTO disclosures VALUES(?, ?, ?)");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (Pending& p : pending) {
        if (!err.ok()) break;
        TraceEventRecorded ev;
        ev.kind = p.kind;
        ev.hashScheme = *hashSchemeId(kJcsSha256);
        ev.eventHash = *checker.jcsHash(p.document);  // matched by this hash
        SemanticOutcome& o = p.outcome;
        o.reason = p.signerReason;
        checker.checkDocument(ev, p.document, o);
        o.status = o.reason.empty() ? EventStatus::Verified : EventStatus::Failed;
        const bool ok = o.status == EventStatus::Verified && p.mark == BlockMark::Verified;
        upd.bind(1, static_cast<int>(o.status)).bindTextOrNull(2, o.reason).bindTextOrNull(3, o.epcisType);
        upd.bindTextOrNull(4, o.bizStep).bindTextOrNull(5, o.disposition).bindTextOrNull(6, o.epcisId);
        upd.bindOpt(7, o.eventTime).bind(8, ok ? 1 : 0).bind(9, p.key);
        ins.bind(1, p.key).bindText(2, p.document).bind(3, now);
        if (!upd.exec() || !ins.exec()) {
            err = db.errorOfCode(sqlite3_errcode(h), QStringLiteral("storing a disclosure"));
            break;
        }
        if (o.eventTime) store.countLatency(*o.eventTime, p.blockTime, ok);
        if (o.event && !projector.project(p.key, p.kind, p.recorder, p.signerRole, *o.event, ok)) {
            err = store.lastError(QStringLiteral("indexing a disclosed event"));
            break;
        }
        DisclosedEvent& item = out.events[p.item];
        item.status = QString::fromLatin1(eventStatusName(o.status).data());
        item.detail = qs(o.reason);
        ++out.stored;
    }
    if (err.ok() && !store.flushLatency()) err = store.lastError(QStringLiteral("updating the latency aggregates"));
    if (err.ok() && !db.db().commit()) err = db.errorOf(db.db().lastError(), QStringLiteral("storing disclosures"));
    if (!err.ok()) {
        db.db().rollback();
        out.stored = 0;
        return QueryError::from(err);
    }
    out.committed = true;
    return {};
}

}  // namespace bt::domain
