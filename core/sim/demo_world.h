// The state the demo scenario's actors share: who holds which quantity of which lot,
// the serialised items (modules, packs, vehicles), and the events written so far.
//
// Lots carry what the data model puts in their ilmd (material, element content) and,
// for the truth file only, each mine's share of each element (the mass balance of
// docs/data-model.md §3.1, computed as the material moves) and tags that follow the
// material downstream ("drift", "artisanal:<lot>", …). Quantities are integer
// thousandths, so every split and merge balances exactly.
#pragma once

#include "sim/epcis_json.h"
#include "sim/participant_roster.h"
#include "sim/scenario_plan.h"
#include "sim/sim_time.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace bt::sim {

using ElementMap = std::map<std::string, double>;
// element → mine (roster index) → share of that element
using ElementShares = std::map<std::string, std::map<std::size_t, double>>;

struct Lot {
    std::string uri;          // LGTIN Digital Link
    std::string code;         // the lot code in the URI
    std::string material;     // bt:material
    std::string uom;          // "KGM" or "H87"
    Milli quantity = 0;       // as produced
    ElementMap content;       // KGM: mass fraction; H87: kg per unit
    ElementShares shares;
    std::set<std::string> tags;
    std::size_t producer = 0;
    std::int64_t produced = 0;
    Milli consumed = 0;       // used up by transformations, assembly and recycling
};

struct Holding {
    std::string lot;
    Milli qty = 0;
    std::int64_t availableFrom = 0;
};

struct Take {
    std::string lot;
    Milli qty = 0;
};

struct Item {
    std::string uri;          // SGTIN Digital Link
    std::string serial;
    std::string kind;         // "module", "pack", "vehicle"
    std::vector<Take> cells;  // module: its cells, per lot
    std::vector<std::string> children;  // pack: modules; vehicle: its packs over time
    ElementMap mass;          // kg of each element in the item
    ElementShares shares;
    std::set<std::string> tags;
    std::size_t holder = 0;
    std::int64_t availableFrom = 0;
    std::int64_t built = 0;
    std::string parent;       // a pack's vehicle (while installed)
};

class DemoWorld {
public:
    DemoWorld(const ParticipantRoster& roster, std::uint64_t seed, const ScenarioClock& clock);

    const ParticipantRoster& roster() const noexcept { return m_roster; }
    const Participant& participant(std::size_t i) const { return m_roster.at(i); }
    const ScenarioClock& clock() const noexcept { return m_clock; }
    std::uint64_t seed() const noexcept { return m_seed; }

    // The head of a new event document recorded by `recorder` at `t`.
    Json newEvent(std::string_view type, std::int64_t t, std::size_t recorder);
    // Adds the event to the plan, unless it falls after the end of the story.
    void emit(std::size_t recorder, registry::EventKind kind, std::int64_t t, const Json& doc, bool isPrivate = false);
    const std::vector<PlannedEvent>& events() const noexcept { return m_events; }
    std::vector<PlannedEvent> takeEvents() { return std::move(m_events); }

    // Lots and stock.
    Lot& addLot(Lot lot);
    Lot& lot(const std::string& uri);
    const Lot& lot(const std::string& uri) const;
    bool hasLot(const std::string& uri) const { return m_lots.count(uri) != 0; }
    const std::map<std::string, Lot>& lots() const noexcept { return m_lots; }
    void put(std::size_t holder, const std::string& lot, Milli qty, std::int64_t availableFrom);
    // What `holder` has of `material` at `t`, excluding lots on hold.
    Milli available(std::size_t holder, const std::string& material, std::int64_t t) const;
    // Removes up to `amount` of `material` from the holder's stock available at `t`,
    // oldest first (newest first when asked): what was taken, per lot.
    std::vector<Take> take(std::size_t holder, const std::string& material, Milli amount, std::int64_t t,
                           bool newestFirst = false);
    // Like take(), but by the mass of `element` in what is taken (lots of one material
    // differ in content): at least `elementKg` of it when the stock allows.
    std::vector<Take> takeElement(std::size_t holder, const std::string& material, const std::string& element,
                                  double elementKg, std::int64_t t);
    // Removes exactly this quantity of this lot (which the holder must have).
    void takeExact(std::size_t holder, const Take& t);
    // Records that `takes` were used up by a transformation, assembly or recycling.
    void consume(const std::vector<Take>& takes);
    void setOnHold(const std::string& lot, bool onHold);
    bool onHold(const std::string& lot) const { return m_onHold.count(lot) != 0; }
    const std::vector<Holding>& holdings(std::size_t holder) const { return m_stock.at(holder); }

    ElementMap elementMass(const std::vector<Take>& takes) const;
    ElementMap elementMass(const Take& take) const { return elementMass(std::vector<Take>{take}); }
    // Each mine's share of each element in the mix of `takes` (data model §3.1).
    ElementShares mix(const std::vector<Take>& takes) const;
    std::set<std::string> tagsOf(const std::vector<Take>& takes) const;

    // Items.
    Item& addItem(Item item);
    Item& item(const std::string& uri);
    const std::map<std::string, Item>& items() const noexcept { return m_items; }
    void moveItem(const std::string& uri, std::size_t holder, std::int64_t availableFrom);
    void removeItem(const std::string& uri);  // no longer in anyone's stock (assembled, recycled)
    // Items of `kind` held by `holder` and available at `t`, oldest first.
    std::vector<std::string> itemsHeld(std::size_t holder, const std::string& kind, std::int64_t t) const;

    // A mass-weighted mix of shares (aggregation, recycling of whole items).
    static void addShares(ElementShares& into, ElementMap& intoMass, const ElementShares& shares, const ElementMap& mass);

private:
    const ParticipantRoster& m_roster;
    std::uint64_t m_seed;
    ScenarioClock m_clock;
    SimRandom m_ids;
    std::uint64_t m_seq = 0;
    std::vector<PlannedEvent> m_events;
    std::map<std::string, Lot> m_lots;
    std::set<std::string> m_onHold;
    std::vector<std::vector<Holding>> m_stock;     // per participant, in arrival order
    std::map<std::string, Item> m_items;
    std::vector<std::vector<std::string>> m_itemStock;  // per participant
};

}  // namespace bt::sim
