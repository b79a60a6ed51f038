// Mass balance over the lineage DAG (docs/data-model.md §3.1): which share of an
// element (Co, Li, Ni) in an asset came from which leaf (an ore lot at a mine), by
// following quantities through merges and splits.
//
// At a production of asset A, input i contributes q_i × e_i of element E (the quantity
// consumed times E per unit of that input); A's share from leaf L is
// Σ_i (contribution_i / Σ contributions) × (share of L in i), and productions of the
// same asset are weighted by the E they bring. A lot consumed by several productions
// (a split) keeps its shares. E per unit is the declared element content (a mass
// fraction for lots measured by mass, kg per unit for counted lots and serialised
// items; an element a declaration leaves out is not in the lot), or, for an assembly
// with none declared, the sum of its parts'. When an input declares nothing and is no
// assembly, that production falls back to quantity shares, and the result says so.
//
// Pure computation over a source of nodes, so that it runs the same on the index
// (LineageGraph) and on a hand-made DAG (tests).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace bt::domain {

struct MbInput {
    std::int64_t src = 0;
    double quantity = 0;
    std::string uom;
};

struct MbProduction {
    std::int64_t event = 0;
    double outQuantity = 1;
    std::string outUom;
    std::vector<MbInput> inputs;
};

struct MbNode {
    bool origin = false;                       // a leaf by nature: an ore lot commissioned at a mine
    std::map<std::string, double> fraction;    // kg of element per kg (declared)
    std::map<std::string, double> perUnit;     // kg of element per unit (declared)
    std::vector<MbProduction> productions;     // how it was made (empty for a leaf)
};

class MbSource {
public:
    virtual ~MbSource() = default;
    // The node, or nullptr when the asset is unknown. The pointer stays valid for the
    // source's lifetime.
    virtual const MbNode* node(std::int64_t asset) = 0;
};

struct MbShares {
    std::map<std::int64_t, double> byLeaf;  // leaf asset → share (sums to 1 when any E was traced)
    bool fallback = false;                  // quantity shares used somewhere for want of element data
    bool cycle = false;                     // the lineage loops back on itself (bad data); cut there
    std::set<std::int64_t> untracedLeaves;  // leaves that are not origins (no production recorded)
};

class MassBalance {
public:
    // `stopAt`: assets to treat as leaves (compliance cuts at flagged lots).
    explicit MassBalance(MbSource& source, std::function<bool(std::int64_t)> stopAt = {});

    const MbShares& shares(std::int64_t asset, const std::string& element);
    // kg of `element` in one `uom` of `asset` (declared, or the sum of an assembly's
    // parts); nullopt when unknown.
    std::optional<double> elementPer(std::int64_t asset, const std::string& element, const std::string& uom);

    // Kilograms in one unit of `uom` (KGM 1, TNE 1000, GRM 0.001), or nullopt when
    // `uom` is not a mass unit.
    static std::optional<double> kilograms(const std::string& uom) noexcept;
    static bool isCount(const std::string& uom) noexcept;

private:
    using Key = std::pair<std::int64_t, std::string>;
    MbSource& m_source;
    std::function<bool(std::int64_t)> m_stopAt;
    std::map<Key, MbShares> m_shares;
    std::map<std::pair<Key, std::string>, std::optional<double>> m_per;
    std::set<Key> m_inProgress;
    std::set<std::pair<Key, std::string>> m_perInProgress;
};

}  // namespace bt::domain
