#include "fork.h"

#include <array>
#include <utility>

namespace bt {

namespace {
constexpr std::array<std::pair<std::string_view, Fork>, 15> kNames{{
    {"Frontier", Fork::Frontier},
    {"Homestead", Fork::Homestead},
    {"TangerineWhistle", Fork::TangerineWhistle},
    {"SpuriousDragon", Fork::SpuriousDragon},
    {"Byzantium", Fork::Byzantium},
    {"Constantinople", Fork::Constantinople},
    {"Petersburg", Fork::Petersburg},
    {"Istanbul", Fork::Istanbul},
    {"Berlin", Fork::Berlin},
    {"London", Fork::London},
    {"Paris", Fork::Paris},
    {"Shanghai", Fork::Shanghai},
    {"Cancun", Fork::Cancun},
    {"Prague", Fork::Prague},
    {"Osaka", Fork::Osaka},
}};
}  // namespace

std::string_view forkName(Fork f) noexcept
{
    for (const auto& [name, fork] : kNames)
        if (fork == f) return name;
    return "unknown";
}

std::optional<Fork> forkFromName(std::string_view name) noexcept
{
    for (const auto& [n, fork] : kNames)
        if (n == name) return fork;
    if (name == "EIP150") return Fork::TangerineWhistle;
    if (name == "EIP158") return Fork::SpuriousDragon;
    if (name == "ConstantinopleFix") return Fork::Petersburg;
    if (name == "Merge") return Fork::Paris;
    return std::nullopt;
}

ForkSchedule ForkSchedule::allFrom(Fork last)
{
    ForkSchedule s;
    for (auto f = static_cast<int>(Fork::Frontier); f <= static_cast<int>(last); ++f) {
        const auto fork = static_cast<Fork>(f);
        s.m_activations.push_back({fork, fork >= Fork::Shanghai, 0});
    }
    return s;
}

ForkSchedule& ForkSchedule::activate(Fork f, bool byTimestamp, std::uint64_t at)
{
    for (auto& a : m_activations) {
        if (a.fork == f) {
            a.byTimestamp = byTimestamp;
            a.at = at;
            return *this;
        }
    }
    m_activations.push_back({f, byTimestamp, at});
    return *this;
}

Fork ForkSchedule::forkAt(std::uint64_t blockNumber, std::uint64_t timestamp) const noexcept
{
    Fork current = Fork::Frontier;
    for (const auto& a : m_activations) {
        const bool active = a.byTimestamp ? timestamp >= a.at : blockNumber >= a.at;
        if (active && a.fork > current) current = a.fork;
    }
    return current;
}

}  // namespace bt
