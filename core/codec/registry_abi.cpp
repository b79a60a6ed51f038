#include "registry_abi.h"

#include <array>
#include <cstdlib>

namespace bt::registry {

namespace {

constexpr EventInfo kEvents[] = {
    {RegistryEvent::AdminTransferred, kAdminTransferredSig,
     "AdminTransferred(address indexed previousAdmin, address indexed newAdmin)"},
    {RegistryEvent::ParticipantRegistered, kParticipantRegisteredSig,
     "ParticipantRegistered(address indexed account, uint8 indexed role, string name, bytes2 country, string gln)"},
    {RegistryEvent::ParticipantRevoked, kParticipantRevokedSig, "ParticipantRevoked(address indexed account)"},
    {RegistryEvent::CertificationAttested, kCertificationAttestedSig,
     "CertificationAttested(uint256 indexed certId, address indexed subject, address indexed auditor, "
     "string scheme, string siteGln, uint8 status, uint64 validFrom, uint64 validUntil, bytes32 evidenceHash, "
     "string evidenceUri)"},
    {RegistryEvent::CertificationStatusChanged, kCertificationStatusChangedSig,
     "CertificationStatusChanged(uint256 indexed certId, address indexed auditor, uint8 status)"},
    {RegistryEvent::TraceEventRecorded, kTraceEventRecordedSig,
     "TraceEventRecorded(uint256 indexed eventId, address indexed recorder, uint8 indexed kind, "
     "bytes32 hashScheme, bytes32 eventHash, string document)"},
    {RegistryEvent::KindPermissionChanged, kKindPermissionChangedSig,
     "KindPermissionChanged(uint8 indexed kind, uint16 roleMask)"},
};

constexpr FunctionInfo kFunctions[] = {
    {RegistryFunction::TransferAdmin, "transferAdmin(address)", "transferAdmin(address newAdmin)"},
    {RegistryFunction::RegisterParticipant, "registerParticipant(address,string,uint8,bytes2,string)",
     "registerParticipant(address account, string name, uint8 role, bytes2 country, string gln)"},
    {RegistryFunction::RevokeParticipant, "revokeParticipant(address)", "revokeParticipant(address account)"},
    {RegistryFunction::SetKindPermission, "setKindPermission(uint8,uint16)",
     "setKindPermission(uint8 kind, uint16 roleMask)"},
    {RegistryFunction::AttestCertification,
     "attestCertification(address,string,string,uint8,uint64,uint64,bytes32,string)",
     "attestCertification(address subject, string siteGln, string scheme, uint8 status, uint64 validFrom, "
     "uint64 validUntil, bytes32 evidenceHash, string evidenceUri)"},
    {RegistryFunction::SetCertificationStatus, "setCertificationStatus(uint256,uint8)",
     "setCertificationStatus(uint256 certId, uint8 status)"},
    {RegistryFunction::RecordEvent, "recordEvent(uint8,bytes32,bytes32,string)",
     "recordEvent(uint8 kind, bytes32 hashScheme, bytes32 eventHash, string document)"},
    {RegistryFunction::RecordEvents, "recordEvents(uint8[],bytes32[],bytes32[],string[])",
     "recordEvents(uint8[] kinds, bytes32[] hashSchemes, bytes32[] eventHashes, string[] documents)"},
};

constexpr ErrorInfo kErrors[] = {
    {"NotAdmin(address)", "NotAdmin(address account)"},
    {"NotAuthorized(address,uint8)", "NotAuthorized(address account, uint8 kind)"},
    {"NotAuditor(address)", "NotAuditor(address account)"},
    {"ZeroAddress()", "ZeroAddress()"},
    {"InvalidRole(uint8)", "InvalidRole(uint8 role)"},
    {"InvalidRoleMask(uint16)", "InvalidRoleMask(uint16 roleMask)"},
    {"InvalidEventKind(uint8)", "InvalidEventKind(uint8 kind)"},
    {"InvalidStatus(uint8)", "InvalidStatus(uint8 status)"},
    {"EmptyName()", "EmptyName()"},
    {"InvalidCountry(bytes2)", "InvalidCountry(bytes2 country)"},
    {"InvalidGln(string)", "InvalidGln(string gln)"},
    {"EmptyScheme()", "EmptyScheme()"},
    {"InvalidValidity(uint64,uint64)", "InvalidValidity(uint64 validFrom, uint64 validUntil)"},
    {"SelfAttestation(address)", "SelfAttestation(address auditor)"},
    {"NotRegistered(address)", "NotRegistered(address account)"},
    {"UnknownCertification(uint256)", "UnknownCertification(uint256 certId)"},
    {"CertificationWithdrawn(uint256)", "CertificationWithdrawn(uint256 certId)"},
    {"StatusUnchanged(uint256,uint8)", "StatusUnchanged(uint256 certId, uint8 status)"},
    {"EmptyHashScheme()", "EmptyHashScheme()"},
    {"EmptyEventHash()", "EmptyEventHash()"},
    {"EmptyBatch()", "EmptyBatch()"},
    {"LengthMismatch()", "LengthMismatch()"},
};

constexpr std::size_t kEventCount = std::size(kEvents);
constexpr std::size_t kFunctionCount = std::size(kFunctions);

// The declarations are constants of this file and the tests parse every one of
// them: a failure here is a programming error, not bad input.
template <class T>
T parsedOrAbort(Result<T> r)
{
    if (!r.ok()) std::abort();
    return std::move(r).value();
}

const std::array<abi::Event, kEventCount>& eventSpecs()
{
    static const std::array<abi::Event, kEventCount> specs = [] {
        std::array<abi::Event, kEventCount> s;
        for (std::size_t i = 0; i < kEventCount; ++i) s[i] = parsedOrAbort(abi::Event::parse(kEvents[i].declaration));
        return s;
    }();
    return specs;
}

const std::array<Hash32, kEventCount>& eventTopics()
{
    static const std::array<Hash32, kEventCount> topics = [] {
        std::array<Hash32, kEventCount> t;
        for (std::size_t i = 0; i < kEventCount; ++i) t[i] = eventSpecs()[i].topic();
        return t;
    }();
    return topics;
}

const std::array<abi::Function, kFunctionCount>& functionSpecs()
{
    static const std::array<abi::Function, kFunctionCount> specs = [] {
        std::array<abi::Function, kFunctionCount> s;
        for (std::size_t i = 0; i < kFunctionCount; ++i)
            s[i] = parsedOrAbort(abi::Function::parse(kFunctions[i].declaration));
        return s;
    }();
    return specs;
}

const std::vector<abi::Function>& errorSpecs()
{
    static const std::vector<abi::Function> specs = [] {
        std::vector<abi::Function> s;
        for (const ErrorInfo& e : kErrors) s.push_back(parsedOrAbort(abi::Function::parse(e.declaration)));
        return s;
    }();
    return specs;
}

// An error about parameter `param` of event `id`, placed where the log holds it: a
// topic, or its head in the data.
Error fieldError(RegistryEvent id, std::size_t param, std::string detail)
{
    const abi::Event& spec = eventSpec(id);
    const abi::Param& p = spec.inputs[param];
    std::size_t topic = 1;
    std::size_t offset = 0;
    for (std::size_t i = 0; i < param; ++i) {
        if (spec.inputs[i].indexed)
            ++topic;
        else
            offset += spec.inputs[i].type.headSize();
    }
    if (p.indexed)
        return Error(Errc::IntegerOverflow, 0, spec.name + "." + p.name,
                     "topic " + std::to_string(topic) + ": " + detail);
    return Error(Errc::IntegerOverflow, offset, spec.name + "." + p.name, std::move(detail));
}

Result<std::uint64_t> idOf(RegistryEvent id, std::size_t param, const abi::Value& v)
{
    if (!v.asInteger().fitsUint64())
        return fieldError(id, param, "id " + v.asInteger().toDecimal() + " above 2^64 - 1");
    return v.asInteger().low64();
}

Result<Role> roleOf(RegistryEvent id, std::size_t param, const abi::Value& v)
{
    const std::uint64_t r = v.asInteger().low64();  // uint8 by type
    if (r == 0 || r >= kRoleCount)
        return fieldError(id, param, "role " + std::to_string(r) + " is not a participant role");
    return static_cast<Role>(r);
}

Result<EventKind> kindOf(RegistryEvent id, std::size_t param, const abi::Value& v)
{
    const std::uint64_t k = v.asInteger().low64();
    if (k >= kEventKindCount) return fieldError(id, param, "kind " + std::to_string(k) + " is not an event kind");
    return static_cast<EventKind>(k);
}

Result<CertificationStatus> statusOf(RegistryEvent id, std::size_t param, const abi::Value& v)
{
    const std::uint64_t s = v.asInteger().low64();
    if (s >= kCertificationStatusCount)
        return fieldError(id, param, "status " + std::to_string(s) + " is not a certification status");
    return static_cast<CertificationStatus>(s);
}

Result<std::vector<abi::Value>> decodeEvent(RegistryEvent id, std::span<const Hash32> topics, ByteView data)
{
    return abi::decodeLog(eventSpec(id), topics, data);
}

Bytes encodeOrAbort(RegistryFunction id, std::vector<abi::Value> values)
{
    // The encoders below build values of exactly the declared types; an encoding
    // failure would be a bug in this file.
    return parsedOrAbort(abi::encodeCall(functionSpec(id), values));
}

abi::Value u8(std::uint8_t v) { return abi::Value::integer(U256(v)); }

}  // namespace

// ---------------------------------------------------------------------------
// Names

std::string_view roleName(Role role) noexcept
{
    switch (role) {
    case Role::None: return "None";
    case Role::Miner: return "Miner";
    case Role::Refiner: return "Refiner";
    case Role::CathodeProducer: return "CathodeProducer";
    case Role::CellMaker: return "CellMaker";
    case Role::PackAssembler: return "PackAssembler";
    case Role::Carrier: return "Carrier";
    case Role::Oem: return "Oem";
    case Role::SecondLife: return "SecondLife";
    case Role::Recycler: return "Recycler";
    case Role::Auditor: return "Auditor";
    case Role::Admin: return "Admin";
    }
    return "?";
}

std::string_view eventKindName(EventKind kind) noexcept
{
    switch (kind) {
    case EventKind::Commissioning: return "Commissioning";
    case EventKind::Transformation: return "Transformation";
    case EventKind::ProcessMeasurement: return "ProcessMeasurement";
    case EventKind::Inspection: return "Inspection";
    case EventKind::Aggregation: return "Aggregation";
    case EventKind::Shipping: return "Shipping";
    case EventKind::Receiving: return "Receiving";
    case EventKind::TransportSensor: return "TransportSensor";
    case EventKind::UsePhase: return "UsePhase";
    case EventKind::Repurposing: return "Repurposing";
    case EventKind::Recycling: return "Recycling";
    case EventKind::DueDiligence: return "DueDiligence";
    }
    return "?";
}

std::string_view certificationStatusName(CertificationStatus status) noexcept
{
    switch (status) {
    case CertificationStatus::Valid: return "Valid";
    case CertificationStatus::Suspended: return "Suspended";
    case CertificationStatus::Withdrawn: return "Withdrawn";
    }
    return "?";
}

// ---------------------------------------------------------------------------
// Hash schemes

Result<Hash32> hashSchemeId(std::string_view name)
{
    if (name.empty() || name.size() > 32)
        return Error(Errc::WrongLength, 0, "hashScheme",
                     "a scheme name has 1 to 32 characters, got " + std::to_string(name.size()));
    Hash32 id;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x21 || c > 0x7e) return Error(Errc::InvalidHex, i, "hashScheme", "not printable ASCII");
        id.bytes[i] = c;
    }
    return id;
}

std::optional<std::string> hashSchemeName(const Hash32& id)
{
    std::size_t n = 0;
    while (n < id.size() && id.bytes[n] != 0) {
        if (id.bytes[n] < 0x21 || id.bytes[n] > 0x7e) return std::nullopt;
        ++n;
    }
    if (n == 0) return std::nullopt;
    for (std::size_t i = n; i < id.size(); ++i)
        if (id.bytes[i] != 0) return std::nullopt;
    return std::string(id.bytes.begin(), id.bytes.begin() + static_cast<std::ptrdiff_t>(n));
}

// ---------------------------------------------------------------------------
// Events

std::span<const EventInfo> registryEvents() noexcept { return kEvents; }

const abi::Event& eventSpec(RegistryEvent id) { return eventSpecs()[static_cast<std::size_t>(id)]; }

const Hash32& eventTopic(RegistryEvent id) { return eventTopics()[static_cast<std::size_t>(id)]; }

std::optional<RegistryEvent> eventByTopic(const Hash32& topic0)
{
    for (std::size_t i = 0; i < kEventCount; ++i)
        if (eventTopics()[i] == topic0) return kEvents[i].id;
    return std::nullopt;
}

Result<AdminTransferred> AdminTransferred::decode(std::span<const Hash32> topics, ByteView data)
{
    BT_TRY(auto v, decodeEvent(RegistryEvent::AdminTransferred, topics, data));
    return AdminTransferred{v[0].asAddress(), v[1].asAddress()};
}

Result<ParticipantRegistered> ParticipantRegistered::decode(std::span<const Hash32> topics, ByteView data)
{
    constexpr auto id = RegistryEvent::ParticipantRegistered;
    BT_TRY(auto v, decodeEvent(id, topics, data));
    ParticipantRegistered e;
    e.account = v[0].asAddress();
    BT_TRY(e.role, roleOf(id, 1, v[1]));
    e.name = v[2].asString();
    e.country.assign(v[3].asBytes().begin(), v[3].asBytes().end());
    e.gln = v[4].asString();
    return e;
}

Result<ParticipantRevoked> ParticipantRevoked::decode(std::span<const Hash32> topics, ByteView data)
{
    BT_TRY(auto v, decodeEvent(RegistryEvent::ParticipantRevoked, topics, data));
    return ParticipantRevoked{v[0].asAddress()};
}

Result<CertificationAttested> CertificationAttested::decode(std::span<const Hash32> topics, ByteView data)
{
    constexpr auto id = RegistryEvent::CertificationAttested;
    BT_TRY(auto v, decodeEvent(id, topics, data));
    CertificationAttested e;
    BT_TRY(e.certId, idOf(id, 0, v[0]));
    e.claim.subject = v[1].asAddress();
    e.auditor = v[2].asAddress();
    e.claim.scheme = v[3].asString();
    e.claim.siteGln = v[4].asString();
    BT_TRY(e.claim.status, statusOf(id, 5, v[5]));
    e.claim.validFrom = v[6].asInteger().low64();  // uint64 by type
    e.claim.validUntil = v[7].asInteger().low64();
    e.claim.evidenceHash = v[8].asFixed<32>();
    e.claim.evidenceUri = v[9].asString();
    return e;
}

Result<CertificationStatusChanged> CertificationStatusChanged::decode(std::span<const Hash32> topics, ByteView data)
{
    constexpr auto id = RegistryEvent::CertificationStatusChanged;
    BT_TRY(auto v, decodeEvent(id, topics, data));
    CertificationStatusChanged e;
    BT_TRY(e.certId, idOf(id, 0, v[0]));
    e.auditor = v[1].asAddress();
    BT_TRY(e.status, statusOf(id, 2, v[2]));
    return e;
}

Result<TraceEventRecorded> TraceEventRecorded::decode(std::span<const Hash32> topics, ByteView data)
{
    constexpr auto id = RegistryEvent::TraceEventRecorded;
    BT_TRY(auto v, decodeEvent(id, topics, data));
    TraceEventRecorded e;
    BT_TRY(e.eventId, idOf(id, 0, v[0]));
    e.recorder = v[1].asAddress();
    BT_TRY(e.kind, kindOf(id, 2, v[2]));
    e.hashScheme = v[3].asFixed<32>();
    e.eventHash = v[4].asFixed<32>();
    e.document = v[5].asString();
    return e;
}

Result<KindPermissionChanged> KindPermissionChanged::decode(std::span<const Hash32> topics, ByteView data)
{
    constexpr auto id = RegistryEvent::KindPermissionChanged;
    BT_TRY(auto v, decodeEvent(id, topics, data));
    KindPermissionChanged e;
    BT_TRY(e.kind, kindOf(id, 0, v[0]));
    e.roleMask = static_cast<std::uint16_t>(v[1].asInteger().low64());  // uint16 by type
    if ((e.roleMask & ~kValidRoleMask) != 0)
        return fieldError(id, 1, "role mask " + toHex(v[1].asInteger().toBigEndianMinimal()) +
                                     " has bits outside Miner..Admin");
    return e;
}

Result<std::optional<RegistryLog>> decodeRegistryLog(std::span<const Hash32> topics, ByteView data)
{
    if (topics.empty()) return std::optional<RegistryLog>();
    const auto which = eventByTopic(topics[0]);
    if (!which) return std::optional<RegistryLog>();
    auto wrap = [](auto r) -> Result<std::optional<RegistryLog>> {
        if (!r.ok()) return std::move(r).error();
        return std::optional<RegistryLog>(RegistryLog(std::move(r).value()));
    };
    switch (*which) {
    case RegistryEvent::AdminTransferred: return wrap(AdminTransferred::decode(topics, data));
    case RegistryEvent::ParticipantRegistered: return wrap(ParticipantRegistered::decode(topics, data));
    case RegistryEvent::ParticipantRevoked: return wrap(ParticipantRevoked::decode(topics, data));
    case RegistryEvent::CertificationAttested: return wrap(CertificationAttested::decode(topics, data));
    case RegistryEvent::CertificationStatusChanged: return wrap(CertificationStatusChanged::decode(topics, data));
    case RegistryEvent::TraceEventRecorded: return wrap(TraceEventRecorded::decode(topics, data));
    case RegistryEvent::KindPermissionChanged: return wrap(KindPermissionChanged::decode(topics, data));
    }
    return std::optional<RegistryLog>();
}

// ---------------------------------------------------------------------------
// Functions

std::span<const FunctionInfo> registryFunctions() noexcept { return kFunctions; }

const abi::Function& functionSpec(RegistryFunction id) { return functionSpecs()[static_cast<std::size_t>(id)]; }

Bytes encodeTransferAdmin(const Address& newAdmin)
{
    return encodeOrAbort(RegistryFunction::TransferAdmin, {abi::Value::address(newAdmin)});
}

Result<Bytes> encodeRegisterParticipant(const Address& account, std::string_view name, Role role,
                                        std::string_view country, std::string_view gln)
{
    if (country.size() != 2)
        return Error(Errc::WrongLength, 0, "registerParticipant.country",
                     "an ISO 3166-1 alpha-2 code has 2 characters, got " + std::to_string(country.size()));
    return encodeOrAbort(RegistryFunction::RegisterParticipant,
                         {abi::Value::address(account), abi::Value::string(std::string(name)),
                          u8(static_cast<std::uint8_t>(role)), abi::Value::bytes(Bytes(country.begin(), country.end())),
                          abi::Value::string(std::string(gln))});
}

Bytes encodeRevokeParticipant(const Address& account)
{
    return encodeOrAbort(RegistryFunction::RevokeParticipant, {abi::Value::address(account)});
}

Bytes encodeSetKindPermission(EventKind kind, std::uint16_t roleMask)
{
    return encodeOrAbort(RegistryFunction::SetKindPermission,
                         {u8(static_cast<std::uint8_t>(kind)), abi::Value::integer(U256(roleMask))});
}

Bytes encodeAttestCertification(const CertificationClaim& c)
{
    return encodeOrAbort(RegistryFunction::AttestCertification,
                         {abi::Value::address(c.subject), abi::Value::string(c.siteGln), abi::Value::string(c.scheme),
                          u8(static_cast<std::uint8_t>(c.status)), abi::Value::integer(U256(c.validFrom)),
                          abi::Value::integer(U256(c.validUntil)), abi::Value::fixed(c.evidenceHash),
                          abi::Value::string(c.evidenceUri)});
}

Bytes encodeSetCertificationStatus(std::uint64_t certId, CertificationStatus status)
{
    return encodeOrAbort(RegistryFunction::SetCertificationStatus,
                         {abi::Value::integer(U256(certId)), u8(static_cast<std::uint8_t>(status))});
}

Bytes encodeRecordEvent(const TraceEventInput& e)
{
    return encodeOrAbort(RegistryFunction::RecordEvent,
                         {u8(static_cast<std::uint8_t>(e.kind)), abi::Value::fixed(e.hashScheme),
                          abi::Value::fixed(e.eventHash), abi::Value::string(e.document)});
}

Bytes encodeRecordEvents(std::span<const TraceEventInput> events)
{
    std::vector<abi::Value> kinds, schemes, hashes, documents;
    kinds.reserve(events.size());
    schemes.reserve(events.size());
    hashes.reserve(events.size());
    documents.reserve(events.size());
    for (const TraceEventInput& e : events) {
        kinds.push_back(u8(static_cast<std::uint8_t>(e.kind)));
        schemes.push_back(abi::Value::fixed(e.hashScheme));
        hashes.push_back(abi::Value::fixed(e.eventHash));
        documents.push_back(abi::Value::string(e.document));
    }
    return encodeOrAbort(RegistryFunction::RecordEvents,
                         {abi::Value::list(std::move(kinds)), abi::Value::list(std::move(schemes)),
                          abi::Value::list(std::move(hashes)), abi::Value::list(std::move(documents))});
}

// ---------------------------------------------------------------------------
// Revert data

std::span<const ErrorInfo> registryErrors() noexcept { return kErrors; }

std::optional<std::string> describeRevert(ByteView revertData)
{
    if (revertData.size() < 4) return std::nullopt;
    static const abi::Function kSolidityError = parsedOrAbort(abi::Function::parse("Error(string message)"));
    static const abi::Function kSolidityPanic = parsedOrAbort(abi::Function::parse("Panic(uint256 code)"));
    auto render = [&](const abi::Function& f, bool named) -> std::optional<std::string> {
        auto values = abi::decodeCall(f, revertData);
        if (!values.ok()) return std::nullopt;
        std::string s = f.name + "(";
        for (std::size_t i = 0; i < values->size(); ++i) {
            if (i) s += ", ";
            if (named) s += f.inputs[i].name + "=";
            s += abi::format(f.inputs[i].type, (*values)[i]);
        }
        return s + ")";
    };
    auto hasSelector = [&](const abi::Function& f) {
        const abi::Selector sel = f.selector();
        return std::equal(sel.begin(), sel.end(), revertData.begin());
    };
    if (hasSelector(kSolidityError)) return render(kSolidityError, false);
    if (hasSelector(kSolidityPanic)) {
        auto values = abi::decodeCall(kSolidityPanic, revertData);
        if (!values.ok()) return std::nullopt;
        return "Panic(" + (*values)[0].asInteger().toHexQuantity() + ")";
    }
    for (const abi::Function& f : errorSpecs())
        if (hasSelector(f)) return render(f, true);
    return std::nullopt;
}

}  // namespace bt::registry
