// Block vectors of the shared Ethereum folder, each file picked by its shape:
//   F-BT / F-EEST-BT  genesis and every valid block: the RLP decodes, the header
//                     hashes to blockHeader.hash and equals the blockHeader JSON,
//                     links to its parent under the header rules of its fork, the
//                     body matches the header's roots, uncles and withdrawals match
//                     their JSON, every transaction is valid at the block's fork and
//                     recovers the published sender. Every invalid block
//                     (expectException) is rejected by a stateless check.
//   F-GENESIS         the mainnet genesis block hashes to its published hash.
//   F-RPCSHAPED       eth_getBlockByNumber-shaped headers hash to their "hash" and
//                     have the layout of their fork.
// A file that cannot be read or a case that cannot be interpreted fails the test.
#include "codec/block.h"
#include "codec/keccak.h"
#include "codec/rpc_json.h"
#include "codec/transaction.h"

#include "vector_files.h"
#include "vector_shapes.h"

#include <QTest>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <regex>

using namespace bt;
using namespace bt::test;
using nlohmann::json;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string str(const json& obj, const char* key)
{
    if (!obj.is_object() || !obj.contains(key) || !obj[key].is_string()) return {};
    return obj[key].get<std::string>();
}

// A test-suite network name as a schedule: a fork name ("Cancun", "EIP158",
// "Merge"), or a transition "XToYAt5" (Y from block 5) / "XToYAtTime15k" (Y from
// timestamp 15000).
std::optional<ForkSchedule> scheduleOf(const std::string& network)
{
    if (auto f = forkFromName(network)) return ForkSchedule::allFrom(*f);
    static const std::regex kTransition("^([A-Za-z0-9]+?)To([A-Za-z0-9]+)At(Time)?([0-9]+)(k?)$");
    std::smatch m;
    if (!std::regex_match(network, m, kTransition)) return std::nullopt;
    auto from = forkFromName(m[1].str());
    auto to = forkFromName(m[2].str());
    if (!from || !to || *to <= *from) return std::nullopt;
    std::uint64_t at = std::stoull(m[4].str());
    if (m[5].matched && m[5].length() > 0) at *= 1000;
    ForkSchedule s = ForkSchedule::allFrom(*from);
    for (int f = static_cast<int>(*from) + 1; f <= static_cast<int>(*to); ++f)
        s.activate(static_cast<Fork>(f), m[3].matched && m[3].length() > 0, at);
    return s;
}

// Fixture header JSON → JSON-RPC names (the README's mapping), so that one reader
// serves both.
json toRpcNames(const json& fixture)
{
    static const std::map<std::string, std::string> kRename{
        {"uncleHash", "sha3Uncles"},         {"coinbase", "miner"}, {"transactionsTrie", "transactionsRoot"},
        {"receiptTrie", "receiptsRoot"},     {"bloom", "logsBloom"},
    };
    json out = json::object();
    for (auto it = fixture.begin(); it != fixture.end(); ++it) {
        auto r = kRename.find(it.key());
        out[r == kRename.end() ? it.key() : r->second] = it.value();
    }
    return out;
}

std::string headerDiff(const BlockHeader& a, const BlockHeader& b)
{
    std::string d;
    auto note = [&](bool differs, const char* name) {
        if (differs) d += std::string(d.empty() ? "" : ", ") + name;
    };
    note(a.parentHash != b.parentHash, "parentHash");
    note(a.ommersHash != b.ommersHash, "ommersHash");
    note(a.beneficiary != b.beneficiary, "beneficiary");
    note(a.stateRoot != b.stateRoot, "stateRoot");
    note(a.transactionsRoot != b.transactionsRoot, "transactionsRoot");
    note(a.receiptsRoot != b.receiptsRoot, "receiptsRoot");
    note(a.logsBloom != b.logsBloom, "logsBloom");
    note(a.difficulty != b.difficulty, "difficulty");
    note(a.number != b.number, "number");
    note(a.gasLimit != b.gasLimit, "gasLimit");
    note(a.gasUsed != b.gasUsed, "gasUsed");
    note(a.timestamp != b.timestamp, "timestamp");
    note(a.extraData != b.extraData, "extraData");
    note(a.mixHash != b.mixHash, "mixHash");
    note(a.nonce != b.nonce, "nonce");
    note(a.baseFeePerGas != b.baseFeePerGas, "baseFeePerGas");
    note(a.withdrawalsRoot != b.withdrawalsRoot, "withdrawalsRoot");
    note(a.blobGasUsed != b.blobGasUsed, "blobGasUsed");
    note(a.excessBlobGas != b.excessBlobGas, "excessBlobGas");
    note(a.parentBeaconBlockRoot != b.parentBeaconBlockRoot, "parentBeaconBlockRoot");
    note(a.requestsHash != b.requestsHash, "requestsHash");
    return d;
}

rpcjson::Options lenient()
{
    rpcjson::Options o;
    o.lenientQuantities = true;
    return o;
}

// A decoded header against its fixture JSON (fixture names, padded quantities) and
// the JSON's "hash". Empty when they agree.
std::string compareHeaderJson(const BlockHeader& h, const Hash32& hash, const json& fixture)
{
    auto fromJson = rpcjson::header(toRpcNames(fixture), lenient());
    if (!fromJson) return "blockHeader JSON: " + fromJson.error().message();
    if (!(*fromJson == h)) return "header fields differ from the JSON: " + headerDiff(h, *fromJson);
    auto want = fixedFromHex<32>(str(fixture, "hash"));
    if (!want) return "blockHeader.hash is missing or not 32 bytes";
    if (*want != hash) return "hash " + toHex(hash) + ", JSON says " + toHex(*want);
    if (h.hash() != hash) return "re-encoded header hashes differently";
    return {};
}

std::optional<U256> quantityOf(const json& obj, const char* key)
{
    return U256::fromHexQuantity(str(obj, key));
}

// A fixture transaction without "sender" (older ethereum/tests files): its fields
// must be what the envelope decodes to.
std::string compareLegacyTxFields(const Transaction& tx, const json& j)
{
    auto q = [&](const char* key, const U256& v) -> std::string {
        auto want = quantityOf(j, key);
        if (!want) return std::string(key) + " missing or malformed";
        if (*want != v) return std::string(key) + " differs";
        return {};
    };
    for (const auto& r : {q("nonce", U256(tx.nonce)), q("gasPrice", tx.gasPrice), q("gasLimit", U256(tx.gasLimit)),
                          q("value", tx.value), q("v", tx.v), q("r", tx.r), q("s", tx.s)})
        if (!r.empty()) return r;
    auto data = fromHex(str(j, "data"));
    if (!data || *data != tx.data) return "data differs";
    const std::string to = str(j, "to");
    if (to.empty() || to == "0x") {
        if (tx.to) return "to differs (JSON: creation)";
    } else {
        auto addr = fixedFromHex<20>(to);
        if (!addr || !tx.to || *addr != *tx.to) return "to differs";
    }
    return {};
}

struct Counts {
    int btFiles = 0, cases = 0, genesis = 0, validBlocks = 0, invalidRejected = 0;
    int txSenders = 0, txFieldsOnly = 0, ommers = 0, withdrawalLists = 0, requests = 0;
    int mainnetGenesis = 0, rpcShaped = 0;
    std::map<std::string, int> rejectedBy;
};

}  // namespace

class VectorsBlocks : public QObject {
    Q_OBJECT

    struct File {
        std::filesystem::path path;
        json content;
        Shape shape;
    };
    std::vector<File> m_files;
    std::vector<std::string> m_failures;
    Counts m_n;

    void fail(const std::string& where, const std::string& what) { m_failures.push_back(where + ": " + what); }

    void reportFailures()
    {
        for (const auto& f : m_failures) qWarning("%s", f.c_str());
        const std::string summary = std::to_string(m_failures.size()) + " failure(s), first: " +
                                    (m_failures.empty() ? std::string() : m_failures.front());
        m_failures.clear();
        QVERIFY2(summary.rfind("0 failure", 0) == 0, qPrintable(q(summary)));
    }

    // Tries every stateless check on a block that must be invalid; returns what
    // rejected it, or empty when everything accepted it.
    std::string rejection(const Bytes& raw, const std::map<Hash32, BlockHeader>& known, const ForkSchedule& sched,
                          const U256& chainId)
    {
        auto b = BlockView::decode(raw);
        if (!b) return "decoding (" + b.error().message() + ")";
        auto parent = known.find(b->header.parentHash);
        if (parent == known.end()) return "unknown parent";
        const Fork fork = sched.forkAt(b->header.number, b->header.timestamp);
        const Fork parentFork = sched.forkAt(parent->second.number, parent->second.timestamp);
        HeaderRules rules;
        rules.proofOfStake = true;
        if (auto s = validateAgainstParent(b->header, parent->second, fork, parentFork, rules); !s)
            return "header rules (" + s.error().message() + ")";
        if (auto s = checkBodyRoots(*b); !s) return "body roots (" + s.error().message() + ")";
        for (std::size_t i = 0; i < b->transactions.size(); ++i) {
            auto tx = Transaction::decode(b->transactions[i]);
            if (!tx) return "transaction " + std::to_string(i) + " decoding (" + tx.error().message() + ")";
            if (auto s = tx->validate(TxRules{fork, chainId, b->header.baseFeePerGas}); !s)
                return "transaction " + std::to_string(i) + " rules (" + s.error().message() + ")";
            if (auto a = tx->recoverSender(); !a)
                return "transaction " + std::to_string(i) + " sender (" + a.error().message() + ")";
        }
        return {};
    }

    void blockTest(const std::string& file, const std::string& name, const json& t)
    {
        const std::string where = file + " / " + name;
        ++m_n.cases;
        const std::string network = str(t, "network");
        auto sched = scheduleOf(network);
        if (!sched) return fail(where, "network \"" + network + "\" is not a fork or transition I know");
        U256 chainId(1);  // ethereum/tests: mainnet's id
        if (t.contains("config") && t["config"].contains("chainid")) {
            auto id = quantityOf(t["config"], "chainid");
            if (!id) return fail(where, "config.chainid is malformed");
            chainId = *id;
        }
        HeaderRules rules;
        rules.proofOfStake = true;  // the suites follow mainnet: PoS from Paris on

        // Genesis.
        auto genesisRaw = fromHex(str(t, "genesisRLP"));
        if (!genesisRaw) return fail(where, "genesisRLP missing or not hex");
        auto genesis = Block::decode(*genesisRaw);
        if (!genesis) return fail(where, "genesisRLP: " + genesis.error().message());
        if (auto d = compareHeaderJson(genesis->header, genesis->hash(), t["genesisBlockHeader"]); !d.empty())
            return fail(where, "genesis: " + d);
        if (auto s = checkBodyRoots(*genesis); !s) return fail(where, "genesis body: " + s.error().message());
        if (auto s = genesis->header.checkLayout(sched->forkAt(0, genesis->header.timestamp)); !s)
            return fail(where, "genesis: " + s.error().message());
        if (genesis->encode() != *genesisRaw) return fail(where, "genesis re-encodes differently");
        ++m_n.genesis;

        std::map<Hash32, BlockHeader> known{{genesis->hash(), genesis->header}};
        if (!t.contains("blocks") || !t["blocks"].is_array()) return fail(where, "no blocks list");
        for (std::size_t bi = 0; bi < t["blocks"].size(); ++bi) {
            const json& jb = t["blocks"][bi];
            const std::string at = where + " / block " + std::to_string(bi);
            auto raw = fromHex(str(jb, "rlp"));
            const bool mustFail = jb.contains("expectException");
            if (mustFail) {
                // A malformed "rlp" (not even hex) counts as rejected at decoding.
                const std::string why = raw ? rejection(*raw, known, *sched, chainId) : "not hex";
                if (why.empty()) {
                    fail(at, "invalid block (" + jb["expectException"].dump() + ") passed every check");
                    continue;
                }
                ++m_n.invalidRejected;
                ++m_n.rejectedBy[why.substr(0, why.find(" ("))];
                qInfo("%s: %s rejected by %s", at.c_str(), jb["expectException"].dump().c_str(), why.c_str());
                continue;
            }
            if (!jb.contains("blockHeader")) {
                fail(at, "neither blockHeader nor expectException");
                continue;
            }
            if (!raw) {
                fail(at, "rlp missing or not hex");
                continue;
            }
            validBlock(at, *raw, jb, known, *sched, chainId, rules);
        }
        const std::string last = lower(str(t, "lastblockhash"));
        auto lastHash = fixedFromHex<32>(last);
        if (!lastHash || !known.count(*lastHash)) fail(where, "lastblockhash " + last + " is not a block of the test");
    }

    void validBlock(const std::string& at, const Bytes& raw, const json& jb, std::map<Hash32, BlockHeader>& known,
                    const ForkSchedule& sched, const U256& chainId, const HeaderRules& rules)
    {
        auto b = Block::decode(raw);
        if (!b) return fail(at, "rlp: " + b.error().message());
        const BlockHeader& h = b->header;
        const Hash32 hash = b->hash();
        // Known from here on even if a check below fails, so that one failure does
        // not cascade into "unknown parent" for every later block.
        known.emplace(hash, h);
        if (auto d = compareHeaderJson(h, hash, jb["blockHeader"]); !d.empty()) return fail(at, d);
        if (b->encode() != raw) return fail(at, "the block re-encodes differently");

        auto parent = known.find(h.parentHash);
        if (parent == known.end()) return fail(at, "parent " + toHex(h.parentHash) + " unknown");
        const Fork fork = sched.forkAt(h.number, h.timestamp);
        const Fork parentFork = sched.forkAt(parent->second.number, parent->second.timestamp);
        if (auto s = validateAgainstParent(h, parent->second, fork, parentFork, rules); !s)
            return fail(at, "against its parent at " + std::string(forkName(fork)) + ": " + s.error().message());
        if (auto s = checkBodyRoots(*b); !s) return fail(at, s.error().message());

        // Uncles.
        const json uncles = jb.value("uncleHeaders", json::array());
        if (uncles.size() != b->ommers.size()) return fail(at, "uncle count differs from uncleHeaders");
        for (std::size_t i = 0; i < uncles.size(); ++i) {
            if (auto d = compareHeaderJson(b->ommers[i], b->ommers[i].hash(), uncles[i]); !d.empty())
                return fail(at, "uncle " + std::to_string(i) + ": " + d);
            ++m_n.ommers;
        }

        // Withdrawals (the root itself is part of checkBodyRoots).
        if (jb.contains("withdrawals")) {
            const json& jw = jb["withdrawals"];
            if (!b->withdrawals || jw.size() != b->withdrawals->size())
                return fail(at, "withdrawals differ from the JSON list");
            for (std::size_t i = 0; i < jw.size(); ++i) {
                auto w = rpcjson::withdrawal(jw[i], lenient());
                if (!w) return fail(at, "withdrawals[" + std::to_string(i) + "]: " + w.error().message());
                if (!(*w == (*b->withdrawals)[i])) return fail(at, "withdrawal " + std::to_string(i) + " differs");
            }
            ++m_n.withdrawalLists;
        } else if (b->withdrawals) {
            return fail(at, "the block has withdrawals the JSON does not list");
        }

        // EIP-7685 requests, when the fixture spells them out.
        for (const char* key : {"requests", "executionRequests"}) {
            if (!jb.contains(key)) continue;
            std::vector<Bytes> reqs;
            for (const auto& r : jb[key]) {
                auto bytes = fromHex(r.is_string() ? r.get<std::string>() : std::string("?"));
                if (!bytes) return fail(at, std::string(key) + " entry is not hex");
                reqs.push_back(*bytes);
            }
            if (!h.requestsHash || requestsHash(reqs) != *h.requestsHash)
                return fail(at, "requestsHash differs from the " + std::string(key) + " list");
            ++m_n.requests;
        }

        // Transactions: valid at the block's fork, and signed by the published sender.
        const json txs = jb.value("transactions", json::array());
        if (txs.size() != b->transactions.size()) return fail(at, "transaction count differs from the JSON");
        for (std::size_t i = 0; i < txs.size(); ++i) {
            const std::string ti = at + " / tx " + std::to_string(i);
            auto tx = Transaction::decode(b->transactions[i]);
            if (!tx) return fail(ti, tx.error().message());
            if (auto s = tx->validate(TxRules{fork, chainId, h.baseFeePerGas}); !s)
                return fail(ti, "rejected at " + std::string(forkName(fork)) + ": " + s.error().message());
            auto sender = tx->recoverSender();
            if (!sender) return fail(ti, "sender: " + sender.error().message());
            if (txs[i].contains("sender")) {
                if (toHex(*sender) != lower(str(txs[i], "sender")))
                    return fail(ti, "sender " + toHex(*sender) + ", JSON says " + str(txs[i], "sender"));
                ++m_n.txSenders;
            } else {
                if (auto d = compareLegacyTxFields(*tx, txs[i]); !d.empty()) return fail(ti, d);
                ++m_n.txFieldsOnly;
            }
            if (txs[i].contains("hash") && toHex(keccak256(b->transactions[i])) != lower(str(txs[i], "hash")))
                return fail(ti, "hash differs");
        }
        ++m_n.validBlocks;
    }

private slots:
    void initTestCase()
    {
        const auto dir = vectorsDir("BT_ETH_VECTORS", "ethereum");
        const auto files = jsonFiles(dir);
        QVERIFY2(!files.empty(), qPrintable(q("no JSON files under " + dir.string())));
        for (const auto& f : files) {
            std::string err;
            auto j = readJson(f, err);
            QVERIFY2(j.has_value(), qPrintable(q(err)));
            const Shape s = classify(*j);
            if (s == Shape::BlockTest || s == Shape::Genesis || s == Shape::RpcShaped)
                m_files.push_back({f, std::move(*j), s});
        }
    }

    void blockTests()
    {
        for (const auto& f : m_files) {
            if (f.shape != Shape::BlockTest) continue;
            ++m_n.btFiles;
            for (auto it = f.content.begin(); it != f.content.end(); ++it)
                blockTest(f.path.filename().string(), it.key(), it.value());
        }
        qInfo("F-BT/F-EEST-BT: %d files, %d cases, %d genesis + %d valid blocks (%d headers), %d uncles, "
              "%d withdrawal lists, %d request lists, %d tx senders + %d txs by fields; %d invalid blocks rejected",
              m_n.btFiles, m_n.cases, m_n.genesis, m_n.validBlocks, m_n.genesis + m_n.validBlocks, m_n.ommers,
              m_n.withdrawalLists, m_n.requests, m_n.txSenders, m_n.txFieldsOnly, m_n.invalidRejected);
        for (const auto& [why, n] : m_n.rejectedBy) qInfo("  rejected by %s: %d", why.c_str(), n);
        QVERIFY2(m_n.btFiles > 0, "no block test file in the vectors folder");
        reportFailures();
    }

    void mainnetGenesis()
    {
        int files = 0;
        for (const auto& f : m_files) {
            if (f.shape != Shape::Genesis) continue;
            ++files;
            const std::string where = f.path.filename().string();
            auto raw = fromHex(str(f.content, "genesis_rlp_hex"));
            auto wantHash = fixedFromHex<32>(str(f.content, "genesis_hash"));
            auto wantState = fixedFromHex<32>(str(f.content, "genesis_state_root"));
            if (!raw || !wantHash || !wantState) {
                fail(where, "genesis_rlp_hex / genesis_hash / genesis_state_root missing or malformed");
                continue;
            }
            auto b = Block::decode(*raw);
            if (!b) {
                fail(where, b.error().message());
                continue;
            }
            if (b->hash() != *wantHash) fail(where, "hash " + toHex(b->hash()));
            if (b->header.hash() != *wantHash) fail(where, "re-encoded header hashes differently");
            if (b->header.stateRoot != *wantState) fail(where, "stateRoot differs");
            if (b->header.layout() != HeaderLayout::Frontier) fail(where, "not a Frontier header");
            if (auto s = checkBodyRoots(*b); !s) fail(where, s.error().message());
            ++m_n.mainnetGenesis;
        }
        qInfo("F-GENESIS: %d files, %d genesis hashes", files, m_n.mainnetGenesis);
        QVERIFY2(files > 0, "no F-GENESIS file in the vectors folder");
        reportFailures();
    }

    void rpcShapedHeaders()
    {
        int files = 0;
        for (const auto& f : m_files) {
            if (f.shape != Shape::RpcShaped) continue;
            ++files;
            for (std::size_t i = 0; i < f.content.size(); ++i) {
                const json& e = f.content[i];
                const std::string where = f.path.filename().string() + " [" + std::to_string(i) + "] " +
                                          str(e, "test") + " " + str(e, "header_location");
                const json& obj = e["eth_getBlockByNumber_shaped"];
                auto h = rpcjson::header(obj);  // strict: these are minimal quantities
                if (!h) {
                    fail(where, h.error().message());
                    continue;
                }
                auto want = fixedFromHex<32>(str(obj, "hash"));
                if (!want) {
                    fail(where, "hash missing or malformed");
                    continue;
                }
                if (h->hash() != *want) fail(where, "hash " + toHex(h->hash()) + ", want " + toHex(*want));
                auto sched = scheduleOf(str(e, "network"));
                if (!sched) {
                    fail(where, "network \"" + str(e, "network") + "\" unknown");
                    continue;
                }
                if (auto s = h->checkLayout(sched->forkAt(h->number, h->timestamp)); !s)
                    fail(where, s.error().message());
                ++m_n.rpcShaped;
            }
        }
        qInfo("F-RPCSHAPED: %d files, %d headers", files, m_n.rpcShaped);
        QVERIFY2(files > 0, "no F-RPCSHAPED file in the vectors folder");
        reportFailures();
    }
};

QTEST_APPLESS_MAIN(VectorsBlocks)
#include "test_vectors_blocks.moc"
