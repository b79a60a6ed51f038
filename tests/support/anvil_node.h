// A real anvil dev node on a free loopback port, for integration tests.
// The binary comes from the pinned npm package (scripts/npm); BT_ANVIL overrides it.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <memory>

namespace bt::test {

inline QString anvilPath()
{
    if (const QByteArray env = qgetenv("BT_ANVIL"); !env.isEmpty()) return QString::fromLocal8Bit(env);
    const QString src = QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR"));
    return QDir(src).filePath(QStringLiteral("scripts/npm/node_modules/.bin/anvil"));
}

class AnvilNode {
public:
    AnvilNode() = default;
    ~AnvilNode() { stop(); }
    AnvilNode(const AnvilNode&) = delete;
    AnvilNode& operator=(const AnvilNode&) = delete;

    // Starts anvil; extra arguments e.g. {"--block-time", "1"}. Returns false and sets
    // error() when anvil is missing or does not come up within 30 s.
    bool start(const QStringList& extraArgs = {}, int port = 0)
    {
        stop();
        const QString bin = anvilPath();
        if (!QFileInfo(bin).isExecutable()) {
            m_error = QStringLiteral("anvil not found at %1 (run scripts/install-deps --test)").arg(bin);
            return false;
        }
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                         QString::number(port)};
        // The last 256 states in memory and none written to ~/.foundry/anvil/tmp (gigabytes
        // per long test otherwise, never removed); enough for the reorganisations the
        // tests make (anvil_reorg needs the states it rewinds to).
        if (!extraArgs.contains(QStringLiteral("--prune-history")))
            args << QStringLiteral("--prune-history") << QStringLiteral("256");
        args += extraArgs;
        m_args = args;
        m_proc->start(bin, args);
        if (!m_proc->waitForStarted(10000)) {
            m_error = QStringLiteral("anvil did not start: %1").arg(m_proc->errorString());
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("Listening on 127\\.0\\.0\\.1:(\\d+)"));
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (t.elapsed() < 30000) {
            m_proc->waitForReadyRead(200);
            out += m_proc->readAll();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return true;
            }
            if (m_proc->state() == QProcess::NotRunning) break;
        }
        m_error = QStringLiteral("anvil did not report its port: %1").arg(QString::fromUtf8(out.right(500)));
        return false;
    }

    // Restarts on the same port (after stop()), keeping its arguments.
    bool restart(const QStringList& extraArgs) { return start(extraArgs, m_port); }

    void stop()
    {
        if (!m_proc) return;
        if (m_proc->state() != QProcess::NotRunning) {
            m_proc->terminate();
            if (!m_proc->waitForFinished(5000)) {
                m_proc->kill();
                m_proc->waitForFinished(5000);
            }
        }
        m_proc.reset();
    }

    int port() const noexcept { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    const QString& error() const noexcept { return m_error; }

    // anvil's well-known dev keys (derived from its default mnemonic).
    static QString devKey(int i)
    {
        static const char* keys[] = {
            "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
            "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
            "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        };
        return QString::fromLatin1(keys[i % 4]);
    }

private:
    std::unique_ptr<QProcess> m_proc;
    QStringList m_args;
    QString m_error;
    int m_port = 0;
};

}  // namespace bt::test
