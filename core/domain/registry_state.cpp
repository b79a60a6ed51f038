#include "domain/registry_state.h"

#include <cstdio>

namespace bt::domain {

using namespace bt::registry;

std::string shortAddress(const Address& a) { return toHex(a); }

void RegistryState::clear()
{
    m_admin.reset();
    m_participants.clear();
    m_masks.fill(0);
    m_certs.clear();
}

void RegistryState::apply(const RegistryLog& log, std::int64_t key)
{
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, AdminTransferred>) {
                m_admin = e.newAdmin;
            } else if constexpr (std::is_same_v<T, ParticipantRegistered>) {
                m_participants[e.account] = ParticipantState{e.role, true, e.name, e.country, e.gln, key};
            } else if constexpr (std::is_same_v<T, ParticipantRevoked>) {
                auto& p = m_participants[e.account];
                p.active = false;
                p.sinceKey = key;
            } else if constexpr (std::is_same_v<T, KindPermissionChanged>) {
                m_masks[static_cast<std::size_t>(e.kind)] = e.roleMask;
            } else if constexpr (std::is_same_v<T, CertificationAttested>) {
                m_certs[e.certId] = CertificationState{e.certId, e.auditor, e.claim, key};
            } else if constexpr (std::is_same_v<T, CertificationStatusChanged>) {
                auto it = m_certs.find(e.certId);
                if (it != m_certs.end()) it->second.claim.status = e.status;
            } else if constexpr (std::is_same_v<T, TraceEventRecorded>) {
                // Anchors change no state.
            }
        },
        log);
}

const ParticipantState* RegistryState::participant(const Address& account) const
{
    auto it = m_participants.find(account);
    return it == m_participants.end() ? nullptr : &it->second;
}

std::string RegistryState::authorisationFailure(const Address& account, EventKind kind) const
{
    const ParticipantState* p = participant(account);
    const std::string who = shortAddress(account);
    if (!p) return who + " is not a registered participant";
    const std::string named = who + " (" + p->name + ")";
    if (!p->active) return named + " was revoked";
    const std::uint16_t mask = roleMask(kind);
    if (!roleMaskAllows(mask, p->role)) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "0x%04x", mask);
        return named + ", role " + std::string(roleName(p->role)) + ", may not record " +
               std::string(eventKindName(kind)) + " (role mask " + buf + ")";
    }
    return {};
}

}  // namespace bt::domain
