// The Suppliers page on the demo index shows the compliance query's suppliers,
// certificates and risk flags, its lots and the packs holding flagged material;
// "Problems only" keeps exactly the suppliers with an issue, a risk area or events
// without a certificate, and the flagged lots.
#include "chain_fixture.h"
#include "domain_fixture.h"
#include "explorer_table_view.h"
#include "main_window.h"
#include "record_table_model.h"
#include "suppliers_view.h"

#include "domain/compliance_query.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestSuppliersView : public QObject {
    Q_OBJECT

    QString m_index;
    domain::ComplianceResult m_core;

private slots:
    void initTestCase()
    {
        QString error;
        m_index = demoIndex(error);
        QVERIFY2(!m_index.isEmpty(), qPrintable(error));
        auto db = openReadOnly(m_index, error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(domain::runCompliance(*db, {}, m_core).ok());
    }

    void showsTheCoreFigures()
    {
        ui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(showPage(w, QStringLiteral("suppliersPage"), m_index));
        auto* view = qobject_cast<ui::SuppliersView*>(w.page(QStringLiteral("suppliersPage")));
        QVERIFY(view);
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));

        auto* suppliers = view->suppliersModel();
        QCOMPARE(suppliers->rowCount(), int(m_core.suppliers.size()));
        int problems = 0;
        for (int i = 0; i < suppliers->rowCount(); ++i) {
            const auto& s = m_core.suppliers.at(i);
            QCOMPARE(suppliers->cell(i, 0).text, s.name);
            QCOMPARE(suppliers->cell(i, 2).text, s.country);
            QCOMPARE(suppliers->cell(i, 5).raw.toDouble(), double(s.events));
            QCOMPARE(suppliers->cell(i, 6).raw.toDouble(), double(s.eventsWithoutCertificate));
            QCOMPARE(suppliers->cell(i, 7).text, s.issues.join(QStringLiteral("; ")));
            for (const auto& c : s.certificates)
                QVERIFY2(suppliers->cell(i, 4).text.contains(QStringLiteral("%1 #%2").arg(c.scheme).arg(c.id)), qPrintable(s.name));
            problems += (!s.issues.isEmpty() || s.cahra || s.eventsWithoutCertificate > 0);
        }
        // By hand, from the demo's truth: the artisanal cooperative in the DR Congo lies in
        // a CAHRA country and holds no responsible-sourcing certificate.
        bool sawArtisanal = false;
        for (int i = 0; i < suppliers->rowCount(); ++i) {
            if (!suppliers->cell(i, 0).text.contains(QLatin1String("Artisanal"))) continue;
            sawArtisanal = true;
            QCOMPARE(suppliers->cell(i, 2).text, QStringLiteral("CD"));
            QVERIFY(!suppliers->cell(i, 3).text.isEmpty());
            QVERIFY(suppliers->cell(i, 7).text.contains(QLatin1String("no responsible-sourcing certificate")));
        }
        QVERIFY(sawArtisanal);

        QCOMPARE(view->lotsModel()->rowCount(), int(m_core.lots.size()));
        int flagged = 0;
        for (const auto& l : m_core.lots) flagged += l.flagged;
        QVERIFY(flagged > 0);
        QCOMPARE(view->packsModel()->rowCount(), int(m_core.packs.size()));
        for (int i = 0; i < view->packsModel()->rowCount(); ++i) {
            const auto& p = m_core.packs.at(i);
            QCOMPARE(view->packsModel()->cell(i, 0).text, p.uri);
            for (const auto& s : p.flaggedShares) {
                const int column = s.element == QLatin1String("Co") ? 1 : s.element == QLatin1String("Li") ? 2 : 3;
                QCOMPARE(view->packsModel()->cell(i, column).raw.toDouble(), s.share);
            }
        }
        shoot(&w, QStringLiteral("suppliers"));

        view->setProblemsOnly(true);
        QCOMPARE(suppliers->rowCount(), problems);
        QVERIFY(problems < int(m_core.suppliers.size()));
        QCOMPARE(view->lotsModel()->rowCount(), flagged);
        shoot(&w, QStringLiteral("suppliers_problems_only"));

        // File > Export exports the page's primary table through the one CSV writer:
        // what is shown, every row, the raw numbers.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("suppliers.csv"));
        QSignalSpy exported(&w, &ui::MainWindow::exportFinished);
        QVERIFY(w.exportTable(view->primaryTable(), csv));
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(3).toString()));
        QCOMPARE(exported.last().at(1).toLongLong(), qint64(problems));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), problems + 1);
        QVERIFY(lines.first().startsWith(QLatin1String("Supplier,Role,Country")));

        // The global search finds a participant by part of its name and shows it here.
        view->setProblemsOnly(false);
        QSignalSpy searched(&w, &ui::MainWindow::searchShown);
        w.searchFor(QStringLiteral("Artisanal"));
        QVERIFY(searched.wait(30000));
        QTRY_VERIFY(view->isVisible());
        const QModelIndex current = view->primaryTable()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY2(suppliers->cell(current.row(), 0).text.contains(QLatin1String("Artisanal")),
                 qPrintable(suppliers->cell(current.row(), 0).text));
        shoot(&w, QStringLiteral("suppliers_search"));
    }
};

QTEST_MAIN(TestSuppliersView)
#include "test_suppliers_view.moc"
