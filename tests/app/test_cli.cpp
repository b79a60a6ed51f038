// batterytrace-cli as a script sees it: its output, its streams and its exit codes.
#include <bt/version.h>

#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral(BT_CLI_PATH), arguments);
    Run r;
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void versionIsTheProjectVersion()
    {
        for (const QString& arg : {QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("version")}) {
            const Run r = runCli({arg});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, QStringLiteral("batterytrace-cli " BT_VERSION_STRING "\n"));
            QCOMPARE(r.err, QString());
        }
    }

    void helpListsCommandsAndGlobalOptions()
    {
        const Run r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: batterytrace-cli ")));
        QVERIFY2(r.out.contains(QStringLiteral("\nCommands:\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\n  help ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\n  version ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\nGlobal options:\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("-h, --help")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("-v, --version")), qPrintable(r.out));
        // `help` without a command says the same.
        QCOMPARE(runCli({QStringLiteral("help")}).out, r.out);
    }

    void helpOfOneCommand()
    {
        const Run r = runCli({QStringLiteral("help"), QStringLiteral("help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: batterytrace-cli help [options] [<command>]\n")),
                 qPrintable(r.out));
        QCOMPARE(runCli({QStringLiteral("version"), QStringLiteral("--help")}).out,
                 runCli({QStringLiteral("help"), QStringLiteral("version")}).out);
        QCOMPARE(runCli({QStringLiteral("--help"), QStringLiteral("version")}).out,
                 runCli({QStringLiteral("help"), QStringLiteral("version")}).out);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("batterytrace-cli: unknown command 'frobnicate'");
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frobnicate")}
                                               << QStringLiteral("batterytrace-cli: Unknown option 'frobnicate'");
        QTest::newRow("unknown command option") << QStringList{QStringLiteral("version"), QStringLiteral("--frobnicate")}
                                                << QStringLiteral("batterytrace-cli: Unknown option 'frobnicate'");
        QTest::newRow("help of an unknown command") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
                                                    << QStringLiteral("batterytrace-cli: unknown command 'frobnicate'");
        QTest::newRow("extra argument") << QStringList{QStringLiteral("version"), QStringLiteral("now")}
                                        << QStringLiteral("batterytrace-cli: version takes no arguments");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("batterytrace-cli: no command given");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
