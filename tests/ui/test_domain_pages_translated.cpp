// The domain pages in German and Simplified Chinese, on the demo index: their titles,
// table headers, chart titles and messages come from the translations (nothing left
// in English), and a screenshot of each page in each language shows that the longer
// German and the Chinese texts fit.
#include "chain_fixture.h"
#include "domain_fixture.h"
#include "domain_page.h"
#include "lineage_view.h"
#include "main_window.h"
#include "record_table_model.h"
#include "suppliers_view.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace bt;
using namespace bt::test;

class TestDomainPagesTranslated : public QObject {
    Q_OBJECT

    QString m_index;

private slots:
    void initTestCase()
    {
        QString error;
        m_index = demoIndex(error);
        QVERIFY2(!m_index.isEmpty(), qPrintable(error));
    }

    void pages_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("titles");  // Lineage, Suppliers, Defects, Logistics, KPIs
        QTest::addColumn<QString>("supplierHeader");
        QTest::addColumn<QString>("notFound");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Herkunft"), QStringLiteral("Lieferanten"), QStringLiteral("Defekte"),
                                           QStringLiteral("Logistik"), QStringLiteral("Kennzahlen")}
                            << QStringLiteral("Lieferant") << QStringLiteral("Nicht gefunden");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("溯源"), QStringLiteral("供应商"), QStringLiteral("缺陷"),
                                              QStringLiteral("物流"), QStringLiteral("关键指标")}
                               << QStringLiteral("供应商") << QStringLiteral("未找到");
    }

    void pages()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, titles);
        QFETCH(QString, supplierHeader);
        QFETCH(QString, notFound);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), QStringLiteral("batterytrace"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            ui::MainWindow w;
            w.resize(1400, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QStringList pages{QStringLiteral("lineagePage"), QStringLiteral("suppliersPage"), QStringLiteral("defectsPage"),
                                    QStringLiteral("logisticsPage"), QStringLiteral("kpisPage")};
            QVERIFY(showPage(w, QStringLiteral("kpisPage"), m_index));
            auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
            for (int i = 0; i < pages.size(); ++i) {
                auto* page = qobject_cast<ui::DomainPage*>(w.page(pages[i]));
                QVERIFY(page);
                QCOMPARE(page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), titles[i]);
                QCOMPARE(navigation->item(i + 1)->text(), titles[i]);
                QSignalSpy updated(page, &ui::DomainPage::updated);
                navigation->setCurrentRow(i + 1);
                if (pages[i] == QLatin1String("lineagePage")) {
                    // The pack of the first flagged lot's lineage, by its serial.
                    auto* lineage = qobject_cast<ui::LineageView*>(page);
                    QSignalSpy drawn(lineage, &ui::LineageView::graphDrawn);
                    lineage->showAsset(QStringLiteral("PK-000067"), false);
                    QVERIFY(drawn.wait(60000));
                } else if (pages[i] != QLatin1String("kpisPage")) {
                    QVERIFY(!updated.isEmpty() || updated.wait(60000));
                }
                QVERIFY2(page->message().isEmpty(), qPrintable(page->message()));
                shoot(&w, QStringLiteral("%1_%2").arg(pages[i].chopped(4), locale));
            }
            auto* suppliers = qobject_cast<ui::SuppliersView*>(w.page(QStringLiteral("suppliersPage")));
            QCOMPARE(suppliers->suppliersModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), supplierHeader);

            // A message in the page, translated around the engine's own text.
            auto* lineage = qobject_cast<ui::LineageView*>(w.page(QStringLiteral("lineagePage")));
            navigation->setCurrentRow(1);
            QSignalSpy updated(lineage, &ui::DomainPage::updated);
            lineage->showAsset(QStringLiteral("PK-DOES-NOT-EXIST"), false);
            QVERIFY(updated.wait(30000));
            QVERIFY2(lineage->message().startsWith(notFound), qPrintable(lineage->message()));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestDomainPagesTranslated)
#include "test_domain_pages_translated.moc"
