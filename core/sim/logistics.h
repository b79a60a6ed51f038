// Shipments of the demo scenario (docs/data-model.md §3.3): the owner's Shipping event,
// the carrier's TransportSensor events (temperature and humidity every five minutes,
// one event per hour of readings) for battery goods and cathode material, and the
// receiver's Receiving event, with the incidents and temperature excursions the
// scenario injects. Goods reach the receiver's stock when they arrive.
#pragma once

#include "sim/demo_world.h"
#include "sim/sim_random.h"

#include <deque>
#include <string>
#include <vector>

namespace bt::sim {

struct Goods {
    std::vector<std::string> items;  // serialised items (epcList)
    std::vector<Take> lots;          // lot quantities (quantityList)
    bool empty() const noexcept { return items.empty() && lots.empty(); }
};

enum class Freight { Road, Sea };
// What is shipped decides the limits, the sensors and which incidents can happen.
enum class Cargo { Bulk, Cathode, Cells, Packs, Scrap };

struct ShipmentRequest {
    std::size_t from = 0;
    std::size_t to = 0;
    Goods goods;
    std::int64_t depart = 0;
    std::int64_t transit = 0;  // seconds, before any delay
    Freight freight = Freight::Road;
    Cargo cargo = Cargo::Bulk;
};

struct Excursion {
    enum class Kind { Heat, Cold, Humidity };
    Kind kind = Kind::Heat;
    std::int64_t notBefore = 0;  // applies to the first monitored shipment departing from then on
    std::string truck;           // a truck to use instead of the rota's ("" keeps it)
};

struct ShipmentRecord {
    std::string sscc;            // Digital Link URI
    std::size_t from = 0, to = 0, carrier = 0;
    Goods goods;
    Cargo cargo = Cargo::Bulk;
    std::int64_t depart = 0, arrival = 0;
    bool monitored = false;
    std::string truck;           // GIAI URI of the truck (road, monitored)
    std::string incident;        // "", "delay", "damage", "accident"
    std::string incidentNote;
    Goods damaged;               // goods the receiver found damaged
    bool excursion = false;
    std::string excursionKind;
    int alarmReadings = 0;
    double minTemperature = 0, maxTemperature = 0, maxHumidity = 0;
    std::int64_t firstAlarm = 0, lastAlarm = 0;
    int sensorEvents = 0;
};

class Logistics {
public:
    // Incident rates per shipment before and after the clock's change.
    Logistics(DemoWorld& world, double incidentRateBefore, double incidentRateAfter);

    void planExcursion(const Excursion& e) { m_excursions.push_back(e); }

    // Writes the shipment's events and moves the goods (already taken out of the
    // sender's stock) into the receiver's stock at arrival.
    const ShipmentRecord& ship(const ShipmentRequest& request);

    // Damaged goods that reached `holder` by `t` and were not claimed yet.
    Goods takeDamaged(std::size_t holder, std::int64_t t);

    const std::deque<ShipmentRecord>& shipments() const noexcept { return m_shipments; }

private:
    struct Reading {
        std::int64_t time = 0;
        double temperature = 0, humidity = 0;
        double shock = 0;  // m/s², 0: none reported
    };
    struct DamagedGoods {
        std::size_t holder = 0;
        std::int64_t availableFrom = 0;
        Goods goods;
    };

    Json goodsFields(Json doc, const Goods& g) const;
    Json limitsFor(Cargo cargo) const;
    std::vector<Reading> readings(const ShipmentRecord& s, const Excursion* excursion, std::int64_t accidentAt);
    void writeSensorEvents(ShipmentRecord& s, const std::vector<Reading>& readings);
    std::string decideIncident(const ShipmentRequest& r);
    Goods pickDamaged(const Goods& g);

    DemoWorld& m_world;
    SimRandom m_rng;
    SimRandom m_incidentRng;
    double m_rateBefore, m_rateAfter;
    double m_debtBefore = 0, m_debtAfter = 0;  // incidents owed under the rate, per period
    double m_thresholdBefore, m_thresholdAfter;
    std::deque<Excursion> m_excursions;
    std::deque<ShipmentRecord> m_shipments;  // deque: references stay valid
    std::vector<DamagedGoods> m_damaged;
    std::uint64_t m_ssccSerial = 0;
    std::size_t m_road, m_sea;
    int m_truckRota = 0;
};

}  // namespace bt::sim
