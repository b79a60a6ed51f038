#include "domain/shipment_query.h"

#include "domain/gs1_identifier.h"
#include "domain/sql_query.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace bt::domain {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString partyName(sqlite3* h, const std::string& pglnOrSgln)
{
    if (pglnOrSgln.empty()) return {};
    const std::string gln = glnOf(pglnOrSgln);
    if (gln.empty()) return qs(pglnOrSgln);
    SqlQuery q(h, "SELECT name FROM participant_history WHERE gln = ? AND active = 1 ORDER BY log_id DESC LIMIT 1");
    q.bindText(1, gln);
    QString name = qs(pglnOrSgln);
    if (q.next()) name = qs(q.text(0));
    q.reset();
    return name;
}

QString limitText(const LimitRange& l, bool above)
{
    const double v = above ? *l.max : *l.min;
    return QStringLiteral("%1 %2 %3").arg(above ? QStringLiteral("max") : QStringLiteral("min")).arg(v).arg(l.uom).trimmed();
}

}  // namespace

QueryError runShipments(IndexDb& db, const ShipmentsRequest& req, ShipmentsResult& out)
{
    out = ShipmentsResult{};
    const ReadSnapshot snapshot(db.handle());
    DomainCoverage coverage;
    if (QueryError e = checkDomainIndex(db, coverage); !e.ok()) return e;
    out.coverageNote = coverage.lagNote();
    out.definition = QStringLiteral("an excursion is a stretch of consecutive readings of one type outside the limits "
                                    "of the shipment's Shipping event (bt:limits); readings the device flagged "
                                    "ALARM_CONDITION are shown, and counted apart when within the limits");
    sqlite3* h = db.handle();

    std::string only;
    if (!req.shipment.isEmpty()) {
        only = req.shipment.toStdString();
        if (only.rfind("https://", 0) != 0) only = std::string(kDigitalLinkPrefix) + "00/" + only;
        std::string error;
        if (!parseDigitalLink(only, error))
            return {QueryError::Kind::BadInput, QStringLiteral("\"%1\" is not an SSCC: %2").arg(req.shipment, qs(error)), {}};
    }
    SqlQuery ships(h, only.empty()
                          ? "SELECT event_id, sscc, shipper, carrier, source, destination, limits, time, ok FROM shipping "
                            "WHERE time >= ? AND time < ? ORDER BY time, event_id"
                          : "SELECT event_id, sscc, shipper, carrier, source, destination, limits, time, ok FROM shipping "
                            "WHERE time >= ? AND time < ? AND sscc = ? ORDER BY time, event_id");
    ships.bind(1, req.from.value_or(INT64_MIN)).bind(2, req.to.value_or(INT64_MAX));
    if (!only.empty()) ships.bindText(3, only);
    SqlQuery recv(h, "SELECT receiver, time, disposition, incident_type, incident_note, ok FROM receiving WHERE sscc = ? "
                     "ORDER BY event_id LIMIT 1");
    SqlQuery readings(h, "SELECT time, type, value, uom, alarm, ok FROM sensor_readings WHERE sscc = ? ORDER BY time, event_id, seq");
    SqlQuery goods(h, "SELECT a.uri FROM shipment_goods g JOIN assets a ON a.id = g.asset_id WHERE g.event_id = ? ORDER BY g.seq");
    const bool series = req.withSeries || !only.empty();
    while (ships.next()) {
        if (!ships.integer(8) && !req.includeUnverified) {
            ++out.leftOut;
            continue;
        }
        ShipmentInfo s;
        const std::int64_t event = ships.int64(0);
        const std::string sscc = ships.text(1);
        s.sscc = qs(sscc);
        s.shipper = participantAt(h, ships.blob(2)).name;
        s.carrier = partyName(h, ships.text(3));
        s.source = partyName(h, ships.text(4));
        s.destination = partyName(h, ships.text(5));
        s.shippedAt = ships.int64(7);
        std::map<std::string, LimitRange> limits;
        if (const std::string lj = ships.text(6); !lj.empty()) {
            const auto j = nlohmann::json::parse(lj, nullptr, false);
            if (j.is_object())
                for (auto it = j.begin(); it != j.end(); ++it) {
                    LimitRange l;
                    l.type = qs(it.key());
                    if (it->contains("min")) l.min = (*it)["min"].get<double>();
                    if (it->contains("max")) l.max = (*it)["max"].get<double>();
                    if (it->contains("uom")) l.uom = qs((*it)["uom"].get<std::string>());
                    limits[it.key()] = l;
                    s.limits << l;
                }
        }
        recv.bindText(1, sscc);
        if (recv.next() && (recv.integer(5) || req.includeUnverified)) {
            s.receiver = participantAt(h, recv.blob(0)).name;
            s.receivedAt = recv.int64(1);
            s.receivedDisposition = qs(recv.text(2));
            s.incidentType = qs(recv.text(3));
            s.incidentNote = qs(recv.text(4));
        }
        recv.reset();
        goods.bind(1, event);
        while (goods.next()) s.goods << qs(goods.text(0));

        // Readings in time order; an excursion per type is a run of outside readings.
        std::map<std::string, Excursion> open;
        std::map<std::string, double> worstDistance;  // how far outside the worst reading of each open excursion is
        auto close = [&](const std::string& type) {
            auto it = open.find(type);
            if (it == open.end()) return;
            s.excursions << it->second;
            open.erase(it);
        };
        readings.bindText(1, sscc);
        while (readings.next()) {
            if (!readings.integer(5) && !req.includeUnverified) {
                ++out.leftOut;
                continue;
            }
            SensorPoint p;
            p.time = readings.int64(0);
            const std::string type = readings.text(1);
            p.type = qs(type);
            p.value = readings.optReal(2);
            p.uom = qs(readings.text(3));
            p.alarm = readings.integer(4) != 0;
            ++s.readings;
            s.alarms += p.alarm;
            const auto lim = limits.find(type);
            bool above = false;
            if (lim != limits.end() && p.value) {
                above = lim->second.max && *p.value > *lim->second.max;
                p.outside = above || (lim->second.min && *p.value < *lim->second.min);
            }
            if (p.alarm && !p.outside) ++s.alarmsWithinLimits;
            if (p.outside) {
                auto it = open.find(type);
                if (it == open.end()) {
                    Excursion e;
                    e.type = p.type;
                    e.start = p.time;
                    e.worst = *p.value;
                    e.limit = limitText(lim->second, above);
                    it = open.emplace(type, e).first;
                }
                Excursion& e = it->second;
                e.end = p.time;
                ++e.readings;
                e.alarmed |= p.alarm;
                const double far = above ? *p.value - *lim->second.max : *lim->second.min - *p.value;
                double& worstFar = worstDistance[type];
                if (e.readings == 1 || far > worstFar) {
                    worstFar = far;
                    e.worst = *p.value;
                }
            } else {
                close(type);
            }
            if (series) s.series << p;
        }
        while (!open.empty()) close(open.begin()->first);
        std::sort(s.excursions.begin(), s.excursions.end(), [](const Excursion& a, const Excursion& b) { return a.start < b.start; });
        ++out.shipmentsTotal;
        if (!s.excursions.isEmpty()) ++out.withExcursions;
        out.excursions += s.excursions.size();
        if (req.excursionsOnly && s.excursions.isEmpty()) continue;
        out.shipments << s;
    }
    if (ships.failed()) return {QueryError::Kind::Database, qs(ships.error()), {}};
    if (!only.empty() && out.shipmentsTotal == 0)
        return {QueryError::Kind::NotFound, QStringLiteral("no %1shipment %2 in the index")
                                                .arg(out.leftOut ? QStringLiteral("verified ") : QString(), qs(only)), {}};
    if (out.shipmentsTotal == 0)
        return {QueryError::Kind::NoData, QStringLiteral("no %1shipments in the range asked")
                                              .arg(out.leftOut ? QStringLiteral("verified ") : QString()), {}};
    return {};
}

}  // namespace bt::domain
