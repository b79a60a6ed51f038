// Merkle-Patricia roots: the empty trie, known roots from ethereum/tests
// (TrieTests/trieanyorder.json: leaves, extensions, branches with values, nodes
// embedded below 32 bytes), and the ordered trie's rlp(index) key order.
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/trie.h"

#include <QTest>

using namespace bt;

namespace {

Bytes str(const char* s) { return Bytes(asBytes(s).begin(), asBytes(s).end()); }

std::map<Bytes, Bytes> strings(std::initializer_list<std::pair<const char*, const char*>> kv)
{
    std::map<Bytes, Bytes> m;
    for (const auto& [k, v] : kv) m[str(k)] = str(v);
    return m;
}

}  // namespace

class TestTrie : public QObject {
    Q_OBJECT
private slots:
    void emptyTrie()
    {
        const std::string empty = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
        QCOMPARE(toHex(trieRoot({})), empty);
        QCOMPARE(toHex(orderedTrieRoot(std::vector<Bytes>{})), empty);
        // An empty value is an absent key.
        QCOMPARE(toHex(trieRoot(strings({{"a", ""}}))), empty);
    }

    void knownRoots_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("root");
        QTest::newRow("singleItem (one leaf, hashed)") << 0 << "0xd23786fb4a010da3ce639d66d5e904a11dbc02746d1ce25029e53290cabf28ab";
        QTest::newRow("dogs (extension, branch value)") << 1 << "0x8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3";
        QTest::newRow("puppy") << 2 << "0x5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84";
        QTest::newRow("foo (embedded short nodes)") << 3 << "0x17beaa1648bafa633cda809c90c04af50fc8aed3cb40d16efbddee6fdf63c4c3";
        QTest::newRow("hex keys") << 4 << "0x285505fcabe84badc8aa310e2aae17eddc7d120aabec8a476902c8184b3a3503";
    }
    void knownRoots()
    {
        QFETCH(int, which);
        QFETCH(QString, root);
        std::map<Bytes, Bytes> m;
        switch (which) {
        case 0: m = strings({{"A", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}); break;
        case 1: m = strings({{"doe", "reindeer"}, {"dog", "puppy"}, {"dogglesworth", "cat"}}); break;
        case 2: m = strings({{"do", "verb"}, {"horse", "stallion"}, {"doge", "coin"}, {"dog", "puppy"}}); break;
        case 3: m = strings({{"foo", "bar"}, {"food", "bass"}}); break;
        case 4:
            m[*fromHex("0045")] = *fromHex("0123456789");
            m[*fromHex("4500")] = *fromHex("9876543210");
            break;
        default: QFAIL("no such case");
        }
        QCOMPARE(QString::fromStdString(toHex(trieRoot(m))), root);
    }

    void sortedViewsAgreeWithMap()
    {
        auto m = strings({{"do", "verb"}, {"horse", "stallion"}, {"doge", "coin"}, {"dog", "puppy"}});
        std::vector<std::pair<ByteView, ByteView>> v;
        for (const auto& [k, val] : m) v.emplace_back(k, val);
        QCOMPARE(trieRootSorted(v), trieRoot(m));
    }

    void orderedTrieUsesRlpIndexKeys_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {1, 2, 16, 127, 128, 129, 300, 70000}) QTest::newRow(std::to_string(n).c_str()) << n;
    }
    void orderedTrieUsesRlpIndexKeys()
    {
        // rlp(0) = 0x80 sorts after 0x01..0x7f and before 0x81 0x80 (index 128):
        // the ordered root must equal the root of the explicit key/value map.
        QFETCH(int, count);
        std::vector<Bytes> items;
        std::map<Bytes, Bytes> m;
        for (int i = 0; i < count; ++i) {
            Bytes item = rlp::encodeBytes(asBytes("item " + std::to_string(i)));
            m[rlp::encodeUint(std::uint64_t(i))] = item;
            items.push_back(std::move(item));
        }
        const Hash32 ordered = orderedTrieRoot(items);
        QCOMPARE(ordered, trieRoot(m));
        std::vector<ByteView> views(items.begin(), items.end());
        QCOMPARE(orderedTrieRoot(views), ordered);
    }

    void oneChangedValueChangesTheRoot()
    {
        std::vector<Bytes> items;
        for (int i = 0; i < 50; ++i) items.push_back(Bytes(40, std::uint8_t(i)));
        const Hash32 a = orderedTrieRoot(items);
        items[37][39] ^= 1;
        QVERIFY(orderedTrieRoot(items) != a);
    }
};

QTEST_APPLESS_MAIN(TestTrie)
#include "test_trie.moc"
