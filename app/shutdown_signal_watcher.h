// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, so Ctrl+C in the terminal that
// started the GUI, or a session manager's stop, ends the event loop and the program
// exits cleanly instead of being killed mid-write. A no-op where there are no such
// signals (Windows).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace bt::app {

class ShutdownSignalWatcher : public QObject {
    Q_OBJECT

public:
    // Routes the signals to the watcher. Call it first thing in main(), before the
    // application object exists, so that a signal during start-up waits for the event
    // loop instead of killing the process. The constructor calls it if main() did not.
    static void installHandlers();

    // Needs the application object (its event loop reads the signals).
    explicit ShutdownSignalWatcher(QObject* parent = nullptr);
    ~ShutdownSignalWatcher() override;

signals:
    void shutdownRequested();

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace bt::app
