// The batterytrace executable on the offscreen platform: it answers --version, starts
// with an index path, and ends cleanly (exit code 0) when asked to stop.
#include <bt/version.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGui : public QObject {
    Q_OBJECT

private slots:
    void version()
    {
        QProcess p;
        p.start(QStringLiteral(BT_GUI_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("batterytrace " BT_VERSION_STRING "\n"));
    }

    void startsAndStopsCleanly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(BT_GUI_PATH), {QStringLiteral("--db"), dir.filePath(QStringLiteral("index.sqlite"))});
        QVERIFY(p.waitForStarted(30000));
        // Still running after a while: it started its event loop and waits for the user.
        QVERIFY(!p.waitForFinished(1500));
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate(); // SIGTERM, as Ctrl+C or a session manager would
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, err.constData());
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGui)
#include "test_gui.moc"
