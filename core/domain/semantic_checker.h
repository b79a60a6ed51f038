// Registry semantics of one anchored event (DESIGN.md "What verified means", item 6):
// the signer was a registered, active participant whose role the kind's mask allowed
// at that point of the chain; the hash scheme is one the explorer knows and the event
// hash matches the document under it; the document is what the kind promises and
// follows the data model. Shared by the indexer (as logs arrive), the offline
// re-check (index verify) and disclosure, so all three judge alike.
#pragma once

#include "codec/jcs.h"
#include "codec/registry_abi.h"
#include "domain/domain_types.h"
#include "domain/epcis_event.h"
#include "domain/registry_state.h"

#include <optional>
#include <string>

namespace bt::domain {

struct SemanticOutcome {
    EventStatus status = EventStatus::Verified;
    std::string reason;  // every failed check, "; "-separated; empty when verified
    std::string scheme;  // the scheme's name, or its hex when it is not ASCII
    std::optional<registry::Role> signerRole;  // the signer's role at that point, if a participant
    std::optional<EpcisEvent> event;           // the document, when it parses per the data model
    // What could be read of the document even when it failed, for display.
    std::string epcisType, bizStep, disposition, epcisId;
    std::optional<std::int64_t> eventTime;
};

class SemanticChecker {
public:
    // `signer`: the transaction's recovered sender (nullopt when it could not be
    // recovered). `document`: the on-chain document, or a disclosed one for a private
    // event (empty when not disclosed). The state must be the one just before the log.
    SemanticOutcome check(const RegistryState& state, const registry::TraceEventRecorded& ev,
                          const std::optional<Address>& signer, std::string_view document);

    // The two halves of check(). The signer half fills reason, signerRole (and
    // scheme); the document half appends to reason and fills the document fields. The
    // status is left to the caller.
    void checkSigner(const RegistryState& state, const registry::TraceEventRecorded& ev,
                     const std::optional<Address>& signer, SemanticOutcome& out);
    void checkDocument(const registry::TraceEventRecorded& ev, std::string_view document, SemanticOutcome& out);

    // The jcs-sha256 hash of `document`, reusing the canonicaliser's buffers.
    Result<Hash32> jcsHash(std::string_view document);

    // The reason check() gives a private event whose signer failed too.
    static constexpr std::string_view kNotDisclosed = "document not disclosed";

private:
    jcs::Canonicalizer m_jcs;
    std::string m_canonical;
};

}  // namespace bt::domain
