// The organisations of the simulated supply chain (all fictional), with their GS1
// identifiers and their signing keys, which are derived from the seed: the same seed
// gives the same accounts, so a run can be repeated and its truth file still names
// the right addresses.
#pragma once

#include "codec/registry_abi.h"
#include "codec/signature.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bt::sim {

struct Participant {
    std::string code;           // stable handle, e.g. "mine-kivu"; also the key-derivation label
    std::string name;           // organisation name as registered
    registry::Role role = registry::Role::None;
    std::string country;        // ISO 3166-1 alpha-2
    std::string companyPrefix;  // 7-digit GS1 company prefix
    std::string gln;            // the organisation's GLN (location reference 0)
    std::string siteGln;        // its main site (location reference 1)
    std::string siteName;
    int utcOffsetMinutes = 0;   // standard time at the site, for eventTimeZoneOffset
    PrivateKey key;
    Address address;

    std::string pglnUri() const;
    std::string siteUri(const std::string& extension = {}) const;
};

class ParticipantRoster {
public:
    // The demo scenario's organisations, keys derived from `seed`.
    static ParticipantRoster demo(std::uint64_t seed);

    const std::vector<Participant>& all() const noexcept { return m_participants; }
    const Participant& at(std::size_t i) const { return m_participants.at(i); }
    std::size_t size() const noexcept { return m_participants.size(); }
    // Index of the participant with `code`; asserts that it exists.
    std::size_t index(const std::string& code) const;
    const Participant& byCode(const std::string& code) const { return at(index(code)); }
    // The consortium admin: deploys the registry and registers everyone.
    std::size_t admin() const { return index("consortium"); }

private:
    std::vector<Participant> m_participants;
};

// A valid secp256k1 key derived from (seed, label): SHA-256 of both, hashed again
// with a counter in the (astronomically unlikely) case it is not a valid key.
PrivateKey deriveKey(std::uint64_t seed, const std::string& label);

}  // namespace bt::sim
