// The registry's interface: declarations, pinned topics and selectors (computed with
// an independent keccak, js-sha3), typed log decoders with their range checks, call
// encoders, revert descriptions. The artifact test checks the same declarations
// against the compiled contract's ABI.
#include "codec/keccak.h"
#include "codec/registry_abi.h"

#include <QTest>

#include <set>

using namespace bt;
using namespace bt::registry;
using abi::Value;

namespace {

Address addr(std::uint8_t last)
{
    Address a;
    a.bytes[0] = 0xa0;
    a.bytes[19] = last;
    return a;
}

Hash32 hash(std::uint8_t fill)
{
    Hash32 h;
    h.bytes.fill(fill);
    return h;
}

Value u(std::uint64_t v) { return Value::integer(U256(v)); }

// A log as the contract would emit it, built with the generic encoder.
abi::EncodedLog makeLog(RegistryEvent id, std::vector<Value> values)
{
    auto log = abi::encodeLog(eventSpec(id), values);
    Q_ASSERT(log.ok());
    return std::move(log).value();
}

template <class T>
bool failsWith(const Result<T>& r, Errc code, std::size_t offset, const std::string& field, const std::string& detail)
{
    if (r.ok()) {
        qWarning("expected an error, got a value");
        return false;
    }
    const Error& e = r.error();
    if (e.code != code || e.offset != offset || e.field != field || e.detail != detail) {
        qWarning("got: %s", e.message().c_str());
        return false;
    }
    return true;
}

}  // namespace

class TestRegistryAbi : public QObject {
    Q_OBJECT
private slots:
    void enumValuesFollowTheContract()
    {
        QCOMPARE(int(Role::Miner), 1);
        QCOMPARE(int(Role::Carrier), 6);
        QCOMPARE(int(Role::Admin), 11);
        QCOMPARE(int(Role::Admin) + 1, int(kRoleCount));
        QCOMPARE(int(EventKind::Inspection), 3);
        QCOMPARE(int(EventKind::TransportSensor), 7);
        QCOMPARE(int(EventKind::DueDiligence) + 1, int(kEventKindCount));
        QCOMPARE(int(CertificationStatus::Withdrawn) + 1, int(kCertificationStatusCount));
        QCOMPARE(roleName(Role::CathodeProducer), std::string_view("CathodeProducer"));
        QCOMPARE(eventKindName(EventKind::UsePhase), std::string_view("UsePhase"));
        QCOMPARE(certificationStatusName(CertificationStatus::Suspended), std::string_view("Suspended"));
        QCOMPARE(roleBit(Role::Carrier), std::uint16_t(0x40));
        QVERIFY(roleMaskAllows(0x40, Role::Carrier));
        QVERIFY(!roleMaskAllows(0xffff, Role::None));
        QCOMPARE(kValidRoleMask, std::uint16_t(0x0ffe));
    }

    void declarationsMatchSignatures()
    {
        std::set<Hash32> topics;
        for (const EventInfo& e : registryEvents()) {
            auto parsed = abi::Event::parse(e.declaration);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->signature(), std::string(e.signature));
            QCOMPARE(eventSpec(e.id).signature(), std::string(e.signature));
            QCOMPARE(eventTopic(e.id), keccak256(asBytes(e.signature)));
            QCOMPARE(eventByTopic(eventTopic(e.id)), std::optional<RegistryEvent>(e.id));
            topics.insert(eventTopic(e.id));
        }
        QCOMPARE(topics.size(), registryEvents().size());
        QCOMPARE(registryEvents().size(), std::size_t(7));
        std::set<abi::Selector> selectors;
        for (const FunctionInfo& f : registryFunctions()) {
            QCOMPARE(functionSpec(f.id).signature(), std::string(f.signature));
            selectors.insert(functionSpec(f.id).selector());
        }
        for (const ErrorInfo& e : registryErrors()) {
            auto parsed = abi::Function::parse(e.declaration);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->signature(), std::string(e.signature));
            selectors.insert(parsed->selector());
        }
        QCOMPARE(selectors.size(), registryFunctions().size() + registryErrors().size());
        QCOMPARE(std::string(kTraceEventRecordedSig), eventSpec(RegistryEvent::TraceEventRecorded).signature());
    }

    // Pinned with js-sha3 (scripts/npm/node_modules), not with our own keccak.
    void pinnedTopicsAndSelectors()
    {
        auto topic = [](RegistryEvent id) { return toHex(eventTopic(id), false); };
        QCOMPARE(topic(RegistryEvent::AdminTransferred),
                 std::string("f8ccb027dfcd135e000e9d45e6cc2d662578a8825d4c45b5e32e0adf67e79ec6"));
        QCOMPARE(topic(RegistryEvent::ParticipantRegistered),
                 std::string("6a37251cfce3efac1f6f3df4a55099c7495b50bdf29a643be31c655a9e1c8b27"));
        QCOMPARE(topic(RegistryEvent::ParticipantRevoked),
                 std::string("99c7a377fb8b2cd15a2586422dad7509ca6265deb92786584730e6c0b1025146"));
        QCOMPARE(topic(RegistryEvent::CertificationAttested),
                 std::string("39e14ef175a34eda1752dd3e4dd05dbfebe1c59416b35c1126259cf7c99e75d7"));
        QCOMPARE(topic(RegistryEvent::CertificationStatusChanged),
                 std::string("7e2a89d6bf41bdd0a33452a5c236760e510d8111fcd4ddbfc60ae84f5ed56a48"));
        QCOMPARE(topic(RegistryEvent::TraceEventRecorded),
                 std::string("a57435b31f69708b7bc102e8d259934cd2f77ce63d77499bc2d27e5113d95df5"));
        QCOMPARE(topic(RegistryEvent::KindPermissionChanged),
                 std::string("df3dd0ba69092808dd37ccb4de46ada7763ebe86eaebae243c06917fe799a98b"));
        auto sel = [](RegistryFunction id) { return toHex(functionSpec(id).selector(), false); };
        QCOMPARE(sel(RegistryFunction::RecordEvent), std::string("eafb5aec"));
        QCOMPARE(sel(RegistryFunction::RecordEvents), std::string("e9bf97f4"));
        QCOMPARE(sel(RegistryFunction::RegisterParticipant), std::string("3553de6f"));
    }

    void hashSchemes()
    {
        auto id = hashSchemeId(kJcsSha256);
        QVERIFY(id.ok());
        QCOMPARE(toHex(*id), std::string("0x6a63732d736861323536") + std::string(44, '0'));
        QCOMPARE(hashSchemeName(*id), std::optional<std::string>("jcs-sha256"));
        QCOMPARE(hashSchemeName(*hashSchemeId(std::string(32, 'x'))), std::optional<std::string>(std::string(32, 'x')));
        QVERIFY(!hashSchemeId("").ok());
        QCOMPARE(hashSchemeId(std::string(33, 'x')).error().code, Errc::WrongLength);
        QCOMPARE(hashSchemeId("jcs sha256").error().code, Errc::InvalidHex);
        QCOMPARE(hashSchemeId("jcs sha256").error().offset, std::size_t(3));
        Hash32 rightAligned;
        rightAligned.bytes[31] = 'a';
        QCOMPARE(hashSchemeName(rightAligned), std::nullopt);
        QCOMPARE(hashSchemeName(Hash32{}), std::nullopt);
        Hash32 gap = *id;
        gap.bytes[20] = 'z';  // text after the zero padding
        QCOMPARE(hashSchemeName(gap), std::nullopt);
    }

    void decodesEveryEvent()
    {
        {
            auto log = makeLog(RegistryEvent::AdminTransferred, {Value::address(Address{}), Value::address(addr(1))});
            auto e = AdminTransferred::decode(log.topics, log.data);
            QVERIFY(e.ok());
            QCOMPARE(e->newAdmin, addr(1));
        }
        {
            auto log = makeLog(RegistryEvent::ParticipantRegistered,
                            {Value::address(addr(2)), u(1), Value::string("Kolwezi Mining SA"),
                             Value::bytes({'C', 'D'}), Value::string("4012345000009")});
            auto e = ParticipantRegistered::decode(log.topics, log.data);
            QVERIFY(e.ok());
            QCOMPARE(*e, (ParticipantRegistered{addr(2), Role::Miner, "Kolwezi Mining SA", "CD", "4012345000009"}));
        }
        {
            auto log = makeLog(RegistryEvent::ParticipantRevoked, {Value::address(addr(3))});
            QCOMPARE(ParticipantRevoked::decode(log.topics, log.data)->account, addr(3));
        }
        {
            auto log = makeLog(RegistryEvent::CertificationAttested,
                            {u(5), Value::address(addr(2)), Value::address(addr(9)), Value::string("RMAP"),
                             Value::string("4012345000054"), u(0), u(1700000000), u(1731536000),
                             Value::fixed(hash(0xee)), Value::string("https://example.org/audit/5")});
            auto e = CertificationAttested::decode(log.topics, log.data);
            QVERIFY(e.ok());
            QCOMPARE(e->certId, std::uint64_t(5));
            QCOMPARE(e->auditor, addr(9));
            QCOMPARE(e->claim, (CertificationClaim{addr(2), "4012345000054", "RMAP", CertificationStatus::Valid,
                                                  1700000000, 1731536000, hash(0xee), "https://example.org/audit/5"}));
        }
        {
            auto log = makeLog(RegistryEvent::CertificationStatusChanged, {u(5), Value::address(addr(9)), u(2)});
            auto e = CertificationStatusChanged::decode(log.topics, log.data);
            QVERIFY(e.ok());
            QCOMPARE(e->status, CertificationStatus::Withdrawn);
        }
        {
            auto log = makeLog(RegistryEvent::TraceEventRecorded,
                            {u(42), Value::address(addr(6)), u(7), Value::fixed(*hashSchemeId(kJcsSha256)),
                             Value::fixed(hash(0x11)), Value::string("")});
            auto e = TraceEventRecorded::decode(log.topics, log.data);
            QVERIFY(e.ok());
            QCOMPARE(e->eventId, std::uint64_t(42));
            QCOMPARE(e->kind, EventKind::TransportSensor);
            QVERIFY(e->isPrivate());
            QCOMPARE(hashSchemeName(e->hashScheme), std::optional<std::string>("jcs-sha256"));
        }
        {
            auto log = makeLog(RegistryEvent::KindPermissionChanged, {u(7), u(0x40)});
            auto e = KindPermissionChanged::decode(log.topics, log.data);
            QVERIFY(e.ok());
            QCOMPARE(e->roleMask, std::uint16_t(0x40));
        }
    }

    void dispatchesByTopic()
    {
        auto log = makeLog(RegistryEvent::KindPermissionChanged, {u(10), u(0x200)});
        auto any = decodeRegistryLog(log.topics, log.data);
        QVERIFY(any.ok());
        QVERIFY(any->has_value());
        QVERIFY(std::holds_alternative<KindPermissionChanged>(**any));
        QCOMPARE(std::get<KindPermissionChanged>(**any).kind, EventKind::Recycling);

        // Another contract's event, or an anonymous log: not ours, not an error.
        auto transfer = abi::Event::parse("Transfer(address indexed from, address indexed to, uint256 value)");
        auto other = abi::encodeLog(*transfer, std::vector<Value>{Value::address(addr(1)), Value::address(addr(2)), u(1)});
        auto none = decodeRegistryLog(other->topics, other->data);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        QVERIFY(decodeRegistryLog({}, {}).ok());

        // Ours but malformed: an error naming the event.
        auto bad = decodeRegistryLog(std::span(log.topics).first(1), log.data);
        QVERIFY(failsWith(bad, Errc::WrongFieldCount, 0, "KindPermissionChanged.topics", "got 1 topics, want 2"));
    }

    // Values the contract can never emit are errors, placed where the log holds them.
    void rangeChecks()
    {
        auto reg = makeLog(RegistryEvent::ParticipantRegistered,
                        {Value::address(addr(2)), u(12), Value::string("x"), Value::bytes({'D', 'E'}),
                         Value::string("4012345000009")});
        QVERIFY(failsWith(ParticipantRegistered::decode(reg.topics, reg.data), Errc::IntegerOverflow, 0,
                          "ParticipantRegistered.role", "topic 2: role 12 is not a participant role"));
        auto none = makeLog(RegistryEvent::ParticipantRegistered,
                         {Value::address(addr(2)), u(0), Value::string("x"), Value::bytes({'D', 'E'}),
                          Value::string("4012345000009")});
        QVERIFY(!ParticipantRegistered::decode(none.topics, none.data).ok());

        auto ev = makeLog(RegistryEvent::TraceEventRecorded,
                       {u(1), Value::address(addr(6)), u(12), Value::fixed(hash(1)), Value::fixed(hash(2)),
                        Value::string("{}")});
        QVERIFY(failsWith(TraceEventRecorded::decode(ev.topics, ev.data), Errc::IntegerOverflow, 0,
                          "TraceEventRecorded.kind", "topic 3: kind 12 is not an event kind"));

        auto big = makeLog(RegistryEvent::TraceEventRecorded,
                        {Value::integer(U256(0, 0, 1, 0)), Value::address(addr(6)), u(1), Value::fixed(hash(1)),
                         Value::fixed(hash(2)), Value::string("{}")});
        QVERIFY(failsWith(TraceEventRecorded::decode(big.topics, big.data), Errc::IntegerOverflow, 0,
                          "TraceEventRecorded.eventId", "topic 1: id 18446744073709551616 above 2^64 - 1"));

        // status is the third data field: after the heads of scheme and siteGln.
        auto cert = makeLog(RegistryEvent::CertificationAttested,
                         {u(5), Value::address(addr(2)), Value::address(addr(9)), Value::string("RMAP"),
                          Value::string("4012345000054"), u(3), u(1), u(2), Value::fixed(hash(0)), Value::string("")});
        QVERIFY(failsWith(CertificationAttested::decode(cert.topics, cert.data), Errc::IntegerOverflow, 64,
                          "CertificationAttested.status", "status 3 is not a certification status"));

        auto mask = makeLog(RegistryEvent::KindPermissionChanged, {u(1), u(0x1001)});
        QVERIFY(failsWith(KindPermissionChanged::decode(mask.topics, mask.data), Errc::IntegerOverflow, 0,
                          "KindPermissionChanged.roleMask", "role mask 0x1001 has bits outside Miner..Admin"));

        // Strict ABI rules apply underneath: a uint8 status word with high bits set.
        auto ok = makeLog(RegistryEvent::CertificationStatusChanged, {u(5), Value::address(addr(9)), u(1)});
        ok.data[0] = 1;
        QVERIFY(failsWith(CertificationStatusChanged::decode(ok.topics, ok.data), Errc::IntegerOverflow, 0,
                          "CertificationStatusChanged.status", "value does not fit uint8"));
    }

    void encodesCalls()
    {
        const TraceEventInput in{EventKind::Inspection, *hashSchemeId(kJcsSha256), hash(0x22), "{\"type\":\"ObjectEvent\"}"};
        const Bytes call = encodeRecordEvent(in);
        QCOMPARE(toHex(ByteView(call).first(4)), std::string("0xeafb5aec"));
        QCOMPARE(call.size(), std::size_t(4 + 32 * 4 + 32 + 32));
        auto back = abi::decodeCall(functionSpec(RegistryFunction::RecordEvent), call);
        QVERIFY(back.ok());
        QCOMPARE((*back)[0].asInteger(), U256(3));
        QCOMPARE((*back)[3].asString(), in.document);

        std::vector<TraceEventInput> batch(3, in);
        batch[1].kind = EventKind::Shipping;
        batch[2].document.clear();
        const Bytes many = encodeRecordEvents(batch);
        auto manyBack = abi::decodeCall(functionSpec(RegistryFunction::RecordEvents), many);
        QVERIFY(manyBack.ok());
        QCOMPARE((*manyBack)[0].asList().size(), std::size_t(3));
        QCOMPARE((*manyBack)[0].asList()[1].asInteger(), U256(5));
        QCOMPARE((*manyBack)[3].asList()[2].asString(), std::string());

        auto reg = encodeRegisterParticipant(addr(2), "Kolwezi Mining SA", Role::Miner, "CD", "4012345000009");
        QVERIFY(reg.ok());
        auto regBack = abi::decodeCall(functionSpec(RegistryFunction::RegisterParticipant), *reg);
        QVERIFY(regBack.ok());
        QCOMPARE((*regBack)[3].asBytes(), (Bytes{'C', 'D'}));
        QVERIFY(failsWith(encodeRegisterParticipant(addr(2), "x", Role::Miner, "COD", "1"), Errc::WrongLength, 0,
                          "registerParticipant.country", "an ISO 3166-1 alpha-2 code has 2 characters, got 3"));

        const CertificationClaim claim{addr(2), "4012345000054", "IRMA", CertificationStatus::Suspended, 10, 20,
                                       hash(3), ""};
        auto certBack =
            abi::decodeCall(functionSpec(RegistryFunction::AttestCertification), encodeAttestCertification(claim));
        QVERIFY(certBack.ok());
        QCOMPARE((*certBack)[2].asString(), std::string("IRMA"));
        QCOMPARE((*certBack)[3].asInteger(), U256(1));
        QVERIFY(abi::decodeCall(functionSpec(RegistryFunction::SetCertificationStatus),
                                encodeSetCertificationStatus(7, CertificationStatus::Withdrawn))
                    .ok());
        QVERIFY(abi::decodeCall(functionSpec(RegistryFunction::SetKindPermission),
                                encodeSetKindPermission(EventKind::Recycling, 0x200))
                    .ok());
        QVERIFY(abi::decodeCall(functionSpec(RegistryFunction::RevokeParticipant), encodeRevokeParticipant(addr(2))).ok());
        QVERIFY(abi::decodeCall(functionSpec(RegistryFunction::TransferAdmin), encodeTransferAdmin(addr(4))).ok());
    }

    void describesReverts()
    {
        auto notAuth = abi::Function::parse("NotAuthorized(address account, uint8 kind)");
        auto data = abi::encodeCall(*notAuth, std::vector<Value>{Value::address(addr(0x11)), u(7)});
        QCOMPARE(describeRevert(*data),
                 std::optional<std::string>("NotAuthorized(account=" + toChecksumAddress(addr(0x11)) + ", kind=7)"));
        auto empty = abi::encodeCall("EmptyBatch()", {});
        QCOMPARE(describeRevert(*empty), std::optional<std::string>("EmptyBatch()"));
        auto gln = abi::encodeCall("InvalidGln(string gln)", std::vector<Value>{Value::string("12\"3")});
        QCOMPARE(describeRevert(*gln), std::optional<std::string>("InvalidGln(gln=\"12\\\"3\")"));
        auto msg = abi::encodeCall("Error(string)", std::vector<Value>{Value::string("nope")});
        QCOMPARE(describeRevert(*msg), std::optional<std::string>("Error(\"nope\")"));
        auto panic = abi::encodeCall("Panic(uint256)", std::vector<Value>{u(0x11)});
        QCOMPARE(describeRevert(*panic), std::optional<std::string>("Panic(0x11)"));
        QCOMPARE(describeRevert(Bytes{1, 2, 3, 4}), std::nullopt);
        QCOMPARE(describeRevert(Bytes{}), std::nullopt);
        Bytes truncated = *data;
        truncated.pop_back();
        QCOMPARE(describeRevert(truncated), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestRegistryAbi)
#include "test_registry_abi.moc"
