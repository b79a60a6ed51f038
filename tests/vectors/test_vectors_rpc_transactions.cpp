// JSON-RPC transaction exchanges recorded from go-ethereum (F-RPC files of the shared
// Ethereum folder): every transaction a node returned is rebuilt from its JSON or
// decoded from its raw bytes, and its hash, sender and place in the chain are
// recomputed — from the chain's own blocks (F-CHAIN) and fork schedule (genesis.json)
// next to the exchanges, never from what the node said. Not-found and error answers
// are checked against the chain and the request. Methods other than those below
// belong to other tests.
#include "vector_files.h"
#include "vector_shapes.h"

#include "codec/fork.h"
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/rpc_json.h"
#include "codec/transaction.h"

#include <QTest>

#include <array>
#include <cctype>
#include <map>
#include <string_view>

using namespace bt;
using namespace bt::test;
using nlohmann::json;

// The methods this test owns; the other F-RPC methods belong to other tests.
static constexpr const char* kHandledMethods[] = {
    "eth_getTransactionByHash",
    "eth_getTransactionByBlockHashAndIndex",
    "eth_getTransactionByBlockNumberAndIndex",
    "eth_sendRawTransaction",
    "debug_getRawTransaction",
};

namespace {

bool handled(std::string_view method)
{
    for (const char* m : kHandledMethods)
        if (method == m) return true;
    return false;
}

// geth's answers to eth_sendRawTransaction that depend on the node's state (account
// nonce and balance, pool contents, the pending block), not on the transaction.
static constexpr const char* kNodeStateErrors[] = {
    "nonce too low", "nonce too high", "insufficient funds", "already known", "replacement transaction underpriced",
    "transaction underpriced", "txpool is full", "exceeds block gas limit", "max fee per gas less than block base fee",
};

std::string lower(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// A 0x-prefixed 32-byte hash as JSON-RPC requires it; nullopt otherwise.
std::optional<Hash32> hashParam(const json& v)
{
    if (!v.is_string()) return std::nullopt;
    const std::string& s = v.get_ref<const std::string&>();
    if (s.size() != 66 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) return std::nullopt;
    auto h = fixedFromHex<32>(s);
    if (!h) return std::nullopt;
    return *h;
}

std::optional<std::uint64_t> quantityParam(const json& v)
{
    if (!v.is_string()) return std::nullopt;
    auto u = U256::fromHexQuantity(v.get<std::string>());
    if (!u || !u->fitsUint64()) return std::nullopt;
    return u->low64();
}

struct ChainTx {
    Bytes envelope;
    Hash32 hash;
};

struct ChainBlock {
    std::uint64_t number = 0;
    std::uint64_t timestamp = 0;
    Hash32 hash;
    std::optional<U256> baseFee;
    std::vector<ChainTx> txs;
};

// The chain as its raw blocks say, indexed by block hash, number and tx hash.
struct Chain {
    std::vector<ChainBlock> blocks;
    std::map<Hash32, std::size_t> byHash;
    std::map<std::uint64_t, std::size_t> byNumber;
    std::map<Hash32, std::pair<std::size_t, std::size_t>> txByHash;  // block, index
    ForkSchedule schedule;
    U256 chainId;

    TxRules rulesAt(const ChainBlock& b) const
    {
        TxRules r;
        r.fork = schedule.forkAt(b.number, b.timestamp);
        r.chainId = chainId;
        r.baseFee = b.baseFee;
        return r;
    }
};

// Reads the blocks of an F-CHAIN file with the RLP decoder alone: block = [header,
// txs, ommers(, withdrawals)]; a typed tx is a string holding its envelope.
Result<Chain> readChain(const json& chainFile)
{
    Chain c;
    const json& blocks = chainFile["blocks"];
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!blocks[i].is_string()) return Error(Errc::InvalidJson, 0, "blocks[" + std::to_string(i) + "]");
        BT_TRY(Bytes raw, fromHex(blocks[i].get<std::string>()));
        BT_TRY(rlp::Item block, rlp::decodeExact(raw));
        BT_TRY(auto parts, rlp::listItems(block, 3, 4));
        BT_TRY(auto header, rlp::listItems(parts[0], 15, 21));
        ChainBlock b;
        b.hash = keccak256(ByteView(raw).subspan(parts[0].offset, parts[0].encodedSize));
        BT_TRY(b.number, rlp::uint64Of(header[8]));
        BT_TRY(b.timestamp, rlp::uint64Of(header[11]));
        if (header.size() > 15) {
            BT_TRY(U256 fee, rlp::u256Of(header[15]));
            b.baseFee = fee;
        }
        BT_TRY(auto txs, rlp::listItems(parts[1]));
        for (const rlp::Item& t : txs) {
            ChainTx tx;
            const ByteView env = t.isList ? ByteView(raw).subspan(t.offset, t.encodedSize) : t.payload;
            tx.envelope.assign(env.begin(), env.end());
            tx.hash = keccak256(env);
            c.txByHash[tx.hash] = {c.blocks.size(), b.txs.size()};
            b.txs.push_back(std::move(tx));
        }
        c.byHash[b.hash] = c.blocks.size();
        c.byNumber[b.number] = c.blocks.size();
        c.blocks.push_back(std::move(b));
    }
    return c;
}

// geth genesis.json config keys of the forks, in activation order.
constexpr std::array<std::pair<const char*, Fork>, 14> kScheduleKeys{{
    {"homesteadBlock", Fork::Homestead},
    {"eip150Block", Fork::TangerineWhistle},
    {"eip158Block", Fork::SpuriousDragon},
    {"byzantiumBlock", Fork::Byzantium},
    {"constantinopleBlock", Fork::Constantinople},
    {"petersburgBlock", Fork::Petersburg},
    {"istanbulBlock", Fork::Istanbul},
    {"berlinBlock", Fork::Berlin},
    {"londonBlock", Fork::London},
    {"mergeNetsplitBlock", Fork::Paris},
    {"shanghaiTime", Fork::Shanghai},
    {"cancunTime", Fork::Cancun},
    {"pragueTime", Fork::Prague},
    {"osakaTime", Fork::Osaka},
}};

bool readSchedule(const json& genesis, Chain& c)
{
    const json& cfg = genesis["config"];
    if (!cfg.contains("chainId") || !cfg["chainId"].is_number_unsigned()) return false;
    c.chainId = U256(cfg["chainId"].get<std::uint64_t>());
    for (const auto& [key, fork] : kScheduleKeys) {
        if (!cfg.contains(key)) continue;
        if (!cfg[key].is_number_unsigned()) return false;
        c.schedule.activate(fork, fork >= Fork::Shanghai, cfg[key].get<std::uint64_t>());
    }
    return true;
}

struct Counts {
    std::map<std::string, int> perMethod;
    int found = 0;
    int notFound = 0;
    int errors = 0;
};

}  // namespace

class TestVectorsRpcTransactions : public QObject {
    Q_OBJECT
private slots:
    void transactionExchanges()
    {
        const auto dir = vectorsDir("BT_ETH_VECTORS", "ethereum");
        const auto files = jsonFiles(dir);
        QVERIFY2(!files.empty(), qPrintable(q("no JSON files under " + dir.string())));
        Counts n;
        for (const auto& path : files) {
            std::string err;
            auto j = readJson(path, err);
            QVERIFY2(j.has_value(), qPrintable(q(err)));
            if (classify(*j) != Shape::Rpc) continue;
            rpcFile(*j, path, std::filesystem::relative(path, dir).string(), n);
            if (QTest::currentTestFailed()) return;
        }
        int total = 0;
        std::string perMethod;
        for (const auto& [m, k] : n.perMethod) {
            total += k;
            perMethod += " " + m + "=" + std::to_string(k);
        }
        QVERIFY2(total > 0, "no transaction exchange found in the F-RPC files");
        qInfo("rpc transactions: %d exchanges (%d transactions checked, %d not-found, %d errors):%s", total, n.found,
              n.notFound, n.errors, perMethod.c_str());
    }

private:
    // The chain next to an F-RPC file: F-CHAIN and genesis.json in its folder tree.
    const Chain* chainFor(const std::filesystem::path& rpcFile)
    {
        const auto folder = rpcFile.parent_path();
        auto it = m_chains.find(folder);
        if (it != m_chains.end()) return it->second ? &*it->second : nullptr;
        std::optional<json> chainJson, genesis;
        for (const auto& p : jsonFiles(folder)) {
            std::string err;
            auto j = readJson(p, err);
            if (!j) continue;  // the inventory test reports unreadable files
            const Shape s = classify(*j);
            if (s == Shape::Chain) chainJson = std::move(j);
            else if (s == Shape::ChainConfig && j->contains("config") && j->contains("alloc")) genesis = std::move(j);
        }
        std::optional<Chain> chain;
        if (chainJson && genesis) {
            auto c = readChain(*chainJson);
            if (c.ok() && readSchedule(*genesis, *c)) chain = std::move(c).value();
            else if (!c.ok()) qWarning("cannot read the chain next to %s: %s", rpcFile.string().c_str(), c.error().message().c_str());
        }
        auto& slot = m_chains[folder];
        slot = std::move(chain);
        return slot ? &*slot : nullptr;
    }

    void rpcFile(const json& j, const std::filesystem::path& path, const std::string& file, Counts& n)
    {
        for (auto it = j.begin(); it != j.end(); ++it) {
            const json& ex = it.value();
            const std::string where = file + " / " + it.key();
            QVERIFY2(ex.contains("request") && ex["request"].is_object() && ex.contains("response") &&
                         ex["response"].is_object(),
                     qPrintable(q(where + ": no request or response")));
            const json& req = ex["request"];
            const std::string method = req.value("method", std::string());
            if (!handled(method)) continue;
            const Chain* chain = chainFor(path);
            QVERIFY2(chain, qPrintable(q(where + ": no readable chain.rlp.json and genesis.json next to it")));
            QVERIFY2(req.contains("params") && req["params"].is_array() && !req["params"].empty(),
                     qPrintable(q(where + ": no params")));
            const std::string comment = ex.value("comment", std::string());
            const std::string at = where + " (" + comment + ")";
            const json& resp = ex["response"];
            if (method == "eth_sendRawTransaction")
                sendRaw(req["params"], resp, *chain, at, n);
            else if (method == "debug_getRawTransaction")
                rawTransaction(req["params"], resp, *chain, at, n);
            else
                transactionQuery(method, req["params"], resp, *chain, at, n);
            if (QTest::currentTestFailed()) return;
            ++n.perMethod[method];
        }
    }

    // An error answer to a lookup is only right when the request itself is malformed.
    void expectInvalidParams(const json& resp, bool paramsValid, const std::string& at, Counts& n)
    {
        const json& e = resp["error"];
        QVERIFY2(!paramsValid, qPrintable(q(at + ": error " + e.dump() + " for well-formed params")));
        QVERIFY2(e.value("code", 0) == -32602, qPrintable(q(at + ": want an invalid-params error, got " + e.dump())));
        ++n.errors;
    }

    // eth_getTransactionByHash / ByBlockHashAndIndex / ByBlockNumberAndIndex.
    void transactionQuery(const std::string& method, const json& params, const json& resp, const Chain& chain,
                          const std::string& at, Counts& n)
    {
        // Where the chain says the answer is: nullopt = no such transaction.
        std::optional<std::pair<std::size_t, std::size_t>> expected;
        bool paramsValid = true;
        if (method == "eth_getTransactionByHash") {
            const auto h = hashParam(params[0]);
            paramsValid = h.has_value();
            if (h) {
                auto it = chain.txByHash.find(*h);
                if (it != chain.txByHash.end()) expected = it->second;
            }
        } else {
            QVERIFY2(params.size() == 2, qPrintable(q(at + ": want [block, index]")));
            const auto index = quantityParam(params[1]);
            std::optional<std::size_t> block;
            bool blockKnown = true;  // false: a block the chain file does not hold (genesis: no txs)
            if (method == "eth_getTransactionByBlockHashAndIndex") {
                const auto h = hashParam(params[0]);
                paramsValid = h.has_value() && index.has_value();
                if (h) {
                    auto it = chain.byHash.find(*h);
                    if (it != chain.byHash.end()) block = it->second;
                    else blockKnown = false;
                }
            } else {
                QVERIFY2(method == "eth_getTransactionByBlockNumberAndIndex", qPrintable(q(at + ": unexpected method")));
                const std::string tag = params[0].is_string() ? params[0].get<std::string>() : std::string();
                std::optional<std::uint64_t> number;
                if (tag == "latest") number = chain.blocks.back().number;
                else if (tag == "earliest") number = 0;
                else number = quantityParam(params[0]);
                QVERIFY2(number || !params[0].is_string() || tag.starts_with("0x"),
                         qPrintable(q(at + ": block tag " + tag + " cannot be resolved from the chain file")));
                paramsValid = number.has_value() && index.has_value();
                if (number) {
                    auto it = chain.byNumber.find(*number);
                    if (it != chain.byNumber.end()) block = it->second;
                    else blockKnown = *number == 0;  // genesis holds no transactions
                    QVERIFY2(blockKnown, qPrintable(q(at + ": block " + std::to_string(*number) + " is not in the chain file")));
                }
            }
            if (block && index && *index < chain.blocks[*block].txs.size()) expected = std::make_pair(*block, std::size_t(*index));
        }

        if (resp.contains("error")) {
            expectInvalidParams(resp, paramsValid, at, n);
            return;
        }
        QVERIFY2(resp.contains("result"), qPrintable(q(at + ": neither result nor error")));
        QVERIFY2(paramsValid, qPrintable(q(at + ": a result for malformed params")));
        const json& result = resp["result"];
        if (result.is_null()) {
            QVERIFY2(!expected, qPrintable(q(at + ": null, but the chain has that transaction")));
            ++n.notFound;
            return;
        }
        QVERIFY2(expected, qPrintable(q(at + ": a transaction the chain does not have")));
        checkTxObject(result, chain, expected->first, expected->second, at);
        ++n.found;
    }

    // A JSON transaction object against the chain's transaction at (block, index).
    void checkTxObject(const json& obj, const Chain& chain, std::size_t blockPos, std::size_t index, const std::string& at)
    {
        const ChainBlock& block = chain.blocks[blockPos];
        const ChainTx& expected = block.txs[index];
        auto tx = rpcjson::transaction(obj);
        QVERIFY2(tx.ok(), qPrintable(q(at + ": " + (tx.ok() ? "" : tx.error().message()))));
        QCOMPARE(toHex(tx->encode()), toHex(expected.envelope));
        QCOMPARE(toHex(tx->hash()), lower(obj.value("hash", std::string())));
        QCOMPARE(toHex(tx->hash()), toHex(expected.hash));
        auto sender = tx->recoverSender();
        QVERIFY2(sender.ok(), qPrintable(q(at + ": sender: " + (sender.ok() ? "" : sender.error().message()))));
        QCOMPARE(toHex(*sender), lower(obj.value("from", std::string())));
        QCOMPARE(lower(obj.value("blockHash", std::string())), toHex(block.hash));
        QCOMPARE(quantityParam(obj.value("blockNumber", json())), std::optional<std::uint64_t>(block.number));
        QCOMPARE(quantityParam(obj.value("transactionIndex", json())), std::optional<std::uint64_t>(index));
        const TxRules rules = chain.rulesAt(block);
        const Status st = tx->validate(rules);
        QVERIFY2(st.ok(), qPrintable(q(at + ": invalid under " + std::string(forkName(rules.fork)) + ": " +
                                       (st.ok() ? "" : st.error().message()))));
    }

    void sendRaw(const json& params, const json& resp, const Chain& chain, const std::string& at, Counts& n)
    {
        QVERIFY2(params[0].is_string(), qPrintable(q(at + ": params[0] is not a string")));
        auto raw = rpcjson::data(params[0], std::string_view("params[0]"));
        // The pool checks against the head: its fork and chain id; the pending base
        // fee is node state.
        const TxRules rules = chain.rulesAt(chain.blocks.back());
        std::optional<Transaction> tx;
        std::string why;
        if (raw) {
            auto decoded = Transaction::decodeNetwork(*raw);
            if (decoded) {
                tx = *decoded;
                if (auto st = decoded->validate(rules); !st) why = "validate: " + st.error().message();
                else if (auto s = decoded->recoverSender(); !s) why = "sender: " + s.error().message();
            } else {
                why = "decode: " + decoded.error().message();
            }
        } else {
            why = "params: " + raw.error().message();
        }

        if (resp.contains("error")) {
            const std::string message = lower(resp["error"].value("message", std::string()));
            bool nodeState = false;
            for (const char* s : kNodeStateErrors) nodeState = nodeState || message.find(s) != std::string::npos;
            if (nodeState)  // the node refused it for its state: the transaction itself must be sound
                QVERIFY2(why.empty(), qPrintable(q(at + ": node-state error " + message + ", but we reject the tx: " + why)));
            else
                QVERIFY2(!why.empty(), qPrintable(q(at + ": the node rejected it (" + message + "), we accept it")));
            ++n.errors;
            return;
        }
        QVERIFY2(resp.contains("result") && resp["result"].is_string(), qPrintable(q(at + ": no result hash")));
        QVERIFY2(why.empty(), qPrintable(q(at + ": the node accepted it, we reject it: " + why)));
        QCOMPARE(toHex(tx->hash()), lower(resp["result"].get<std::string>()));
        ++n.found;
    }

    void rawTransaction(const json& params, const json& resp, const Chain& chain, const std::string& at, Counts& n)
    {
        const auto h = hashParam(params[0]);
        if (resp.contains("error")) {
            expectInvalidParams(resp, h.has_value(), at, n);
            return;
        }
        QVERIFY2(h, qPrintable(q(at + ": a result for a malformed hash")));
        QVERIFY2(resp.contains("result") && resp["result"].is_string(), qPrintable(q(at + ": no result")));
        auto raw = rpcjson::data(resp["result"], std::string_view("result"));
        QVERIFY2(raw.ok(), qPrintable(q(at + ": result is not hex")));
        const auto where = chain.txByHash.find(*h);
        if (raw->empty()) {  // geth answers "0x" for an unknown transaction
            QVERIFY2(where == chain.txByHash.end(), qPrintable(q(at + ": empty, but the chain has that transaction")));
            ++n.notFound;
            return;
        }
        QVERIFY2(where != chain.txByHash.end(), qPrintable(q(at + ": a transaction the chain does not have")));
        auto tx = Transaction::decode(*raw);
        QVERIFY2(tx.ok(), qPrintable(q(at + ": " + (tx.ok() ? "" : tx.error().message()))));
        QCOMPARE(toHex(keccak256(*raw)), toHex(*h));
        QCOMPARE(toHex(tx->hash()), toHex(*h));
        const ChainBlock& block = chain.blocks[where->second.first];
        QCOMPARE(toHex(*raw), toHex(block.txs[where->second.second].envelope));
        QVERIFY(tx->recoverSender().ok());
        QVERIFY(tx->validate(chain.rulesAt(block)).ok());
        ++n.found;
    }

    std::map<std::filesystem::path, std::optional<Chain>> m_chains;
};

QTEST_APPLESS_MAIN(TestVectorsRpcTransactions)
#include "test_vectors_rpc_transactions.moc"
