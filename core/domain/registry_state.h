// The registry's state as its logs build it, in chain order: the admin, each
// participant's current role, the permission matrix and the certifications. The
// explorer never reads contract storage (contracts/README.md); replaying the logs
// gives the state "at that block" that each event's signer is checked against.
#pragma once

#include "codec/registry_abi.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bt::domain {

struct ParticipantState {
    registry::Role role = registry::Role::None;
    bool active = false;
    std::string name;
    std::string country;
    std::string gln;
    std::int64_t sinceKey = 0;  // the log that set this state
};

struct CertificationState {
    std::uint64_t id = 0;
    Address auditor;
    registry::CertificationClaim claim;  // status: the current one
    std::int64_t attestedKey = 0;
};

class RegistryState {
public:
    void clear();
    // Applies one decoded registry log (key: its domain log key).
    void apply(const registry::RegistryLog& log, std::int64_t key);

    const ParticipantState* participant(const Address& account) const;
    std::uint16_t roleMask(registry::EventKind kind) const noexcept
    {
        return m_masks[static_cast<std::size_t>(kind)];
    }
    const std::optional<Address>& admin() const noexcept { return m_admin; }
    const std::map<std::uint64_t, CertificationState>& certifications() const noexcept { return m_certs; }

    // Why `account` may not record `kind` now, or "" when it may. Says who the
    // account is, so that the reason reads on its own.
    std::string authorisationFailure(const Address& account, registry::EventKind kind) const;

private:
    std::optional<Address> m_admin;
    std::map<Address, ParticipantState> m_participants;
    std::array<std::uint16_t, registry::kEventKindCount> m_masks{};
    std::map<std::uint64_t, CertificationState> m_certs;
};

// "0x1234…abcd" for messages.
std::string shortAddress(const Address& a);

}  // namespace bt::domain
