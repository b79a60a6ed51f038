// F-TRIE vectors (ethereum/tests TrieTests): ordered updates with null = delete,
// any-order maps, and the secure variants (key = keccak256(key)), hex-encoded or not.
// The root comes from the final key/value set, as trieRoot() builds it.
#include "codec/keccak.h"
#include "codec/trie.h"

#include "vector_files.h"
#include "vector_shapes.h"

#include <QTest>

#include <algorithm>
#include <cctype>
#include <optional>

using namespace bt;
using namespace bt::test;

namespace {

// "0x…" is hex; anything else is the string's bytes, unless the whole file is hex.
std::optional<Bytes> bytesOf(const std::string& s, bool allHex)
{
    if (allHex || (s.size() >= 2 && s[0] == '0' && s[1] == 'x')) {
        auto b = fromHex(s);
        if (!b) return std::nullopt;
        return *b;
    }
    return Bytes(s.begin(), s.end());
}

bool isSecureFile(const std::filesystem::path& p)
{
    std::string name = p.filename().string();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return name.find("securetrie") != std::string::npos;
}

}  // namespace

class VectorsTrie : public QObject {
    Q_OBJECT
private slots:
    void trieFiles()
    {
        const auto dir = vectorsDir("BT_ETH_VECTORS", "ethereum");
        const auto files = jsonFiles(dir);
        QVERIFY2(!files.empty(), qPrintable(q("no JSON files under " + dir.string())));
        int nFiles = 0, nOrdered = 0, nAnyOrder = 0, nSecure = 0;
        for (const auto& f : files) {
            std::string err;
            auto j = readJson(f, err);
            QVERIFY2(j.has_value(), qPrintable(q(err)));
            if (classify(*j) != Shape::Trie) continue;
            ++nFiles;
            const bool fileSecure = isSecureFile(f);
            // Iterators, not items(): GCC 12 flags items()' proxies as dangling.
            for (auto it = j->begin(); it != j->end(); ++it) {
                const std::string& name = it.key();
                const nlohmann::json& tc = it.value();
                const std::string where = f.filename().string() + ": " + name;
                QVERIFY2(tc.is_object() && tc.contains("in") && tc.contains("root") && tc["root"].is_string(),
                         qPrintable(q(where + ": not an {in, root} case")));
                const bool hexEncoded = tc.value("hexEncoded", false);
                const bool secure = fileSecure || hexEncoded;
                auto want = fixedFromHex<32>(tc["root"].get<std::string>());
                QVERIFY2(want.ok(), qPrintable(q(where + ": root is not 32 bytes of hex")));

                // Applies one update to the final set; a null or empty value deletes.
                std::map<Bytes, Bytes> entries;
                bool ok = true;
                std::string why;
                auto apply = [&](const nlohmann::json& k, const nlohmann::json& v) {
                    if (!k.is_string() || !(v.is_string() || v.is_null())) {
                        ok = false;
                        why = "key/value not strings: " + k.dump().substr(0, 40);
                        return;
                    }
                    auto key = bytesOf(k.get<std::string>(), hexEncoded);
                    if (!key) {
                        ok = false;
                        why = "bad hex key " + k.get<std::string>();
                        return;
                    }
                    Bytes trieKey = *key;
                    if (secure) {
                        const Hash32 h = keccak256(*key);
                        trieKey.assign(h.bytes.begin(), h.bytes.end());
                    }
                    if (v.is_null()) {
                        entries.erase(trieKey);
                        return;
                    }
                    auto value = bytesOf(v.get<std::string>(), hexEncoded);
                    if (!value) {
                        ok = false;
                        why = "bad hex value " + v.get<std::string>();
                        return;
                    }
                    if (value->empty())
                        entries.erase(trieKey);
                    else
                        entries[trieKey] = std::move(*value);
                };

                const nlohmann::json& in = tc["in"];
                if (in.is_array()) {
                    for (const auto& pair : in) {
                        if (!pair.is_array() || pair.size() != 2) {
                            ok = false;
                            why = "an update is not a [key, value] pair";
                            break;
                        }
                        apply(pair[0], pair[1]);
                        if (!ok) break;
                    }
                    ++nOrdered;
                } else if (in.is_object()) {
                    for (auto kv = in.begin(); kv != in.end(); ++kv) {
                        apply(nlohmann::json(kv.key()), kv.value());
                        if (!ok) break;
                    }
                    ++nAnyOrder;
                } else {
                    ok = false;
                    why = "\"in\" is neither a list of pairs nor an object";
                }
                QVERIFY2(ok, qPrintable(q(where + ": " + why)));
                if (secure) ++nSecure;

                const Hash32 root = trieRoot(entries);
                QVERIFY2(root == *want, qPrintable(q(where + ": root " + toHex(root) + ", want " + toHex(*want))));
            }
        }
        qInfo("F-TRIE: %d files, %d ordered-update cases, %d any-order cases, %d of them secure", nFiles, nOrdered,
              nAnyOrder, nSecure);
        QVERIFY2(nFiles > 0, "no F-TRIE file in the vectors folder");
    }
};

QTEST_APPLESS_MAIN(VectorsTrie)
#include "test_vectors_trie.moc"
