// Second life and recycling in the demo scenario. The second-life operator grades
// each returned pack and repurposes it as stationary storage (Repurposing), then
// reports its state of health every two months. The two recyclers process what they
// received once a week (Recycling: packs and scrap cells in, one black-mass lot out,
// recovery per element); one recovers well, the other below the EU 2023/1542 targets.
// The good one sends its black mass back to the cobalt refinery, closing the loop.
#pragma once

#include "sim/demo_world.h"
#include "sim/logistics.h"
#include "sim/vehicle_fleet.h"

#include <map>
#include <string>
#include <vector>

namespace bt::sim {

class EndOfLife {
public:
    EndOfLife(DemoWorld& world, Logistics& logistics, const VehicleFleet& fleet);

    void day(std::int64_t dayStart);

    Json truth() const;

private:
    struct StoragePack {
        std::string pack;
        std::int64_t since = 0, nextReading = 0;
        double soh = 0, fadePerMonth = 0, cycles = 0, cyclesPerMonth = 0;
    };
    struct Recycler {
        std::size_t who = 0;
        std::string lotPrefix;
        ElementMap rates;  // recovered / input per element
        bool returnsBlackMass = false;
    };

    void repurpose(const std::string& pack, std::int64_t t);
    void storageReading(StoragePack& s, std::int64_t t);
    void recycle(const Recycler& r, std::int64_t t);
    void returnBlackMass(const Recycler& r, std::int64_t t);

    DemoWorld& m_world;
    Logistics& m_logistics;
    const VehicleFleet& m_fleet;
    SimRandom m_rng;
    std::size_t m_secondLife, m_refinery;
    std::vector<Recycler> m_recyclers;
    std::vector<StoragePack> m_storage;
    std::vector<std::string> m_graded;
    Json m_repurposed = Json::array();
    Json m_batches = Json::array();
};

}  // namespace bt::sim
