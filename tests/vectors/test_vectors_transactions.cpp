// Transaction vectors of the shared Ethereum folder: ethereum/tests TransactionTests
// (F-TT) and EEST state tests (F-ST). Per case and fork: a valid transaction must
// decode, pass validate(), hash to the published hash and recover the published
// sender (and, for EIP-7702, every authority); an invalid one must be rejected.
// A file that cannot be read, or a case that cannot be interpreted, fails the test.
#include "vector_files.h"
#include "vector_shapes.h"

#include "codec/keccak.h"
#include "codec/transaction.h"

#include <QTest>

#include <cctype>
#include <string_view>

using namespace bt;
using namespace bt::test;
using nlohmann::json;

namespace {

struct Counts {
    int ttFiles = 0;
    int stFiles = 0;
    int cases = 0;
    int accepted = 0;           // (case, fork) pairs that must be and were accepted
    int rejected = 0;           // (case, fork) pairs that must be and were rejected
    int rejectedAtRecovery = 0; // of which only sender recovery failed (EC_RECOVERY_FAIL)
    int authorities = 0;        // EIP-7702 tuples whose signer (or its absence) was checked
};

std::string hexOf(const json& v)
{
    return v.is_string() ? v.get<std::string>() : std::string();
}

// Lower-case hex string of a JSON value, for comparing addresses and hashes.
std::string lowerHex(const json& v)
{
    std::string s = hexOf(v);
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<U256> quantityOf(const json& v)
{
    if (!v.is_string()) return std::nullopt;
    return U256::fromHexQuantity(v.get<std::string>());
}

// What happened to one transaction under one fork's rules.
struct Outcome {
    bool decoded = false;
    bool valid = false;
    std::optional<Transaction> tx;
    std::string why;  // the first failure
};

Outcome run(const Bytes& raw, const TxRules& rules)
{
    Outcome o;
    auto tx = Transaction::decode(raw);
    if (!tx) {
        o.why = "decode: " + tx.error().message();
        return o;
    }
    o.decoded = true;
    o.tx = *tx;
    auto st = tx->validate(rules);
    if (!st) {
        o.why = "validate: " + st.error().message();
        return o;
    }
    o.valid = true;
    return o;
}

}  // namespace

class TestVectorsTransactions : public QObject {
    Q_OBJECT
private slots:
    void allTransactionVectors()
    {
        const auto dir = vectorsDir("BT_ETH_VECTORS", "ethereum");
        const auto files = jsonFiles(dir);
        QVERIFY2(!files.empty(), qPrintable(q("no JSON files under " + dir.string())));
        Counts n;
        for (const auto& path : files) {
            std::string err;
            auto j = readJson(path, err);
            QVERIFY2(j.has_value(), qPrintable(q(err)));
            const Shape shape = classify(*j);
            const std::string file = std::filesystem::relative(path, dir).string();
            if (shape == Shape::TxTest) {
                ++n.ttFiles;
                txTestFile(*j, file, n);
            } else if (shape == Shape::StateTest) {
                ++n.stFiles;
                stateTestFile(*j, file, n);
            }
            if (QTest::currentTestFailed()) return;
        }
        QVERIFY2(n.ttFiles > 0, "no F-TT file found");
        QVERIFY2(n.stFiles > 0, "no F-ST file found");
        qInfo("transactions: %d F-TT files, %d F-ST files, %d cases; %d accepted, %d rejected "
              "(%d of them at sender recovery), %d EIP-7702 authorities checked",
              n.ttFiles, n.stFiles, n.cases, n.accepted, n.rejected, n.rejectedAtRecovery, n.authorities);
    }

private:
    // F-TT: {name: {txbytes, result: {Fork: {hash, sender} | {exception}}}}, chain id 1.
    void txTestFile(const json& j, const std::string& file, Counts& n)
    {
        // Iterators, not items(): GCC 12 flags items()' proxies as dangling (-Wdangling-pointer).
        for (auto it = j.begin(); it != j.end(); ++it) {
            const json& c = it.value();
            const std::string where = file + " / " + it.key();
            ++n.cases;
            QVERIFY2(c.contains("txbytes") && c["txbytes"].is_string() && c.contains("result") && c["result"].is_object() &&
                         !c["result"].empty(),
                     qPrintable(q(where + ": no txbytes or result")));
            auto raw = fromHex(c["txbytes"].get<std::string>());
            QVERIFY2(raw.ok(), qPrintable(q(where + ": txbytes is not hex")));
            const json& results = c["result"];
            for (auto r = results.begin(); r != results.end(); ++r) {
                const std::string& forkName = r.key();
                const json& expected = r.value();
                const std::string at = where + " @ " + forkName;
                const auto fork = forkFromName(forkName);
                QVERIFY2(fork.has_value(), qPrintable(q(at + ": unknown fork")));
                TxRules rules;
                rules.fork = *fork;
                rules.chainId = U256(1);
                const Outcome o = run(*raw, rules);
                if (expected.contains("exception")) {
                    expectRejected(o, expected["exception"].get<std::string>(), at, n);
                    if (QTest::currentTestFailed()) return;
                } else {
                    QVERIFY2(expected.contains("hash") && expected.contains("sender"),
                             qPrintable(q(at + ": neither exception nor hash + sender")));
                    QVERIFY2(o.valid, qPrintable(q(at + ": must be valid, " + o.why)));
                    QCOMPARE(toHex(keccak256(*raw)), lowerHex(expected["hash"]));
                    QCOMPARE(toHex(o.tx->hash()), lowerHex(expected["hash"]));
                    auto sender = o.tx->recoverSender();
                    QVERIFY2(sender.ok(), qPrintable(q(at + ": sender: " + (sender.ok() ? "" : sender.error().message()))));
                    QCOMPARE(toHex(*sender), lowerHex(expected["sender"]));
                    ++n.accepted;
                }
            }
        }
    }

    // F-ST: {id: {env, transaction: {sender, authorizationList?}, post: {Fork: [{txbytes,
    // expectException?}]}, config: {chainid}}}.
    void stateTestFile(const json& j, const std::string& file, Counts& n)
    {
        for (auto it = j.begin(); it != j.end(); ++it) {
            const json& c = it.value();
            const std::string where = file + " / " + it.key();
            ++n.cases;
            QVERIFY2(c.contains("transaction") && c.contains("post") && c["post"].is_object() && c.contains("config") &&
                         c.contains("env"),
                     qPrintable(q(where + ": missing transaction, post, config or env")));
            const json& txTemplate = c["transaction"];
            const auto chainId = quantityOf(c["config"].value("chainid", json()));
            QVERIFY2(chainId.has_value(), qPrintable(q(where + ": no config.chainid")));
            std::optional<U256> baseFee;
            if (c["env"].contains("currentBaseFee")) {
                baseFee = quantityOf(c["env"]["currentBaseFee"]);
                QVERIFY2(baseFee.has_value(), qPrintable(q(where + ": bad env.currentBaseFee")));
            }
            QVERIFY2(txTemplate.contains("sender"), qPrintable(q(where + ": no transaction.sender")));
            const json& post = c["post"];
            for (auto p = post.begin(); p != post.end(); ++p) {
                const std::string& forkName = p.key();
                const json& entries = p.value();
                const auto fork = forkFromName(forkName);
                QVERIFY2(fork.has_value(), qPrintable(q(where + ": unknown fork " + forkName)));
                QVERIFY2(entries.is_array() && !entries.empty(), qPrintable(q(where + ": post." + forkName + " is empty")));
                for (std::size_t i = 0; i < entries.size(); ++i) {
                    const json& e = entries[i];
                    const std::string at = where + " @ " + forkName + "[" + std::to_string(i) + "]";
                    QVERIFY2(e.contains("txbytes") && e["txbytes"].is_string(), qPrintable(q(at + ": no txbytes")));
                    auto raw = fromHex(e["txbytes"].get<std::string>());
                    QVERIFY2(raw.ok(), qPrintable(q(at + ": txbytes is not hex")));
                    TxRules rules;
                    rules.fork = *fork;
                    rules.chainId = chainId;
                    rules.baseFee = baseFee;
                    const Outcome o = run(*raw, rules);
                    if (o.tx && o.tx->type == TxType::SetCode) checkAuthorities(*o.tx, txTemplate, at, n);
                    if (QTest::currentTestFailed()) return;
                    if (e.contains("expectException")) {
                        expectRejected(o, hexOf(e["expectException"]), at, n);
                        if (QTest::currentTestFailed()) return;
                        continue;
                    }
                    QVERIFY2(o.valid, qPrintable(q(at + ": must be valid, " + o.why)));
                    // The format states no hash: the hash is keccak256(txbytes), which
                    // must also be what re-encoding the decoded transaction gives.
                    QCOMPARE(toHex(o.tx->hash()), toHex(keccak256(*raw)));
                    auto sender = o.tx->recoverSender();
                    QVERIFY2(sender.ok(), qPrintable(q(at + ": sender: " + (sender.ok() ? "" : sender.error().message()))));
                    QCOMPARE(toHex(*sender), lowerHex(txTemplate["sender"]));
                    ++n.accepted;
                }
            }
        }
    }

    // Each tuple's recovered authority equals its "signer"; no "signer" means the
    // signature must not recover. The tuple fields must be those of the template.
    void checkAuthorities(const Transaction& tx, const json& txTemplate, const std::string& at, Counts& n)
    {
        QVERIFY2(txTemplate.contains("authorizationList") && txTemplate["authorizationList"].is_array(),
                 qPrintable(q(at + ": type-4 transaction without transaction.authorizationList")));
        const json& list = txTemplate["authorizationList"];
        QCOMPARE(tx.authorizationList.size(), list.size());
        for (std::size_t k = 0; k < list.size(); ++k) {
            const Authorization& a = tx.authorizationList[k];
            const json& expected = list[k];
            const std::string here = at + " authorization " + std::to_string(k);
            QVERIFY2(quantityOf(expected.value("chainId", json())) == a.chainId, qPrintable(q(here + ": chainId")));
            QVERIFY2(quantityOf(expected.value("nonce", json())) == U256(a.nonce), qPrintable(q(here + ": nonce")));
            QVERIFY2(quantityOf(expected.value("yParity", json())) == a.yParity, qPrintable(q(here + ": yParity")));
            QVERIFY2(quantityOf(expected.value("r", json())) == a.r, qPrintable(q(here + ": r")));
            QVERIFY2(quantityOf(expected.value("s", json())) == a.s, qPrintable(q(here + ": s")));
            QCOMPARE(toHex(a.address), lowerHex(expected.value("address", json())));
            auto authority = a.recoverAuthority();
            if (expected.contains("signer")) {
                QVERIFY2(authority.ok(), qPrintable(q(here + ": must recover, " +
                                                      (authority.ok() ? "" : authority.error().message()))));
                QCOMPARE(toHex(*authority), lowerHex(expected["signer"]));
            } else {
                QVERIFY2(!authority.ok(), qPrintable(q(here + ": recovered " +
                                                       (authority.ok() ? toHex(*authority) : "") +
                                                       " but the vector has no signer")));
            }
            ++n.authorities;
        }
    }

    // A transaction the vector rejects must fail decode() or validate(). The one
    // exception is EC_RECOVERY_FAIL: r and s are in range, so only recovering the
    // sender can show the signature is bad, and validate() by design does not recover.
    void expectRejected(const Outcome& o, const std::string& exception, const std::string& at, Counts& n)
    {
        if (!o.valid) {
            ++n.rejected;
            return;
        }
        const bool recoveryFailure = exception.find("EC_RECOVERY_FAIL") != std::string::npos;
        QVERIFY2(recoveryFailure, qPrintable(q(at + ": accepted, but the vector expects " + exception)));
        auto sender = o.tx->recoverSender();
        QVERIFY2(!sender.ok(), qPrintable(q(at + ": sender recovered, but the vector expects " + exception)));
        ++n.rejected;
        ++n.rejectedAtRecovery;
    }
};

QTEST_APPLESS_MAIN(TestVectorsTransactions)
#include "test_vectors_transactions.moc"
