#include "domain/domain_types.h"

#include <array>
#include <utility>

namespace bt::domain {

std::string_view eventStatusName(EventStatus s) noexcept
{
    switch (s) {
    case EventStatus::Verified: return "verified";
    case EventStatus::Failed: return "failed";
    case EventStatus::NotDisclosed: return "not disclosed";
    }
    return "unknown";
}

std::string_view blockMarkName(BlockMark m) noexcept
{
    switch (m) {
    case BlockMark::Verified: return "verified";
    case BlockMark::Failed: return "failed";
    case BlockMark::ChainBroken: return "after a broken link";
    }
    return "unknown";
}

namespace {
constexpr std::array<std::pair<AssetKind, std::string_view>, 13> kKindNames{{
    {AssetKind::Unknown, "unknown"},
    {AssetKind::Lot, "lot"},
    {AssetKind::Item, "item"},
    {AssetKind::Ore, "ore"},
    {AssetKind::Refined, "refined"},
    {AssetKind::Cathode, "cathode"},
    {AssetKind::Electrode, "electrode"},
    {AssetKind::CellLot, "cell-lot"},
    {AssetKind::Cell, "cell"},
    {AssetKind::Module, "module"},
    {AssetKind::Pack, "pack"},
    {AssetKind::Vehicle, "vehicle"},
    {AssetKind::Recovered, "recovered"},
}};
}  // namespace

std::string_view assetKindName(AssetKind k) noexcept
{
    for (const auto& [kind, name] : kKindNames)
        if (kind == k) return name;
    return "unknown";
}

AssetKind assetKindFromName(std::string_view name) noexcept
{
    for (const auto& [kind, n] : kKindNames)
        if (n == name) return kind;
    return AssetKind::Unknown;
}

std::string_view relationName(Relation r) noexcept
{
    switch (r) {
    case Relation::Transformation: return "transformation";
    case Relation::Assembly: return "assembly";
    case Relation::Installation: return "installation";
    case Relation::Removal: return "removal";
    case Relation::Recycling: return "recycling";
    }
    return "unknown";
}

}  // namespace bt::domain
