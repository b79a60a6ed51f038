#include "csv_model_writer.h"

#include "row_fetcher.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTimer>

namespace bt::ui {

namespace {
constexpr int kSliceMs = 15;        // at most this long per event-loop turn
constexpr int kStallMs = 30000;     // a paged model that sends nothing for this long
}  // namespace

CsvModelWriter::CsvModelWriter(QObject* parent) : QObject(parent)
{
    m_stall = new QTimer(this);
    m_stall->setSingleShot(true);
    m_stall->setInterval(kStallMs);
    connect(m_stall, &QTimer::timeout, this, [this] { fail(tr("The table stopped delivering rows.")); });
}

CsvModelWriter::~CsvModelWriter() = default;

QString CsvModelWriter::escape(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvModelWriter::start(QAbstractItemModel* model, const QString& path)
{
    if (m_running || !model) return false;
    m_error.clear();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        m_file.reset();
        return false;
    }
    m_model = model;
    m_fetcher = dynamic_cast<RowFetcher*>(model);
    m_columns = model->columnCount();
    m_total = model->rowCount();
    m_next = 0;
    m_requestedFrom = -1;
    m_running = true;

    QStringList header;
    for (int c = 0; c < m_columns; ++c) header << escape(model->headerData(c, Qt::Horizontal).toString());
    m_file->write((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());

    // A table that changes under the export (another index opened) ends it.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { fail(tr("The table was reloaded during the export.")); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { fail(tr("Rows were removed during the export.")); });
    if (m_fetcher)
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (!m_running || m_scheduled) return;
            m_scheduled = true;
            QTimer::singleShot(0, this, &CsvModelWriter::writeSome);
        });
    m_scheduled = true;
    QTimer::singleShot(0, this, &CsvModelWriter::writeSome);
    return true;
}

QString CsvModelWriter::line(int row) const
{
    QStringList fields;
    fields.reserve(m_columns);
    for (int c = 0; c < m_columns; ++c) {
        const QModelIndex index = m_model->index(row, c);
        QVariant v = m_model->data(index, ExportRole);
        if (!v.isValid()) v = m_model->data(index, Qt::DisplayRole);
        fields << escape(v.toString());
    }
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

void CsvModelWriter::writeSome()
{
    m_scheduled = false;
    if (!m_running) return;
    if (!m_model) return fail(tr("The table was closed during the export."));
    QElapsedTimer slice;
    slice.start();
    QByteArray out;
    while (m_next < m_total && slice.elapsed() < kSliceMs) {
        if (m_fetcher && !m_fetcher->isRowLoaded(m_next)) {
            // Ask once for the page holding this row, then wait for dataChanged.
            if (m_requestedFrom != m_next) {
                m_requestedFrom = m_next;
                m_fetcher->fetchRows(m_next, m_fetcher->fetchSize());
            }
            m_stall->start();
            break;
        }
        out += line(m_next).toUtf8();
        ++m_next;
    }
    if (!out.isEmpty() && m_file->write(out) != out.size()) return fail(m_file->errorString());
    emit progress(m_next, m_total);
    if (m_next >= m_total) return finish();
    if (!m_fetcher || m_fetcher->isRowLoaded(m_next)) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &CsvModelWriter::writeSome);
    }
}

void CsvModelWriter::fail(const QString& error)
{
    if (!m_running) return;
    m_running = false;
    m_stall->stop();
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    m_error = error;
    if (m_file) m_file->cancelWriting();
    m_file.reset();
    emit finished(false, m_next, m_error);
}

void CsvModelWriter::finish()
{
    m_running = false;
    m_stall->stop();
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    const bool ok = m_file->commit();
    if (!ok) m_error = m_file->errorString();
    m_file.reset();
    emit finished(ok, m_next, m_error);
}

void CsvModelWriter::cancel() { fail(tr("Cancelled.")); }

}  // namespace bt::ui
