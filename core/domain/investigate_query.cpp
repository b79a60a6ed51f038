#include "domain/investigate_query.h"

#include "domain/epcis_event.h"
#include "domain/lineage_graph.h"
#include "domain/sql_query.h"
#include "domain/utc_time.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

namespace bt::domain {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

constexpr double kSignificance = 0.05;  // a candidate must be at least this unlikely by chance to define the recall
constexpr qint64 kMergeGap = 7 * 86400; // runs closer than this on one equipment form one suspect window

const char* const kRuleNames[] = {"rule 1: a point beyond 3 sigma", "rule 2: 2 of 3 beyond 2 sigma, same side",
                                  "rule 3: 4 of 5 beyond 1 sigma, same side", "rule 4: 8 in a row on one side"};

struct Point {
    std::int64_t asset = 0;  // 0: not tied to a lot
    double value = 0;
    std::string equipment, line, plant, op;
    std::int64_t time = 0;
};

std::string weekOf(std::int64_t t)
{
    const std::int64_t day = dayOf(t);
    const std::int64_t monday = day - ((day % 7 + 7 + 3) % 7);  // 1970-01-05 was a Monday
    return "week of " + formatDate(monday * 86400);
}

struct SuspectDay {
    std::int64_t day = 0;
    int outOfControl = 0;
    std::int64_t first = 0, last = 0;  // its first and last out-of-control point
};

}  // namespace

// The whole identifier, or the end of its last path segment: "L2" for
// …/254/L2, "COATER-A2" for the GIAI …/8004/4063050COATER-A2 (company prefix + reference).
bool matchesFilter(const std::string& value, const QString& filter)
{
    if (filter.isEmpty()) return true;
    const std::string f = filter.toStdString();
    if (value == f) return true;
    const std::string last = value.substr(value.find_last_of('/') + 1);
    return last.size() >= f.size() && last.compare(last.size() - f.size(), f.size(), f) == 0;
}

QStringList knownParameters(IndexDb& db)
{
    QStringList out;
    SqlQuery q(db.handle(), "SELECT parameter FROM measurements WHERE parameter > ? ORDER BY parameter LIMIT 1");
    std::string last;
    for (;;) {
        q.bindText(1, last);
        if (!q.next()) break;
        last = q.text(0);
        q.reset();
        out << qs(last);
    }
    return out;
}

QueryError runInvestigate(IndexDb& db, const InvestigateRequest& req, InvestigateResult& out)
{
    out = InvestigateResult{};
    const ReadSnapshot snapshot(db.handle());
    DomainCoverage coverage;
    if (QueryError e = checkDomainIndex(db, coverage); !e.ok()) return e;
    out.coverageNote = coverage.lagNote();
    sqlite3* h = db.handle();

    const QStringList known = knownParameters(db);
    const std::string wanted = normaliseParameterName(req.parameter.toStdString());
    for (const QString& p : known)
        if (normaliseParameterName(p.toStdString()) == wanted) out.parameter = p;
    if (out.parameter.isEmpty()) {
        QueryError e{QueryError::Kind::NotFound, QStringLiteral("unknown parameter \"%1\"").arg(req.parameter), known,
                     QStringLiteral("known parameters:")};
        if (known.isEmpty()) e.message += QStringLiteral("; the index holds no process measurements");
        return e;
    }

    SqlQuery mq(h, "SELECT asset_id, value, uom, equipment, line, plant, operator, time, ok FROM measurements "
                   "WHERE parameter = ? AND time >= ? AND time < ? ORDER BY time, event_id, seq");
    mq.bindText(1, out.parameter.toStdString()).bind(2, req.from.value_or(INT64_MIN)).bind(3, req.to.value_or(INT64_MAX));
    std::vector<Point> points;
    while (mq.next()) {
        Point p;
        p.asset = mq.isNull(0) ? 0 : mq.int64(0);
        p.value = mq.real(1);
        if (out.uom.isEmpty()) out.uom = qs(mq.text(2));
        p.equipment = mq.text(3);
        p.line = mq.text(4);
        p.plant = mq.text(5);
        p.op = mq.text(6);
        p.time = mq.int64(7);
        if (!matchesFilter(p.plant, req.plant) || !matchesFilter(p.line, req.line) || !matchesFilter(p.equipment, req.equipment) ||
            (!req.operatorId.isEmpty() && p.op != req.operatorId.toStdString()))
            continue;
        if (!mq.integer(8) && !req.includeUnverified) {
            ++out.leftOut;
            continue;
        }
        points.push_back(std::move(p));
    }
    if (mq.failed()) return {QueryError::Kind::Database, qs(mq.error()), {}};
    if (points.empty())
        return {QueryError::Kind::NoData,
                QStringLiteral("no verified measurements of %1 match the filters and time range%2")
                    .arg(out.parameter, out.leftOut ? QStringLiteral(" (%1 unverified ones left out)").arg(out.leftOut) : QString()),
                {}};

    std::vector<double> all;
    all.reserve(points.size());
    for (const auto& p : points) all.push_back(p.value);
    out.overall = stats::summarize(all);

    // Charts per equipment (a process stream), in time order.
    out.baselineDefinition =
        req.baselineTo
            ? QStringLiteral("per equipment, the measurements before %1").arg(qs(formatDateTime(*req.baselineTo)))
            : QStringLiteral("per equipment, its first 20 % of measurements in time (at least 20; all of them when it has fewer)");
    out.baselineDefinition += QStringLiteral("; individuals chart: centre = baseline mean, sigma = mean moving range / 1.128, "
                                             "limits = centre +/- 3 sigma");
    out.rulesDefinition = QStringLiteral("Western Electric: 1) one point beyond 3 sigma; 2) two of three consecutive beyond "
                                         "2 sigma on one side; 3) four of five beyond 1 sigma on one side; 4) eight in a "
                                         "row on one side of the centre; a run is a stretch of consecutive points in "
                                         "violating windows");
    std::map<std::string, std::vector<const Point*>> streams;
    for (const auto& p : points) streams[p.equipment.empty() ? p.line : p.equipment].push_back(&p);
    // equipment → its days with at least half of their points out of control: a sustained
    // shift. Single alarms (rule 4 alone fires on about 1 point in 128 of a stable
    // process) do not make such a day once an equipment measures more than a few lots a
    // day; with a few points a day, each out-of-control point still counts.
    std::map<std::string, std::vector<SuspectDay>> suspectDays;
    for (const auto& [equipment, pts] : streams) {
        EquipmentChart c;
        c.equipment = qs(equipment);
        c.line = qs(pts.front()->line);
        c.plant = qs(pts.front()->plant);
        std::vector<double> x;
        for (const Point* p : pts) x.push_back(p->value);
        c.summary = stats::summarize(x);
        std::size_t nBase = 0;
        if (req.baselineTo) {
            while (nBase < pts.size() && pts[nBase]->time < *req.baselineTo) ++nBase;
        } else {
            nBase = x.size() < 20 ? x.size() : std::max<std::size_t>(20, x.size() / 5);
        }
        if (nBase < 2) nBase = std::min<std::size_t>(x.size(), 2);
        c.limits = stats::individualsLimits(std::vector<double>(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(nBase)));
        c.baselinePoints = static_cast<int>(nBase);
        c.baselineFrom = pts.front()->time;
        c.baselineTo = pts[nBase - 1]->time;
        const auto hits = stats::westernElectric(x, c.limits);
        std::vector<SuspectDay>& days = suspectDays[equipment];
        for (std::size_t i = 0; i < hits.size();) {
            SuspectDay d{dayOf(pts[i]->time), 0, pts[i]->time, pts[i]->time};
            int inDay = 0;
            for (; i < hits.size() && dayOf(pts[i]->time) == d.day; ++i) {
                ++inDay;
                if (!hits[i]) continue;
                if (d.outOfControl++ == 0) d.first = pts[i]->time;
                d.last = pts[i]->time;
            }
            if (d.outOfControl > 0 && 2 * d.outOfControl >= inDay) days.push_back(d);
        }
        for (std::size_t i = 0; i < hits.size();) {
            if (!hits[i]) {
                ++i;
                continue;
            }
            ChartRun run;
            std::uint8_t rules = 0;
            double sum = 0;
            const std::size_t start = i;
            while (i < hits.size() && hits[i]) {
                rules |= hits[i];
                sum += x[i];
                ++i;
            }
            run.start = pts[start]->time;
            run.end = pts[i - 1]->time;
            run.points = static_cast<int>(i - start);
            run.mean = sum / run.points;
            for (int r = 0; r < 4; ++r)
                if (rules & (1u << r)) run.rules << QString::fromLatin1(kRuleNames[r]);
            c.outOfControl += run.points;
            c.runs << run;
        }
        out.charts << c;
    }

    // Each measured lot: its attributes (first measurement) and the inspections of it
    // or of what was made from it (up to two transformations down: a roll → its cell lot).
    struct Lot {
        const Point* first = nullptr;
        std::vector<double> values;
        LotOutcome outcome;
    };
    std::map<std::int64_t, Lot> lots;
    for (const auto& p : points)
        if (p.asset) {
            Lot& l = lots[p.asset];
            if (!l.first) l.first = &p;
            l.values.push_back(p.value);
        }
    out.lotsMeasured = static_cast<qint64>(lots.size());
    // Every inspection, once (a few per cell lot: far fewer rows than measurements).
    std::unordered_map<std::int64_t, LotOutcome> inspected;
    SqlQuery insp(h, "SELECT asset_id, disposition, coalesce(tested, 0), coalesce(failed, 0), ok FROM inspections");
    while (insp.next()) {
        if (!insp.integer(4) && !req.includeUnverified) continue;
        LotOutcome& o = inspected[insp.int64(0)];
        o.inspected = true;
        o.nonConformant |= insp.text(1) == "non_conformant";
        o.tested += insp.int64(2);
        o.failed += insp.int64(3);
    }
    SqlQuery down(h, "SELECT dst, ok FROM lineage_edges WHERE src = ? AND relation = 1");
    auto inspect = [&](std::int64_t asset, LotOutcome& o) {
        auto it = inspected.find(asset);
        if (it == inspected.end()) return;
        o.inspected = true;
        o.nonConformant |= it->second.nonConformant;
        o.tested += it->second.tested;
        o.failed += it->second.failed;
    };
    auto children = [&](std::int64_t asset) {
        std::vector<std::int64_t> c;
        down.bind(1, asset);
        while (down.next())
            if (down.integer(1) || req.includeUnverified) c.push_back(down.int64(0));
        return c;
    };
    out.lotOutcomes.reserve(lots.size());
    for (auto& [asset, lot] : lots) {
        inspect(asset, lot.outcome);
        std::vector<std::int64_t> level{asset};
        for (int hop = 0; hop < 2 && !lot.outcome.inspected; ++hop) {
            std::vector<std::int64_t> next;
            for (std::int64_t a : level)
                for (std::int64_t c : children(a)) next.push_back(c);
            std::sort(next.begin(), next.end());
            next.erase(std::unique(next.begin(), next.end()), next.end());
            for (std::int64_t c : next) inspect(c, lot.outcome);
            level = std::move(next);
        }
        if (lot.outcome.inspected) ++out.lotsWithInspections;
        out.lotOutcomes.emplace(asset, lot.outcome);
    }

    // Candidates: each value of each dimension against all other inspected lots.
    out.associationDefinition =
        QStringLiteral("per candidate, the measured lots with an inspection result (of the lot or of what was made from it): "
                       "share non-conformant vs the other lots, rate ratio, and the one-sided Fisher exact p-value of "
                       "holding that many non-conformant lots by chance; ranked by p-value, then rate ratio, then shift of the mean");
    std::int64_t totalNc = 0, totalInspected = 0;
    for (const auto& [a, l] : lots)
        if (l.outcome.inspected) {
            ++totalInspected;
            totalNc += l.outcome.nonConformant;
        }
    // Where and who (equipment, line, operator) are ranked together; when (the week the
    // lot was measured) apart: a window holds every line's lots of that week, so its
    // ratio answers another question than a line's, and the two do not compare.
    // Smaller p first; then the larger rate ratio; then the larger shift of the mean (two
    // coaters feeding the same cell lots share their outcomes, and their p-values).
    const auto stronger = [](const Candidate& x, const Candidate& y) {
        if (x.pValue != y.pValue) return x.pValue < y.pValue;
        if (x.rateRatio != y.rateRatio) return x.rateRatio > y.rateRatio;
        return std::fabs(x.meanShiftSigma) > std::fabs(y.meanShiftSigma);
    };
    const char* const dims[] = {"equipment", "line", "operator", "week"};
    QList<Candidate> ranked, windows;
    for (const char* dim : dims) {
        struct Acc {
            std::int64_t lots = 0, nc = 0, tested = 0, failed = 0;
            double sum = 0;
            std::int64_t n = 0;
        };
        std::map<std::string, Acc> acc;
        for (const auto& [a, l] : lots) {
            const Point& f = *l.first;
            const std::string value = dim == dims[0] ? f.equipment : dim == dims[1] ? f.line : dim == dims[2] ? f.op : weekOf(f.time);
            if (value.empty()) continue;
            Acc& c = acc[value];
            for (double v : l.values) c.sum += v;
            c.n += static_cast<std::int64_t>(l.values.size());
            if (!l.outcome.inspected) continue;
            ++c.lots;
            c.nc += l.outcome.nonConformant;
            c.tested += l.outcome.tested;
            c.failed += l.outcome.failed;
        }
        QList<Candidate> list;
        for (const auto& [value, c] : acc) {
            // A value every inspected lot shares has nothing to be compared with.
            if (c.lots == 0 || c.lots == totalInspected) continue;
            Candidate cand;
            cand.dimension = QString::fromLatin1(dim);
            cand.value = qs(value);
            cand.lots = c.lots;
            cand.nonConformant = c.nc;
            cand.tested = c.tested;
            cand.failed = c.failed;
            cand.nonConformantRate = double(c.nc) / double(c.lots);
            const std::int64_t otherLots = totalInspected - c.lots;
            const std::int64_t otherNc = totalNc - c.nc;
            cand.otherRate = otherLots > 0 ? double(otherNc) / double(otherLots) : 0;
            // Haldane's 0.5 keeps the ratio finite when the others had no bad lot.
            cand.rateRatio = (double(c.nc) + 0.5) / (double(c.lots) + 0.5) /
                             ((double(otherNc) + 0.5) / (double(std::max<std::int64_t>(otherLots, 0)) + 0.5));
            cand.pValue = stats::fisherGreater(c.nc, c.lots - c.nc, otherNc, otherLots - otherNc);
            cand.meanShiftSigma = out.overall.sd > 0 && c.n ? (c.sum / double(c.n) - out.overall.mean) / out.overall.sd : 0;
            list << cand;
        }
        std::sort(list.begin(), list.end(), stronger);
        (dim == dims[3] ? windows : ranked) << list.mid(0, req.topCandidates);
    }
    std::stable_sort(ranked.begin(), ranked.end(), stronger);
    out.candidates = ranked;
    out.windows = windows;

    // The suspect window.
    RecallScope& rs = out.recall;
    std::string suspectEquipment;
    if (req.suspectFrom || req.suspectTo) {
        rs.from = req.suspectFrom.value_or(out.charts.isEmpty() ? 0 : points.front().time);
        rs.to = req.suspectTo.value_or(points.back().time + 1);
        rs.basis = QStringLiteral("the window given (--suspect-from/--suspect-to), on the equipment the filters select");
    } else {
        // The most strongly associated equipment that also shifted: its days with most
        // points out of control, merged when less than 7 days apart; the window with the
        // most out-of-control points.
        for (const Candidate& c : out.candidates) {
            if (c.dimension != QLatin1String("equipment") || c.pValue >= kSignificance) continue;
            if (!suspectDays[c.value.toStdString()].empty()) {
                suspectEquipment = c.value.toStdString();
                break;
            }
        }
        if (suspectEquipment.empty()) {
            rs.basis = QStringLiteral("no equipment both shifted (a day with at least half of its points out of control) "
                                      "and is significantly associated (p < 0.05) with non-conformant lots: nothing to recall");
        } else {
            struct Window {
                qint64 first, last;
                int outOfControl;
            };
            std::vector<Window> runs;
            for (const SuspectDay& d : suspectDays[suspectEquipment]) {
                if (!runs.empty() && d.first - runs.back().last <= kMergeGap) {
                    runs.back().last = d.last;
                    runs.back().outOfControl += d.outOfControl;
                } else {
                    runs.push_back({d.first, d.last, d.outOfControl});
                }
            }
            std::size_t best = 0;
            for (std::size_t i = 1; i < runs.size(); ++i)
                if (runs[i].outOfControl > runs[best].outOfControl) best = i;
            rs.from = runs[best].first;
            rs.to = runs[best].last + 1;
            rs.equipment = qs(suspectEquipment);
            rs.basis = QStringLiteral("the out-of-control window of %1, the equipment most strongly associated with "
                                      "non-conformant lots: its days with at least half of their points out of control, "
                                      "less than 7 days apart merged")
                           .arg(rs.equipment);
        }
    }
    if (rs.to > rs.from) {
        std::set<std::int64_t> suspects;
        for (const auto& p : points)
            if (p.asset && p.time >= rs.from && p.time < rs.to && (suspectEquipment.empty() || p.equipment == suspectEquipment))
                suspects.insert(p.asset);
        LineageGraph graph(h, req.includeUnverified);
        std::set<std::int64_t> seen(suspects.begin(), suspects.end());
        std::deque<std::int64_t> queue(suspects.begin(), suspects.end());
        for (std::int64_t s : suspects)
            if (auto info = graph.info(s)) rs.suspectLots << qs(info->uri);
        while (!queue.empty()) {
            const std::int64_t at = queue.front();
            queue.pop_front();
            for (const GraphEdge& e : graph.downstream(at)) {
                if (e.relation == Relation::Removal || e.relation == Relation::Recycling) continue;
                if (!seen.insert(e.dst).second) continue;
                queue.push_back(e.dst);
                const auto info = graph.info(e.dst);
                if (!info) continue;
                const QString uri = qs(info->uri);
                switch (info->kind) {
                case AssetKind::CellLot:
                case AssetKind::Cell: rs.cellLots << uri; break;
                case AssetKind::Module: rs.modules << uri; break;
                case AssetKind::Pack: rs.packs << uri; break;
                case AssetKind::Vehicle: rs.vehicles << uri; break;
                default: break;
                }
            }
        }
        for (QStringList* l : {&rs.suspectLots, &rs.cellLots, &rs.modules, &rs.packs, &rs.vehicles}) l->sort();
        out.leftOut += graph.leftOut();
    }
    return {};
}

}  // namespace bt::domain
