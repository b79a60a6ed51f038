// The committed contract artifact is exactly what the pinned solc makes of the source
// (so nobody can commit bytecode that the source does not produce), and its ABI is
// exactly what core/codec/registry_abi declares (so the explorer decodes every event
// the contract can emit, and the simulator calls functions that exist).
//
// Needs node and scripts/npm/node_modules (scripts/install-deps --test). Without them
// the test fails rather than skips: CI installs them, and a skipped reproducibility
// check would look like a passed one.
#include "codec/keccak.h"
#include "codec/registry_abi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace bt;

namespace {

QString sourceDir() { return QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR")); }

QString nodePath()
{
    if (const QByteArray env = qgetenv("BT_NODE"); !env.isEmpty()) return QString::fromLocal8Bit(env);
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

// The canonical type of an ABI JSON parameter: tuples spelled out from their components.
std::string canonicalType(const QJsonObject& param)
{
    const QString type = param.value(QStringLiteral("type")).toString();
    if (!type.startsWith(QStringLiteral("tuple"))) return type.toStdString();
    std::string s = "(";
    const QJsonArray components = param.value(QStringLiteral("components")).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (i) s += ',';
        s += canonicalType(components[i].toObject());
    }
    return s + ")" + type.mid(5).toStdString();
}

// Differences between an ABI JSON entry's inputs and a parsed declaration; empty if none.
QString compareInputs(const QJsonObject& entry, const std::vector<abi::Param>& params, bool withIndexed)
{
    const QJsonArray inputs = entry.value(QStringLiteral("inputs")).toArray();
    const QString name = entry.value(QStringLiteral("name")).toString();
    if (std::size_t(inputs.size()) != params.size())
        return QStringLiteral("%1: %2 inputs in the ABI, %3 declared").arg(name).arg(inputs.size()).arg(params.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject in = inputs[i].toObject();
        const abi::Param& p = params[std::size_t(i)];
        if (canonicalType(in) != p.type.canonical())
            return QStringLiteral("%1 input %2: type %3 in the ABI, %4 declared")
                .arg(name)
                .arg(i)
                .arg(QString::fromStdString(canonicalType(in)), QString::fromStdString(p.type.canonical()));
        if (in.value(QStringLiteral("name")).toString().toStdString() != p.name)
            return QStringLiteral("%1 input %2: name %3 in the ABI, %4 declared")
                .arg(name)
                .arg(i)
                .arg(in.value(QStringLiteral("name")).toString(), QString::fromStdString(p.name));
        if (withIndexed && in.value(QStringLiteral("indexed")).toBool() != p.indexed)
            return QStringLiteral("%1 input %2: indexed differs").arg(name).arg(i);
    }
    return {};
}

}  // namespace

class TestContractArtifact : public QObject {
    Q_OBJECT
private:
    QString m_artifactPath;
    QByteArray m_committed;
    QJsonObject m_artifact;

    // ABI entries of one type ("event", "function", "error") by name.
    std::map<std::string, QJsonObject> entries(const char* type) const
    {
        std::map<std::string, QJsonObject> out;
        for (const QJsonValue& v : m_artifact.value(QStringLiteral("abi")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String(type))
                out.emplace(o.value(QStringLiteral("name")).toString().toStdString(), o);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "BT_SOURCE_DIR is not set (ctest sets it)");
        m_artifactPath = QDir(sourceDir()).filePath(QStringLiteral("contracts/BatteryTraceRegistry.json"));
        m_committed = readAll(m_artifactPath);
        QVERIFY2(!m_committed.isEmpty(), qPrintable(QStringLiteral("cannot read %1").arg(m_artifactPath)));
        QJsonParseError err;
        m_artifact = QJsonDocument::fromJson(m_committed, &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    }

    void recompilesToTheCommittedArtifact()
    {
        const QString node = nodePath();
        if (node.isEmpty())
            QFAIL("node not found: the artifact cannot be rebuilt to check it. Install Node.js "
                  "(scripts/install-deps --test) or point BT_NODE at it.");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString out = tmp.filePath(QStringLiteral("artifact.json"));
        QProcess p;
        p.setWorkingDirectory(sourceDir());
        p.start(node, {QDir(sourceDir()).filePath(QStringLiteral("scripts/compile-contracts.mjs")),
                       QStringLiteral("--out"), out});
        QVERIFY2(p.waitForStarted(10000), qPrintable(QStringLiteral("cannot start %1: %2").arg(node, p.errorString())));
        QVERIFY2(p.waitForFinished(240000), "the compile script did not finish within 4 minutes");
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QStringLiteral("compile-contracts failed (exit %1): %2")
                                .arg(p.exitCode())
                                .arg(QString::fromUtf8(p.readAllStandardError()))));
        const QByteArray rebuilt = readAll(out);
        if (rebuilt == m_committed) return;
        // Say which part differs: that tells a stale artifact from a compiler mismatch.
        const QJsonObject fresh = QJsonDocument::fromJson(rebuilt).object();
        QStringList differing;
        for (auto it = fresh.begin(); it != fresh.end(); ++it)
            if (m_artifact.value(it.key()) != it.value()) differing << it.key();
        QFAIL(qPrintable(QStringLiteral("contracts/BatteryTraceRegistry.json is not what the pinned solc makes of "
                                        "the source (differs in: %1). Run scripts/compile-contracts and commit "
                                        "the result.")
                             .arg(differing.isEmpty() ? QStringLiteral("formatting") : differing.join(u", "))));
    }

    void sourceHashAndSettings()
    {
        const QByteArray source = readAll(QDir(sourceDir()).filePath(QStringLiteral("contracts/BatteryTraceRegistry.sol")));
        QVERIFY(!source.isEmpty());
        QCOMPARE(m_artifact.value(QStringLiteral("sourceSha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(m_artifact.value(QStringLiteral("contractName")).toString(), QStringLiteral("BatteryTraceRegistry"));

        const QJsonObject pkg = QJsonDocument::fromJson(readAll(QDir(sourceDir()).filePath(
                                                            QStringLiteral("scripts/npm/package.json"))))
                                    .object();
        const QString pinned = pkg.value(QStringLiteral("dependencies")).toObject().value(QStringLiteral("solc")).toString();
        QVERIFY(!pinned.isEmpty());
        const QString version =
            m_artifact.value(QStringLiteral("compiler")).toObject().value(QStringLiteral("version")).toString();
        QVERIFY2(version.startsWith(pinned + QLatin1Char('+')),
                 qPrintable(QStringLiteral("artifact built with solc %1, package.json pins %2").arg(version, pinned)));
        QVERIFY2(QString::fromUtf8(source).contains(QStringLiteral("pragma solidity %1;").arg(pinned)),
                 "the source's pragma does not pin the same solc as scripts/npm/package.json");

        const QJsonObject settings = m_artifact.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("evmVersion")).toString(), QStringLiteral("cancun"));
        QCOMPARE(settings.value(QStringLiteral("optimizer")).toObject().value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(settings.value(QStringLiteral("optimizer")).toObject().value(QStringLiteral("runs")).toInt(), 200);
        QCOMPARE(settings.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("bytecodeHash")).toString(),
                 QStringLiteral("none"));
        for (const char* key : {"bytecode", "deployedBytecode"}) {
            const QString code = m_artifact.value(QLatin1String(key)).toString();
            QVERIFY2(code.startsWith(QStringLiteral("0x")) && code.size() > 2, key);
            QVERIFY2(fromHex(code.toStdString()).ok(), key);  // no unlinked library placeholders
        }
    }

    // Both directions: every declared event is in the ABI as declared, and every event
    // in the ABI is declared (an undeclared one would be a state change the explorer
    // cannot see).
    void eventsMatchRegistryAbi()
    {
        auto abiEvents = entries("event");
        std::set<std::string> declared;
        for (const registry::EventInfo& info : registry::registryEvents()) {
            const abi::Event& spec = registry::eventSpec(info.id);
            declared.insert(spec.name);
            const auto it = abiEvents.find(spec.name);
            QVERIFY2(it != abiEvents.end(), qPrintable(QStringLiteral("event %1 is not in the ABI")
                                                           .arg(QString::fromStdString(spec.name))));
            QCOMPARE(it->second.value(QStringLiteral("anonymous")).toBool(), false);
            const QString diff = compareInputs(it->second, spec.inputs, true);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(spec.signature(), std::string(info.signature));
        }
        for (const auto& [name, entry] : abiEvents)
            QVERIFY2(declared.count(name),
                     qPrintable(QStringLiteral("the contract emits %1, which registry_abi does not declare")
                                    .arg(QString::fromStdString(name))));
    }

    // Every state-changing function is declared (the simulator can reach all of them);
    // view getters are not part of the C++ interface.
    void functionsMatchRegistryAbi()
    {
        auto abiFunctions = entries("function");
        std::set<std::string> declared;
        for (const registry::FunctionInfo& info : registry::registryFunctions()) {
            const abi::Function& spec = registry::functionSpec(info.id);
            declared.insert(spec.name);
            const auto it = abiFunctions.find(spec.name);
            QVERIFY2(it != abiFunctions.end(), qPrintable(QStringLiteral("function %1 is not in the ABI")
                                                              .arg(QString::fromStdString(spec.name))));
            const QString diff = compareInputs(it->second, spec.inputs, false);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(it->second.value(QStringLiteral("stateMutability")).toString(), QStringLiteral("nonpayable"));
        }
        for (const auto& [name, entry] : abiFunctions) {
            const QString mutability = entry.value(QStringLiteral("stateMutability")).toString();
            if (mutability == QLatin1String("view") || mutability == QLatin1String("pure")) continue;
            QVERIFY2(declared.count(name), qPrintable(QStringLiteral("state-changing function %1 is not declared in "
                                                                     "registry_abi")
                                                          .arg(QString::fromStdString(name))));
        }
    }

    void errorsMatchRegistryAbi()
    {
        auto abiErrors = entries("error");
        std::set<std::string> declared;
        for (const registry::ErrorInfo& info : registry::registryErrors()) {
            auto spec = abi::Function::parse(info.declaration);
            QVERIFY(spec.ok());
            declared.insert(spec->name);
            const auto it = abiErrors.find(spec->name);
            QVERIFY2(it != abiErrors.end(), qPrintable(QStringLiteral("error %1 is not in the ABI")
                                                           .arg(QString::fromStdString(spec->name))));
            const QString diff = compareInputs(it->second, spec->inputs, false);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        for (const auto& [name, entry] : abiErrors)
            QVERIFY2(declared.count(name), qPrintable(QStringLiteral("custom error %1 is not declared in registry_abi")
                                                          .arg(QString::fromStdString(name))));
    }
};

QTEST_GUILESS_MAIN(TestContractArtifact)
#include "test_contract_artifact.moc"
