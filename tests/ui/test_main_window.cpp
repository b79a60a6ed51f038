// The main window as a user meets it: the six task pages, navigation between them, the
// global search, the status bar, the menus, the translations, and a clean close.
#include "main_window.h"
#include "screenshot.h"
#include "chain_fixture.h"

#include <bt/version.h>

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTemporaryDir>
#include <QTranslator>

using bt::ui::MainWindow;

namespace {

const QStringList kPageNames = {QStringLiteral("chainPage"),     QStringLiteral("lineagePage"),
                                QStringLiteral("suppliersPage"), QStringLiteral("defectsPage"),
                                QStringLiteral("logisticsPage"), QStringLiteral("kpisPage")};

template <typename T>
T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w) qWarning("no %s named '%s'", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

void saveShot(QWidget* w, const QString& name)
{
    const QString path = bt::test::saveScreenshot(w, name);
    QVERIFY2(!path.isEmpty(), qPrintable(QStringLiteral("cannot write screenshot %1 in %2").arg(name, bt::test::screenshotDir())));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void opensWithSixPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));

        auto* pages = child<QStackedWidget>(&window, QStringLiteral("pages"));
        auto* navigation = child<QListWidget>(&window, QStringLiteral("navigation"));
        QVERIFY(pages && navigation);
        QCOMPARE(pages->count(), 6);
        QCOMPARE(navigation->count(), 6);
        const QStringList titles = {QStringLiteral("Chain"),     QStringLiteral("Lineage"),
                                    QStringLiteral("Suppliers"), QStringLiteral("Defects"),
                                    QStringLiteral("Logistics"), QStringLiteral("KPIs")};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(navigation->item(i)->text(), titles[i]);
            QCOMPARE(pages->widget(i)->objectName(), kPageNames[i]);
            auto* title = child<QLabel>(pages->widget(i), QStringLiteral("pageTitle"));
            QVERIFY(title);
            QCOMPARE(title->text(), titles[i]);
        }
        QCOMPARE(pages->currentIndex(), 0);
        QCOMPARE(navigation->currentRow(), 0);
        saveShot(&window, QStringLiteral("main_window"));
    }

    void navigationSwitchesPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = child<QStackedWidget>(&window, QStringLiteral("pages"));
        auto* navigation = child<QListWidget>(&window, QStringLiteral("navigation"));
        QVERIFY(pages && navigation);
        QSignalSpy changed(pages, &QStackedWidget::currentChanged);

        // By mouse, as a user does, from the last page back to the first.
        for (int row = navigation->count() - 1; row >= 0; --row) {
            const QRect rect = navigation->visualItemRect(navigation->item(row));
            QVERIFY(navigation->viewport()->rect().contains(rect)); // not clipped
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(pages->currentIndex(), row);
            QCOMPARE(pages->currentWidget()->objectName(), kPageNames[row]);
            QVERIFY(pages->currentWidget()->isVisible());
            if (row == 3) saveShot(&window, QStringLiteral("main_window_defects"));
        }
        QCOMPARE(changed.count(), navigation->count()); // 5 down to 0 from 0: each row changed once

        // By keyboard.
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(pages->currentWidget()->objectName(), kPageNames[1]);
    }

    void globalSearch()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* search = child<QLineEdit>(&window, QStringLiteral("globalSearch"));
        QVERIFY(search);
        QCOMPARE(search->placeholderText(), QStringLiteral("Asset id, tx hash, block, participant…"));
        QVERIFY(search->isVisible());
        // Ctrl+F (the platform's Find) puts the cursor there.
        auto* find = child<QAction>(&window, QStringLiteral("actionFind"));
        QVERIFY(find);
        find->trigger();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("0xabc"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Open an index to search it."));
    }

    void statusBarShowsTheIndex()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(bt::test::makeSyntheticIndex(path, 3, error), qPrintable(error));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* index = child<QLabel>(&window, QStringLiteral("indexStatus"));
        auto* sync = child<QLabel>(&window, QStringLiteral("syncStatus"));
        auto* verification = child<QLabel>(&window, QStringLiteral("verificationStatus"));
        QVERIFY(index && sync && verification);
        QCOMPARE(index->text(), QStringLiteral("No index open"));
        QVERIFY(!sync->isVisible());
        QVERIFY(!verification->isVisible());

        QSignalSpy changed(&window, &MainWindow::indexPathChanged);
        window.setIndexPath(path);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window.indexPath(), path);
        QCOMPARE(index->text(), QStringLiteral("Index: demo.sqlite"));
        QCOMPARE(index->toolTip(), QDir::toNativeSeparators(path));
        QCOMPARE(window.windowTitle(), QStringLiteral("demo.sqlite"));
        QVERIFY(sync->isVisible());
        QCOMPARE(sync->text(), QStringLiteral("Not syncing"));
        QTRY_VERIFY(verification->isVisible());
        QVERIFY2(verification->text().contains(QStringLiteral("3 verified")), qPrintable(verification->text()));
        saveShot(&window, QStringLiteral("main_window_index"));
    }

    void menusAndAbout()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char* name : {"actionOpenIndex", "actionQuit", "actionAbout", "actionAboutQt"})
            QVERIFY2(child<QAction>(&window, QString::fromLatin1(name)), name);
        auto* fileMenu = child<QMenu>(&window, QStringLiteral("fileMenu"));
        auto* helpMenu = child<QMenu>(&window, QStringLiteral("helpMenu"));
        QVERIFY(fileMenu && helpMenu);
        QVERIFY(fileMenu->actions().contains(child<QAction>(&window, QStringLiteral("actionOpenIndex"))));
        QVERIFY(helpMenu->actions().contains(child<QAction>(&window, QStringLiteral("actionAbout"))));
        QVERIFY(!window.windowIcon().isNull());

        child<QAction>(&window, QStringLiteral("actionAbout"))->trigger();
        QPointer<QMessageBox> about = child<QMessageBox>(&window, QStringLiteral("aboutBox"));
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        QVERIFY(about->text().contains(QStringLiteral(BT_VERSION_STRING)));
        saveShot(about, QStringLiteral("about"));
        about->close();
        QTRY_VERIFY(about.isNull()); // deleted on close
    }

    void quitClosesTheWindow()
    {
        QPointer<MainWindow> window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        child<QAction>(window, QStringLiteral("actionQuit"))->trigger();
        QTRY_VERIFY(window.isNull());
    }

    void translations_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("noIndex");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Blockchain") << QStringLiteral("Kein Index geöffnet");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("区块链") << QStringLiteral("未打开索引");
    }

    void translations()
    {
        QFETCH(QString, locale);
        QFETCH(QString, chain);
        QFETCH(QString, noIndex);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), QStringLiteral("batterytrace"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* navigation = child<QListWidget>(&window, QStringLiteral("navigation"));
            QVERIFY(navigation);
            QCOMPARE(navigation->item(0)->text(), chain);
            QCOMPARE(child<QLabel>(&window, QStringLiteral("indexStatus"))->text(), noIndex);
            for (int row = 0; row < navigation->count(); ++row) {
                const QRect rect = navigation->visualItemRect(navigation->item(row));
                QVERIFY(navigation->viewport()->rect().contains(rect));
                QVERIFY(navigation->fontMetrics().horizontalAdvance(navigation->item(row)->text()) < rect.width());
            }
            navigation->setCurrentRow(2);
            saveShot(&window, QStringLiteral("main_window_") + locale);
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
