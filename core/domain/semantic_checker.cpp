#include "domain/semantic_checker.h"

#include "codec/keccak.h"

namespace bt::domain {

using namespace bt::registry;

namespace {

void add(std::string& reason, const std::string& what)
{
    if (!reason.empty()) reason += "; ";
    reason += what;
}

}  // namespace

Result<Hash32> SemanticChecker::jcsHash(std::string_view document)
{
    if (Status s = m_jcs.canonicalize(document, m_canonical); !s) return s.error();
    return sha256(asBytes(m_canonical));
}

SemanticOutcome SemanticChecker::check(const RegistryState& state, const TraceEventRecorded& ev,
                                       const std::optional<Address>& signer, std::string_view document)
{
    SemanticOutcome out;
    checkSigner(state, ev, signer, out);
    if (document.empty()) {
        // Private and not disclosed: only the signer could be checked.
        out.status = out.reason.empty() ? EventStatus::NotDisclosed : EventStatus::Failed;
        if (out.status == EventStatus::Failed) add(out.reason, std::string(kNotDisclosed));
        return out;
    }
    checkDocument(ev, document, out);
    out.status = out.reason.empty() ? EventStatus::Verified : EventStatus::Failed;
    return out;
}

void SemanticChecker::checkSigner(const RegistryState& state, const TraceEventRecorded& ev,
                                  const std::optional<Address>& signer, SemanticOutcome& out)
{
    std::string& reason = out.reason;
    // The contract checks msg.sender (the log's recorder); the claim the explorer shows
    // is "signed by", so it checks the transaction's signer: a participant's contract
    // (a relay, a delegated EOA) called by anyone else passes the contract but not this.
    if (!signer) {
        add(reason, "the transaction's signer could not be recovered");
    } else {
        if (const ParticipantState* p = state.participant(*signer); p && p->active) out.signerRole = p->role;
        if (std::string why = state.authorisationFailure(*signer, ev.kind); !why.empty()) {
            if (*signer != ev.recorder)
                add(reason, "signer " + why + "; it recorded through " + shortAddress(ev.recorder));
            else
                add(reason, "signer " + why);
        }
    }
    if (!signer || *signer != ev.recorder) {
        // The registry accepted the recorder; if the replayed logs disagree, the logs
        // and the contract's rules are inconsistent, which must not pass either.
        if (std::string why = state.authorisationFailure(ev.recorder, ev.kind); !why.empty())
            add(reason, "recorder " + why + " although the registry accepted it");
    }
    const auto schemeName = hashSchemeName(ev.hashScheme);
    out.scheme = schemeName ? *schemeName : toHex(ev.hashScheme);
    if (!schemeName || *schemeName != kJcsSha256) add(reason, "scheme not supported: " + out.scheme);
}

void SemanticChecker::checkDocument(const TraceEventRecorded& ev, std::string_view document, SemanticOutcome& out)
{
    std::string& reason = out.reason;
    const auto schemeName = hashSchemeName(ev.hashScheme);
    if (schemeName && *schemeName == kJcsSha256) {
        auto h = jcsHash(document);
        if (!h)
            add(reason, "the document cannot be canonicalised (RFC 8785): " + h.error().message());
        else if (*h != ev.eventHash)
            add(reason, "hash mismatch: the document hashes to " + toHex(*h) + " under jcs-sha256, the chain records " +
                            toHex(ev.eventHash));
    }
    EpcisEvent parsed;
    const EpcisError pe = parseEpcisEvent(document, ev.kind, parsed);
    out.epcisType = parsed.type;
    out.bizStep = parsed.bizStep;
    out.disposition = parsed.disposition;
    out.epcisId = parsed.eventId;
    if (parsed.eventTime != 0) out.eventTime = parsed.eventTime;
    switch (pe.kind) {
    case EpcisError::Kind::None: out.event = std::move(parsed); break;
    case EpcisError::Kind::NotJson: add(reason, pe.message); break;
    case EpcisError::Kind::KindMismatch: add(reason, pe.message); break;
    case EpcisError::Kind::DataModel: add(reason, "not per the data model: " + pe.message); break;
    }
}

}  // namespace bt::domain
