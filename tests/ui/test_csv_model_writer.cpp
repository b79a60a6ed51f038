// The one CSV writer: RFC 4180 quoting, the export role, an in-memory model written
// exactly, a paged model over 20,000 blocks written page by page with a bounded cache,
// and a failed export that leaves the file it would have replaced untouched.
#include "blocks_table_model.h"
#include "chain_fixture.h"
#include "csv_model_writer.h"
#include "explorer_service.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;
using bt::ui::CsvModelWriter;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCsvModelWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void escapes()
    {
        QCOMPARE(CsvModelWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvModelWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvModelWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvModelWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvModelWriter::escape(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(CsvModelWriter::escape(QStringLiteral("钴矿 Kolwezi")), QStringLiteral("钴矿 Kolwezi"));
        QCOMPARE(CsvModelWriter::escape(QString()), QString());
    }

    void writesAModelExactly()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Lot"), QStringLiteral("Site, country"), QStringLiteral("Note")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("LOT-1")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("Kolwezi, CD")));
        model.setItem(0, 2, new QStandardItem(QStringLiteral("said \"conformant\"")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("LOT-2")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("哈尔亚瓦尔塔")));
        auto* exported = new QStandardItem(QStringLiteral("shown"));
        exported->setData(QStringLiteral("0xfull"), CsvModelWriter::ExportRole);
        model.setItem(1, 2, exported);

        const QString path = m_dir.filePath(QStringLiteral("model.csv"));
        CsvModelWriter writer;
        QSignalSpy finished(&writer, &CsvModelWriter::finished);
        QVERIFY(writer.start(&model, path));
        QVERIFY(writer.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(finished.last().at(1).toLongLong(), 2);
        QCOMPARE(QString::fromUtf8(readAll(path)),
                 QStringLiteral("Lot,\"Site, country\",Note\r\n"
                                "LOT-1,\"Kolwezi, CD\",\"said \"\"conformant\"\"\"\r\n"
                                "LOT-2,哈尔亚瓦尔塔,0xfull\r\n"));
    }

    void writesAPagedModelPageByPage()
    {
        const QString index = m_dir.filePath(QStringLiteral("paged.sqlite"));
        QString error;
        QVERIFY2(makeSyntheticIndex(index, 20000, error, 1000), qPrintable(error));
        facade::ExplorerService service;
        QSignalSpy opened(&service, &facade::ExplorerService::indexOpened);
        service.openIndex(index);
        QVERIFY(opened.wait(20000));
        ui::BlocksTableModel model(&service);
        QCOMPARE(model.rowCount(), 20000);
        QCOMPARE(model.cachedPages(), 0);

        const QString path = m_dir.filePath(QStringLiteral("blocks.csv"));
        CsvModelWriter writer;
        QSignalSpy finished(&writer, &CsvModelWriter::finished);
        QSignalSpy progress(&writer, &CsvModelWriter::progress);
        QVERIFY(writer.start(&model, path));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
        QCOMPARE(finished.last().at(1).toLongLong(), 20000);
        QVERIFY(progress.count() > 10);  // in slices, not in one go
        QVERIFY(model.cachedPages() <= ui::BlocksTableModel::kMaxPages);

        const QStringList lines = QString::fromUtf8(readAll(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 20001);
        QCOMPARE(lines[0], QStringLiteral("Block,Verification,Hash,Time (UTC),Transactions,Logs,Gas used,Miner,Problem"));
        for (int n : {0, 1, 255, 256, 9999, 19999})
            QVERIFY2(lines[n + 1].startsWith(QString::number(n) + QLatin1Char(',')), qPrintable(lines[n + 1]));
        const auto hash = queryValue(index, QStringLiteral("SELECT hash FROM blocks WHERE number = 12345"), error);
        QVERIFY(lines[12346].contains(*hash));
        QVERIFY2(lines[1000].startsWith(QStringLiteral("999,Failed,")), qPrintable(lines[1000]));
        QVERIFY(lines[1000].endsWith(QStringLiteral("receipts-root: made up for the test")));
        QVERIFY(lines[2].contains(QStringLiteral(",21000,")));  // export role: no digit grouping
    }

    void aFailedExportReplacesNothing()
    {
        CsvModelWriter writer;
        QStandardItemModel model(1, 1);
        QVERIFY(!writer.start(&model, m_dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
        QVERIFY(!writer.errorString().isEmpty());

        // The table goes away in the middle of the export: the old file stays.
        const QString index = m_dir.filePath(QStringLiteral("closing.sqlite"));
        QString error;
        QVERIFY2(makeSyntheticIndex(index, 5000, error), qPrintable(error));
        facade::ExplorerService service;
        QSignalSpy opened(&service, &facade::ExplorerService::indexOpened);
        service.openIndex(index);
        QVERIFY(opened.wait(20000));
        ui::BlocksTableModel blocks(&service);
        const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export\n");
        }
        QSignalSpy finished(&writer, &CsvModelWriter::finished);
        QVERIFY(writer.start(&blocks, path));
        service.closeIndex();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.last().at(0).toBool());
        QCOMPARE(readAll(path), QByteArray("previous export\n"));
    }
};

QTEST_MAIN(TestCsvModelWriter)
#include "test_csv_model_writer.moc"
