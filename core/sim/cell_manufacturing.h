// The two cell plants of the demo scenario: per coating line, a cathode electrode roll
// every other working day (coating Transformation with its thickness and slurry
// measurements), a cell lot from each roll the day after (cell Transformation and the
// winding speed), the formation-capacity inspection four days later, the weekly
// delivery of good cells to the pack plant and the monthly scrap shipment.
//
// Injected here: one coating line drifts (the coating gets thicker day by day, then
// maintenance resets it); cells made from those rolls fail their capacity test more
// often, and the worst lots are held back (non_conformant). Operators rotate between
// lines and shifts weekly, so the drift follows the equipment, not a person.
#pragma once

#include "sim/demo_settings.h"
#include "sim/demo_world.h"
#include "sim/logistics.h"

#include <string>
#include <vector>

namespace bt::sim {

class CellManufacturing {
public:
    CellManufacturing(DemoWorld& world, Logistics& logistics, const DemoSettings& settings);

    void day(std::int64_t dayStart);

    // Cathode material each plant coats in a week (kg), for the cathode plant's deliveries.
    std::vector<std::pair<std::size_t, double>> cathodeDemand() const;

    Json truth() const;

    static constexpr const char* kCellMaterial = "cell-nmc811-60ah";
    static constexpr int kCellsPerRoll = 96;
    static constexpr double kCathodePerCell = 0.60;  // kg of NMC811 in a cell
    static constexpr double kCopperPerCell = 0.10;   // kg (foil and tabs), for the recyclers

private:
    struct Line {
        std::size_t plant = 0;
        std::string code;        // "L2"
        std::string plantCode;   // "E"
        int index = 0;           // 0-based within the plant, for the shift rota
        bool drifts = false;
        std::string pendingRoll; // coated, waiting for cell assembly
        std::int64_t pendingRollAt = 0;
        std::string pendingOperator;
        double pendingThickness = 0;
        double pendingDrift = 0;
    };
    struct CellLotRecord {
        std::string lot, roll, plant, line, coater, winder, coatOperator;
        std::int64_t coatedAt = 0, assembledAt = 0, inspectedAt = 0;
        double thicknessMean = 0, driftMicrons = 0;
        int produced = 0, failed = 0;
        bool conformant = true;
        bool drift = false;
    };

    void coat(Line& line, std::int64_t dayStart);
    void assemble(Line& line, std::int64_t dayStart);
    void deliverCells(std::size_t plant, std::int64_t t);
    void shipScrap(std::size_t plant, std::int64_t t);
    std::string operatorFor(const Line& line, int shift, std::int64_t t) const;
    double driftAt(std::int64_t t) const;

    DemoWorld& m_world;
    Logistics& m_logistics;
    DemoSettings m_settings;
    SimRandom m_rng;
    std::vector<Line> m_lines;
    std::vector<std::size_t> m_plants;
    std::size_t m_packPlant, m_recycler;
    std::vector<std::vector<Holding>> m_scrap;  // per participant: failed and held-back cells
    std::vector<CellLotRecord> m_records;
};

}  // namespace bt::sim
