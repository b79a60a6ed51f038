#include "shutdown_signal_watcher.h"

#include <QSocketNotifier>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace bt::app {

#ifdef Q_OS_UNIX
namespace {

// A handler may only do async-signal-safe work: it writes one byte to a socket, and the
// event loop reads it (the self-pipe pattern). One pair per process.
int g_signalFds[2] = {-1, -1};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void onShutdownSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

} // namespace
#endif

void ShutdownSignalWatcher::installHandlers()
{
#ifdef Q_OS_UNIX
    if (g_signalFds[0] != -1) return;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        qWarning("shutdown signals: socketpair failed; Ctrl+C will end the program abruptly");
        g_signalFds[0] = g_signalFds[1] = -1;
        return;
    }
    // Not inherited by child processes; and a burst of signals never blocks the handler.
    for (const int fd : g_signalFds) ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(g_signalFds[0], F_SETFL, ::fcntl(g_signalFds[0], F_GETFL) | O_NONBLOCK);
    struct sigaction action {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int s : kSignals) sigaction(s, &action, nullptr);
#endif
}

ShutdownSignalWatcher::ShutdownSignalWatcher(QObject* parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    installHandlers();
    if (g_signalFds[1] == -1) return;
    m_notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignalWatcher::readSignal);
#endif
}

ShutdownSignalWatcher::~ShutdownSignalWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_notifier) return;
    for (const int s : kSignals) std::signal(s, SIG_DFL);
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    g_signalFds[0] = g_signalFds[1] = -1;
#endif
}

void ShutdownSignalWatcher::readSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
#endif
    emit shutdownRequested();
}

} // namespace bt::app
