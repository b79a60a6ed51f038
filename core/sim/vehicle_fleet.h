// The two OEMs of the demo scenario and their vehicles: each pack received goes into a
// new vehicle (its VIN the serial of the vehicle's SGTIN), the fleet's telematics
// report state of health and cycle count about every two months, a pack that fades
// too fast (the drifted cells) is replaced under warranty and goes to second life,
// and the packs of written-off vehicles (crashes) and packs damaged in transit go to
// a recycler.
#pragma once

#include "sim/demo_world.h"
#include "sim/logistics.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bt::sim {

class VehicleFleet {
public:
    VehicleFleet(DemoWorld& world, Logistics& logistics);

    void day(std::int64_t dayStart);

    // The last state of health reported for a pack (second life grades it again).
    std::optional<double> lastStateOfHealth(const std::string& pack) const;
    // Vehicles a pack was ever installed in.
    std::vector<std::string> vehiclesOf(const std::string& pack) const;

    Json truth() const;

private:
    struct Vehicle {
        std::string uri, vin;
        std::size_t oem = 0;
        std::string pack;
        std::int64_t built = 0, delivered = 0, nextReading = 0;
        double cyclesPerMonth = 0;
        bool crashed = false;
        std::int64_t crashedAt = 0, removalAt = 0, replacementAt = 0;
        bool waitingForPack = false;
        int replacementRecord = -1;
    };
    struct PackUse {
        double fadePerMonth = 0;  // state-of-health points a month
        double cycles = 0;
        double lastSoh = 100;
        std::int64_t since = 0;   // in use (vehicle delivered)
    };
    struct Oem {
        std::size_t who = 0;
        std::size_t recycler = 0;
        // A second recycler that takes every nth end-of-life pack (0: none); the rest go
        // to `recycler`.
        std::size_t sideRecycler = 0;
        int sideEvery = 0;
        int endOfLifePacks = 0;
        std::string wmi, descriptor;
        char plant = 'A';
        int serial = 0;
        Goods toRecycler, toSideRecycler, toSecondLife;
    };

    void buildVehicle(Oem& oem, const std::string& pack, std::int64_t t);
    void install(Vehicle& v, const std::string& pack, std::int64_t t);
    void remove(Vehicle& v, std::int64_t t);
    void reading(Vehicle& v, std::int64_t t);
    void shipOut(Oem& oem, std::int64_t t);

    DemoWorld& m_world;
    Logistics& m_logistics;
    SimRandom m_rng;
    std::vector<Oem> m_oems;
    std::vector<Vehicle> m_vehicles;
    std::map<std::string, PackUse> m_use;
    std::map<std::string, std::vector<std::string>> m_packVehicles;
    std::size_t m_secondLife;
    Json m_replacements = Json::array();
    Json m_crashes = Json::array();
};

}  // namespace bt::sim
