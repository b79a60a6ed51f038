// Mines, refineries and the cathode producer of the demo scenario: ore lots
// (Commissioning), bulk shipments, the refiners' due diligence of each received lot
// (weeks before the change, days after), refinery batches that merge lots
// (Transformation with process measurements), the cathode producer's replenishment
// orders, its NMC811 batches and their release inspection, and the cathode-material
// deliveries to the cell plants.
//
// Injected here: an uncertified artisanal cobalt lot blended into a refinery batch
// before the change (its due diligence, a red flag, comes too late) and a second one
// caught and quarantined after it; ore lots mined while the mine's certificate had
// expired, still citing it.
#pragma once

#include "sim/demo_settings.h"
#include "sim/demo_world.h"
#include "sim/logistics.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace bt::sim {

class UpstreamSupply {
public:
    // The certificate URIs a mine cites on its ore lots at a time.
    using CertificateLookup = std::function<std::vector<std::string>(std::size_t mine, std::int64_t t)>;

    UpstreamSupply(DemoWorld& world, Logistics& logistics, const DemoSettings& settings, CertificateLookup certificates);

    void day(std::int64_t dayStart);

    // Cathode material per cell plant and week (kg), for the replenishment orders.
    void setCathodeDemand(std::size_t cellPlant, double kgPerWeek) { m_camDemand[cellPlant] = kgPerWeek; }

    Json truth() const;

    static constexpr const char* kCathodeMaterial = "cathode-nmc811";

private:
    struct MineSpec {
        std::size_t mine = 0;
        std::size_t refinery = 0;
        std::string material;
        std::string lotPrefix;
        std::vector<std::int64_t> schedule;  // commissioning times
        double massMin = 0, massMax = 0;     // kg
        std::map<std::string, std::pair<double, double>> content;
        Freight freight = Freight::Sea;
        double transitMinDays = 0, transitMaxDays = 0;
        bool artisanal = false;
    };
    struct RefinerySpec {
        std::size_t refinery = 0;
        std::map<std::string, double> feedYield;  // feed material → yield of the main element
        std::string product;
        std::string element;
        double contentMin = 0, contentMax = 0;
        int weekday = 0;        // 0 Monday
        int everyWeeks = 1;
        std::string lotPrefix;
        std::string parameter;  // process measurement type
        double parameterMean = 0, parameterSd = 0;
        std::string parameterUom;
        double weeklyNeed = 0;  // kg of product the cathode plant needs a week
        double coverWeeks = 0;  // its stock target, in weeks of need
        double transitMinDays = 0, transitMaxDays = 0;
    };
    struct Review {
        std::string lot;
        std::size_t mine = 0, reviewer = 0;
        std::int64_t received = 0, completed = 0;
        std::string outcome;
        bool isPrivate = false;
    };

    void commissionOre(const MineSpec& m, std::int64_t t);
    void refineryBatch(const RefinerySpec& r, std::int64_t t);
    void reviewOrder(const RefinerySpec& r, std::int64_t t);
    void cathodeBatch(std::int64_t t);
    void cathodeDeliveries(std::int64_t t);
    bool eligible(const std::string& lot, std::int64_t t) const;
    std::int64_t local(std::int64_t dayStart, std::size_t who, double hour) const;
    std::string lotUri(std::size_t owner, unsigned itemRef, const std::string& code) const;

    DemoWorld& m_world;
    Logistics& m_logistics;
    DemoSettings m_settings;
    CertificateLookup m_certificates;
    SimRandom m_rng;
    std::vector<MineSpec> m_mines;
    std::vector<RefinerySpec> m_refineries;
    std::map<std::string, Review> m_reviews;   // by ore lot URI
    std::map<std::size_t, double> m_camDemand;  // cell plant → kg a week
    std::size_t m_cathode;
    std::int64_t m_firstBatch;
    int m_batchNumber = 0;
    std::vector<std::string> m_oreLots;         // in commissioning order
    Json m_blends = Json::array();               // batches that took in artisanal material
};

}  // namespace bt::sim
