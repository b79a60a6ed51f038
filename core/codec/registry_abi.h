// The interface of the BatteryTraceRegistry contract (contracts/BatteryTraceRegistry.sol)
// in one place: its enums, the declarations of its events, functions and errors, typed
// decoders for its logs (what the explorer indexes) and call encoders (what the
// simulator sends).
//
// The declarations are the Solidity ones, parameter names and `indexed` included, so
// they read like the source; tests/contracts/test_contract_artifact.cpp checks each
// against the ABI of the compiled artifact, so the two cannot drift apart silently.
#pragma once

#include "abi.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace bt::registry {

// ---------------------------------------------------------------------------
// Enums, with the contract's uint8 values

enum class Role : std::uint8_t {
    None,
    Miner,
    Refiner,
    CathodeProducer,
    CellMaker,
    PackAssembler,
    Carrier,
    Oem,
    SecondLife,
    Recycler,
    Auditor,
    Admin,
};
inline constexpr std::uint8_t kRoleCount = 12;

enum class EventKind : std::uint8_t {
    Commissioning,       // ore extraction, or an identified object created
    Transformation,      // inputs → outputs: refining, cathode synthesis, coating, cell production
    ProcessMeasurement,  // process parameters of equipment
    Inspection,          // quality test with a disposition
    Aggregation,         // cells → module → pack, pack → vehicle
    Shipping,
    Receiving,
    TransportSensor,     // temperature / humidity / shock readings in transport
    UsePhase,            // state of health, cycles
    Repurposing,         // second life
    Recycling,           // dismantling and material recovery
    DueDiligence,        // a raw-material due-diligence review completed
};
inline constexpr std::uint8_t kEventKindCount = 12;

enum class CertificationStatus : std::uint8_t { Valid, Suspended, Withdrawn };
inline constexpr std::uint8_t kCertificationStatusCount = 3;

// English identifiers ("CathodeProducer"), for logs and the CLI; the UI translates.
std::string_view roleName(Role role) noexcept;
std::string_view eventKindName(EventKind kind) noexcept;
std::string_view certificationStatusName(CertificationStatus status) noexcept;

// The permission matrix holds one uint16 per kind: bit r set = Role r may record it.
// Bit 0 (None) and bits past Admin are never set.
inline constexpr std::uint16_t kValidRoleMask = 0x0FFE;
constexpr std::uint16_t roleBit(Role role) noexcept
{
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(role));
}
constexpr bool roleMaskAllows(std::uint16_t mask, Role role) noexcept
{
    return role != Role::None && (mask & roleBit(role)) != 0;
}

// ---------------------------------------------------------------------------
// Hash schemes: a bytes32 holding an ASCII name, left-aligned, zero-padded.

inline constexpr std::string_view kJcsSha256 = "jcs-sha256";

// 1 to 32 printable ASCII characters (0x21-0x7e); WrongLength or InvalidHex otherwise.
Result<Hash32> hashSchemeId(std::string_view name);
// The name, or nullopt when `id` is not printable ASCII followed only by zero bytes.
std::optional<std::string> hashSchemeName(const Hash32& id);

// ---------------------------------------------------------------------------
// Events

inline constexpr std::string_view kAdminTransferredSig = "AdminTransferred(address,address)";
inline constexpr std::string_view kParticipantRegisteredSig = "ParticipantRegistered(address,uint8,string,bytes2,string)";
inline constexpr std::string_view kParticipantRevokedSig = "ParticipantRevoked(address)";
inline constexpr std::string_view kCertificationAttestedSig =
    "CertificationAttested(uint256,address,address,string,string,uint8,uint64,uint64,bytes32,string)";
inline constexpr std::string_view kCertificationStatusChangedSig = "CertificationStatusChanged(uint256,address,uint8)";
inline constexpr std::string_view kTraceEventRecordedSig =
    "TraceEventRecorded(uint256,address,uint8,bytes32,bytes32,string)";
inline constexpr std::string_view kKindPermissionChangedSig = "KindPermissionChanged(uint8,uint16)";

enum class RegistryEvent : std::uint8_t {
    AdminTransferred,
    ParticipantRegistered,
    ParticipantRevoked,
    CertificationAttested,
    CertificationStatusChanged,
    TraceEventRecorded,
    KindPermissionChanged,
};

struct EventInfo {
    RegistryEvent id;
    std::string_view signature;    // canonical, as hashed into topic 0
    std::string_view declaration;  // as in the Solidity source
};
std::span<const EventInfo> registryEvents() noexcept;

const abi::Event& eventSpec(RegistryEvent id);
const Hash32& eventTopic(RegistryEvent id);
// Which registry event a log's topic 0 announces, if any.
std::optional<RegistryEvent> eventByTopic(const Hash32& topic0);

// One struct per event. decode() checks topic 0, the topic count, the strict ABI
// encoding of the data, and that enum values are ones the contract can emit; errors
// name the field ("TraceEventRecorded.kind") and the byte offset in the data (for a
// topic: "topic N" in the detail).
struct AdminTransferred {
    Address previousAdmin;
    Address newAdmin;
    static Result<AdminTransferred> decode(std::span<const Hash32> topics, ByteView data);
    bool operator==(const AdminTransferred&) const = default;
};

struct ParticipantRegistered {
    Address account;
    Role role = Role::None;
    std::string name;
    std::string country;  // the two bytes of the bytes2, ISO 3166-1 alpha-2 ("DE")
    std::string gln;
    static Result<ParticipantRegistered> decode(std::span<const Hash32> topics, ByteView data);
    bool operator==(const ParticipantRegistered&) const = default;
};

struct ParticipantRevoked {
    Address account;
    static Result<ParticipantRevoked> decode(std::span<const Hash32> topics, ByteView data);
    bool operator==(const ParticipantRevoked&) const = default;
};

// What an auditor claims; also the input of encodeAttestCertification.
struct CertificationClaim {
    Address subject;
    std::string siteGln;
    std::string scheme;  // "RMAP", "IRMA", "OECD-DD", "ISO14001", …
    CertificationStatus status = CertificationStatus::Valid;
    std::uint64_t validFrom = 0;   // Unix seconds, inclusive
    std::uint64_t validUntil = 0;  // Unix seconds, exclusive
    Hash32 evidenceHash;
    std::string evidenceUri;
    bool operator==(const CertificationClaim&) const = default;
};

struct CertificationAttested {
    std::uint64_t certId = 0;  // uint256 on chain; the contract counts from 1
    Address auditor;
    CertificationClaim claim;
    static Result<CertificationAttested> decode(std::span<const Hash32> topics, ByteView data);
    bool operator==(const CertificationAttested&) const = default;
};

struct CertificationStatusChanged {
    std::uint64_t certId = 0;
    Address auditor;
    CertificationStatus status = CertificationStatus::Valid;
    static Result<CertificationStatusChanged> decode(std::span<const Hash32> topics, ByteView data);
    bool operator==(const CertificationStatusChanged&) const = default;
};

struct TraceEventRecorded {
    std::uint64_t eventId = 0;  // uint256 on chain; the contract counts from 1
    Address recorder;
    EventKind kind = EventKind::Commissioning;
    Hash32 hashScheme;
    Hash32 eventHash;
    std::string document;  // EPCIS JSON; empty for a private event

    bool isPrivate() const noexcept { return document.empty(); }
    static Result<TraceEventRecorded> decode(std::span<const Hash32> topics, ByteView data);
    bool operator==(const TraceEventRecorded&) const = default;
};

struct KindPermissionChanged {
    EventKind kind = EventKind::Commissioning;
    std::uint16_t roleMask = 0;
    static Result<KindPermissionChanged> decode(std::span<const Hash32> topics, ByteView data);
    bool operator==(const KindPermissionChanged&) const = default;
};

using RegistryLog = std::variant<AdminTransferred, ParticipantRegistered, ParticipantRevoked, CertificationAttested,
                                 CertificationStatusChanged, TraceEventRecorded, KindPermissionChanged>;

// Decodes any registry log; nullopt when topic 0 is none of the registry's events
// (or the log has no topics), an error when it is one but does not decode.
Result<std::optional<RegistryLog>> decodeRegistryLog(std::span<const Hash32> topics, ByteView data);

// ---------------------------------------------------------------------------
// Functions (the state-changing ones; the simulator calls them)

enum class RegistryFunction : std::uint8_t {
    TransferAdmin,
    RegisterParticipant,
    RevokeParticipant,
    SetKindPermission,
    AttestCertification,
    SetCertificationStatus,
    RecordEvent,
    RecordEvents,
};

struct FunctionInfo {
    RegistryFunction id;
    std::string_view signature;    // canonical, as hashed into the selector
    std::string_view declaration;  // as in the Solidity source
};
std::span<const FunctionInfo> registryFunctions() noexcept;
const abi::Function& functionSpec(RegistryFunction id);

struct TraceEventInput {
    EventKind kind = EventKind::Commissioning;
    Hash32 hashScheme;
    Hash32 eventHash;
    std::string document;  // empty: a private event
};

Bytes encodeTransferAdmin(const Address& newAdmin);
// WrongLength when `country` is not exactly two bytes (the contract checks the rest).
Result<Bytes> encodeRegisterParticipant(const Address& account, std::string_view name, Role role,
                                        std::string_view country, std::string_view gln);
Bytes encodeRevokeParticipant(const Address& account);
Bytes encodeSetKindPermission(EventKind kind, std::uint16_t roleMask);
Bytes encodeAttestCertification(const CertificationClaim& claim);
Bytes encodeSetCertificationStatus(std::uint64_t certId, CertificationStatus status);
Bytes encodeRecordEvent(const TraceEventInput& event);
Bytes encodeRecordEvents(std::span<const TraceEventInput> events);

// ---------------------------------------------------------------------------
// Custom errors (revert data)

struct ErrorInfo {
    std::string_view signature;
    std::string_view declaration;
};
std::span<const ErrorInfo> registryErrors() noexcept;

// "NotAuthorized(account=0x…, kind=7)" for a registry error, "Error(\"…\")" and
// "Panic(0x11)" for the compiler's; nullopt for anything else or a malformed one.
std::optional<std::string> describeRevert(ByteView revertData);

}  // namespace bt::registry
