#include "domain/compliance_query.h"

#include "codec/registry_abi.h"
#include "domain/cahra.h"
#include "domain/gs1_identifier.h"
#include "domain/lineage_graph.h"
#include "domain/mass_balance.h"
#include "domain/utc_time.h"

#include <QHash>

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace bt::domain {

using registry::CertificationStatus;
using registry::Role;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

bool isSourcingScheme(const std::string& s) { return s == "RMAP" || s == "IRMA" || s == "OECD-DD"; }

struct Cert {
    std::int64_t logId = 0;
    std::uint64_t id = 0;
    Address subject;
    Address auditor;
    std::string scheme, site, evidenceUri;
    CertificationStatus attested = CertificationStatus::Valid;
    std::int64_t validFrom = 0, validUntil = 0;
    std::vector<std::pair<std::int64_t, CertificationStatus>> changes;  // in chain order

    CertificationStatus statusAt(std::int64_t key) const
    {
        CertificationStatus s = attested;
        for (const auto& [k, st] : changes)
            if (k < key) s = st;
        return s;
    }
    bool validFor(std::int64_t key, std::int64_t time) const
    {
        return logId < key && statusAt(key) == CertificationStatus::Valid && validFrom <= time && time < validUntil;
    }
};

struct Participant {
    Role role = Role::None;
    std::string name, country, gln;
    bool active = false;
};

QString statusText(CertificationStatus s) { return QString::fromLatin1(registry::certificationStatusName(s).data()); }

}  // namespace

QueryError runCompliance(IndexDb& db, const ComplianceRequest& req, ComplianceResult& out)
{
    out = ComplianceResult{};
    const ReadSnapshot snapshot(db.handle());
    DomainCoverage coverage;
    if (QueryError e = checkDomainIndex(db, coverage); !e.ok()) return e;
    out.coverageNote = coverage.lagNote();
    out.asOf = coverage.headTime;
    out.cahraSource = QString::fromLatin1(cahraSource().data());
    for (auto c : cahraCountries()) out.cahraCountries << QString::fromLatin1(c.data(), static_cast<qsizetype>(c.size()));
    out.rules << QStringLiteral("a certificate is valid for an event when its status was Valid at the event's block and "
                                "validFrom <= eventTime < validUntil")
              << QStringLiteral("miners (each ore lot commissioned) and refiners (each lot refined) need a valid RMAP, IRMA "
                                "or OECD-DD certificate for the event's site or their own GLN")
              << QStringLiteral("an ore lot is flagged when its mine had no such certificate at extraction or lies in a "
                                "CAHRA country; a refined lot when its refiner had none when it was made")
              << QStringLiteral("a pack's flagged share of an element is the mass-balance share of that element that "
                                "came through flagged lots");
    sqlite3* h = db.handle();

    // Participants as last registered, certificates with their status history.
    std::map<Address, Participant> participants;
    SqlQuery pq(h, "SELECT account, role, name, country, gln, active FROM participant_history ORDER BY log_id");
    while (pq.next()) {
        auto a = Address::from(pq.blob(0));
        if (!a) continue;
        Participant& p = participants[*a];
        p.active = pq.integer(5) != 0;
        if (!p.active) continue;
        p.role = static_cast<Role>(pq.integer(1));
        p.name = pq.text(2);
        p.country = pq.text(3);
        p.gln = pq.text(4);
    }
    std::map<std::uint64_t, Cert> certs;
    SqlQuery cq(h, "SELECT log_id, cert_id, subject, auditor, scheme, site_gln, status, valid_from, valid_until, "
                   "evidence_uri, block_status FROM certifications ORDER BY log_id");
    while (cq.next()) {
        if (cq.integer(10) != 0 && !req.includeUnverified) {
            ++out.leftOut;
            continue;
        }
        Cert c;
        c.logId = cq.int64(0);
        c.id = static_cast<std::uint64_t>(cq.int64(1));
        if (auto a = Address::from(cq.blob(2))) c.subject = *a;
        if (auto a = Address::from(cq.blob(3))) c.auditor = *a;
        c.scheme = cq.text(4);
        c.site = cq.text(5);
        c.attested = static_cast<CertificationStatus>(cq.integer(6));
        c.validFrom = cq.int64(7);
        c.validUntil = cq.int64(8);
        c.evidenceUri = cq.text(9);
        certs[c.id] = c;
    }
    SqlQuery chq(h, "SELECT log_id, cert_id, status, block_status FROM certification_changes ORDER BY log_id");
    while (chq.next()) {
        if (chq.integer(3) != 0 && !req.includeUnverified) {
            ++out.leftOut;
            continue;
        }
        auto it = certs.find(static_cast<std::uint64_t>(chq.int64(1)));
        if (it != certs.end()) it->second.changes.emplace_back(chq.int64(0), static_cast<CertificationStatus>(chq.integer(2)));
    }
    if (pq.failed() || cq.failed() || chq.failed())
        return {QueryError::Kind::Database, QStringLiteral("reading certifications: %1").arg(qs(cq.error())), {}};

    // The certificate that covers `who` for an event at `key`/`time` on `site`.
    auto coveringCert = [&](const Address& who, const std::string& siteGln, std::int64_t key,
                            std::int64_t time) -> const Cert* {
        const auto p = participants.find(who);
        const std::string ownGln = p != participants.end() ? p->second.gln : std::string();
        for (const auto& [id, c] : certs) {
            if (c.subject != who || !isSourcingScheme(c.scheme)) continue;
            if (c.site != siteGln && c.site != ownGln) continue;
            if (c.validFor(key, time)) return &c;
        }
        return nullptr;
    };

    // Ore lots (at mines) and refined lots (at refiners): each checked at its event.
    struct SupplierTally {
        qint64 events = 0;
        qint64 uncovered = 0;
    };
    std::map<Address, SupplierTally> tally;
    std::set<std::int64_t> flagged;
    SqlQuery lots(h, "SELECT f.asset_id, min(f.event_id), f.kind, a.uri FROM asset_facts f JOIN assets a ON a.id = f.asset_id "
                     "WHERE f.kind IN (10, 11) AND (f.ok = 1 OR ?) GROUP BY f.asset_id, f.kind ORDER BY min(f.event_id)");
    lots.bind(1, req.includeUnverified ? 1 : 0);
    SqlQuery ev(h, "SELECT signer, event_time FROM trace_events WHERE id = ?");
    SqlQuery site(h, "SELECT site FROM commissions WHERE event_id = ? AND asset_id = ? "
                     "UNION ALL SELECT plant FROM productions WHERE event_id = ? AND asset_id = ? LIMIT 1");
    while (lots.next()) {
        LotCompliance lot;
        lot.asset = lots.int64(0);
        lot.eventId = lots.int64(1);
        lot.kind = static_cast<AssetKind>(lots.integer(2));
        lot.uri = qs(lots.text(3));
        ev.bind(1, lot.eventId);
        if (!ev.next()) continue;
        const auto signer = Address::from(ev.blob(0));
        lot.time = ev.int64(1);
        ev.reset();
        if (!signer) continue;
        site.bind(1, lot.eventId).bind(2, lot.asset).bind(3, lot.eventId).bind(4, lot.asset);
        const std::string siteGln = site.next() ? glnOf(site.text(0)) : std::string();
        site.reset();
        const ParticipantInfo who = participantAt(h, *signer, lot.eventId);
        lot.supplier = who.name.isEmpty() ? who.account : who.name;
        lot.supplierAccount = who.account;
        lot.country = who.country;
        SupplierTally& t = tally[*signer];
        ++t.events;
        if (const Cert* c = coveringCert(*signer, siteGln, lot.eventId, lot.time)) {
            lot.certificate = QStringLiteral("%1 #%2").arg(qs(c->scheme)).arg(c->id);
        } else {
            ++t.uncovered;
            lot.flagged = true;
            lot.reasons << QStringLiteral("no valid RMAP, IRMA or OECD-DD certificate of %1 for %2 at %3")
                               .arg(lot.supplier, lot.kind == AssetKind::Ore ? QStringLiteral("extraction")
                                                                             : QStringLiteral("refining"),
                                    qs(formatDateTime(lot.time)));
        }
        if (lot.kind == AssetKind::Ore && isCahraCountry(who.country.toStdString())) {
            lot.flagged = true;
            lot.reasons << QStringLiteral("mined in %1, a conflict-affected or high-risk area").arg(who.country);
        }
        if (lot.flagged) flagged.insert(lot.asset);
        out.lots << lot;
    }
    std::stable_sort(out.lots.begin(), out.lots.end(),
                     [](const LotCompliance& a, const LotCompliance& b) { return a.flagged && !b.flagged; });
    SqlQuery leftLots(h, "SELECT count(*) FROM asset_facts WHERE kind IN (10, 11) AND ok = 0");
    if (!req.includeUnverified && leftLots.next()) out.leftOut += static_cast<std::uint64_t>(leftLots.int64(0));
    leftLots.reset();

    // Suppliers: everyone who makes or handles material upstream of the packs.
    for (const auto& [account, p] : participants) {
        if (!p.active || !(p.role == Role::Miner || p.role == Role::Refiner || p.role == Role::CathodeProducer ||
                           p.role == Role::CellMaker || p.role == Role::Recycler))
            continue;
        SupplierCompliance s;
        s.account = hexText(account);
        s.name = qs(p.name);
        s.role = QString::fromLatin1(registry::roleName(p.role).data());
        s.country = qs(p.country);
        s.cahra = isCahraCountry(p.country);
        s.needsSourcingCertificate = p.role == Role::Miner || p.role == Role::Refiner;
        bool anySourcing = false;
        for (const auto& [id, c] : certs) {
            if (c.subject != account) continue;
            CertificateInfo ci;
            ci.id = static_cast<qint64>(c.id);
            ci.scheme = qs(c.scheme);
            ci.site = qs(c.site);
            const CertificationStatus now = c.statusAt(INT64_MAX);
            ci.status = statusText(now);
            ci.validFrom = c.validFrom;
            ci.validUntil = c.validUntil;
            const ParticipantInfo a = participantAt(h, c.auditor);
            ci.auditor = a.name.isEmpty() ? a.account : a.name;
            ci.evidenceUri = qs(c.evidenceUri);
            ci.sourcing = isSourcingScheme(c.scheme);
            anySourcing |= ci.sourcing;
            if (now == CertificationStatus::Suspended) ci.standing = QStringLiteral("suspended");
            else if (now == CertificationStatus::Withdrawn) ci.standing = QStringLiteral("withdrawn");
            else if (out.asOf >= c.validUntil) ci.standing = QStringLiteral("expired");
            else if (out.asOf < c.validFrom) ci.standing = QStringLiteral("not yet valid");
            else ci.standing = QStringLiteral("valid");
            if (ci.standing != QLatin1String("valid"))
                s.issues << QStringLiteral("%1 #%2 %3 (valid %4 to %5)")
                                .arg(ci.scheme)
                                .arg(ci.id)
                                .arg(ci.standing, qs(formatDate(c.validFrom)), qs(formatDate(c.validUntil)));
            s.certificates << ci;
        }
        if (s.needsSourcingCertificate && !anySourcing) s.issues << QStringLiteral("no responsible-sourcing certificate");
        if (auto t = tally.find(account); t != tally.end()) {
            s.events = t->second.events;
            s.eventsWithoutCertificate = t->second.uncovered;
            if (t->second.uncovered)
                s.issues << QStringLiteral("%1 of %2 lots made without a valid certificate").arg(t->second.uncovered).arg(t->second.events);
        }
        if (s.cahra) s.issues << QStringLiteral("located in %1, a conflict-affected or high-risk area").arg(s.country);
        out.suppliers << s;
    }
    // Along the supply chain, then by name.
    auto rank = [](const QString& role) {
        for (std::uint8_t r = 0; r < registry::kRoleCount; ++r)
            if (role == QLatin1String(registry::roleName(static_cast<Role>(r)).data())) return int(r);
        return int(registry::kRoleCount);
    };
    std::sort(out.suppliers.begin(), out.suppliers.end(), [&rank](const SupplierCompliance& a, const SupplierCompliance& b) {
        return a.role != b.role ? rank(a.role) < rank(b.role) : a.name < b.name;
    });

    // Packs: the one asked for, or every pack downstream of a flagged lot.
    SqlQuery total(h, "SELECT count(DISTINCT asset_id) FROM asset_facts WHERE kind = ?");
    total.bind(1, static_cast<int>(AssetKind::Pack));
    if (total.next()) out.packsTotal = total.int64(0);
    total.reset();
    LineageGraph graph(h, req.includeUnverified);
    std::vector<std::int64_t> packs;
    if (!req.pack.isEmpty()) {
        std::vector<std::string> matches;
        auto id = graph.findAsset(req.pack.toStdString(), &matches);
        if (!id) {
            QueryError e{QueryError::Kind::NotFound, QStringLiteral("unknown pack \"%1\"").arg(req.pack), {}};
            for (const auto& m : matches) e.hints << qs(m);
            if (!e.hints.isEmpty()) e.hintsTitle = QStringLiteral("matching assets:");
            return e;
        }
        packs.push_back(*id);
    } else {
        std::set<std::int64_t> seen(flagged.begin(), flagged.end());
        std::deque<std::int64_t> queue(flagged.begin(), flagged.end());
        while (!queue.empty()) {
            const std::int64_t at = queue.front();
            queue.pop_front();
            const auto info = graph.info(at);
            if (info && info->kind == AssetKind::Pack) {
                packs.push_back(at);
                continue;  // what a pack goes into (a vehicle) holds the same material
            }
            for (const GraphEdge& e : graph.downstream(at))
                if (e.relation != Relation::Removal && seen.insert(e.dst).second) queue.push_back(e.dst);
        }
        std::sort(packs.begin(), packs.end());
    }
    MassBalance mb(graph, [&flagged](std::int64_t a) { return flagged.count(a) > 0; });
    for (std::int64_t pack : packs) {
        PackCompliance pc;
        pc.asset = pack;
        if (auto info = graph.info(pack)) pc.uri = qs(info->uri);
        std::set<std::int64_t> contributing;
        for (const QString& el : req.elements) {
            const MbShares& s = mb.shares(pack, el.toStdString());
            ElementShare es;
            es.element = el;
            es.fallback = s.fallback;
            for (const auto& [leaf, share] : s.byLeaf)
                if (flagged.count(leaf) && share > 0) {
                    es.share += share;
                    contributing.insert(leaf);
                }
            pc.flaggedShares << es;
        }
        for (std::int64_t leaf : contributing)
            if (auto info = graph.info(leaf)) pc.flaggedLots << qs(info->uri);
        pc.flagged = !contributing.empty();
        out.packs << pc;
    }
    out.packsChecked = static_cast<qint64>(packs.size());
    std::stable_sort(out.packs.begin(), out.packs.end(), [](const PackCompliance& a, const PackCompliance& b) {
        double ma = 0, mb2 = 0;
        for (const auto& s : a.flaggedShares) ma = std::max(ma, s.share);
        for (const auto& s : b.flaggedShares) mb2 = std::max(mb2, s.share);
        return ma > mb2;
    });
    out.leftOut += graph.leftOut();
    return {};
}

}  // namespace bt::domain
