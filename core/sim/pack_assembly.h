// The pack plant of the demo scenario: modules of 24 cells taken from the cell lots in
// stock, oldest first (a module may merge two lots), packs of four modules, the
// end-of-line test of every pack, weekly deliveries to the two OEMs (60/40) and the
// monthly scrap shipment (cells damaged in transit, packs that failed their test).
#pragma once

#include "sim/demo_world.h"
#include "sim/logistics.h"

#include <string>
#include <vector>

namespace bt::sim {

class PackAssembly {
public:
    PackAssembly(DemoWorld& world, Logistics& logistics);

    void day(std::int64_t dayStart);

    static constexpr int kCellsPerModule = 24;
    static constexpr int kModulesPerPack = 4;
    static constexpr int kCellsPerPack = kCellsPerModule * kModulesPerPack;
    static constexpr double kBusbarCopper = 1.5;  // kg of copper in a pack besides its cells

    const std::vector<std::string>& packs() const noexcept { return m_packs; }

private:
    void buildPack(std::int64_t t);
    void deliverPacks(std::int64_t t);
    void shipScrap(std::int64_t t);

    DemoWorld& m_world;
    Logistics& m_logistics;
    SimRandom m_rng;
    std::size_t m_plant, m_aurora, m_velo, m_recycler;
    int m_moduleSerial = 0;
    int m_packSerial = 0;
    std::uint64_t m_allocated = 0;
    std::vector<std::string> m_packs;      // every pack built, in order
    std::vector<std::string> m_failed;     // packs that failed the end-of-line test, awaiting scrap
    Goods m_scrap;                         // damaged goods awaiting the scrap shipment
};

}  // namespace bt::sim
