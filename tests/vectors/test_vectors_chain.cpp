// The execution-apis test chain of the shared Ethereum folder (a go-ethereum chain,
// Homestead … Prague), checked from its raw bytes:
//   F-CHAINCFG  genesis.json's config parses into a fork schedule; the genesis header
//               is rebuilt from genesis.json (stateRoot = secure trie of the alloc,
//               with storage tries) and hashes to block 1's parentHash; forkenv.json
//               agrees with the config; headfcu.json names the last block.
//   F-CHAIN     every block decodes, matches its body roots, links to its parent
//               under the header rules of its fork, and carries transactions valid
//               at that fork whose senders recover.
//   F-RPC       the recorded responses of the methods in kHandledMethods agree with
//               the chain (hashes, roots, blooms, raw bytes); error and not-found
//               responses are what their comment says. The methods in kOtherMethods
//               belong to other tests; any other method fails.
// A file that cannot be read or a case that cannot be interpreted fails the test.
#include "codec/block.h"
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/rpc_json.h"
#include "codec/transaction.h"
#include "codec/trie.h"

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

static constexpr const char* kHandledMethods[] = {
    "eth_getBlockByNumber", "eth_getBlockByHash",  "eth_getBlockReceipts", "eth_getTransactionReceipt",
    "debug_getRawHeader",   "debug_getRawBlock",   "debug_getRawReceipts", "eth_chainId",
};
// Checked by test_vectors_rpc_transactions (transactions by hash / position, raw
// transactions, sending).
static constexpr const char* kOtherMethods[] = {
    "eth_getTransactionByHash", "eth_getTransactionByBlockHashAndIndex", "eth_getTransactionByBlockNumberAndIndex",
    "eth_sendRawTransaction",   "debug_getRawTransaction",
};

template <std::size_t N>
bool listed(const char* const (&list)[N], const std::string& s)
{
    return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

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

// A JSON number or a "0x" quantity as U256 (genesis.json mixes both).
std::optional<U256> numberOf(const json& v)
{
    if (v.is_number_unsigned()) return U256(v.get<std::uint64_t>());
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        if (s.rfind("0x", 0) == 0 || s.rfind("0X", 0) == 0) return U256::fromHexQuantity(s);
        return U256::fromDecimal(s);
    }
    return std::nullopt;
}

std::optional<std::uint64_t> number64Of(const json& v)
{
    auto u = numberOf(v);
    if (!u || !u->fitsUint64()) return std::nullopt;
    return u->low64();
}

// Hex left-padded to 32 bytes (genesis storage keys and values are hashes in geth).
std::optional<Bytes> word32(const std::string& s)
{
    std::string digits = s.rfind("0x", 0) == 0 ? s.substr(2) : s;
    if (digits.size() > 64) return std::nullopt;
    digits.insert(0, 64 - digits.size(), '0');
    auto b = fromHex(digits);
    if (!b) return std::nullopt;
    return *b;
}

Bytes minimal(const Bytes& be)
{
    auto first = std::find_if(be.begin(), be.end(), [](std::uint8_t b) { return b != 0; });
    return Bytes(first, be.end());
}

// The state root of a geth genesis alloc: a secure trie of
// rlp([nonce, balance, storageRoot, codeHash]) keyed by keccak(address), each
// storage root a secure trie of rlp(value) keyed by keccak(slot).
std::string allocStateRoot(const json& alloc, Hash32& root)
{
    std::map<Bytes, Bytes> accounts;
    for (auto it = alloc.begin(); it != alloc.end(); ++it) {
        auto addr = fixedFromHex<20>(it.key());
        if (!addr) return "alloc key " + it.key() + " is not an address";
        const json& acc = it.value();
        U256 balance, nonce;
        if (acc.contains("balance")) {
            auto b = numberOf(acc["balance"]);
            if (!b) return "balance of " + it.key();
            balance = *b;
        }
        if (acc.contains("nonce")) {
            auto n = numberOf(acc["nonce"]);
            if (!n) return "nonce of " + it.key();
            nonce = *n;
        }
        Bytes code;
        if (acc.contains("code")) {
            auto c = fromHex(acc["code"].is_string() ? acc["code"].get<std::string>() : "?");
            if (!c) return "code of " + it.key();
            code = *c;
        }
        std::map<Bytes, Bytes> storage;
        if (acc.contains("storage")) {
            for (auto s = acc["storage"].begin(); s != acc["storage"].end(); ++s) {
                auto slot = word32(s.key());
                auto value = s.value().is_string() ? word32(s.value().get<std::string>()) : std::nullopt;
                if (!slot || !value) return "storage of " + it.key();
                const Bytes v = minimal(*value);
                if (v.empty()) continue;  // zero slots are not stored
                const Hash32 k = keccak256(*slot);
                storage[Bytes(k.bytes.begin(), k.bytes.end())] = rlp::encodeBytes(v);
            }
        }
        rlp::Encoder e;
        e.beginList().uint(nonce).uint(balance).fixed(trieRoot(storage)).fixed(keccak256(code)).endList();
        const Hash32 k = keccak256(*addr);
        accounts[Bytes(k.bytes.begin(), k.bytes.end())] = e.take();
    }
    root = trieRoot(accounts);
    return {};
}

struct ForkKey {
    const char* key;
    Fork fork;
    bool byTimestamp;
};
// geth's ChainConfig names.
constexpr ForkKey kForkKeys[] = {
    {"homesteadBlock", Fork::Homestead, false},   {"eip150Block", Fork::TangerineWhistle, false},
    {"eip158Block", Fork::SpuriousDragon, false}, {"byzantiumBlock", Fork::Byzantium, false},
    {"constantinopleBlock", Fork::Constantinople, false}, {"petersburgBlock", Fork::Petersburg, false},
    {"istanbulBlock", Fork::Istanbul, false},     {"berlinBlock", Fork::Berlin, false},
    {"londonBlock", Fork::London, false},         {"mergeNetsplitBlock", Fork::Paris, false},
    {"shanghaiTime", Fork::Shanghai, true},       {"cancunTime", Fork::Cancun, true},
    {"pragueTime", Fork::Prague, true},           {"osakaTime", Fork::Osaka, true},
};
// Config keys that change nothing the codec checks: difficulty-bomb delays, the DAO
// fork's state change, the merge trigger (the block is mergeNetsplitBlock), the
// EIP-155 block (replay protection comes with eip158Block here), blob parameters.
constexpr const char* kIgnoredConfigKeys[] = {
    "chainId",          "eip155Block",           "muirGlacierBlock",  "arrowGlacierBlock",
    "grayGlacierBlock", "daoForkBlock",          "daoForkSupport",    "terminalTotalDifficulty",
    "terminalTotalDifficultyPassed", "depositContractAddress", "ethash", "blobSchedule",
};

// The fork schedule and chain id of a geth genesis config.
std::string scheduleOfConfig(const json& config, ForkSchedule& sched, U256& chainId)
{
    auto id = config.contains("chainId") ? numberOf(config["chainId"]) : std::nullopt;
    if (!id) return "config.chainId missing";
    chainId = *id;
    for (auto it = config.begin(); it != config.end(); ++it) {
        const bool fork = std::any_of(std::begin(kForkKeys), std::end(kForkKeys),
                                      [&](const ForkKey& k) { return it.key() == k.key; });
        if (!fork && !listed(kIgnoredConfigKeys, it.key()))
            return "config key \"" + it.key() + "\" is not understood (a fork this test does not know?)";
    }
    if (config.contains("terminalTotalDifficulty") && !config.contains("mergeNetsplitBlock"))
        return "the merge has no block (mergeNetsplitBlock) to schedule Paris at";
    ForkSchedule s;
    Fork last = Fork::Frontier;
    for (const ForkKey& k : kForkKeys) {
        if (!config.contains(k.key)) continue;
        auto at = number64Of(config[k.key]);
        if (!at) return std::string("config.") + k.key + " is not a number";
        // Forks skipped in the config come with the next one (geth requires them
        // all, so this only covers a Byzantium-less config and the like).
        for (int f = static_cast<int>(last) + 1; f <= static_cast<int>(k.fork); ++f)
            s.activate(static_cast<Fork>(f), k.byTimestamp, *at);
        last = k.fork;
    }
    sched = s;
    return {};
}

struct Chain {
    std::filesystem::path dir;
    bool loaded = false;              // blocks decoded and checked
    std::vector<Block> blocks;        // blocks[n] = block n; blocks[0] = rebuilt genesis
    std::vector<Bytes> raw;           // raw[n] = block n's RLP (raw[0]: the genesis re-encoded)
    std::map<Hash32, std::uint64_t> numberByHash;
    ForkSchedule schedule;
    U256 chainId;
    bool haveConfig = false;
    bool haveGenesis = false;
    Hash32 head, safe, finalized;
    bool haveHead = false;

    std::uint64_t headNumber() const { return blocks.empty() ? 0 : blocks.size() - 1; }
};

// Keywords of the execution-apis comments for requests that must find nothing, or
// that must be refused as malformed.
bool commentSaysNotFound(const std::string& comment)
{
    // "not found hash", "does not exist", "non-existent tx", "future block", "empty
    // block hash", "the zero tx hash" (but not "non-zero block" or "block zero").
    static const std::regex kNothing(
        "not ?found|does not exist|non-existent|future|\\b(empty|zero)\\b[a-z ]*\\bhash\\b");
    return std::regex_search(lower(comment), kNothing);
}
bool commentSaysInvalid(const std::string& comment) { return lower(comment).find("invalid") != std::string::npos; }

}  // namespace

class VectorsChain : public QObject {
    Q_OBJECT

    struct File {
        std::filesystem::path path;
        json content;
        Shape shape;
    };
    std::vector<File> m_files;
    std::vector<Chain> m_chains;
    std::vector<std::string> m_failures;

    struct Counts {
        int blocks = 0, txs = 0, withdrawals = 0, ommers = 0, accounts = 0;
        int rpcCases = 0, rpcOther = 0, rpcNull = 0, rpcErrors = 0, rpcTxObjects = 0, receipts = 0;
        std::map<std::string, int> perMethod;
    } m_n;

    void fail(const std::string& where, const std::string& what) { m_failures.push_back(where + ": " + what); }

    void reportFailures()
    {
        for (const auto& f : m_failures) qWarning("%s", f.c_str());
        const std::size_t n = m_failures.size();
        const std::string first = n ? m_failures.front() : std::string();
        m_failures.clear();
        QVERIFY2(n == 0, qPrintable(q(std::to_string(n) + " failure(s), first: " + first)));
    }

    Chain* chainFor(const std::filesystem::path& file)
    {
        // A chain serves the files in its folder and in the folder above it
        // (execution-apis: tests/chain.rlp beside tests/<method>/ → here <dir>/tests/
        // and <dir>/<method>.json).
        const auto dir = file.parent_path();
        for (auto& c : m_chains)
            if (c.dir == dir || c.dir.parent_path() == dir) return &c;
        return nullptr;
    }

    // ---- F-CHAINCFG and F-CHAIN ----

    void loadChain(Chain& c, const json& chainJson, const std::string& where)
    {
        const json* genesis = nullptr;
        const json* headfcu = nullptr;
        const json* forkenv = nullptr;
        for (const auto& f : m_files) {
            if (f.shape != Shape::ChainConfig || f.path.parent_path() != c.dir) continue;
            if (f.content.contains("alloc")) genesis = &f.content;
            else if (f.content.contains("method")) headfcu = &f.content;
            else if (f.content.contains("HIVE_CHAIN_ID")) forkenv = &f.content;
        }
        if (!genesis) return fail(where, "no genesis.json beside the chain: no fork schedule for its blocks");

        // genesis.json: schedule, and the genesis block rebuilt from the spec.
        if (auto e = scheduleOfConfig((*genesis)["config"], c.schedule, c.chainId); !e.empty())
            return fail(where, "genesis.json: " + e);
        c.haveConfig = true;
        Block g;
        BlockHeader& h = g.header;
        Hash32 stateRoot;
        if (auto e = allocStateRoot((*genesis)["alloc"], stateRoot); !e.empty()) return fail(where, "alloc: " + e);
        m_n.accounts += int((*genesis)["alloc"].size());
        auto q64 = [&](const char* key, std::uint64_t& out) {
            if (!genesis->contains(key)) return true;  // geth's default: 0
            auto v = number64Of((*genesis)[key]);
            if (v) out = *v;
            return v.has_value();
        };
        std::uint64_t nonce = 0;
        if (!q64("nonce", nonce) || !q64("timestamp", h.timestamp) || !q64("gasLimit", h.gasLimit) ||
            !q64("gasUsed", h.gasUsed) || !q64("number", h.number))
            return fail(where, "genesis.json: a malformed quantity");
        for (int i = 0; i < 8; ++i) h.nonce.bytes[std::size_t(7 - i)] = static_cast<std::uint8_t>(nonce >> (8 * i));
        if (genesis->contains("difficulty")) {
            auto d = numberOf((*genesis)["difficulty"]);
            if (!d) return fail(where, "genesis.json: difficulty");
            h.difficulty = *d;
        }
        auto extra = fromHex(str(*genesis, "extraData").empty() ? "0x" : str(*genesis, "extraData"));
        auto mix = fixedFromHex<32>(str(*genesis, "mixHash"));
        auto coinbase = fixedFromHex<20>(str(*genesis, "coinbase"));
        auto parent = fixedFromHex<32>(str(*genesis, "parentHash"));
        if (!extra || !mix || !coinbase || !parent) return fail(where, "genesis.json: a malformed data field");
        h.extraData = *extra;
        h.mixHash = *mix;
        h.beneficiary = *coinbase;
        h.parentHash = *parent;
        h.stateRoot = stateRoot;
        h.ommersHash = emptyOmmersHash();
        h.transactionsRoot = emptyTrieRoot();
        h.receiptsRoot = emptyTrieRoot();
        // Later layouts at genesis get geth's defaults.
        const Fork genesisFork = c.schedule.forkAt(h.number, h.timestamp);
        if (genesisFork >= Fork::London) {
            auto fee = genesis->contains("baseFeePerGas") ? numberOf((*genesis)["baseFeePerGas"]) : std::nullopt;
            h.baseFeePerGas = fee ? *fee : U256(kInitialBaseFee);
        }
        if (genesisFork >= Fork::Shanghai) {
            h.withdrawalsRoot = emptyTrieRoot();
            g.withdrawals = std::vector<Withdrawal>{};
        }
        if (genesisFork >= Fork::Cancun) {
            h.blobGasUsed = 0;
            h.excessBlobGas = 0;
            h.parentBeaconBlockRoot = Hash32{};
        }
        if (genesisFork >= Fork::Prague) h.requestsHash = requestsHash({});
        g.headerRlp = h.encode();
        c.blocks.push_back(g);
        c.raw.push_back(g.encode());
        c.numberByHash[g.hash()] = 0;
        c.haveGenesis = true;

        // chain.rlp: blocks 1..N in order.
        if (!chainJson["blocks"].is_array() || chainJson["blocks"].empty()) return fail(where, "no blocks");
        HeaderRules rules;
        rules.proofOfStake = true;  // geth dev chains merge; PoS fields from Paris on
        for (std::size_t i = 0; i < chainJson["blocks"].size(); ++i) {
            const std::string at = where + " / block " + std::to_string(i + 1);
            const json& item = chainJson["blocks"][i];
            auto raw = fromHex(item.is_string() ? item.get<std::string>() : "?");
            if (!raw) return fail(at, "not hex");
            auto b = Block::decode(*raw);
            if (!b) return fail(at, b.error().message());
            if (b->header.number != i + 1) return fail(at, "number " + std::to_string(b->header.number));
            if (b->encode() != *raw) return fail(at, "re-encodes differently");
            // Failures below are recorded and the walk goes on: each link and each
            // body stands on its own, and the RPC checks still need the blocks.
            if (auto s = checkBodyRoots(*b); !s) fail(at, s.error().message());
            const Block& parentBlock = c.blocks.back();
            const Fork fork = c.schedule.forkAt(b->header.number, b->header.timestamp);
            const Fork parentFork = c.schedule.forkAt(parentBlock.header.number, parentBlock.header.timestamp);
            if (auto s = validateAgainstParent(b->header, parentBlock.header, fork, parentFork, rules); !s)
                fail(at, std::string(i == 0 ? "against the genesis rebuilt from genesis.json: " : "") + "at " +
                             std::string(forkName(fork)) + ": " + s.error().message());
            for (std::size_t t = 0; t < b->transactions.size(); ++t) {
                const std::string ti = at + " / tx " + std::to_string(t);
                auto tx = Transaction::decode(b->transactions[t]);
                if (!tx) {
                    fail(ti, tx.error().message());
                    continue;
                }
                if (auto s = tx->validate(TxRules{fork, c.chainId, b->header.baseFeePerGas}); !s)
                    fail(ti, "at " + std::string(forkName(fork)) + ": " + s.error().message());
                if (auto sender = tx->recoverSender(); !sender) fail(ti, sender.error().message());
                ++m_n.txs;
            }
            m_n.ommers += int(b->ommers.size());
            if (b->withdrawals) m_n.withdrawals += int(b->withdrawals->size());
            c.numberByHash[b->hash()] = i + 1;
            c.raw.push_back(std::move(*raw));
            c.blocks.push_back(std::move(*b));
            ++m_n.blocks;
        }

        // headfcu.json: the head is the last block.
        if (!headfcu) return fail(where, "no headfcu.json beside the chain");
        const json& fcu = (*headfcu)["params"][0];
        auto head = fixedFromHex<32>(str(fcu, "headBlockHash"));
        auto safe = fixedFromHex<32>(str(fcu, "safeBlockHash"));
        auto fin = fixedFromHex<32>(str(fcu, "finalizedBlockHash"));
        if (!head || !safe || !fin) return fail(where, "headfcu.json: malformed hashes");
        if (*head != c.blocks.back().hash())
            return fail(where, "last block " + toHex(c.blocks.back().hash()) + " is not the head " + toHex(*head));
        if (!c.numberByHash.count(*safe) || !c.numberByHash.count(*fin))
            return fail(where, "safe / finalized block not in the chain");
        c.head = *head;
        c.safe = *safe;
        c.finalized = *fin;
        c.haveHead = true;

        // forkenv.json: the same schedule, as hive variables.
        if (forkenv) checkForkEnv(*forkenv, (*genesis)["config"], c, where);
        c.loaded = true;
    }

    void checkForkEnv(const json& env, const json& config, const Chain& c, const std::string& where)
    {
        static const std::map<std::string, std::string> kHiveToGeth{
            {"HIVE_FORK_HOMESTEAD", "homesteadBlock"},   {"HIVE_FORK_TANGERINE", "eip150Block"},
            {"HIVE_FORK_SPURIOUS", "eip158Block"},       {"HIVE_FORK_BYZANTIUM", "byzantiumBlock"},
            {"HIVE_FORK_CONSTANTINOPLE", "constantinopleBlock"}, {"HIVE_FORK_PETERSBURG", "petersburgBlock"},
            {"HIVE_FORK_ISTANBUL", "istanbulBlock"},     {"HIVE_FORK_MUIR_GLACIER", "muirGlacierBlock"},
            {"HIVE_FORK_BERLIN", "berlinBlock"},         {"HIVE_FORK_LONDON", "londonBlock"},
            {"HIVE_FORK_ARROW_GLACIER", "arrowGlacierBlock"}, {"HIVE_FORK_GRAY_GLACIER", "grayGlacierBlock"},
            {"HIVE_MERGE_BLOCK_ID", "mergeNetsplitBlock"}, {"HIVE_SHANGHAI_TIMESTAMP", "shanghaiTime"},
            {"HIVE_CANCUN_TIMESTAMP", "cancunTime"},     {"HIVE_PRAGUE_TIMESTAMP", "pragueTime"},
            {"HIVE_OSAKA_TIMESTAMP", "osakaTime"},       {"HIVE_TERMINAL_TOTAL_DIFFICULTY", "terminalTotalDifficulty"},
        };
        for (auto it = env.begin(); it != env.end(); ++it) {
            const std::string& k = it.key();
            auto value = numberOf(it.value());
            if (k == "HIVE_CHAIN_ID" || k == "HIVE_NETWORK_ID") {
                if (!value || *value != c.chainId) fail(where, "forkenv.json " + k + " is not the config's chain id");
                continue;
            }
            auto g = kHiveToGeth.find(k);
            if (g == kHiveToGeth.end()) continue;  // blob parameters, deposit contract: not the codec's
            auto inConfig = config.contains(g->second) ? numberOf(config[g->second]) : std::nullopt;
            if (!value || !inConfig || *value != *inConfig)
                fail(where, "forkenv.json " + k + " disagrees with config." + g->second);
        }
    }

    // ---- F-RPC ----

    // The block a request parameter names: a number, a 32-byte hash or a tag.
    // nullopt when the chain has no such block.
    std::optional<std::uint64_t> resolveBlock(const Chain& c, const json& param)
    {
        if (!param.is_string()) return std::nullopt;
        const std::string s = param.get<std::string>();
        if (s == "latest" || s == "pending") return c.headNumber();
        if (s == "earliest") return 0;
        if (s == "safe") return c.numberByHash.at(c.safe);
        if (s == "finalized") return c.numberByHash.at(c.finalized);
        if (s.size() == 66) {
            auto h = fixedFromHex<32>(s);
            if (!h) return std::nullopt;
            auto it = c.numberByHash.find(*h);
            if (it == c.numberByHash.end()) return std::nullopt;
            return it->second;
        }
        auto n = U256::fromHexQuantity(s);
        if (!n || !n->fitsUint64() || n->low64() > c.headNumber()) return std::nullopt;
        return n->low64();
    }

    // Hash and from of a full transaction object, recomputed.
    void checkTxObject(const json& obj, const Chain& c, std::uint64_t number, std::size_t index, const std::string& at)
    {
        auto tx = rpcjson::transaction(obj);
        if (!tx) return fail(at, "rpcjson::transaction: " + tx.error().message());
        const Hash32 h = tx->hash();
        if (toHex(h) != lower(str(obj, "hash"))) return fail(at, "hash " + toHex(h) + ", result says " + str(obj, "hash"));
        if (index >= c.blocks[number].transactions.size() || keccak256(c.blocks[number].transactions[index]) != h)
            return fail(at, "not the chain's transaction at that position");
        auto from = tx->recoverSender();
        if (!from) return fail(at, "sender: " + from.error().message());
        if (toHex(*from) != lower(str(obj, "from"))) return fail(at, "from " + toHex(*from) + ", result says " + str(obj, "from"));
        ++m_n.rpcTxObjects;
    }

    void getBlock(const Chain& c, const json& req, const json& result, const std::string& at)
    {
        auto n = resolveBlock(c, req["params"][0]);
        if (!n) return fail(at, "a block result for a block the chain does not have");
        const Block& b = c.blocks[*n];
        auto h = rpcjson::header(result);
        if (!h) return fail(at, "rpcjson::header: " + h.error().message());
        const Hash32 hash = h->hash();
        if (toHex(hash) != lower(str(result, "hash"))) return fail(at, "hash " + toHex(hash) + ", result says " + str(result, "hash"));
        if (hash != b.hash()) return fail(at, "not the chain's block " + std::to_string(*n));
        if (auto s = h->checkLayout(c.schedule.forkAt(h->number, h->timestamp)); !s) return fail(at, s.error().message());
        auto size = rpcjson::quantity64(result, "size");
        if (!size || *size != c.raw[*n].size()) return fail(at, "size is not the block's RLP size");

        const json& txs = result["transactions"];
        if (!txs.is_array() || txs.size() != b.transactions.size()) return fail(at, "transactions differ in number");
        for (std::size_t i = 0; i < txs.size(); ++i) {
            const std::string ti = at + " / tx " + std::to_string(i);
            if (txs[i].is_string()) {
                if (lower(txs[i].get<std::string>()) != toHex(keccak256(b.transactions[i]))) fail(ti, "hash differs");
            } else {
                checkTxObject(txs[i], c, *n, i, ti);
            }
        }
        const json& uncles = result["uncles"];
        if (!uncles.is_array() || uncles.size() != b.ommers.size()) return fail(at, "uncles differ in number");
        for (std::size_t i = 0; i < uncles.size(); ++i)
            if (!uncles[i].is_string() || lower(uncles[i].get<std::string>()) != toHex(b.ommers[i].hash()))
                fail(at, "uncle " + std::to_string(i) + " differs");
        if (result.contains("withdrawals") != b.withdrawals.has_value()) return fail(at, "withdrawals present/absent");
        if (b.withdrawals) {
            const json& ws = result["withdrawals"];
            if (ws.size() != b.withdrawals->size()) return fail(at, "withdrawals differ in number");
            for (std::size_t i = 0; i < ws.size(); ++i) {
                auto w = rpcjson::withdrawal(ws[i]);
                if (!w) return fail(at, "rpcjson::withdrawal: " + w.error().message());
                if (!(*w == (*b.withdrawals)[i])) fail(at, "withdrawal " + std::to_string(i) + " differs");
            }
        }
    }

    // Receipt JSON checks shared by eth_getBlockReceipts and eth_getTransactionReceipt.
    std::optional<Receipt> receiptOf(const Chain& c, const json& obj, std::uint64_t number, const std::string& at)
    {
        auto r = rpcjson::receipt(obj);
        if (!r) {
            fail(at, "rpcjson::receipt: " + r.error().message());
            return std::nullopt;
        }
        if (r->computeBloom() != r->logsBloom) fail(at, "logsBloom is not the bloom of the logs");
        auto back = Receipt::decode(r->encode());
        if (!back || !(*back == *r)) fail(at, "the consensus encoding does not round-trip");
        const Block& b = c.blocks[number];
        if (lower(str(obj, "blockHash")) != toHex(b.hash())) fail(at, "blockHash is not the chain's");
        auto index = rpcjson::quantity64(obj, "transactionIndex");
        if (!index || *index >= b.transactions.size()) {
            fail(at, "transactionIndex outside the block");
            return std::nullopt;
        }
        const Bytes& env = b.transactions[*index];
        if (lower(str(obj, "transactionHash")) != toHex(keccak256(env))) fail(at, "transactionHash is not the chain's");
        const auto envType = env[0] >= 0xc0 ? TxType::Legacy : static_cast<TxType>(env[0]);
        if (r->type != envType) fail(at, "type differs from the transaction's");
        // EIP-658: a root before Byzantium, a status from it on.
        const bool byzantium = c.schedule.forkAt(number, b.header.timestamp) >= Fork::Byzantium;
        if (byzantium == r->postStateRoot.has_value()) fail(at, "status/root does not match the fork");
        ++m_n.receipts;
        return std::move(r).value();
    }

    void getBlockReceipts(const Chain& c, const json& req, const json& result, const std::string& at)
    {
        auto n = resolveBlock(c, req["params"][0]);
        if (!n) return fail(at, "receipts for a block the chain does not have");
        if (!result.is_array()) return fail(at, "result is not a list");
        std::vector<Receipt> receipts;
        for (std::size_t i = 0; i < result.size(); ++i) {
            auto r = receiptOf(c, result[i], *n, at + " / receipt " + std::to_string(i));
            if (!r) return;
            receipts.push_back(std::move(*r));
        }
        if (receipts.size() != c.blocks[*n].transactions.size()) return fail(at, "not one receipt per transaction");
        const Hash32 root = receiptsRoot(receipts);
        if (root != c.blocks[*n].header.receiptsRoot)
            fail(at, "receipts root " + toHex(root) + " is not block " + std::to_string(*n) + "'s");
    }

    void getTransactionReceipt(const Chain& c, const json& req, const json& result, const std::string& at)
    {
        auto n = resolveBlock(c, result["blockHash"]);
        if (!n) return fail(at, "blockHash not in the chain");
        auto num = rpcjson::quantity64(result, "blockNumber");
        if (!num || *num != *n) return fail(at, "blockNumber disagrees with blockHash");
        if (lower(str(result, "transactionHash")) != lower(req["params"][0].get<std::string>()))
            return fail(at, "the receipt of another transaction");
        receiptOf(c, result, *n, at);
    }

    void rawHeader(const Chain& c, const json& req, const json& result, const std::string& at)
    {
        auto n = resolveBlock(c, req["params"][0]);
        if (!n) return fail(at, "a header the chain does not have");
        auto raw = fromHex(result.is_string() ? result.get<std::string>() : "?");
        if (!raw) return fail(at, "result is not hex");
        auto h = BlockHeader::decode(*raw);
        if (!h) return fail(at, h.error().message());
        if (keccak256(*raw) != c.blocks[*n].hash()) fail(at, "not the chain's header " + std::to_string(*n));
        if (*raw != c.blocks[*n].headerRlp) fail(at, "bytes differ from the chain's header");
    }

    void rawBlock(const Chain& c, const json& req, const json& result, const std::string& at)
    {
        auto n = resolveBlock(c, req["params"][0]);
        if (!n) return fail(at, "a block the chain does not have");
        auto raw = fromHex(result.is_string() ? result.get<std::string>() : "?");
        if (!raw) return fail(at, "result is not hex");
        auto b = Block::decode(*raw);
        if (!b) return fail(at, b.error().message());
        if (auto s = checkBodyRoots(*b); !s) fail(at, s.error().message());
        if (b->hash() != c.blocks[*n].hash()) fail(at, "not the chain's block " + std::to_string(*n));
        if (*raw != c.raw[*n]) fail(at, "bytes differ from the chain's block");
    }

    void rawReceipts(const Chain& c, const json& req, const json& result, const std::string& at)
    {
        auto n = resolveBlock(c, req["params"][0]);
        if (!n) return fail(at, "receipts of a block the chain does not have");
        if (!result.is_array()) return fail(at, "result is not a list");
        std::vector<Bytes> encodings;
        for (std::size_t i = 0; i < result.size(); ++i) {
            auto raw = fromHex(result[i].is_string() ? result[i].get<std::string>() : "?");
            if (!raw) return fail(at, "receipt " + std::to_string(i) + " is not hex");
            auto r = Receipt::decode(*raw);
            if (!r) return fail(at, "receipt " + std::to_string(i) + ": " + r.error().message());
            if (r->encode() != *raw) fail(at, "receipt " + std::to_string(i) + " re-encodes differently");
            if (r->computeBloom() != r->logsBloom) fail(at, "receipt " + std::to_string(i) + ": bloom differs");
            encodings.push_back(std::move(*raw));
            ++m_n.receipts;
        }
        if (orderedTrieRoot(encodings) != c.blocks[*n].header.receiptsRoot)
            fail(at, "receipts root is not block " + std::to_string(*n) + "'s");
    }

    void rpcCase(const Chain& c, const std::string& at, const json& tc)
    {
        const json& req = tc["request"];
        const json& resp = tc["response"];
        const std::string method = str(req, "method");
        const std::string comment = str(tc, "comment");
        if (listed(kOtherMethods, method)) {
            ++m_n.rpcOther;
            return;
        }
        if (!listed(kHandledMethods, method)) return fail(at, "method \"" + method + "\" is handled by no test");
        ++m_n.rpcCases;
        ++m_n.perMethod[method];
        const json params = req.value("params", json::array());

        if (resp.contains("error")) {
            // Refused requests must be the malformed ones the comment announces.
            if (!commentSaysInvalid(comment)) return fail(at, "an error the comment does not announce");
            const json& err = resp["error"];
            if (!err.is_object() || err.value("code", 0) != -32602)
                return fail(at, "error is not -32602 (invalid params)");
            if (resp.contains("result") && !resp["result"].is_null()) return fail(at, "error with a result");
            if (params.empty() || !params[0].is_string() || params[0].get<std::string>().rfind("0x", 0) == 0)
                return fail(at, "the parameter looks well-formed, yet the node refused it");
            ++m_n.rpcErrors;
            return;
        }
        if (commentSaysInvalid(comment)) return fail(at, "the comment announces an error, the node answered");
        if (!resp.contains("result")) return fail(at, "neither result nor error");
        const json& result = resp["result"];
        if (result.is_null()) {
            if (!commentSaysNotFound(comment)) return fail(at, "null result, but the comment expects one");
            // And the chain indeed has no such block / transaction.
            if (method == "eth_getTransactionReceipt") {
                auto h = fixedFromHex<32>(!params.empty() && params[0].is_string() ? params[0].get<std::string>()
                                                                                    : std::string());
                if (!h) return fail(at, "the parameter is not a hash");
                for (const Block& b : c.blocks)
                    for (const Bytes& tx : b.transactions)
                        if (keccak256(tx) == *h) return fail(at, "null for a transaction the chain has");
            } else if (resolveBlock(c, params.empty() ? json() : params[0])) {
                return fail(at, "null for a block the chain has");
            }
            ++m_n.rpcNull;
            return;
        }
        if (commentSaysNotFound(comment)) return fail(at, "the comment expects nothing, the node found something");

        if (method == "eth_getBlockByNumber" || method == "eth_getBlockByHash") return getBlock(c, req, result, at);
        if (method == "eth_getBlockReceipts") return getBlockReceipts(c, req, result, at);
        if (method == "eth_getTransactionReceipt") return getTransactionReceipt(c, req, result, at);
        if (method == "debug_getRawHeader") return rawHeader(c, req, result, at);
        if (method == "debug_getRawBlock") return rawBlock(c, req, result, at);
        if (method == "debug_getRawReceipts") return rawReceipts(c, req, result, at);
        if (method == "eth_chainId") {
            auto id = result.is_string() ? U256::fromHexQuantity(result.get<std::string>()) : std::nullopt;
            if (!id || *id != c.chainId) fail(at, "chain id differs from genesis.json's");
            return;
        }
        fail(at, "no check written for " + method);
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
            if (s == Shape::Chain || s == Shape::ChainConfig || s == Shape::Rpc) m_files.push_back({f, std::move(*j), s});
        }
    }

    void chainAndConfig()
    {
        for (const auto& f : m_files) {
            if (f.shape != Shape::Chain) continue;
            Chain c;
            c.dir = f.path.parent_path();
            m_chains.push_back(std::move(c));
            loadChain(m_chains.back(), f.content, f.path.filename().string());
        }
        QVERIFY2(!m_chains.empty(), "no F-CHAIN file in the vectors folder");
        for (const auto& f : m_files)
            if (f.shape == Shape::ChainConfig && !chainFor(f.path))
                fail(f.path.string(), "a chain config with no chain.rlp.json beside it");
        qInfo("F-CHAIN/F-CHAINCFG: %zu chain(s), %d blocks after the rebuilt genesis (%d genesis accounts), "
              "%d transactions, %d ommers, %d withdrawals",
              m_chains.size(), m_n.blocks, m_n.accounts, m_n.txs, m_n.ommers, m_n.withdrawals);
        reportFailures();
    }

    void rpcResponses()
    {
        int files = 0;
        for (const auto& f : m_files) {
            if (f.shape != Shape::Rpc) continue;
            ++files;
            const Chain* c = chainFor(f.path);
            if (!c || !c->loaded) {
                fail(f.path.string(), "no loaded chain to check these responses against");
                continue;
            }
            for (auto it = f.content.begin(); it != f.content.end(); ++it)
                rpcCase(*c, f.path.filename().string() + " / " + it.key(), it.value());
        }
        qInfo("F-RPC: %d files, %d exchanges checked (%d null results, %d errors, %d full tx objects, "
              "%d receipts), %d left to other tests",
              files, m_n.rpcCases, m_n.rpcNull, m_n.rpcErrors, m_n.rpcTxObjects, m_n.receipts, m_n.rpcOther);
        for (const auto& [m, n] : m_n.perMethod) qInfo("  %s: %d", m.c_str(), n);
        QVERIFY2(files > 0, "no F-RPC file in the vectors folder");
        reportFailures();
    }
};

QTEST_APPLESS_MAIN(VectorsChain)
#include "test_vectors_chain.moc"
