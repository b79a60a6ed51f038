#include "domain_queries.h"

#include "query_context.h"

#include "codec/bytes.h"
#include "codec/registry_abi.h"
#include "domain/compliance_query.h"
#include "domain/domain_types.h"
#include "domain/investigate_query.h"
#include "domain/kpi_query.h"
#include "domain/lineage_query.h"
#include "domain/query_support.h"
#include "domain/shipment_query.h"
#include "domain/sql_query.h"
#include "index/index_db.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace bt::facade {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

DomainError errorOf(const domain::QueryError& e)
{
    DomainError d;
    switch (e.kind) {
    case domain::QueryError::Kind::None: d.kind = DomainError::Kind::None; break;
    case domain::QueryError::Kind::NotFound: d.kind = DomainError::Kind::NotFound; break;
    case domain::QueryError::Kind::BadInput: d.kind = DomainError::Kind::BadInput; break;
    case domain::QueryError::Kind::NoData: d.kind = DomainError::Kind::NoData; break;
    case domain::QueryError::Kind::Database: d.kind = DomainError::Kind::Database; break;
    }
    d.message = e.message;
    d.hints = e.hints;
    d.hintsTitle = e.hintsTitle;
    return d;
}

DomainError databaseError(const std::string& what) { return {DomainError::Kind::Database, qs(what), {}, {}}; }

KpiPeriodValues periodOf(const domain::KpiPeriod& p)
{
    KpiPeriodValues v;
    v.label = p.label;
    v.from = p.from;
    v.to = p.to;
    v.inspections = p.defects.inspections;
    v.tested = p.defects.tested;
    v.failed = p.defects.failed;
    v.defectRate = p.defects.rate;
    for (const auto& d : p.dueDiligence) v.dueDiligence << KpiDueDiligence{d.supplier, d.account, d.reviews, d.medianDays, d.p90Days};
    v.recyclingEvents = p.recycling.events;
    v.recyclingRate = p.recycling.rate;
    for (const auto& e : p.recycling.elements)
        v.recovery << KpiRecovery{e.element, e.inputKg, e.recoveredKg, e.rate, e.target2027, e.target2031};
    v.shipments = p.logistics.shipments;
    v.incidents = p.logistics.incidents;
    v.incidentsPer100 = p.logistics.per100;
    for (const auto& c : p.logistics.carriers) v.carriers << KpiCarrier{c.carrier, c.shipments, c.incidents, c.per100};
    v.latencyEvents = p.latency.events;
    v.latencyMeanSeconds = p.latency.meanSeconds;
    v.latencyMedianSeconds = p.latency.medianSeconds;
    v.latencyP90Seconds = p.latency.p90Seconds;
    return v;
}

}  // namespace

KpiReport readKpis(IndexDb& db, std::optional<qint64> from, std::optional<qint64> to)
{
    KpiReport out;
    domain::KpiRequest req;
    req.from = from;
    req.to = to;
    req.byMonth = true;
    domain::KpiResult r;
    if (auto e = domain::runKpi(db, req, r); !e.ok()) {
        out.error = errorOf(e);
        return out;
    }
    out.total = periodOf(r.total);
    for (const auto& m : r.months) out.months << periodOf(m);
    out.definitions = r.definitions;
    out.coverageNote = r.coverageNote;
    return out;
}

ComplianceReport readCompliance(IndexDb& db)
{
    ComplianceReport out;
    domain::ComplianceRequest req;
    domain::ComplianceResult r;
    if (auto e = domain::runCompliance(db, req, r); !e.ok()) {
        out.error = errorOf(e);
        return out;
    }
    out.asOf = r.asOf;
    out.rules = r.rules;
    for (const auto& s : r.suppliers) {
        SupplierValues v;
        v.account = s.account;
        v.name = s.name;
        v.role = s.role;
        v.country = s.country;
        v.cahra = s.cahra;
        v.needsSourcingCertificate = s.needsSourcingCertificate;
        for (const auto& c : s.certificates)
            v.certificates << SupplierCertificate{QStringLiteral("%1 #%2").arg(c.scheme).arg(c.id), c.site, c.status,
                                                  c.validFrom, c.validUntil, c.auditor, c.sourcing, c.standing};
        v.events = s.events;
        v.eventsWithoutCertificate = s.eventsWithoutCertificate;
        v.issues = s.issues;
        out.suppliers << v;
    }
    for (const auto& l : r.lots)
        out.lots << FlaggedLot{l.uri,        qs(domain::assetKindName(l.kind)), l.supplier, l.country, l.time,
                               l.certificate, l.flagged,                         l.reasons};
    for (const auto& p : r.packs) {
        PackOrigin o;
        o.uri = p.uri;
        for (const auto& s : p.flaggedShares) o.flaggedShares.insert(s.element, s.share);
        o.flaggedLots = p.flaggedLots;
        out.packs << o;
    }
    out.packsChecked = r.packsChecked;
    out.packsTotal = r.packsTotal;
    out.coverageNote = r.coverageNote;
    return out;
}

DefectsReport readDefects(IndexDb& db, const DefectsFilter& filter)
{
    DefectsReport out;
    out.filter = filter;
    // The investigation and the points drawn from one snapshot, and one shared lock for
    // the hundreds of thousands of lookups below.
    const domain::ReadSnapshot snapshot(db.handle());
    out.parameters = domain::knownParameters(db);
    sqlite3* h = db.handle();
    QString parameter = filter.parameter;
    if (parameter.isEmpty()) {
        if (out.parameters.isEmpty()) {
            out.error = {DomainError::Kind::NoData, QStringLiteral("the index holds no process measurements"), {}, {}};
            return out;
        }
        // The first parameter that has inspection-linked lots is what quality looks at first;
        // coating thickness when present (the usual suspect), else the first known.
        parameter = out.parameters.first();
        for (const QString& p : out.parameters)
            if (p.contains(QLatin1String("coatingThickness"))) parameter = p;
    }

    // The filters' choices: every value the parameter's measurements carry.
    {
        domain::SqlQuery q(h, "SELECT DISTINCT plant, line, equipment, operator FROM measurements WHERE parameter = ?");
        const std::string stored = parameter.startsWith(QLatin1String("bt:")) ? parameter.toStdString()
                                                                               : "bt:" + parameter.toStdString();
        q.bindText(1, stored);
        QSet<QString> plants, lines, equipment, operators;
        while (q.next()) {
            if (!q.isNull(0)) plants.insert(qs(q.text(0)));
            if (!q.isNull(1)) lines.insert(qs(q.text(1)));
            if (!q.isNull(2)) equipment.insert(qs(q.text(2)));
            if (!q.isNull(3)) operators.insert(qs(q.text(3)));
        }
        auto sorted = [](const QSet<QString>& s) {
            QStringList l(s.begin(), s.end());
            l.sort();
            return l;
        };
        out.plants = sorted(plants);
        out.lines = sorted(lines);
        out.equipment = sorted(equipment);
        out.operators = sorted(operators);
    }

    domain::InvestigateRequest req;
    req.parameter = parameter;
    req.plant = filter.plant;
    req.line = filter.line;
    req.equipment = filter.equipment;
    req.operatorId = filter.operatorId;
    req.from = filter.from;
    req.to = filter.to;
    domain::InvestigateResult r;
    if (auto e = domain::runInvestigate(db, req, r); !e.ok()) {
        out.error = errorOf(e);
        return out;
    }
    out.parameter = r.parameter;
    out.uom = r.uom;
    out.mean = r.overall.mean;
    out.sd = r.overall.sd;
    out.lcl = r.overall.mean - 3 * r.overall.sd;
    out.ucl = r.overall.mean + 3 * r.overall.sd;
    out.lotsMeasured = r.lotsMeasured;
    for (const auto& c : r.charts)
        out.limits << EquipmentLimits{c.equipment, c.line, c.limits.center, c.limits.lcl, c.limits.ucl,
                                      int(c.summary.n), c.outOfControl};
    for (const auto& list : {r.candidates, r.windows})
        for (const auto& c : list)
            out.suspects << Suspect{c.dimension, c.value, c.lots, c.nonConformant, c.tested, c.failed,
                                    c.nonConformantRate, c.otherRate, c.rateRatio, c.pValue, c.meanShiftSigma};
    out.recallBasis = r.recall.basis;
    out.recallFrom = r.recall.from;
    out.recallTo = r.recall.to;
    out.recallEquipment = r.recall.equipment;
    auto addRecall = [&](const QString& kind, const QStringList& ids) {
        for (const QString& id : ids) out.recall << RecallRow{kind, id};
    };
    addRecall(QStringLiteral("suspect lot"), r.recall.suspectLots);
    addRecall(QStringLiteral("cell lot"), r.recall.cellLots);
    addRecall(QStringLiteral("module"), r.recall.modules);
    addRecall(QStringLiteral("pack"), r.recall.packs);
    addRecall(QStringLiteral("vehicle"), r.recall.vehicles);
    out.definitions = QStringList{r.baselineDefinition, r.rulesDefinition, r.associationDefinition}.join(QLatin1Char('\n'));

    // The raw points, with the filters investigate applied, verified rows only.
    domain::SqlQuery mq(h, "SELECT m.asset_id, m.value, m.equipment, m.line, m.plant, m.operator, m.time, a.uri "
                           "FROM measurements m LEFT JOIN assets a ON a.id = m.asset_id "
                           "WHERE m.parameter = ? AND m.time >= ? AND m.time < ? AND m.ok = 1 "
                           "ORDER BY m.time, m.event_id, m.seq");
    mq.bindText(1, r.parameter.toStdString()).bind(2, filter.from.value_or(INT64_MIN)).bind(3, filter.to.value_or(INT64_MAX));
    while (mq.next()) {
        const std::string equipment = mq.text(2), line = mq.text(3), plant = mq.text(4), op = mq.text(5);
        if (!domain::matchesFilter(plant, filter.plant) || !domain::matchesFilter(line, filter.line) ||
            !domain::matchesFilter(equipment, filter.equipment) ||
            (!filter.operatorId.isEmpty() && op != filter.operatorId.toStdString()))
            continue;
        MeasurementPoint p;
        p.value = mq.real(1);
        p.equipment = qs(equipment);
        p.line = qs(line);
        p.plant = qs(plant);
        p.operatorId = qs(op);
        p.time = mq.int64(6);
        p.asset = qs(mq.text(7));
        // The lot's outcome as investigate counted it (of the lot, else of what was made
        // from it): the chart colours the lots the suspects table counts.
        if (auto it = mq.isNull(0) ? r.lotOutcomes.end() : r.lotOutcomes.find(mq.int64(0)); it != r.lotOutcomes.end()) {
            const domain::LotOutcome& o = it->second;
            if (o.inspected) {
                // As investigate counts a lot: non-conformant by the inspection's disposition
                // (a few failed cells in a conformant lot are the usual yield loss).
                p.outcome = o.nonConformant ? MeasurementPoint::Outcome::NonConformant
                                            : MeasurementPoint::Outcome::Conformant;
                p.tested = o.tested;
                p.failed = o.failed;
            }
        }
        out.points << p;
    }
    if (mq.failed()) out.error = databaseError(mq.error());
    return out;
}

ShipmentsReport readShipments(IndexDb& db, const QString& sscc)
{
    ShipmentsReport out;
    out.shipment = sscc;
    domain::ShipmentsRequest req;
    req.shipment = sscc;
    req.withSeries = !sscc.isEmpty();
    domain::ShipmentsResult r;
    if (auto e = domain::runShipments(db, req, r); !e.ok()) {
        out.error = errorOf(e);
        return out;
    }
    for (const auto& s : r.shipments) {
        ShipmentValues v;
        v.sscc = s.sscc;
        v.shipper = s.shipper;
        v.carrier = s.carrier;
        v.source = s.source;
        v.destination = s.destination;
        v.receiver = s.receiver;
        v.shippedAt = s.shippedAt;
        v.receivedAt = s.receivedAt;
        v.incidentType = s.incidentType;
        v.incidentNote = s.incidentNote;
        v.readings = s.readings;
        v.alarms = s.alarms;
        v.excursionCount = int(s.excursions.size());
        v.verified = s.verified;
        for (const auto& l : s.limits) v.limits << SensorLimit{l.type, l.min, l.max, l.uom};
        for (const auto& p : s.series) v.series << SensorReading{p.time, p.type, p.value, p.uom, p.alarm, p.outside};
        for (const auto& x : s.excursions)
            v.excursions << ShipmentExcursion{x.type, x.start, x.end, x.readings, x.worst, x.limit, x.alarmed};
        out.shipments << v;
    }
    out.withExcursions = r.withExcursions;
    out.excursions = r.excursions;
    out.definition = r.definition;
    return out;
}

LineageReport readLineage(IndexDb& db, const QString& asset, bool downstream)
{
    LineageReport out;
    out.asset = asset;
    out.downstream = downstream;
    domain::LineageRequest req;
    req.asset = asset.trimmed();
    req.downstream = downstream;
    req.massBalance = !downstream;
    req.maxNodes = 2000;  // what a drawing can show; the result says when it was cut
    domain::LineageResult r;
    if (auto e = domain::runLineage(db, req, r); !e.ok()) {
        out.error = errorOf(e);
        return out;
    }
    // Compliance problems: the flagged ore and refined lots (compliance_query.h).
    std::map<QString, QStringList> flagged;
    {
        domain::ComplianceResult c;
        domain::ComplianceRequest creq;
        if (domain::runCompliance(db, creq, c).ok())
            for (const auto& l : c.lots)
                if (l.flagged) flagged[l.uri] = l.reasons;
    }
    // The event that made each node: its incoming edge (upstream), else its first fact.
    std::map<qint64, qint64> madeBy;
    for (const auto& e : r.edges)
        if (!madeBy.count(e.dst)) madeBy[e.dst] = e.eventId;
    domain::SqlQuery first(db.handle(), "SELECT min(event_id) FROM asset_facts WHERE asset_id = ? AND ok = 1");
    for (const auto& n : r.nodes) {
        LineageNodeValue v;
        v.id = n.id;
        v.uri = n.uri;
        v.kind = qs(domain::assetKindName(n.kind));
        v.material = n.material;
        v.depth = n.depth;
        v.more = n.more;
        v.origin = n.origin;
        v.mine = n.mine;
        v.country = n.country;
        if (auto it = madeBy.find(n.id); it != madeBy.end())
            v.eventId = it->second;
        else {
            first.bind(1, n.id);
            if (first.next() && !first.isNull(0)) v.eventId = first.int64(0);
            first.reset();
        }
        if (auto it = flagged.find(n.uri); it != flagged.end()) {
            v.flagged = true;
            v.flagReasons = it->second;
        }
        out.nodes << v;
    }
    for (const auto& e : r.edges)
        out.edges << LineageEdgeValue{e.src,    e.dst,    qs(domain::relationName(e.relation)), e.srcQty, e.srcUom, e.dstQty,
                                      e.dstUom, e.time,   e.eventId,                            e.verified};
    for (const auto& b : r.massBalance)
        for (const auto& m : b.mines) out.origins << OriginShareValue{b.element, m.mine, m.country, m.cahra, m.share};
    out.massBalanceDefinition = r.massBalanceDefinition;
    out.truncated = r.truncated;
    out.coverageNote = r.coverageNote;
    return out;
}

TraceEventDetails readTraceEvent(IndexDb& db, qint64 eventId)
{
    TraceEventDetails out;
    out.eventId = eventId;
    out.blockNumber = domain::blockOfKey(eventId);
    out.logIndex = int(domain::logIndexOfKey(eventId));
    sqlite3* h = db.handle();
    domain::SqlQuery q(h, "SELECT t.tx_index, t.kind, t.recorder, t.private, t.biz_step, t.status, t.reason, "
                          "t.block_status, tx.hash, d.document FROM trace_events t "
                          "LEFT JOIN transactions tx ON tx.block_number = ? AND tx.tx_index = t.tx_index "
                          "LEFT JOIN disclosures d ON d.event_id = t.id WHERE t.id = ?");
    q.bind(1, static_cast<std::int64_t>(out.blockNumber)).bind(2, eventId);
    if (!q.next()) {
        out.error = q.failed() ? databaseError(q.error())
                               : DomainError{DomainError::Kind::NotFound,
                                             QStringLiteral("no anchored event with key %1").arg(eventId), {}, {}};
        return out;
    }
    out.kind = qs(registry::eventKindName(static_cast<registry::EventKind>(q.integer(1))));
    const ByteView recorder = q.blob(2);
    out.recorder = domain::hexText(recorder);
    const auto who = domain::participantAt(h, recorder, eventId);
    out.recorderName = who.known ? who.name : QString();
    out.isPrivate = q.integer(3) != 0;
    out.bizStep = qs(q.text(4));
    out.status = qs(domain::eventStatusName(static_cast<domain::EventStatus>(q.integer(5))));
    out.reason = qs(q.text(6));
    out.blockVerified = q.integer(7) == 0;
    out.transaction = q.isNull(8) ? QString() : domain::hexText(q.blob(8));
    std::string document = q.isNull(9) ? std::string() : q.text(9);
    q.reset();

    if (document.empty() && !out.isPrivate) {
        // The public document is the log's own data.
        domain::SqlQuery l(h, "SELECT topic0, topic1, topic2, topic3, data FROM logs WHERE block_number = ? AND log_index = ?");
        l.bind(1, static_cast<std::int64_t>(out.blockNumber)).bind(2, static_cast<std::int64_t>(out.logIndex));
        if (l.next()) {
            std::vector<Hash32> topics;
            for (int k = 0; k < 4 && !l.isNull(k); ++k)
                if (auto t = Hash32::from(l.blob(k))) topics.push_back(*t);
            const ByteView data = l.blob(4);
            if (auto ev = registry::TraceEventRecorded::decode(topics, data)) document = ev->document;
            else
                out.reason += QStringLiteral(" (the log does not decode: %1)").arg(qs(ev.error().message()));
        }
    }
    if (!document.empty()) {
        QJsonParseError pe;
        const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(document), &pe);
        out.document = json.isNull() ? qs(document) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    }
    return out;
}

std::vector<SearchHit> AssetSearchProvider::search(QueryContext& ctx, const QString& text, std::size_t limit)
{
    std::vector<SearchHit> hits;
    if (text.size() < 3) return hits;
    // An identifier ends with the lot or serial people quote; a full URI matches itself.
    domain::SqlQuery q(ctx.db().handle(), "SELECT uri FROM assets WHERE uri = ?1 OR uri LIKE '%' || ?2 "
                                          "ORDER BY uri = ?1 DESC, length(uri) LIMIT ?3");
    std::string escaped;
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_')) return hits;  // not an identifier
        escaped += QString(c).toStdString();
    }
    q.bindText(1, text.toStdString()).bindText(2, escaped).bind(3, static_cast<std::int64_t>(limit));
    while (q.next()) {
        SearchHit h;
        h.kind = SearchHit::Kind::Domain;
        h.domainKind = QStringLiteral("asset");
        h.domainKey = qs(q.text(0));
        h.title = h.domainKey;
        hits.push_back(std::move(h));
    }
    return hits;
}

std::vector<SearchHit> ParticipantSearchProvider::search(QueryContext& ctx, const QString& text, std::size_t limit)
{
    std::vector<SearchHit> hits;
    if (text.size() < 3) return hits;
    // The latest registration of each account whose name contains the text, or the account itself.
    const auto account = fixedFromHex<20>(text.trimmed().toStdString());
    domain::SqlQuery q(ctx.db().handle(),
                       "SELECT account, name, role, country FROM participant_history p WHERE log_id = "
                       "(SELECT max(log_id) FROM participant_history WHERE account = p.account) "
                       "AND (instr(lower(name), lower(?1)) > 0 OR account = ?2) ORDER BY name LIMIT ?3");
    q.bindText(1, text.toStdString());
    if (account)
        q.bind(2, ByteView(account->bytes.data(), account->bytes.size()));
    else
        q.bindNull(2);
    q.bind(3, static_cast<std::int64_t>(limit));
    while (q.next()) {
        SearchHit h;
        h.kind = SearchHit::Kind::Domain;
        h.domainKind = QStringLiteral("participant");
        h.domainKey = domain::hexText(q.blob(0));
        h.address = h.domainKey;
        h.title = QStringLiteral("%1 (%2, %3)").arg(qs(q.text(1)), qs(registry::roleName(static_cast<registry::Role>(q.integer(2)))),
                                                  qs(q.text(3)));
        hits.push_back(std::move(h));
    }
    return hits;
}

}  // namespace bt::facade
