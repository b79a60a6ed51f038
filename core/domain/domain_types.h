// Values the domain index stores and every query shares: how an event's registry
// semantics came out, what an asset is, how two assets are linked, and the key that
// ties each domain row to the log it came from.
#pragma once

#include <cstdint>
#include <string_view>

namespace bt::domain {

// Every domain row is keyed by the log it was decoded from: (block << 20) | log index.
// Ordering by it is chain order, and "everything above block N" is one key range, so a
// reorganisation removes the domain rows of the dropped blocks with range deletes.
inline constexpr int kLogIndexBits = 20;
constexpr std::int64_t logKey(std::uint64_t block, std::uint64_t logIndex) noexcept
{
    return static_cast<std::int64_t>((block << kLogIndexBits) | logIndex);
}
constexpr std::uint64_t blockOfKey(std::int64_t key) noexcept
{
    return static_cast<std::uint64_t>(key) >> kLogIndexBits;
}
constexpr std::uint64_t logIndexOfKey(std::int64_t key) noexcept
{
    return static_cast<std::uint64_t>(key) & ((1u << kLogIndexBits) - 1);
}
// The first key above block `n`.
constexpr std::int64_t firstKeyAbove(std::uint64_t n) noexcept { return logKey(n + 1, 0); }

// Outcome of the registry-semantics checks of one event (trace_events.status).
enum class EventStatus : int {
    Verified = 0,      // signer authorised, hash matches the document, document per the data model
    Failed = 1,        // a check failed; trace_events.reason says which
    NotDisclosed = 2,  // private: the signer checks passed, the document is not known yet
};
std::string_view eventStatusName(EventStatus s) noexcept;

// Stored with each event: blocks.status of its block, or 1 when its transaction
// failed a check although the block's own checks passed (transactions.status).
// Rows of events whose block is not verified are never counted as verified.
enum class BlockMark : int { Verified = 0, Failed = 1, ChainBroken = 2 };
std::string_view blockMarkName(BlockMark m) noexcept;

// What an asset is, from the event that made it (asset_facts.kind). Values below
// kSpecificKinds are guesses from the identifier alone; a query takes the earliest
// specific fact, else the earliest guess.
enum class AssetKind : int {
    Unknown = 0,
    Lot = 1,           // an LGTIN class whose role is not known yet
    Item = 2,          // an SGTIN whose role is not known yet
    Ore = 10,          // commissioned by a miner
    Refined = 11,      // a refiner's output
    Cathode = 12,      // a cathode producer's output
    Electrode = 13,    // a cell maker's output counted by mass or length
    CellLot = 14,      // a cell maker's output counted in cells (H87)
    Cell = 15,         // a serialised cell
    Module = 16,       // assembled from cells
    Pack = 17,         // assembled from modules
    Vehicle = 18,      // a pack was installed in it
    Recovered = 19,    // a recycler's output
};
inline constexpr int kSpecificKinds = 10;
std::string_view assetKindName(AssetKind k) noexcept;
AssetKind assetKindFromName(std::string_view name) noexcept;

// How an edge links its source (upstream) to its destination (downstream).
enum class Relation : int {
    Transformation = 1,  // input consumed → output made (refining, synthesis, coating, cell making)
    Assembly = 2,        // component → assembly (cells → module → pack), AssociationEvent ADD
    Installation = 3,    // pack → vehicle (installing)
    Removal = 4,         // pack taken out of a vehicle (removing): the installation ended
    Recycling = 5,       // pack → recovered material
};
std::string_view relationName(Relation r) noexcept;

// asset_elements.basis: what the value of an element means.
enum class ElementBasis : int {
    MassFraction = 0,  // kg of the element per kg of the lot (bt:elementContent)
    MassPerUnit = 1,   // kg of the element per unit (bt:elementMassPerUnit)
};

}  // namespace bt::domain
