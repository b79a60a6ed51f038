// Every JSON file in the vectors folder must be readable and of a known shape: a file
// no vector test understands is a failure, never a silent skip.
#include "vector_files.h"
#include "vector_shapes.h"

#include <QTest>

#include <map>

using namespace bt::test;

class VectorsInventory : public QObject {
    Q_OBJECT
private slots:
    void everyFileHasAKnownShape()
    {
        const auto dir = vectorsDir("BT_ETH_VECTORS", "ethereum");
        const auto files = jsonFiles(dir);
        QVERIFY2(!files.empty(), qPrintable(q("no JSON files under " + dir.string())));
        std::map<std::string_view, int> counts;
        for (const auto& f : files) {
            std::string err;
            auto j = readJson(f, err);
            QVERIFY2(j.has_value(), qPrintable(q(err)));
            const Shape s = classify(*j);
            QVERIFY2(s != Shape::Unknown, qPrintable(q("unrecognised shape: " + f.string())));
            ++counts[shapeName(s)];
        }
        for (const auto& [name, n] : counts) qInfo("%s: %d files", std::string(name).c_str(), n);
    }
};

QTEST_APPLESS_MAIN(VectorsInventory)
#include "test_vectors_inventory.moc"
