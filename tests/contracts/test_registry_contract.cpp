// The registry contract on a real EVM (anvil): deploys the committed artifact, drives
// it through core/codec/registry_abi's encoders, and reads the results back through
// its log decoders and revert descriptions. Checks the whole default permission
// matrix (every role against every kind), the admin-only and auditor-only paths, the
// input validation, and that each state change emits the event the explorer needs.
//
// anvil's accounts are unlocked, so transactions go through eth_sendTransaction; the
// explorer's own signing and verification are tested elsewhere.
#include "anvil_node.h"

#include "codec/registry_abi.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <array>

using namespace bt;
using namespace bt::registry;

namespace {

// The default matrix as contracts/README.md documents it, written out independently
// of the constructor so that a change to either shows up here.
std::uint16_t documentedMask(EventKind kind)
{
    auto m = [](std::initializer_list<Role> roles) {
        std::uint16_t mask = 0;
        for (Role r : roles) mask = static_cast<std::uint16_t>(mask | roleBit(r));
        return mask;
    };
    using R = Role;
    const std::uint16_t goodsOwners = m({R::Miner, R::Refiner, R::CathodeProducer, R::CellMaker, R::PackAssembler,
                                         R::Oem, R::SecondLife, R::Recycler});
    switch (kind) {
    case EventKind::Commissioning: return m({R::Miner, R::CellMaker, R::PackAssembler, R::Oem});
    case EventKind::Transformation: return m({R::Refiner, R::CathodeProducer, R::CellMaker});
    case EventKind::ProcessMeasurement:
        return m({R::Refiner, R::CathodeProducer, R::CellMaker, R::PackAssembler, R::Recycler});
    case EventKind::Inspection: return goodsOwners;
    case EventKind::Aggregation: return m({R::PackAssembler, R::Carrier, R::Oem, R::SecondLife});
    case EventKind::Shipping: return goodsOwners;
    case EventKind::Receiving: return goodsOwners;
    case EventKind::TransportSensor: return m({R::Carrier});
    case EventKind::UsePhase: return m({R::Oem, R::SecondLife});
    case EventKind::Repurposing: return m({R::SecondLife});
    case EventKind::Recycling: return m({R::Recycler});
    case EventKind::DueDiligence: return m({R::Refiner, R::CathodeProducer, R::CellMaker, R::Oem, R::Auditor});
    }
    return 0;
}

// Valid GS1 GLNs (mod-10 check digit).
const char* const kGln = "4012345000009";
const char* const kSiteGln = "4012345000054";

Hash32 filled(std::uint8_t b)
{
    Hash32 h;
    h.bytes.fill(b);
    return h;
}

struct DecodedLog {
    std::vector<Hash32> topics;
    Bytes data;
};

// Outcome of eth_call: the output, or the revert data and message.
struct CallResult {
    bool reverted = false;
    Bytes revertData;
    QString message;
};

class Rpc {
public:
    void setUrl(const QUrl& url) { m_url = url; }

    // The result, or an undefined value with error() set.
    QJsonValue call(const QString& method, const QJsonArray& params)
    {
        m_error = QJsonObject();
        QNetworkRequest req(m_url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                               {QStringLiteral("id"), ++m_id},
                               {QStringLiteral("method"), method},
                               {QStringLiteral("params"), params}};
        QNetworkReply* reply = m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!reply->isFinished()) {
            reply->abort();
            m_error = QJsonObject{{QStringLiteral("message"), QStringLiteral("timeout")}};
        }
        const QJsonObject response = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (response.contains(QStringLiteral("error"))) {
            m_error = response.value(QStringLiteral("error")).toObject();
            return QJsonValue(QJsonValue::Undefined);
        }
        if (!m_error.isEmpty()) return QJsonValue(QJsonValue::Undefined);
        return response.value(QStringLiteral("result"));
    }

    const QJsonObject& error() const { return m_error; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_url;
    QJsonObject m_error;
    int m_id = 0;
};

QString hexOf(ByteView b) { return QString::fromStdString(toHex(b)); }

}  // namespace

class TestRegistryContract : public QObject {
    Q_OBJECT
private:
    test::AnvilNode m_node;
    Rpc m_rpc;
    std::vector<Address> m_accounts;
    Address m_registry;
    std::vector<DecodedLog> m_deployLogs;
    std::array<Address, kRoleCount> m_byRole{};  // m_byRole[r]: an account registered with role r
    QString m_lastError;

    const Address& admin() const { return m_accounts[0]; }

    // Sends a transaction and returns the receipt's logs; empty optional on failure
    // (m_lastError says why, with the revert decoded where there is one).
    std::optional<std::vector<DecodedLog>> send(const Address& from, const Bytes& data, const Address* to = nullptr,
                                                QString* contractAddress = nullptr)
    {
        QJsonObject tx{{QStringLiteral("from"), hexOf(from)},
                       {QStringLiteral("data"), hexOf(data)},
                       {QStringLiteral("gas"), QStringLiteral("0x1c9c380")}};
        if (to) tx.insert(QStringLiteral("to"), hexOf(*to));
        const QJsonValue hash = m_rpc.call(QStringLiteral("eth_sendTransaction"), {tx});
        if (!hash.isString()) {
            m_lastError = QString::fromUtf8(QJsonDocument(m_rpc.error()).toJson(QJsonDocument::Compact));
            return std::nullopt;
        }
        // anvil mines on submission, but may answer before the receipt is queryable.
        QJsonObject receipt;
        for (int attempt = 0; attempt < 100 && receipt.isEmpty(); ++attempt) {
            receipt = m_rpc.call(QStringLiteral("eth_getTransactionReceipt"), {hash}).toObject();
            if (receipt.isEmpty()) QTest::qWait(50);
        }
        if (receipt.value(QStringLiteral("status")).toString() != QLatin1String("0x1")) {
            m_lastError = QStringLiteral("transaction failed: %1")
                              .arg(QString::fromUtf8(QJsonDocument(receipt).toJson(QJsonDocument::Compact)));
            return std::nullopt;
        }
        if (contractAddress) *contractAddress = receipt.value(QStringLiteral("contractAddress")).toString();
        std::vector<DecodedLog> logs;
        for (const QJsonValue& v : receipt.value(QStringLiteral("logs")).toArray()) {
            const QJsonObject l = v.toObject();
            DecodedLog log;
            for (const QJsonValue& t : l.value(QStringLiteral("topics")).toArray())
                log.topics.push_back(*fixedFromHex<32>(t.toString().toStdString()));
            log.data = *fromHex(l.value(QStringLiteral("data")).toString().toStdString());
            logs.push_back(std::move(log));
        }
        return logs;
    }

    std::optional<std::vector<DecodedLog>> sendToRegistry(const Address& from, const Bytes& data)
    {
        return send(from, data, &m_registry);
    }

    // eth_call against the latest state: did it revert, and with what.
    CallResult callRegistry(const Address& from, const Bytes& data)
    {
        const QJsonObject tx{{QStringLiteral("from"), hexOf(from)},
                             {QStringLiteral("to"), hexOf(m_registry)},
                             {QStringLiteral("data"), hexOf(data)}};
        CallResult r;
        const QJsonValue out = m_rpc.call(QStringLiteral("eth_call"), {tx, QStringLiteral("latest")});
        if (out.isString()) return r;
        r.reverted = true;
        r.message = m_rpc.error().value(QStringLiteral("message")).toString();
        const QJsonValue revert = m_rpc.error().value(QStringLiteral("data"));
        if (revert.isString()) {
            auto bytes = fromHex(revert.toString().toStdString());
            if (bytes.ok()) r.revertData = std::move(bytes).value();
        }
        return r;
    }

    // The decoded revert reason of a call expected to fail, or a note why there is none.
    std::string revertOf(const Address& from, const Bytes& data)
    {
        const CallResult r = callRegistry(from, data);
        if (!r.reverted) return "<no revert>";
        return describeRevert(r.revertData).value_or("<undecoded: " + r.message.toStdString() + ">");
    }

    static std::string addrText(const Address& a) { return toChecksumAddress(a); }

    template <class T>
    static std::vector<T> decodedAs(const std::vector<DecodedLog>& logs)
    {
        std::vector<T> out;
        for (const DecodedLog& l : logs) {
            auto any = decodeRegistryLog(l.topics, l.data);
            if (any.ok() && any->has_value() && std::holds_alternative<T>(**any))
                out.push_back(std::get<T>(**any));
        }
        return out;
    }

    Bytes recordCall(EventKind kind, std::uint8_t hashFill = 0x11, std::string document = "{}")
    {
        return encodeRecordEvent(TraceEventInput{kind, *hashSchemeId(kJcsSha256), filled(hashFill), std::move(document)});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_node.start({QStringLiteral("--accounts"), QStringLiteral("16")}), qPrintable(m_node.error()));
        m_rpc.setUrl(m_node.url());
        const QJsonArray accounts = m_rpc.call(QStringLiteral("eth_accounts"), {}).toArray();
        QVERIFY2(accounts.size() >= 16, "anvil did not give 16 accounts");
        for (const QJsonValue& a : accounts) m_accounts.push_back(*fixedFromHex<20>(a.toString().toStdString()));

        // Every test below needs the contract: deploy it here so that a failure stops them all.
        QFile f(QDir(QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR")))
                    .filePath(QStringLiteral("contracts/BatteryTraceRegistry.json")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonObject artifact = QJsonDocument::fromJson(f.readAll()).object();
        auto code = fromHex(artifact.value(QStringLiteral("bytecode")).toString().toStdString());
        QVERIFY(code.ok());
        QString created;
        auto logs = send(admin(), *code, nullptr, &created);
        QVERIFY2(logs, qPrintable(m_lastError));
        auto registry = fixedFromHex<20>(created.toStdString());
        QVERIFY2(registry.ok(), qPrintable(created));
        m_registry = *registry;
        m_deployLogs = std::move(*logs);
    }

    void deploysWithDefaults()
    {
        QVERIFY2(!m_registry.isZero(), "the registry was not deployed");
        // The constructor announces the admin and the whole matrix: the explorer needs
        // no knowledge of the defaults to follow permissions from block 0.
        const auto& logs = m_deployLogs;
        const auto admins = decodedAs<AdminTransferred>(logs);
        QCOMPARE(admins.size(), std::size_t(1));
        QCOMPARE(admins[0].previousAdmin, Address{});
        QCOMPARE(admins[0].newAdmin, admin());
        const auto perms = decodedAs<KindPermissionChanged>(logs);
        QCOMPARE(perms.size(), std::size_t(kEventKindCount));
        for (std::size_t k = 0; k < kEventKindCount; ++k) {
            QCOMPARE(perms[k].kind, EventKind(k));
            QVERIFY2(perms[k].roleMask == documentedMask(EventKind(k)),
                     qPrintable(QStringLiteral("%1: mask 0x%2, README says 0x%3")
                                    .arg(QString::fromUtf8(eventKindName(EventKind(k)).data()))
                                    .arg(perms[k].roleMask, 0, 16)
                                    .arg(documentedMask(EventKind(k)), 0, 16)));
        }
        QCOMPARE(logs.size(), std::size_t(1 + kEventKindCount));

        // The README's table says the same (its last column holds each row's mask).
        QFile readme(QDir(QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR"))).filePath(QStringLiteral("contracts/README.md")));
        QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
        for (std::uint8_t k = 0; k < kEventKindCount; ++k) {
            const QString row = QStringLiteral("| %1 |").arg(QString::fromUtf8(eventKindName(EventKind(k)).data()));
            const auto it = std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(row); });
            QVERIFY2(it != lines.end(), qPrintable(QStringLiteral("no README row for ") + row));
            const QString mask = QStringLiteral("`0x%1`").arg(documentedMask(EventKind(k)), 4, 16, QLatin1Char('0'));
            QVERIFY2(it->trimmed().endsWith(mask + QStringLiteral(" |")),
                     qPrintable(QStringLiteral("README row %1 does not end with %2").arg(*it, mask)));
        }
    }

    void registersOneParticipantPerRole()
    {
        for (std::uint8_t r = 1; r < kRoleCount; ++r) {
            const Address& account = m_accounts[r];
            m_byRole[r] = account;
            const std::string name = "Participant " + std::string(roleName(Role(r)));
            auto call = encodeRegisterParticipant(account, name, Role(r), "CD", kGln);
            QVERIFY(call.ok());
            auto logs = sendToRegistry(admin(), *call);
            QVERIFY2(logs, qPrintable(m_lastError));
            const auto regs = decodedAs<ParticipantRegistered>(*logs);
            QCOMPARE(regs.size(), std::size_t(1));
            QCOMPARE(regs[0], (ParticipantRegistered{account, Role(r), name, "CD", kGln}));
        }
    }

    // Every role against every kind, on the chain's own rules.
    void enforcesTheDefaultMatrix()
    {
        const Address& outsider = m_accounts[15];
        for (std::uint8_t k = 0; k < kEventKindCount; ++k) {
            const Bytes call = recordCall(EventKind(k));
            for (std::uint8_t r = 1; r < kRoleCount; ++r) {
                const bool allowed = roleMaskAllows(documentedMask(EventKind(k)), Role(r));
                const CallResult result = callRegistry(m_byRole[r], call);
                QVERIFY2(result.reverted != allowed,
                         qPrintable(QStringLiteral("%1 recording %2: %3")
                                        .arg(QString::fromUtf8(roleName(Role(r)).data()),
                                             QString::fromUtf8(eventKindName(EventKind(k)).data()),
                                             allowed ? result.message : QStringLiteral("allowed"))));
                if (!allowed)
                    QCOMPARE(describeRevert(result.revertData),
                             std::optional<std::string>("NotAuthorized(account=" + addrText(m_byRole[r]) +
                                                        ", kind=" + std::to_string(k) + ")"));
            }
            QCOMPARE(revertOf(outsider, call),
                     "NotAuthorized(account=" + addrText(outsider) + ", kind=" + std::to_string(k) + ")");
        }
    }

    void recordsEventsWithIds()
    {
        const std::string doc = R"({"type":"ObjectEvent","action":"ADD","bizStep":"commissioning"})";
        auto logs = sendToRegistry(m_byRole[int(Role::Miner)], recordCall(EventKind::Commissioning, 0x21, doc));
        QVERIFY2(logs, qPrintable(m_lastError));
        auto events = decodedAs<TraceEventRecorded>(*logs);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].eventId, std::uint64_t(1));
        QCOMPARE(events[0].recorder, m_byRole[int(Role::Miner)]);
        QCOMPARE(events[0].kind, EventKind::Commissioning);
        QCOMPARE(hashSchemeName(events[0].hashScheme), std::optional<std::string>("jcs-sha256"));
        QCOMPARE(events[0].eventHash, filled(0x21));
        QCOMPARE(events[0].document, doc);

        // A private event: only the hash on chain.
        logs = sendToRegistry(m_byRole[int(Role::Carrier)], recordCall(EventKind::TransportSensor, 0x22, ""));
        QVERIFY2(logs, qPrintable(m_lastError));
        events = decodedAs<TraceEventRecorded>(*logs);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].eventId, std::uint64_t(2));
        QVERIFY(events[0].isPrivate());

        // A batch: consecutive ids, one log each, in order.
        std::vector<TraceEventInput> batch;
        for (std::uint8_t i = 0; i < 3; ++i)
            batch.push_back({i == 1 ? EventKind::Inspection : EventKind::Transformation, *hashSchemeId(kJcsSha256),
                             filled(std::uint8_t(0x30 + i)), "{\"n\":" + std::to_string(i) + "}"});
        logs = sendToRegistry(m_byRole[int(Role::CellMaker)], encodeRecordEvents(batch));
        QVERIFY2(logs, qPrintable(m_lastError));
        events = decodedAs<TraceEventRecorded>(*logs);
        QCOMPARE(events.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(events[i].eventId, std::uint64_t(3 + i));
            QCOMPARE(events[i].kind, batch[i].kind);
            QCOMPARE(events[i].document, batch[i].document);
        }

        // A batch is all or nothing: one kind the role may not record fails it all.
        batch[2].kind = EventKind::Recycling;
        QCOMPARE(revertOf(m_byRole[int(Role::CellMaker)], encodeRecordEvents(batch)),
                 "NotAuthorized(account=" + addrText(m_byRole[int(Role::CellMaker)]) + ", kind=10)");
    }

    void rejectsMalformedEvents()
    {
        const Address& miner = m_byRole[int(Role::Miner)];
        QCOMPARE(revertOf(miner, encodeRecordEvent({EventKind::Commissioning, *hashSchemeId(kJcsSha256), Hash32{}, "{}"})),
                 std::string("EmptyEventHash()"));
        QCOMPARE(revertOf(miner, encodeRecordEvent({EventKind::Commissioning, Hash32{}, filled(1), "{}"})),
                 std::string("EmptyHashScheme()"));
        auto badKind = abi::encodeCall(functionSpec(RegistryFunction::RecordEvent),
                                       std::vector<abi::Value>{abi::Value::integer(U256(12)),
                                                               abi::Value::fixed(*hashSchemeId(kJcsSha256)),
                                                               abi::Value::fixed(filled(1)), abi::Value::string("")});
        QCOMPARE(revertOf(miner, *badKind), std::string("InvalidEventKind(kind=12)"));
        QCOMPARE(revertOf(miner, encodeRecordEvents({})), std::string("EmptyBatch()"));
        using abi::Value;
        auto mismatched = abi::encodeCall(
            functionSpec(RegistryFunction::RecordEvents),
            std::vector<Value>{Value::list({Value::integer(U256(0))}), Value::list({}), Value::list({}), Value::list({})});
        QCOMPARE(revertOf(miner, *mismatched), std::string("LengthMismatch()"));
    }

    void adminOnlyParticipantManagement()
    {
        const Address& miner = m_byRole[int(Role::Miner)];
        const Address& fresh = m_accounts[12];
        auto reg = [&](std::string_view name, std::uint8_t role, std::string_view country, std::string_view gln) {
            return *abi::encodeCall(functionSpec(RegistryFunction::RegisterParticipant),
                                    std::vector<abi::Value>{abi::Value::address(fresh), abi::Value::string(std::string(name)),
                                                            abi::Value::integer(U256(role)),
                                                            abi::Value::bytes(Bytes(country.begin(), country.end())),
                                                            abi::Value::string(std::string(gln))});
        };
        QCOMPARE(revertOf(miner, reg("X", 1, "DE", kGln)), "NotAdmin(account=" + addrText(miner) + ")");
        QCOMPARE(revertOf(admin(), reg("X", 0, "DE", kGln)), std::string("InvalidRole(role=0)"));
        QCOMPARE(revertOf(admin(), reg("X", 12, "DE", kGln)), std::string("InvalidRole(role=12)"));
        QCOMPARE(revertOf(admin(), reg("", 1, "DE", kGln)), std::string("EmptyName()"));
        QCOMPARE(revertOf(admin(), reg("X", 1, "de", kGln)), std::string("InvalidCountry(country=0x6465)"));
        QCOMPARE(revertOf(admin(), reg("X", 1, "DE", "4012345000008")),
                 std::string("InvalidGln(gln=\"4012345000008\")"));  // wrong check digit
        QCOMPARE(revertOf(admin(), reg("X", 1, "DE", "401234500000")), std::string("InvalidGln(gln=\"401234500000\")"));
        QCOMPARE(revertOf(admin(), reg("X", 1, "DE", "40123450000a9")),
                 std::string("InvalidGln(gln=\"40123450000a9\")"));
        QCOMPARE(revertOf(admin(), *encodeRegisterParticipant(Address{}, "X", Role::Miner, "DE", kGln)),
                 std::string("ZeroAddress()"));
        QCOMPARE(revertOf(admin(), encodeRevokeParticipant(fresh)), "NotRegistered(account=" + addrText(fresh) + ")");

        // Revocation takes effect at once; re-registration with another role is
        // allowed and announced again (the account's role history).
        auto logs = sendToRegistry(admin(), encodeRevokeParticipant(miner));
        QVERIFY2(logs, qPrintable(m_lastError));
        QCOMPARE(decodedAs<ParticipantRevoked>(*logs).size(), std::size_t(1));
        QCOMPARE(revertOf(miner, recordCall(EventKind::Commissioning)),
                 "NotAuthorized(account=" + addrText(miner) + ", kind=0)");
        logs = sendToRegistry(admin(), *encodeRegisterParticipant(miner, "Kolwezi Recycling", Role::Recycler, "CD", kGln));
        QVERIFY2(logs, qPrintable(m_lastError));
        const auto regs = decodedAs<ParticipantRegistered>(*logs);
        QCOMPARE(regs.size(), std::size_t(1));
        QCOMPARE(regs[0].role, Role::Recycler);
        QVERIFY(!callRegistry(miner, recordCall(EventKind::Recycling)).reverted);
        QVERIFY(callRegistry(miner, recordCall(EventKind::Commissioning)).reverted);
        // Back to Miner for the tests below.
        QVERIFY(sendToRegistry(admin(), *encodeRegisterParticipant(miner, "Kolwezi Mining", Role::Miner, "CD", kGln)));
    }

    void permissionMatrixChanges()
    {
        const Address& carrier = m_byRole[int(Role::Carrier)];
        QCOMPARE(revertOf(carrier, encodeSetKindPermission(EventKind::Shipping, 0x40)),
                 "NotAdmin(account=" + addrText(carrier) + ")");
        QCOMPARE(revertOf(admin(), encodeSetKindPermission(EventKind::Shipping, 0x0001)),
                 std::string("InvalidRoleMask(roleMask=1)"));
        QCOMPARE(revertOf(admin(), encodeSetKindPermission(EventKind::Shipping, 0x1000)),
                 std::string("InvalidRoleMask(roleMask=4096)"));
        QVERIFY(callRegistry(carrier, recordCall(EventKind::Shipping)).reverted);
        const std::uint16_t mask = static_cast<std::uint16_t>(documentedMask(EventKind::Shipping) | roleBit(Role::Carrier));
        auto logs = sendToRegistry(admin(), encodeSetKindPermission(EventKind::Shipping, mask));
        QVERIFY2(logs, qPrintable(m_lastError));
        const auto changes = decodedAs<KindPermissionChanged>(*logs);
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0], (KindPermissionChanged{EventKind::Shipping, mask}));
        QVERIFY(!callRegistry(carrier, recordCall(EventKind::Shipping)).reverted);
        QVERIFY(sendToRegistry(admin(), encodeSetKindPermission(EventKind::Shipping, documentedMask(EventKind::Shipping))));
    }

    void certificationsByAuditors()
    {
        const Address& auditor = m_byRole[int(Role::Auditor)];
        const Address& miner = m_byRole[int(Role::Miner)];
        CertificationClaim claim{miner, kSiteGln, "RMAP", CertificationStatus::Valid, 1704067200, 1735689600,
                                 filled(0xee), "https://example.org/audits/rmap-2024.pdf"};
        QCOMPARE(revertOf(miner, encodeAttestCertification(claim)), "NotAuditor(account=" + addrText(miner) + ")");
        CertificationClaim bad = claim;
        bad.validUntil = bad.validFrom;
        QCOMPARE(revertOf(auditor, encodeAttestCertification(bad)),
                 std::string("InvalidValidity(validFrom=1704067200, validUntil=1704067200)"));
        bad = claim;
        bad.subject = auditor;
        QCOMPARE(revertOf(auditor, encodeAttestCertification(bad)), "SelfAttestation(auditor=" + addrText(auditor) + ")");
        bad = claim;
        bad.subject = m_accounts[13];
        QCOMPARE(revertOf(auditor, encodeAttestCertification(bad)),
                 "NotRegistered(account=" + addrText(m_accounts[13]) + ")");
        bad = claim;
        bad.scheme.clear();
        QCOMPARE(revertOf(auditor, encodeAttestCertification(bad)), std::string("EmptyScheme()"));
        bad = claim;
        bad.siteGln = "123";
        QCOMPARE(revertOf(auditor, encodeAttestCertification(bad)), std::string("InvalidGln(gln=\"123\")"));

        auto logs = sendToRegistry(auditor, encodeAttestCertification(claim));
        QVERIFY2(logs, qPrintable(m_lastError));
        const auto attested = decodedAs<CertificationAttested>(*logs);
        QCOMPARE(attested.size(), std::size_t(1));
        QCOMPARE(attested[0].certId, std::uint64_t(1));
        QCOMPARE(attested[0].auditor, auditor);
        QCOMPARE(attested[0].claim, claim);

        QCOMPARE(revertOf(auditor, encodeSetCertificationStatus(2, CertificationStatus::Suspended)),
                 std::string("UnknownCertification(certId=2)"));
        QCOMPARE(revertOf(auditor, encodeSetCertificationStatus(1, CertificationStatus::Valid)),
                 std::string("StatusUnchanged(certId=1, status=0)"));
        QCOMPARE(revertOf(miner, encodeSetCertificationStatus(1, CertificationStatus::Suspended)),
                 "NotAuditor(account=" + addrText(miner) + ")");
        for (CertificationStatus s : {CertificationStatus::Suspended, CertificationStatus::Valid,
                                      CertificationStatus::Withdrawn}) {
            logs = sendToRegistry(auditor, encodeSetCertificationStatus(1, s));
            QVERIFY2(logs, qPrintable(m_lastError));
            const auto changed = decodedAs<CertificationStatusChanged>(*logs);
            QCOMPARE(changed.size(), std::size_t(1));
            QCOMPARE(changed[0], (CertificationStatusChanged{1, auditor, s}));
        }
        QCOMPARE(revertOf(auditor, encodeSetCertificationStatus(1, CertificationStatus::Valid)),
                 std::string("CertificationWithdrawn(certId=1)"));
    }

    void adminTransfer()
    {
        const Address& next = m_accounts[14];
        QCOMPARE(revertOf(admin(), encodeTransferAdmin(Address{})), std::string("ZeroAddress()"));
        auto logs = sendToRegistry(admin(), encodeTransferAdmin(next));
        QVERIFY2(logs, qPrintable(m_lastError));
        const auto moved = decodedAs<AdminTransferred>(*logs);
        QCOMPARE(moved.size(), std::size_t(1));
        QCOMPARE(moved[0], (AdminTransferred{admin(), next}));
        QCOMPARE(revertOf(admin(), encodeRevokeParticipant(m_byRole[1])), "NotAdmin(account=" + addrText(admin()) + ")");
        QVERIFY(!callRegistry(next, encodeRevokeParticipant(m_byRole[1])).reverted);
    }

    void cleanupTestCase() { m_node.stop(); }
};

QTEST_GUILESS_MAIN(TestRegistryContract)
#include "test_registry_contract.moc"
