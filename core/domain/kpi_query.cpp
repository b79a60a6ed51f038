#include "domain/kpi_query.h"

#include "domain/domain_store.h"
#include "domain/sql_query.h"
#include "domain/utc_time.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <span>

namespace bt::domain {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// EU 2023/1542 Annex XII Part C, material recovery targets (end 2027, end 2031).
struct Target {
    const char* element;
    double by2027;
    double by2031;
};
constexpr Target kTargets[] = {{"Co", 0.90, 0.95}, {"Cu", 0.90, 0.95}, {"Ni", 0.90, 0.95}, {"Li", 0.50, 0.80}};

double percentile(std::vector<double> v, double p)
{
    // Linear interpolation between closest ranks (the "R-7" / spreadsheet definition).
    std::sort(v.begin(), v.end());
    const double pos = p * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

ElementRecovery recovery(const std::string& element, double input, double recovered)
{
    ElementRecovery r;
    r.element = qs(element);
    r.inputKg = input;
    r.recoveredKg = recovered;
    if (input > 0) r.rate = recovered / input;
    for (const Target& t : kTargets)
        if (element == t.element) {
            r.target2027 = t.by2027;
            r.target2031 = t.by2031;
            if (r.rate) {
                r.meets2027 = *r.rate >= t.by2027;
                r.meets2031 = *r.rate >= t.by2031;
            }
        }
    return r;
}

class PeriodReader {
public:
    PeriodReader(sqlite3* h, bool all) : m_h(h), m_all(all ? 1 : 0) {}

    void fill(KpiPeriod& p, std::uint64_t& leftOut)
    {
        defects(p, leftOut);
        dueDiligence(p, leftOut);
        recycling(p, leftOut);
        logistics(p, leftOut);
        latency(p, leftOut);
    }

private:
    static bool wholeDays(const KpiPeriod& p) { return p.from >= 0 && p.from % 86400 == 0 && p.to % 86400 == 0; }

    // The rows of `rows` (sorted by time) in the period.
    template <class Row>
    static std::span<const Row> within(const std::vector<Row>& rows, const KpiPeriod& p)
    {
        const auto byTime = [](const Row& r, qint64 t) { return r.time < t; };
        const auto b = std::lower_bound(rows.begin(), rows.end(), p.from, byTime);
        const auto e = std::lower_bound(b, rows.end(), p.to, byTime);
        return {b, e};
    }

    // Reviews, incidents and recoveries are read once per query and filtered per period in memory:
    // a refresh by month then costs one pass over them, not one per month.
    struct Review {
        qint64 time = 0;
        bool ok = false;
        std::optional<qint64> received;  // the latest receipt of the lot by the reviewer, up to the review
        Bytes supplier;                  // the shipper of that shipment (empty: unknown)
    };
    struct Recovery {                    // one element of one Recycling event
        std::int64_t event = 0;
        std::string element;
        double inputKg = 0, recoveredKg = 0;
        Bytes recycler;
        qint64 time = 0;
        bool ok = false;
    };
    struct Incident {
        qint64 time = 0;                 // the shipment's: it counts in the period it left in
        std::string carrier, type;
    };

    const std::vector<Review>& reviews()
    {
        if (m_reviews) return *m_reviews;
        m_reviews.emplace();
        // kpi_reviews (schema step 5): each review with its receipt, kept by triggers.
        SqlQuery q(m_h, "SELECT ok, time, iif(?1, received_any, received_verified), iif(?1, supplier_any, supplier_verified) "
                        "FROM kpi_reviews ORDER BY time");
        q.bind(1, m_all);
        while (q.next()) {
            Review r;
            r.ok = q.integer(0) != 0;
            r.time = q.int64(1);
            if (!q.isNull(2)) r.received = q.int64(2);
            if (!q.isNull(3)) r.supplier.assign(q.blob(3).begin(), q.blob(3).end());
            m_reviews->push_back(std::move(r));
        }
        return *m_reviews;
    }

    const std::vector<Incident>& incidents()
    {
        if (m_incidents) return *m_incidents;
        m_incidents.emplace();
        // CROSS JOIN keeps receiving outside: its few incidents drive the join.
        SqlQuery q(m_h, "SELECT s.time, coalesce(s.carrier, ''), r.incident_type FROM receiving r "
                        "CROSS JOIN shipping s ON s.sscc = r.sscc WHERE r.incident_type IS NOT NULL "
                        "AND ((s.ok = 1 AND r.ok = 1) OR ?)");
        q.bind(1, m_all);
        while (q.next()) m_incidents->push_back({q.int64(0), q.text(1), q.text(2)});
        std::stable_sort(m_incidents->begin(), m_incidents->end(), [](const Incident& a, const Incident& b) { return a.time < b.time; });
        return *m_incidents;
    }

    const std::vector<Recovery>& recoveries()
    {
        if (m_recoveries) return *m_recoveries;
        m_recoveries.emplace();
        SqlQuery q(m_h, "SELECT event_id, element, input_kg, recovered_kg, recycler, time, ok FROM recycling ORDER BY time, event_id");
        while (q.next())
            m_recoveries->push_back({q.int64(0), q.text(1), q.real(2), q.real(3), Bytes(q.blob(4).begin(), q.blob(4).end()),
                                     q.int64(5), q.integer(6) != 0});
        return *m_recoveries;
    }

    std::optional<std::vector<Review>> m_reviews;
    std::optional<std::vector<Recovery>> m_recoveries;
    std::optional<std::vector<Incident>> m_incidents;

    void defects(KpiPeriod& p, std::uint64_t& leftOut)
    {
        // Whole days come from the daily aggregates (schema step 4), other ranges from the rows.
        const bool days = wholeDays(p);
        SqlQuery q(m_h, days ? "SELECT ok, sum(inspections), sum(tested), sum(failed), sum(nonconformant) "
                               "FROM kpi_inspections WHERE day >= ? AND day < ? GROUP BY ok"
                             : "SELECT ok, count(*), coalesce(sum(tested), 0), coalesce(sum(failed), 0), "
                               "sum(disposition = 'non_conformant') FROM inspections WHERE time >= ? AND time < ? GROUP BY ok");
        q.bind(1, days ? p.from / 86400 : p.from).bind(2, days ? p.to / 86400 : p.to);
        while (q.next()) {
            if (!q.integer(0) && !m_all) {
                leftOut += static_cast<std::uint64_t>(q.int64(1));
                continue;
            }
            p.defects.inspections += q.int64(1);
            p.defects.tested += q.int64(2);
            p.defects.failed += q.int64(3);
            p.defects.nonConformant += q.int64(4);
        }
        if (p.defects.tested > 0) p.defects.rate = double(p.defects.failed) / double(p.defects.tested);
    }

    void dueDiligence(KpiPeriod& p, std::uint64_t& leftOut)
    {
        struct Acc {
            std::vector<double> days;
            qint64 reviews = 0, without = 0;
        };
        std::map<Bytes, Acc> bySupplier;
        for (const Review& r : within(reviews(), p)) {
            if (!r.ok && !m_all) {
                ++leftOut;
                continue;
            }
            if (!r.received) {
                // No receipt: the supplier is unknown.
                Acc& a = bySupplier[Bytes()];
                ++a.reviews;
                ++a.without;
                continue;
            }
            Acc& a = bySupplier[r.supplier];
            ++a.reviews;
            a.days.push_back(double(r.time - *r.received) / 86400.0);
        }
        for (auto& [account, a] : bySupplier) {
            DueDiligenceTime d;
            if (account.empty()) {
                d.supplier = QStringLiteral("(no receipt found)");
            } else {
                const ParticipantInfo& info = participant(account);
                d.supplier = info.name.isEmpty() ? info.account : info.name;
                d.account = info.account;
            }
            d.reviews = a.reviews;
            d.withoutReceipt = a.without;
            if (!a.days.empty()) {
                d.medianDays = percentile(a.days, 0.5);
                d.p90Days = percentile(a.days, 0.9);
            }
            p.dueDiligence << d;
        }
        std::sort(p.dueDiligence.begin(), p.dueDiligence.end(),
                  [](const DueDiligenceTime& x, const DueDiligenceTime& y) { return x.supplier < y.supplier; });
    }

    void recycling(KpiPeriod& p, std::uint64_t& leftOut)
    {
        std::map<std::string, std::pair<double, double>> total;
        std::map<Bytes, std::map<std::string, std::pair<double, double>>> byRecycler;
        std::map<Bytes, qint64> events;
        std::int64_t lastEvent = -1;  // an event's rows (one per element) are adjacent
        for (const Recovery& r : within(recoveries(), p)) {
            const bool first = r.event != lastEvent;
            lastEvent = r.event;
            if (!r.ok && !m_all) {
                leftOut += first;
                continue;
            }
            total[r.element].first += r.inputKg;
            total[r.element].second += r.recoveredKg;
            byRecycler[r.recycler][r.element].first += r.inputKg;
            byRecycler[r.recycler][r.element].second += r.recoveredKg;
            if (first) {
                ++events[r.recycler];
                ++p.recycling.events;
            }
        }
        double in = 0, rec = 0;
        for (const auto& [el, v] : total) {
            p.recycling.elements << recovery(el, v.first, v.second);
            in += v.first;
            rec += v.second;
        }
        if (in > 0) p.recycling.rate = rec / in;
        for (const auto& [r, els] : byRecycler) {
            RecyclerRecovery rr;
            const ParticipantInfo& info = participant(r);
            rr.recycler = info.name.isEmpty() ? info.account : info.name;
            rr.account = info.account;
            rr.events = events[r];
            double ri = 0, rr2 = 0;
            for (const auto& [el, v] : els) {
                rr.elements << recovery(el, v.first, v.second);
                ri += v.first;
                rr2 += v.second;
            }
            if (ri > 0) rr.rate = rr2 / ri;
            p.recycling.recyclers << rr;
        }
    }

    void logistics(KpiPeriod& p, std::uint64_t& leftOut)
    {
        // Shipments by the period they left in; their incidents (few) through the
        // Receiving that closed them.
        const bool days = wholeDays(p);
        SqlQuery q(m_h, days ? "SELECT carrier, ok, sum(shipments) FROM kpi_shipping WHERE day >= ? AND day < ? GROUP BY 1, 2"
                             : "SELECT coalesce(carrier, ''), ok, count(*) FROM shipping WHERE time >= ? AND time < ? GROUP BY 1, 2");
        q.bind(1, days ? p.from / 86400 : p.from).bind(2, days ? p.to / 86400 : p.to);
        std::map<std::string, CarrierIncidents> carriers;
        while (q.next()) {
            const qint64 n = q.int64(2);
            if (!q.integer(1) && !m_all) {
                leftOut += static_cast<std::uint64_t>(n);
                continue;
            }
            carriers[q.text(0)].shipments += n;
            p.logistics.shipments += n;
        }
        for (const Incident& i : within(incidents(), p)) {
            carriers[i.carrier].incidents += 1;
            p.logistics.incidents += 1;
            p.logistics.byType[qs(i.type)] += 1;
        }
        if (p.logistics.shipments) p.logistics.per100 = 100.0 * double(p.logistics.incidents) / double(p.logistics.shipments);
        for (auto& [carrier, c] : carriers) {
            c.carrier = carrier.empty() ? QStringLiteral("(carrier unknown)") : carrierName(carrier);
            if (c.shipments) c.per100 = 100.0 * double(c.incidents) / double(c.shipments);
            p.logistics.carriers << c;
        }
    }

    // As registered last; looked up once per query, not once per period.
    const ParticipantInfo& participant(const Bytes& account)
    {
        auto it = m_participants.find(account);
        if (it == m_participants.end()) it = m_participants.emplace(account, participantAt(m_h, account)).first;
        return it->second;
    }
    std::map<Bytes, ParticipantInfo> m_participants;

    // A carrier PGLN → the participant registered with that GLN, if any.
    QString carrierName(const std::string& pgln)
    {
        const std::string gln = pgln.substr(pgln.find_last_of('/') + 1);
        SqlQuery q(m_h, "SELECT name FROM participant_history WHERE gln = ? AND active = 1 ORDER BY log_id DESC LIMIT 1");
        q.bindText(1, gln);
        QString name = qs(pgln);
        if (q.next()) name = qs(q.text(0));
        q.reset();
        return name;
    }

    void latency(KpiPeriod& p, std::uint64_t& leftOut)
    {
        SqlQuery q(m_h, "SELECT ok, bucket, sum(n), sum(latency_sum) FROM kpi_latency WHERE day >= ? AND day < ? "
                        "GROUP BY ok, bucket ORDER BY bucket");
        q.bind(1, dayOf(p.from)).bind(2, dayOf(p.to - 1) + 1);
        std::vector<std::pair<int, qint64>> buckets;
        double sum = 0;
        while (q.next()) {
            if (!q.integer(0) && !m_all) {
                leftOut += static_cast<std::uint64_t>(q.int64(2));
                continue;
            }
            const int b = q.integer(1);
            const qint64 n = q.int64(2);
            if (n == 0) continue;
            p.latency.events += n;
            if (b < 0) p.latency.negative += n;
            sum += q.real(3);
            if (!buckets.empty() && buckets.back().first == b) buckets.back().second += n;
            else buckets.emplace_back(b, n);
        }
        if (p.latency.events == 0) return;
        p.latency.meanSeconds = sum / double(p.latency.events);
        auto at = [&](double frac) {
            const double rank = frac * double(p.latency.events);
            double cum = 0;
            for (const auto& [b, n] : buckets) {
                cum += double(n);
                if (cum >= rank) return DomainStore::bucketMidpoint(b);
            }
            return DomainStore::bucketMidpoint(buckets.back().first);
        };
        p.latency.medianSeconds = at(0.5);
        p.latency.p90Seconds = at(0.9);
    }

    sqlite3* m_h;
    int m_all;
};

}  // namespace

bool KpiPeriod::empty() const noexcept
{
    return defects.inspections == 0 && dueDiligence.isEmpty() && recycling.events == 0 && logistics.shipments == 0 &&
           latency.events == 0;
}

QueryError runKpi(IndexDb& db, const KpiRequest& req, KpiResult& out)
{
    out = KpiResult{};
    const ReadSnapshot snapshot(db.handle());
    if (req.from && req.to && *req.from >= *req.to)
        return {QueryError::Kind::BadInput, QStringLiteral("--from must be before --to"), {}};
    DomainCoverage coverage;
    if (QueryError e = checkDomainIndex(db, coverage); !e.ok()) return e;
    out.coverageNote = coverage.lagNote();
    sqlite3* h = db.handle();

    out.definitions.insert(QStringLiteral("defect rate"),
                           QStringLiteral("cells found defective / cells tested, over the Inspection events of the period "
                                          "(bt:inspection failed / tested; data model 3.4)"));
    out.definitions.insert(QStringLiteral("due diligence time"),
                           QStringLiteral("per supplier: DueDiligence eventTime - eventTime of the latest Receiving by the "
                                          "reviewer of the lot reviewed (data model 3.5); the supplier is the shipper of that "
                                          "shipment; median and 90th percentile (linear between ranks), in days"));
    out.definitions.insert(QStringLiteral("recycling rate"),
                           QStringLiteral("recovered / input mass of the tracked elements in the Recycling events of the "
                                          "period (bt:recovery); per element against EU 2023/1542 material recovery targets: "
                                          "Co, Ni, Cu 90 % by end 2027 and 95 % by end 2031, Li 50 % and 80 %"));
    out.definitions.insert(QStringLiteral("logistics incident rate"),
                           QStringLiteral("Receiving events carrying bt:incident per 100 shipments (Shipping events), "
                                          "a shipment counted in the period it was shipped, overall and per carrier"));
    out.definitions.insert(QStringLiteral("information latency"),
                           QStringLiteral("block timestamp - eventTime of every anchored event whose document is known, "
                                          "by day of eventTime; mean exact, median and 90th percentile from logarithmic "
                                          "buckets (within 4.4 %)"));

    // The range: what was asked, else the span of the data.
    qint64 from = req.from.value_or(0);
    qint64 to = req.to.value_or(0);
    if (!req.from || !req.to) {
        SqlQuery span(h, "SELECT min(day), max(day) FROM kpi_latency");
        if (span.next() && !span.isNull(0)) {
            if (!req.from) from = span.int64(0) * 86400;
            if (!req.to) to = (span.int64(1) + 1) * 86400;
        }
        span.reset();
        if (!req.to && to <= from) to = std::max<qint64>(from + 1, coverage.headTime + 1);
    }
    out.total.from = from;
    out.total.to = to;
    out.total.label = QStringLiteral("%1 to %2").arg(qs(formatDate(from)), qs(formatDate(to - 1)));
    PeriodReader reader(h, req.includeUnverified);
    reader.fill(out.total, out.leftOut);
    if (out.total.empty())
        return {QueryError::Kind::NoData,
                QStringLiteral("no %1events between %2 and %3")
                    .arg(out.leftOut ? QStringLiteral("verified ") : QString(), qs(formatDateTime(from)), qs(formatDateTime(to))),
                {}};
    if (req.byMonth) {
        for (qint64 m = monthStart(from); m < to; m = nextMonthStart(m)) {
            KpiPeriod p;
            p.from = std::max<qint64>(m, from);
            p.to = std::min<qint64>(nextMonthStart(m), to);
            p.label = qs(formatMonth(m));
            std::uint64_t ignored = 0;  // counted once, in the total
            reader.fill(p, ignored);
            out.months << p;
        }
    }
    return {};
}

}  // namespace bt::domain
