// The one CSV writer: exports any QAbstractItemModel (RFC 4180: comma-separated,
// fields with commas, quotes or line breaks quoted, quotes doubled, CRLF line ends,
// UTF-8), the header row from headerData(). A cell's ExportRole is written when the
// model gives one (a full hash where the view shows it elided, an ISO time), else
// its DisplayRole.
//
// Writes from the event loop in slices of a few milliseconds, so that a big table
// never freezes the window; a paged model (RowFetcher) is read page by page as its
// rows arrive. The file is replaced only when everything was written (QSaveFile).
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QAbstractItemModel;
class QSaveFile;
class QTimer;

namespace bt::ui {

class RowFetcher;

class CsvModelWriter : public QObject {
    Q_OBJECT

public:
    // The role a model answers with the value to export, when it differs from the display.
    static constexpr int ExportRole = Qt::UserRole + 500;

    explicit CsvModelWriter(QObject* parent = nullptr);
    ~CsvModelWriter() override;

    // Starts writing `model` to `path`; false (and errorString()) when the file cannot
    // be opened. finished() follows, also for an empty model.
    bool start(QAbstractItemModel* model, const QString& path);
    void cancel();
    bool isRunning() const noexcept { return m_running; }
    QString errorString() const { return m_error; }

    // One field, quoted when it needs to be.
    static QString escape(const QString& field);

signals:
    void progress(qint64 rowsWritten, qint64 totalRows);
    void finished(bool ok, qint64 rowsWritten, const QString& error);

private:
    void writeSome();
    void fail(const QString& error);
    void finish();
    QString line(int row) const;

    QPointer<QAbstractItemModel> m_model;
    RowFetcher* m_fetcher = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    QTimer* m_stall = nullptr;
    QString m_error;
    int m_next = 0;
    int m_total = 0;
    int m_columns = 0;
    bool m_running = false;
    bool m_scheduled = false;
    int m_requestedFrom = -1;
};

}  // namespace bt::ui
