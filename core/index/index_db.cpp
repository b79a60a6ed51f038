#include "index/index_db.h"

#include "index/schema.h"

#include <sqlite3.h>

#include <QAtomicInt>
#include <QSqlDriver>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace bt {

namespace {
QAtomicInt g_connectionCounter;

// SQLite's extended result codes arrive as text in nativeErrorCode().
IndexError::Kind classify(const QSqlError& e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case 8: return IndexError::Kind::ReadOnly;   // SQLITE_READONLY
        case 13: return IndexError::Kind::DiskFull;  // SQLITE_FULL
        case 11: return IndexError::Kind::Corrupt;   // SQLITE_CORRUPT
        case 26: return IndexError::Kind::NotAnIndex;  // SQLITE_NOTADB
        case 5:                                       // SQLITE_BUSY
        case 6: return IndexError::Kind::Conflict;   // SQLITE_LOCKED
        default: break;
        }
    }
    const QString t = e.text().toLower();
    if (t.contains(QLatin1String("readonly")) || t.contains(QLatin1String("read-only")))
        return IndexError::Kind::ReadOnly;
    if (t.contains(QLatin1String("disk is full")) || t.contains(QLatin1String("database or disk is full")))
        return IndexError::Kind::DiskFull;
    if (t.contains(QLatin1String("not a database"))) return IndexError::Kind::NotAnIndex;
    if (t.contains(QLatin1String("malformed"))) return IndexError::Kind::Corrupt;
    return IndexError::Kind::Io;
}
}  // namespace

IndexDb::~IndexDb() { close(); }

int IndexDb::schemaVersion() { return static_cast<int>(schemaMigrations().size()); }

void IndexDb::close()
{
    if (m_connection.isEmpty()) return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_open = false;
}

IndexError IndexDb::errorOf(const QSqlError& e, const QString& doing) const
{
    IndexError err;
    err.kind = classify(e);
    QString what;
    switch (err.kind) {
    case IndexError::Kind::ReadOnly: what = QStringLiteral("the index is read-only"); break;
    case IndexError::Kind::DiskFull: what = QStringLiteral("the disk is full"); break;
    case IndexError::Kind::Corrupt: what = QStringLiteral("the index file is damaged"); break;
    case IndexError::Kind::NotAnIndex: what = QStringLiteral("the file is not an SQLite database"); break;
    case IndexError::Kind::Conflict: what = QStringLiteral("the index is locked by another process"); break;
    default: what = QStringLiteral("database error"); break;
    }
    err.message = QStringLiteral("%1: %2 while %3 (%4)").arg(m_path, what, doing, e.text());
    return err;
}

IndexError IndexDb::errorOfCode(int resultCode, const QString& doing) const
{
    sqlite3* h = handle();
    const QString text = QString::fromUtf8(h ? sqlite3_errmsg(h) : sqlite3_errstr(resultCode));
    return errorOf(QSqlError(text, text, QSqlError::StatementError, QString::number(resultCode)), doing);
}

sqlite3* IndexDb::handle() const
{
    const QVariant v = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

IndexError IndexDb::open(const QString& path, Mode mode)
{
    close();
    m_path = path;
    const QFileInfo fi(path);
    if (mode != Mode::Create && !fi.exists())
        return {IndexError::Kind::NotFound, QStringLiteral("%1: no such index file").arg(path)};
    if (fi.exists() && !fi.isFile())
        return {IndexError::Kind::NotAnIndex, QStringLiteral("%1: not a file").arg(path)};
    const bool isNew = !fi.exists() || fi.size() == 0;

    m_connection = QStringLiteral("bt-index-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // A WAL index can only be read where SQLite may create PATH-shm beside it. On a
    // read-only disk or directory (an auditor's copy on read-only media), with no
    // write-ahead log left over, read it as immutable: nothing can change it there.
    const QFileInfo dirInfo(fi.absolutePath());
    const QFileInfo walInfo(path + QStringLiteral("-wal"));
    const bool readOnlyMedium = mode == Mode::ReadOnly && !isNew && !dirInfo.isWritable() &&
                                (!walInfo.exists() || walInfo.size() == 0);
    if (readOnlyMedium) {
        m_db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(fi.absoluteFilePath(), "/"))));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(path);
        if (mode == Mode::ReadOnly) m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open()) return errorOf(m_db.lastError(), QStringLiteral("opening"));

    QSqlQuery q(m_db);
    // A file that is not SQLite fails on its first read, here.
    if (!q.exec(QStringLiteral("PRAGMA application_id"))) {
        IndexError e = errorOf(q.lastError(), QStringLiteral("reading the file header"));
        // An SQLite file that cannot be read is not "not an SQLite database": most
        // often its directory is read-only and SQLite cannot create PATH-shm there.
        QFile head(path);
        const bool sqliteFile = head.open(QIODevice::ReadOnly) && head.read(16) == QByteArray("SQLite format 3", 16);
        if (sqliteFile && e.kind != IndexError::Kind::NotAnIndex && e.kind != IndexError::Kind::Corrupt) {
            if (!dirInfo.isWritable())
                e = {IndexError::Kind::ReadOnly,
                     QStringLiteral("%1: cannot be opened: its directory %2 is read-only, and SQLite needs to create "
                                    "%3-shm beside the index (%4)")
                         .arg(path, fi.absolutePath(), fi.fileName(), q.lastError().text())};
        } else if (e.kind == IndexError::Kind::NotAnIndex || e.kind == IndexError::Kind::Corrupt ||
                   e.kind == IndexError::Kind::Io) {
            e = {IndexError::Kind::NotAnIndex,
                 QStringLiteral("%1: not a BatteryTrace index (not an SQLite database)").arg(path)};
        }
        close();
        return e;
    }
    const int appId = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();

    if (isNew) {
        if (mode == Mode::ReadOnly) {
            close();
            return {IndexError::Kind::NotAnIndex, QStringLiteral("%1: empty file, not an index").arg(path)};
        }
    } else if (appId != kApplicationId) {
        QSqlQuery t(m_db);
        t.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const int tables = t.next() ? t.value(0).toInt() : 0;
        t.finish();
        close();
        if (appId == 0 && tables == 0 && mode != Mode::ReadOnly) {
            // An empty SQLite file: treat it as new.
            return open(path, mode == Mode::ReadWrite ? Mode::Create : mode);
        }
        return {IndexError::Kind::NotAnIndex,
                QStringLiteral("%1: an SQLite database, but not a BatteryTrace index (application id %2)")
                    .arg(path)
                    .arg(appId, 0, 16)};
    } else if (version > schemaVersion()) {
        close();
        return {IndexError::Kind::NewerSchema,
                QStringLiteral("%1: written by a newer BatteryTrace (index schema %2; this version reads up to %3)")
                    .arg(path)
                    .arg(version)
                    .arg(schemaVersion())};
    }

    if (mode != Mode::ReadOnly) {
        // WAL: the GUI reads while the sync writes; NORMAL sync is durable against a
        // killed process (the case that matters here), trading only power-loss
        // durability of the last transaction.
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                IndexError e = errorOf(q.lastError(), QStringLiteral("setting up journaling"));
                close();
                return e;
            }
        }
    }
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    q.exec(QStringLiteral("PRAGMA cache_size=-16000"));  // 16 MB page cache, bounded
    q.finish();

    if (mode != Mode::ReadOnly && (isNew || version < schemaVersion())) {
        if (IndexError e = migrate(isNew ? 0 : version); !e.ok()) {
            close();
            return e;
        }
    } else if (mode == Mode::ReadOnly && version < schemaVersion()) {
        close();
        return {IndexError::Kind::NewerSchema,
                QStringLiteral("%1: index schema %2 needs an upgrade to %3; open it read-write once")
                    .arg(path)
                    .arg(version)
                    .arg(schemaVersion())};
    }
    m_open = true;
    return {};
}

IndexError IndexDb::migrate(int from)
{
    const auto& steps = schemaMigrations();
    if (!m_db.transaction()) return errorOf(m_db.lastError(), QStringLiteral("starting the schema upgrade"));
    QSqlQuery q(m_db);
    for (int v = from; v < schemaVersion(); ++v) {
        for (const char* stmt : steps[static_cast<std::size_t>(v)]) {
            if (!q.exec(QString::fromUtf8(stmt))) {
                IndexError e = errorOf(q.lastError(), QStringLiteral("upgrading the schema to version %1").arg(v + 1));
                m_db.rollback();
                return e;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)) ||
        !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion()))) {
        IndexError e = errorOf(q.lastError(), QStringLiteral("stamping the schema version"));
        m_db.rollback();
        return e;
    }
    if (!m_db.commit()) return errorOf(m_db.lastError(), QStringLiteral("committing the schema upgrade"));
    return {};
}

std::optional<QString> IndexDb::meta(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next()) return std::nullopt;
    return q.value(0).toString();
}

bool IndexDb::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

}  // namespace bt
