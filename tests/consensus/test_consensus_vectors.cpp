// The consensus vectors (../shared/testdata/consensus, or $BT_CONSENSUS_VECTORS): every
// JSON file, recognised by its shape (README "JSON shapes"), every case checked:
//   F-HEADER  header / block cases: the block hash by the engine's rule, the Clique seal
//             hash and signer, the Istanbul proposer and committers (in seal order), the
//             validators a header lists, votes; headers given as JSON, block RLP or a
//             node's eth_getBlockByNumber answer must be the same header. Cases marked
//             valid are verified in chain order from their anchor — the genesis or a
//             checkpoint, also across files (Goerli blocks 0-2 and 3 come from two
//             sources) — through the validator tracker: signer authorised, turn,
//             recent-signers window, quorum, listed validators; they must pass. Negative
//             cases must fail: a header that does not extend its parent, an Istanbul
//             extraData that does not decode.
//   F-EXTRA   extraData codec cases: decode (every field), encode (exact bytes), the
//             exact extraData of the block-hash and committed-seal digests, and the
//             rejection of every malformed input with the error it calls for.
// `derived` values (recomputed by the vector authors, not stated by the sources) are
// checked as consistency checks. A file or case that cannot be read or interpreted
// fails the test, and so does a field of `input` or `expected` this test does not know.
#include "chain/block_verifier.h"
#include "codec/block.h"
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/rpc_json.h"
#include "consensus/bft_extra.h"
#include "consensus/block_seal.h"
#include "consensus/clique_extra.h"
#include "consensus/istanbul_extra.h"
#include "consensus/validator_tracker.h"

#include "vector_files.h"

#include <QTest>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

using namespace bt;
using namespace bt::consensus;
using namespace bt::test;
using nlohmann::json;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string hexOf(ByteView b) { return toHex(b); }

std::optional<Address> jsonAddress(const json& v)
{
    if (!v.is_string()) return std::nullopt;
    std::string s = v.get<std::string>();
    if (s.rfind("0x", 0) != 0 && s.rfind("0X", 0) != 0) s = "0x" + s;
    auto a = fixedFromHex<20>(s);
    if (!a) return std::nullopt;
    return *a;
}

std::optional<std::vector<Address>> jsonAddresses(const json& v)
{
    if (!v.is_array()) return std::nullopt;
    std::vector<Address> out;
    for (const auto& x : v) {
        auto a = jsonAddress(x);
        if (!a) return std::nullopt;
        out.push_back(*a);
    }
    return out;
}

std::optional<Bytes> jsonBytes(const json& v)
{
    if (!v.is_string()) return std::nullopt;
    auto b = fromHex(v.get<std::string>());
    if (!b) return std::nullopt;
    return *b;
}

std::string addresses(const std::vector<Address>& v) { return addressList(v); }

// The epoch a genesis file sets for the engine (Besu/GoQuorum/geth spellings).
std::uint64_t epochOf(const json& file, EngineKind k)
{
    if (!file.contains("genesis_config")) return kDefaultEpoch;
    const json& cfg = file["genesis_config"].value("config", json::object());
    auto read = [&cfg](const char* section, std::initializer_list<const char*> keys) -> std::optional<std::uint64_t> {
        if (!cfg.contains(section) || !cfg[section].is_object()) return std::nullopt;
        for (const char* key : keys) {
            const json& v = cfg[section].value(key, json());
            if (v.is_number_unsigned()) return v.get<std::uint64_t>();
        }
        return std::nullopt;
    };
    std::optional<std::uint64_t> e;
    switch (k) {
    case EngineKind::Clique: e = read("clique", {"epochlength", "epochLength", "epoch"}); break;
    case EngineKind::IstanbulLegacy:
        e = read("ibft", {"epochlength", "epochLength", "epoch"});
        if (!e) e = read("istanbul", {"epoch", "epochlength"});
        break;
    case EngineKind::Ibft2: e = read("ibft2", {"epochlength", "epochLength"}); break;
    case EngineKind::Qbft: e = read("qbft", {"epochlength", "epochLength"}); break;
    default: break;
    }
    return e.value_or(kDefaultEpoch);
}

// A header case, kept for the chain walk.
struct HeaderCase {
    std::string where;  // file / case
    EngineConfig cfg;
    BlockHeader header;
    BlockSeal seal;
    std::optional<bool> valid;
};

const std::set<std::string> kHeaderInputKeys = {"header_rlp", "header", "block_rlp", "rpc_block", "parent_header_rlp",
                                                "sealer_config"};
const std::set<std::string> kHeaderExpectedKeys = {"hash",       "seal_hash", "signer",   "signer_one_of",
                                                   "validators", "validators_in_extradata", "proposer",
                                                   "committers", "vote",      "valid",    "error",
                                                   "istanbul_extra_decodes"};
const std::set<std::string> kDerivedKeys = {"hash",      "seal_hash", "signer", "proposer", "committers",
                                            "proposer_seal_digest", "committed_seal_digest", "hash_goquorum_fallback"};
const std::set<std::string> kExtraInputKeys = {"extraData", "validators", "validators_json", "node_public_keys"};
const std::set<std::string> kExtraExpectedKeys = {"extraData", "vanity", "validators", "vote", "round", "round_encoding",
                                                  "committed_seals", "seal", "valid", "error"};

}  // namespace

class ConsensusVectors : public QObject {
    Q_OBJECT

    struct File {
        std::filesystem::path path;
        json content;
    };
    std::vector<File> m_files;
    std::vector<std::string> m_failures;
    std::vector<HeaderCase> m_headers;
    struct Counts {
        int headerCases = 0, extraCases = 0, negatives = 0, hashes = 0, signers = 0, committers = 0,
            chainValid = 0, derived = 0;
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

    template <class T>
    void expectEq(const std::string& where, const char* what, const T& got, const T& want)
    {
        if (!(got == want)) fail(where, std::string(what) + " differs");
    }

    void expectHash(const std::string& where, const char* what, const Hash32& got, const json& want)
    {
        auto w = jsonBytes(want);
        if (!w || w->size() != 32) return fail(where, std::string(what) + ": not a 32-byte hex string");
        if (Bytes(got.bytes.begin(), got.bytes.end()) != *w)
            fail(where, std::string(what) + ": computed " + toHex(got) + ", want " + toHex(*w));
    }

    void expectAddress(const std::string& where, const char* what, const std::optional<Address>& got, const json& want)
    {
        if (want.is_null()) {
            if (got) fail(where, std::string(what) + ": recovered " + toHex(*got) + ", want none");
            return;
        }
        auto w = jsonAddress(want);
        if (!w) return fail(where, std::string(what) + ": not an address");
        if (!got) return fail(where, std::string(what) + ": none recovered, want " + toHex(*w));
        if (*got != *w) fail(where, std::string(what) + ": recovered " + toHex(*got) + ", want " + toHex(*w));
    }

    void expectAddresses(const std::string& where, const char* what, const std::vector<Address>& got, const json& want)
    {
        auto w = jsonAddresses(want);
        if (!w) return fail(where, std::string(what) + ": not a list of addresses");
        if (got != *w) fail(where, std::string(what) + ": got " + addresses(got) + ", want " + addresses(*w));
    }

    // ---- F-HEADER -------------------------------------------------------------

    void headerCase(const json& file, const json& c, const std::string& where, EngineKind kind)
    {
        ++m_n.headerCases;
        const json& in = c["input"];
        const json& ex = c.value("expected", json::object());
        for (auto it = in.begin(); it != in.end(); ++it)
            if (!kHeaderInputKeys.count(it.key())) fail(where, "input." + it.key() + " is not a field this test knows");
        for (auto it = ex.begin(); it != ex.end(); ++it)
            if (!kHeaderExpectedKeys.count(it.key())) fail(where, "expected." + it.key() + " is not a field this test knows");

        // The header, from whichever forms the case gives; they must agree.
        std::optional<Bytes> headerRlp;
        if (in.contains("header_rlp")) {
            headerRlp = jsonBytes(in["header_rlp"]);
            if (!headerRlp) return fail(where, "input.header_rlp is not hex");
        }
        if (in.contains("block_rlp")) {
            auto blockRlp = jsonBytes(in["block_rlp"]);
            if (!blockRlp) return fail(where, "input.block_rlp is not hex");
            auto block = Block::decode(*blockRlp);
            if (!block) return fail(where, "input.block_rlp does not decode: " + block.error().message());
            if (headerRlp && block->headerRlp != *headerRlp) fail(where, "block_rlp's header is not header_rlp");
            if (!headerRlp) headerRlp = block->headerRlp;
            if (auto st = checkBodyRoots(*block); !st) fail(where, "block body: " + st.error().message());
        }
        if (in.contains("header")) {
            auto h = rpcjson::header(in["header"], rpcjson::Options{true});
            if (!h) return fail(where, "input.header: " + h.error().message());
            if (headerRlp && h->encode() != *headerRlp) fail(where, "input.header and the header RLP differ");
            if (!headerRlp) headerRlp = h->encode();
        }
        if (!headerRlp) return fail(where, "no header in the case (header_rlp, header or block_rlp)");
        auto header = BlockHeader::decode(*headerRlp);
        if (!header) return fail(where, "header does not decode: " + header.error().message());

        const EngineConfig cfg{kind, epochOf(file, kind)};
        BlockSeal seal = inspectSeal(cfg, *header);
        if (engineBlockHash(kind, *header) != seal.hash) fail(where, "engineBlockHash() and inspectSeal() disagree");

        if (in.contains("rpc_block")) {
            const json& rb = in["rpc_block"];
            auto h = rpcjson::header(rb);
            if (!h) fail(where, "input.rpc_block: " + h.error().message());
            else if (h->encode() != *headerRlp) fail(where, "input.rpc_block's header differs from the header RLP");
            if (rb.contains("hash")) expectHash(where, "rpc_block.hash (the node's hash)", seal.hash, rb["hash"]);
        }

        const std::string kindOfCase = c.value("kind", "");
        if (kindOfCase == "chain-extension") {
            ++m_n.negatives;
            auto parentRlp = in.contains("parent_header_rlp") ? jsonBytes(in["parent_header_rlp"]) : std::nullopt;
            if (!parentRlp) return fail(where, "chain-extension case without input.parent_header_rlp");
            auto parent = BlockHeader::decode(*parentRlp);
            if (!parent) return fail(where, "parent header does not decode: " + parent.error().message());
            VerifiedBlock vb;
            vb.header = *header;
            vb.number = header->number;
            vb.hash = seal.hash;
            verifyLink(vb, *parent, engineBlockHash(kind, *parent), VerifyOptions{});
            const bool rejected = std::any_of(vb.failures.begin(), vb.failures.end(),
                                              [](const CheckFailure& f) { return f.check == Check::ParentLink; });
            if (ex.value("valid", true) != false) fail(where, "a chain-extension case that is not negative");
            if (!rejected) fail(where, "the header was accepted as a child of the given parent");
            return;
        }
        if (kindOfCase == "negative-extradata" || ex.contains("istanbul_extra_decodes")) {
            ++m_n.negatives;
            const bool decodes = kind == EngineKind::IstanbulLegacy
                                     ? decodeIstanbulExtra(header->extraData).ok()
                                     : decodeBftExtra(kind == EngineKind::Qbft ? BftFlavor::Qbft : BftFlavor::Ibft2,
                                                      header->extraData)
                                           .ok();
            if (decodes != ex.value("istanbul_extra_decodes", false))
                fail(where, decodes ? "the malformed extraData decoded" : "the extraData did not decode");
            const bool flagged = std::any_of(seal.problems.begin(), seal.problems.end(), [](const ConsensusError& e) {
                return e.code == ConsensusErrc::MalformedExtraData;
            });
            if (!decodes && !flagged) fail(where, "the block is not flagged for its malformed extraData");
            if (c.contains("derived") && c["derived"].contains("hash_goquorum_fallback"))
                expectHash(where, "the hash the block links with (GoQuorum's fallback)", seal.hash,
                           c["derived"]["hash_goquorum_fallback"]);
            return;
        }

        if (ex.contains("hash")) {
            expectHash(where, "block hash", seal.hash, ex["hash"]);
            ++m_n.hashes;
        }
        if (ex.contains("seal_hash")) {
            if (kind != EngineKind::Clique) fail(where, "seal_hash outside Clique");
            expectHash(where, "seal hash", cliqueSealHash(*header), ex["seal_hash"]);
        }
        if (ex.contains("signer")) {
            expectAddress(where, "signer", seal.proposer, ex["signer"]);
            ++m_n.signers;
        }
        if (ex.contains("signer_one_of")) {
            auto set = jsonAddresses(ex["signer_one_of"]);
            if (!set) fail(where, "expected.signer_one_of is not a list of addresses");
            else if (!seal.proposer) fail(where, "no signer recovered");
            else if (std::find(set->begin(), set->end(), *seal.proposer) == set->end())
                fail(where, "signer " + toHex(*seal.proposer) + " is not one of " + addresses(*set));
            ++m_n.signers;
        }
        if (ex.contains("proposer")) expectAddress(where, "proposer", seal.proposer, ex["proposer"]);
        for (const char* key : {"validators", "validators_in_extradata"}) {
            if (!ex.contains(key)) continue;
            if (!seal.listedValidators) fail(where, std::string(key) + ": the header lists none");
            else expectAddresses(where, key, *seal.listedValidators, ex[key]);
        }
        if (ex.contains("committers")) {
            expectAddresses(where, "committers (in seal order)", seal.committers, ex["committers"]);
            ++m_n.committers;
        }
        if (ex.contains("vote")) {
            const json& v = ex["vote"];
            if (v.is_null()) {
                if (seal.vote) fail(where, "a vote was read, the case has none");
            } else {
                auto cand = jsonAddress(v.value("candidate", json()));
                if (!cand || !v.contains("authorize")) fail(where, "expected.vote is not {candidate, authorize}");
                else if (!seal.vote || seal.vote->candidate != *cand || seal.vote->authorize != v["authorize"].get<bool>())
                    fail(where, "vote differs");
            }
        }
        if (in.contains("sealer_config")) sealerConfig(where, in["sealer_config"], *header, seal);
        if (c.contains("derived")) derived(where, c["derived"], *header, seal, kind);

        std::optional<bool> valid;
        if (ex.contains("valid")) valid = ex["valid"].get<bool>();
        if (valid == false) {
            ++m_n.negatives;
            if (seal.problems.empty()) fail(where, "a negative case whose block shows no problem (" + ex.value("error", "") + ")");
        }
        m_headers.push_back({where, cfg, std::move(header).value(), std::move(seal), valid});
    }

    // geth `evm b11r --seal.clique`: the key sealed the block, deterministically.
    void sealerConfig(const std::string& where, const json& sc, const BlockHeader& h, const BlockSeal& seal)
    {
        auto key = sc.contains("secretKey") ? fixedFromHex<32>(sc["secretKey"].get<std::string>()) : Result<Hash32>(Error());
        if (!key) return fail(where, "sealer_config.secretKey is not a 32-byte key");
        const PrivateKey pk = *key;
        auto addr = addressOf(pk);
        if (!addr) return fail(where, "sealer_config.secretKey: " + addr.error().message());
        if (!seal.proposer || *seal.proposer != *addr) fail(where, "the block was not sealed by sealer_config's key");
        auto again = makeSeal(cliqueSealHash(h), pk);
        auto extra = decodeCliqueExtra(h.extraData);
        if (!again || !extra || again->bytes != extra->seal.bytes) fail(where, "resealing with the key gives another seal");
        if (sc.contains("vanity") && extra) {
            auto v = jsonBytes(sc["vanity"]);
            if (!v || Bytes(extra->vanity.bytes.begin(), extra->vanity.bytes.end()) != *v) fail(where, "vanity differs");
        }
        if (sc.contains("voted") && jsonAddress(sc["voted"]) != std::optional<Address>(h.beneficiary))
            fail(where, "coinbase is not sealer_config.voted");
    }

    void derived(const std::string& where, const json& d, const BlockHeader& h, const BlockSeal& seal, EngineKind kind)
    {
        const std::string w = where + " (derived)";
        for (auto it = d.begin(); it != d.end(); ++it) {
            const std::string& k = it.key();
            const json& v = it.value();
            if (k.rfind("note", 0) == 0) continue;  // commentary
            if (!kDerivedKeys.count(k)) {
                qWarning("%s: derived.%s not interpreted", where.c_str(), k.c_str());
                continue;
            }
            ++m_n.derived;
            if (k == "hash") expectHash(w, "block hash", seal.hash, v);
            else if (k == "seal_hash") expectHash(w, "seal hash", cliqueSealHash(h), v);
            else if (k == "signer" || k == "proposer") expectAddress(w, k.c_str(), seal.proposer, v);
            else if (k == "committers") expectAddresses(w, "committers", seal.committers, v);
            else if (k == "proposer_seal_digest" || k == "committed_seal_digest") {
                if (kind != EngineKind::IstanbulLegacy) {
                    fail(w, k + " outside Istanbul 1.0");
                    continue;
                }
                auto e = decodeIstanbulExtra(h.extraData);
                if (!e) {
                    fail(w, "extraData does not decode");
                    continue;
                }
                expectHash(w, k.c_str(), k == "proposer_seal_digest" ? istanbulProposerDigest(h, *e)
                                                                      : istanbulCommitDigest(istanbulBlockHash(h, *e)), v);
            }
        }
    }

    // Every valid case, verified in chain order from its anchor through the tracker.
    void chainWalk()
    {
        std::map<std::pair<EngineKind, Hash32>, const HeaderCase*> byHash;
        for (const auto& hc : m_headers) byHash[{hc.cfg.kind, hc.seal.hash}] = &hc;
        std::map<const HeaderCase*, std::vector<std::string>> outcome;  // failures per block
        for (const auto& hc : m_headers) {
            if (hc.valid != true || outcome.count(&hc)) continue;
            std::vector<const HeaderCase*> path{&hc};
            while (path.back()->header.number > 0) {
                auto it = byHash.find({hc.cfg.kind, path.back()->header.parentHash});
                if (it == byHash.end()) break;
                path.push_back(it->second);
            }
            std::reverse(path.begin(), path.end());
            ValidatorTracker tracker(hc.cfg);
            for (std::size_t i = 0; i < path.size(); ++i) {
                const HeaderCase* b = path[i];
                BlockSeal seal = b->seal;
                auto errors = i == 0 ? tracker.start(b->header, seal) : tracker.apply(b->header, seal);
                std::vector<std::string>& out = outcome[b];
                out.clear();
                for (const auto& p : seal.problems) out.push_back(p.message());
                for (const auto& e : errors) out.push_back(e.message());
                if (i > 0 && b->header.parentHash != path[i - 1]->seal.hash) out.push_back("parent link broken");
            }
            const auto& first = *path.front();
            if (first.header.number > 0 && first.cfg.kind == EngineKind::Clique &&
                first.header.number % first.cfg.epoch != 0)
                fail(hc.where, "no path to a genesis or checkpoint among the vectors");
        }
        for (const auto& hc : m_headers) {
            if (hc.valid != true) continue;
            ++m_n.chainValid;
            for (const auto& f : outcome[&hc]) fail(hc.where, "valid block fails: " + f);
        }
    }

    // ---- F-EXTRA -------------------------------------------------------------

    void extraCase(const json& c, const std::string& where, EngineKind kind)
    {
        ++m_n.extraCases;
        const json& in = c["input"];
        const json& ex = c.value("expected", json::object());
        for (auto it = in.begin(); it != in.end(); ++it)
            if (!kExtraInputKeys.count(it.key())) fail(where, "input." + it.key() + " is not a field this test knows");
        for (auto it = ex.begin(); it != ex.end(); ++it)
            if (!kExtraExpectedKeys.count(it.key())) fail(where, "expected." + it.key() + " is not a field this test knows");
        const std::string direction = c.value("direction", "");
        const bool decode = direction.find("decode") != std::string::npos;
        const bool encode = direction.find("encode") != std::string::npos;
        if (!decode && !encode) return fail(where, "direction \"" + direction + "\" is neither decode nor encode");
        if (kind != EngineKind::IstanbulLegacy && kind != EngineKind::Ibft2 && kind != EngineKind::Qbft)
            return fail(where, "an extraData codec case for engine " + std::string(engineName(kind)));
        const BftFlavor flavor = kind == EngineKind::Qbft ? BftFlavor::Qbft : BftFlavor::Ibft2;

        std::optional<Bytes> input;
        if (in.contains("extraData")) {
            input = jsonBytes(in["extraData"]);
            if (!input) return fail(where, "input.extraData is not hex");
        }
        if (decode) {
            if (!input) return fail(where, "a decode case without input.extraData");
            if (ex.value("valid", true) == false) {
                ++m_n.negatives;
                return rejected(where, kind, flavor, *input, ex.value("error", ""));
            }
            if (kind == EngineKind::IstanbulLegacy)
                decodedIstanbul(where, *input, ex, encode);
            else
                decodedBft(where, c, flavor, *input, ex, encode);
        }
        if (encode) {
            // The validators to write: a list, Besu's `rlp encode` JSON, or node keys.
            std::optional<std::vector<Address>> validators;
            if (in.contains("validators")) validators = jsonAddresses(in["validators"]);
            if (in.contains("validators_json")) {
                try {
                    validators = jsonAddresses(json::parse(in["validators_json"].get<std::string>()));
                } catch (const std::exception& e) {
                    return fail(where, std::string("input.validators_json: ") + e.what());
                }
            }
            if (in.contains("node_public_keys")) {
                std::vector<Address> v;
                for (const auto& k : in["node_public_keys"]) {
                    auto pub = jsonBytes(k);
                    if (!pub || pub->size() != 64) return fail(where, "node_public_keys: not 64-byte keys");
                    PublicKey p;
                    std::copy(pub->begin(), pub->end(), p.bytes.begin());
                    v.push_back(addressOf(p));
                }
                validators = v;
            }
            if (!validators && input && direction == "decode+encode") return;  // re-encoding checked with the decode
            if (!validators) return fail(where, "an encode case without validators");
            auto want = ex.contains("extraData") ? jsonBytes(ex["extraData"]) : input;
            if (!want) return fail(where, "an encode case without expected.extraData");
            Bytes got;
            if (kind == EngineKind::IstanbulLegacy) {
                IstanbulExtra e;
                e.validators = *validators;
                got = encodeIstanbulExtra(e);
            } else {
                BftExtra e;
                e.vanity.assign(32, 0);
                e.validators = *validators;
                got = encodeBftExtra(flavor, e);
            }
            if (got != *want) fail(where, "encoded " + hexOf(got) + ", want " + hexOf(*want));
        }
    }

    void rejected(const std::string& where, EngineKind kind, BftFlavor flavor, const Bytes& input, const std::string& error)
    {
        std::optional<ConsensusError> err;
        if (kind == EngineKind::IstanbulLegacy) {
            auto r = decodeIstanbulExtra(input);
            if (r) return fail(where, "malformed extraData decoded (" + error + ")");
            err = r.error();
        } else {
            auto r = decodeBftExtra(flavor, input);
            if (r) return fail(where, "malformed extraData decoded (" + error + ")");
            err = r.error();
        }
        // The reason must be the one the source gives.
        const std::string e = lower(error);
        auto mentions = [&e](const char* w) { return e.find(w) != std::string::npos; };
        std::vector<ConsensusErrc> want{ConsensusErrc::MalformedExtraData};
        if (mentions("round")) want = {ConsensusErrc::InvalidRound};
        else if (mentions("vote")) want = {ConsensusErrc::InvalidVote};
        else if (mentions("vanity")) want = {ConsensusErrc::MalformedExtraData, ConsensusErrc::InvalidVanity};
        else if (mentions("seal") && !mentions("item")) want = {ConsensusErrc::InvalidSeal, ConsensusErrc::MalformedExtraData};
        if (std::find(want.begin(), want.end(), err->code) == want.end())
            fail(where, "rejected for \"" + err->message() + "\", the source's reason is \"" + error + "\"");
    }

    void decodedIstanbul(const std::string& where, const Bytes& input, const json& ex, bool reencode)
    {
        auto e = decodeIstanbulExtra(input);
        if (!e) return fail(where, "does not decode: " + e.error().message());
        if (ex.contains("vanity")) {
            auto v = jsonBytes(ex["vanity"]);
            if (!v || Bytes(e->vanity.bytes.begin(), e->vanity.bytes.end()) != *v) fail(where, "vanity differs");
        }
        if (ex.contains("validators")) expectAddresses(where, "validators", e->validators, ex["validators"]);
        if (ex.contains("seal") && jsonBytes(ex["seal"]) != std::optional<Bytes>(e->proposerSeal)) fail(where, "seal differs");
        if (ex.contains("committed_seals")) committedSeals(where, e->committedSeals, ex["committed_seals"]);
        for (const char* k : {"vote", "round"})
            if (ex.contains(k)) fail(where, std::string("expected.") + k + " in an Istanbul 1.0 case");
        if (reencode && encodeIstanbulExtra(*e) != input) fail(where, "re-encoding differs from the input");
    }

    void decodedBft(const std::string& where, const json& c, BftFlavor f, const Bytes& input, const json& ex, bool reencode)
    {
        auto e = decodeBftExtra(f, input);
        if (!e) return fail(where, "does not decode: " + e.error().message());
        if (ex.contains("vanity") && jsonBytes(ex["vanity"]) != std::optional<Bytes>(e->vanity)) fail(where, "vanity differs");
        if (ex.contains("validators")) expectAddresses(where, "validators", e->validators, ex["validators"]);
        if (ex.contains("vote")) {
            const json& v = ex["vote"];
            if (v.is_null()) {
                if (e->vote) fail(where, "a vote was decoded, the case has none");
            } else if (!e->vote) {
                fail(where, "no vote decoded");
            } else {
                if (jsonAddress(v.value("recipient", json())) != std::optional<Address>(e->vote->recipient))
                    fail(where, "vote recipient differs");
                const std::string type = v.value("type", "");
                if (type != "add" && type != "drop") fail(where, "vote type \"" + type + "\" unknown");
                if ((type == "add") != e->vote->add) fail(where, "vote type differs");
                if (v.contains("raw_vote_byte")) {
                    auto raw = jsonBytes(v["raw_vote_byte"]);
                    if (!raw || raw->size() != 1 || (((*raw)[0] == 0xff) != e->vote->add)) fail(where, "raw vote byte differs");
                }
            }
        }
        if (ex.contains("round") && (!ex["round"].is_number_unsigned() || ex["round"].get<std::uint64_t>() != e->round))
            fail(where, "round " + std::to_string(e->round) + " differs");
        if (ex.contains("committed_seals")) committedSeals(where, e->committedSeals, ex["committed_seals"]);
        if (ex.contains("seal")) fail(where, "expected.seal in an IBFT 2.0/QBFT case (no proposer seal there)");
        if (reencode && encodeBftExtra(f, *e) != input) fail(where, "re-encoding differs from the input");
        if (c.contains("reconstructed")) {
            const json& r = c["reconstructed"];
            if (r.contains("extraData_for_block_hash") &&
                jsonBytes(r["extraData_for_block_hash"]) != std::optional<Bytes>(encodeBftExtraForBlockHash(f, *e)))
                fail(where, "the block-hash extraData differs: " + hexOf(encodeBftExtraForBlockHash(f, *e)));
            if (r.contains("extraData_for_committed_seal_hash") &&
                jsonBytes(r["extraData_for_committed_seal_hash"]) != std::optional<Bytes>(encodeBftExtraForCommitSeal(f, *e)))
                fail(where, "the committed-seal extraData differs: " + hexOf(encodeBftExtraForCommitSeal(f, *e)));
        }
    }

    void committedSeals(const std::string& where, const std::vector<Seal>& got, const json& want)
    {
        if (!want.is_array() || want.size() != got.size()) return fail(where, "committed seal count differs");
        for (std::size_t i = 0; i < got.size(); ++i)
            if (jsonBytes(want[i]) != std::optional<Bytes>(Bytes(got[i].bytes.begin(), got[i].bytes.end())))
                fail(where, "committed seal " + std::to_string(i) + " differs");
    }

private slots:
    void initTestCase()
    {
        const auto dir = vectorsDir("BT_CONSENSUS_VECTORS", "consensus");
        const auto files = jsonFiles(dir);
        QVERIFY2(!files.empty(), qPrintable(q("no JSON files under " + dir.string())));
        for (const auto& f : files) {
            std::string err;
            auto j = readJson(f, err);
            QVERIFY2(j.has_value(), qPrintable(q(err)));
            m_files.push_back({f, std::move(*j)});
        }
    }

    void everyCase()
    {
        for (const auto& f : m_files) {
            const std::string name = f.path.filename().string();
            const json& j = f.content;
            if (!j.is_object() || j.value("format", "") != "consensus-vectors/v1" || !j.contains("cases") ||
                !j["cases"].is_array()) {
                fail(name, "not a consensus-vectors/v1 file");
                continue;
            }
            if (j.contains("case_count") && j["case_count"] != j["cases"].size())
                fail(name, "case_count " + j["case_count"].dump() + " but " + std::to_string(j["cases"].size()) + " cases");
            const std::string fileEngine = j.value("engine", "");
            for (std::size_t i = 0; i < j["cases"].size(); ++i) {
                const json& c = j["cases"][i];
                const std::string where = name + " / " + c.value("name", "#" + std::to_string(i));
                const auto kind = parseEngineName(c.value("engine", fileEngine));
                if (!kind || !hasSeals(*kind)) {
                    fail(where, "unknown engine \"" + c.value("engine", fileEngine) + "\"");
                    continue;
                }
                if (!c.contains("input") || !c["input"].is_object()) {
                    fail(where, "no input object");
                    continue;
                }
                if (c.value("kind", "") == "extradata-codec")
                    extraCase(c, where, *kind);
                else if (c["input"].contains("header_rlp") || c["input"].contains("header") || c["input"].contains("block_rlp"))
                    headerCase(j, c, where, *kind);
                else
                    fail(where, "a case of no known shape (F-HEADER or F-EXTRA)");
            }
        }
        chainWalk();
        qInfo("%zu files: %d header cases (%d block hashes, %d signers/proposers, %d committer lists, %d valid "
              "blocks verified in chain order), %d extraData codec cases, %d negative cases, %d derived values",
              m_files.size(), m_n.headerCases, m_n.hashes, m_n.signers, m_n.committers, m_n.chainValid, m_n.extraCases,
              m_n.negatives, m_n.derived);
        QVERIFY(m_n.headerCases + m_n.extraCases > 0);
        reportFailures();
    }
};

QTEST_APPLESS_MAIN(ConsensusVectors)
#include "test_consensus_vectors.moc"
