#include "sim/logistics.h"

#include "sim/gs1_codes.h"
#include "sim/sim_time.h"

#include <algorithm>
#include <cstdio>

namespace bt::sim {

using registry::EventKind;

namespace {

constexpr std::int64_t kReadingInterval = 5 * kMinute;
constexpr int kTrucks = 14;

std::string truckCode(int n)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "TRK-%02d", n);
    return buf;
}

const char* incidentNote(const std::string& type, Freight freight, SimRandom& rng)
{
    static const std::vector<const char*> roadDelay = {
        "held for a customs inspection at the border", "road closure after a snowfall", "driver hours exceeded, overnight stop",
        "missed ferry connection", "vehicle breakdown, replacement tractor sent"};
    static const std::vector<const char*> seaDelay = {
        "vessel delayed by a storm", "port congestion at transshipment", "container rolled over to the next sailing"};
    static const std::vector<const char*> damage = {
        "forklift damage during unloading", "load shifted in transit, crushed packaging",
        "pallet dropped at the cross-dock"};
    static const std::vector<const char*> accident = {
        "truck in a rear-end collision on the motorway", "trailer overturned on a slip road",
        "truck left the road in heavy rain"};
    if (type == "delay") return freight == Freight::Sea ? rng.pick(seaDelay) : rng.pick(roadDelay);
    if (type == "damage") return rng.pick(damage);
    return rng.pick(accident);
}

}  // namespace

Logistics::Logistics(DemoWorld& world, double incidentRateBefore, double incidentRateAfter)
    : m_world(world), m_rng(world.seed(), "logistics"), m_incidentRng(world.seed(), "logistics-incidents"),
      m_rateBefore(incidentRateBefore), m_rateAfter(incidentRateAfter),
      m_road(world.roster().index("carrier-transalpine")), m_sea(world.roster().index("carrier-oceanic"))
{
    m_thresholdBefore = m_incidentRng.uniform(0.5, 1.5);
    m_thresholdAfter = m_incidentRng.uniform(0.5, 1.5);
}

std::string Logistics::decideIncident(const ShipmentRequest& r)
{
    // A quota, not a coin per shipment: over n shipments the count stays within one of
    // rate * n, so the realised before/after contrast is the configured one, while the
    // threshold's randomness decides which shipments are hit.
    const bool after = m_world.clock().isAfter(r.depart);
    double& debt = after ? m_debtAfter : m_debtBefore;
    double& threshold = after ? m_thresholdAfter : m_thresholdBefore;
    debt += after ? m_rateAfter : m_rateBefore;
    if (debt < threshold) return {};
    debt -= 1.0;
    threshold = m_incidentRng.uniform(0.5, 1.5);
    if (r.cargo == Cargo::Bulk || r.cargo == Cargo::Cathode) return "delay";
    const double u = m_incidentRng.uniform();
    return u < 0.45 ? "delay" : (u < 0.8 ? "damage" : "accident");
}

Json Logistics::goodsFields(Json doc, const Goods& g) const
{
    if (!g.items.empty()) doc["epcList"] = g.items;
    if (!g.lots.empty()) {
        Json q = Json::array();
        for (const Take& t : g.lots) {
            const Lot& l = m_world.lot(t.lot);
            q.push_back(quantityElement(l.uri, t.qty, l.uom));
        }
        doc["quantityList"] = std::move(q);
    }
    return doc;
}

Json Logistics::limitsFor(Cargo cargo) const
{
    // Cathode material is moisture-sensitive; cells and packs are dangerous goods with
    // a storage temperature window (data model §3.3).
    if (cargo == Cargo::Cathode)
        return Json{{"Temperature", Json{{"min", 5}, {"max", 40}, {"uom", "CEL"}}},
                    {"RelativeHumidity", Json{{"max", 50}, {"uom", "P1"}}}};
    return Json{{"Temperature", Json{{"min", 15}, {"max", 35}, {"uom", "CEL"}}},
                {"RelativeHumidity", Json{{"max", 70}, {"uom", "P1"}}}};
}

Goods Logistics::pickDamaged(const Goods& g)
{
    Goods d;
    if (!g.items.empty()) {
        d.items.push_back(m_incidentRng.pick(g.items));
        return d;
    }
    for (const Take& t : g.lots) {
        if (m_world.lot(t.lot).uom != "H87") continue;
        const Milli n = std::min<Milli>(t.qty, 1000 * m_incidentRng.between(4, 16));
        d.lots.push_back({t.lot, n});
        break;
    }
    return d;
}

std::vector<Logistics::Reading> Logistics::readings(const ShipmentRecord& s, const Excursion* excursion,
                                                    std::int64_t accidentAt)
{
    std::vector<Reading> out;
    const bool cathode = s.cargo == Cargo::Cathode;
    const double baseT = m_rng.uniform(19.0, 23.0);
    const double baseH = cathode ? m_rng.uniform(22.0, 30.0) : m_rng.uniform(36.0, 48.0);
    double t = baseT, h = baseH;
    std::int64_t exStart = 0, exEnd = 0;
    double exPeak = 0;
    if (excursion) {
        const std::int64_t span = s.arrival - s.depart;
        exStart = s.depart + static_cast<std::int64_t>(static_cast<double>(span) * m_rng.uniform(0.2, 0.55));
        exEnd = exStart + m_rng.between(2 * kHour, 6 * kHour);
        exEnd = std::min(exEnd, s.arrival - kHour);
        // Peaks beyond this cargo's limits, by a margin a failing unit would show.
        const Json limits = limitsFor(s.cargo);
        switch (excursion->kind) {
        case Excursion::Kind::Heat: exPeak = limits["Temperature"]["max"].get<double>() + m_rng.uniform(2.5, 7.0); break;
        case Excursion::Kind::Cold: exPeak = limits["Temperature"]["min"].get<double>() - m_rng.uniform(4.0, 8.0); break;
        case Excursion::Kind::Humidity: exPeak = limits["RelativeHumidity"]["max"].get<double>() + m_rng.uniform(6.0, 13.0); break;
        }
    }
    for (std::int64_t at = s.depart + kReadingInterval; at <= s.arrival; at += kReadingInterval) {
        t += m_rng.normal(0.0, 0.08) + (baseT - t) * 0.05;
        h += m_rng.normal(0.0, 0.25) + (baseH - h) * 0.05;
        Reading r{at, t, h, 0.0};
        if (excursion && at >= exStart && at <= exEnd && exEnd > exStart) {
            // A trapezoid: a third rising, a third at the peak, a third falling back.
            const double x = static_cast<double>(at - exStart) / static_cast<double>(exEnd - exStart);
            const double w = x < 1.0 / 3 ? 3 * x : (x > 2.0 / 3 ? 3 * (1 - x) : 1.0);
            if (excursion->kind == Excursion::Kind::Humidity)
                r.humidity = h + (exPeak - h) * w;
            else
                r.temperature = t + (exPeak - t) * w;
        }
        if (accidentAt != 0 && at >= accidentAt && at < accidentAt + kReadingInterval) r.shock = m_rng.uniform(35.0, 60.0);
        out.push_back(r);
    }
    return out;
}

void Logistics::writeSensorEvents(ShipmentRecord& s, const std::vector<Reading>& readings)
{
    const Json limits = limitsFor(s.cargo);
    const double tMin = limits["Temperature"]["min"].get<double>();
    const double tMax = limits["Temperature"]["max"].get<double>();
    const double hMax = limits["RelativeHumidity"]["max"].get<double>();
    const Participant& carrier = m_world.participant(s.carrier);
    const std::string sensor = gs1::giaiUri(carrier.companyPrefix, "LOG-" + s.truck.substr(s.truck.size() - 6));
    s.minTemperature = 1e9;
    s.maxTemperature = -1e9;
    s.maxHumidity = -1e9;
    std::size_t i = 0;
    while (i < readings.size()) {
        // One event per hour of readings.
        const std::int64_t hour = (readings[i].time - s.depart - 1) / kHour;
        Json elements = Json::array();
        std::int64_t last = readings[i].time;
        for (; i < readings.size() && (readings[i].time - s.depart - 1) / kHour == hour; ++i) {
            const Reading& r = readings[i];
            const double temp = round(r.temperature, 1);
            const double hum = round(r.humidity, 1);
            Json tr{{"type", "Temperature"}};
            const bool tAlarm = temp < tMin || temp > tMax;
            if (tAlarm) tr["exception"] = "ALARM_CONDITION";
            tr["value"] = number(temp, 1);
            tr["uom"] = "CEL";
            Json hr{{"type", "RelativeHumidity"}};
            const bool hAlarm = hum > hMax;
            if (hAlarm) hr["exception"] = "ALARM_CONDITION";
            hr["value"] = number(hum, 1);
            hr["uom"] = "P1";
            Json reports = Json::array({tr, hr});
            if (r.shock > 0)
                reports.push_back(Json{{"type", "Acceleration"}, {"exception", "ALARM_CONDITION"},
                                       {"value", number(r.shock, 1)}, {"uom", "MSK"}});
            if (tAlarm || hAlarm) {
                ++s.alarmReadings;
                if (s.firstAlarm == 0) s.firstAlarm = r.time;
                s.lastAlarm = r.time;
            }
            s.minTemperature = std::min(s.minTemperature, temp);
            s.maxTemperature = std::max(s.maxTemperature, temp);
            s.maxHumidity = std::max(s.maxHumidity, hum);
            elements.push_back(Json{{"sensorMetadata", Json{{"time", formatUtc(r.time)}, {"deviceID", sensor}}},
                                    {"sensorReport", std::move(reports)}});
            last = r.time;
        }
        Json doc = m_world.newEvent("ObjectEvent", last, s.carrier);
        doc = goodsFields(std::move(doc), s.goods);
        doc["action"] = "OBSERVE";
        doc["bizStep"] = "sensor_reporting";
        doc["disposition"] = "in_transit";
        doc["readPoint"] = Json{{"id", s.truck}};
        doc["sensorElementList"] = std::move(elements);
        doc["bt:shipment"] = s.sscc;
        m_world.emit(s.carrier, EventKind::TransportSensor, last, doc);
        if (last < m_world.clock().end) ++s.sensorEvents;
    }
}

const ShipmentRecord& Logistics::ship(const ShipmentRequest& r)
{
    ShipmentRecord s;
    const Participant& from = m_world.participant(r.from);
    const Participant& to = m_world.participant(r.to);
    s.sscc = gs1::ssccUri(gs1::sscc(from.companyPrefix, ++m_ssccSerial));
    s.from = r.from;
    s.to = r.to;
    s.carrier = r.freight == Freight::Road ? m_road : m_sea;
    s.goods = r.goods;
    s.cargo = r.cargo;
    s.depart = r.depart;
    s.monitored = r.cargo != Cargo::Bulk;
    s.incident = decideIncident(r);
    std::int64_t delay = 0;
    if (s.incident == "delay")
        delay = r.freight == Freight::Sea ? m_incidentRng.between(2 * kDay, 6 * kDay) : m_incidentRng.between(6 * kHour, 30 * kHour);
    else if (s.incident == "accident")
        delay = m_incidentRng.between(8 * kHour, 26 * kHour);
    s.arrival = r.depart + r.transit + delay;
    if (!s.incident.empty()) s.incidentNote = incidentNote(s.incident, r.freight, m_incidentRng);

    const Excursion* excursion = nullptr;
    Excursion current;
    if (s.monitored) {
        const Participant& carrier = m_world.participant(s.carrier);
        std::string truck = truckCode(m_truckRota++ % kTrucks + 1);
        if (!m_excursions.empty() && m_excursions.front().notBefore <= r.depart && r.freight == Freight::Road) {
            current = m_excursions.front();
            m_excursions.pop_front();
            excursion = &current;
            if (!current.truck.empty()) truck = current.truck;
            s.excursion = true;
            s.excursionKind = current.kind == Excursion::Kind::Heat ? "heat"
                              : current.kind == Excursion::Kind::Cold ? "cold" : "humidity";
        }
        s.truck = gs1::giaiUri(carrier.companyPrefix, truck);
    }

    const Json sources = Json::array({Json{{"type", "owning_party"}, {"source", from.pglnUri()}},
                                      Json{{"type", "location"}, {"source", from.siteUri()}}});
    const Json destinations = Json::array({Json{{"type", "owning_party"}, {"destination", to.pglnUri()}},
                                           Json{{"type", "location"}, {"destination", to.siteUri()}}});
    const std::string carrierPgln = m_world.participant(s.carrier).pglnUri();

    Json shipping = m_world.newEvent("ObjectEvent", r.depart, r.from);
    shipping = goodsFields(std::move(shipping), r.goods);
    shipping["action"] = "OBSERVE";
    shipping["bizStep"] = "shipping";
    shipping["disposition"] = "in_transit";
    shipping["readPoint"] = Json{{"id", from.siteUri()}};
    shipping["sourceList"] = sources;
    shipping["destinationList"] = destinations;
    shipping["bt:shipment"] = s.sscc;
    shipping["bt:carrier"] = carrierPgln;
    if (s.monitored) shipping["bt:limits"] = limitsFor(r.cargo);
    m_world.emit(r.from, EventKind::Shipping, r.depart, shipping);

    if (s.monitored) {
        std::int64_t accidentAt = 0;
        if (s.incident == "accident")
            accidentAt = r.depart + static_cast<std::int64_t>(static_cast<double>(r.transit) * m_incidentRng.uniform(0.2, 0.7));
        writeSensorEvents(s, readings(s, excursion, accidentAt));
    }

    if (s.incident == "damage" || s.incident == "accident") s.damaged = pickDamaged(r.goods);
    Json receiving = m_world.newEvent("ObjectEvent", s.arrival, r.to);
    receiving = goodsFields(std::move(receiving), r.goods);
    receiving["action"] = "OBSERVE";
    receiving["bizStep"] = "receiving";
    receiving["disposition"] = s.damaged.empty() ? "in_progress" : "damaged";
    receiving["readPoint"] = Json{{"id", to.siteUri()}};
    receiving["bizLocation"] = Json{{"id", to.siteUri()}};
    receiving["sourceList"] = sources;
    receiving["destinationList"] = destinations;
    receiving["bt:shipment"] = s.sscc;
    if (!s.incident.empty()) {
        std::string note = s.incidentNote;
        if (!s.damaged.items.empty()) note += "; 1 item damaged";
        for (const Take& t : s.damaged.lots) note += "; " + std::to_string(t.qty / 1000) + " cells damaged";
        receiving["bt:incident"] = Json{{"type", s.incident}, {"note", note}};
    }
    m_world.emit(r.to, EventKind::Receiving, s.arrival, receiving);

    // Goods are usable an hour after they arrive (unloading, receiving inspection).
    const std::int64_t usable = s.arrival + kHour;
    for (const Take& t : r.goods.lots) {
        Milli qty = t.qty;
        for (const Take& d : s.damaged.lots)
            if (d.lot == t.lot) qty -= d.qty;
        m_world.put(r.to, t.lot, qty, usable);
    }
    for (const std::string& uri : r.goods.items) {
        const bool isDamaged = std::find(s.damaged.items.begin(), s.damaged.items.end(), uri) != s.damaged.items.end();
        m_world.moveItem(uri, r.to, usable);
        if (isDamaged) {
            m_world.removeItem(uri);
            m_world.item(uri).tags.insert("damaged-in-transit");
        }
    }
    if (!s.damaged.empty()) m_damaged.push_back({r.to, usable, s.damaged});
    m_shipments.push_back(std::move(s));
    return m_shipments.back();
}

Goods Logistics::takeDamaged(std::size_t holder, std::int64_t t)
{
    Goods out;
    for (auto it = m_damaged.begin(); it != m_damaged.end();) {
        if (it->holder == holder && it->availableFrom <= t) {
            out.items.insert(out.items.end(), it->goods.items.begin(), it->goods.items.end());
            out.lots.insert(out.lots.end(), it->goods.lots.begin(), it->goods.lots.end());
            it = m_damaged.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

}  // namespace bt::sim
