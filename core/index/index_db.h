// The SQLite index file: opening, creating, recognising, migrating.
//
// A BatteryTrace index is an SQLite database whose application_id is 'BTXE' and
// whose user_version is the schema version. Anything else is refused with a message
// that says what the file is; a file from a newer schema is refused rather than
// misread. WAL journaling: readers (the GUI) never block the writer (the sync), and a
// kill -9 at any moment leaves the last committed batch intact.
//
// One IndexDb per thread: the connection belongs to the thread that opened it.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

namespace bt {

struct IndexError {
    enum class Kind { None, NotFound, NotAnIndex, NewerSchema, Corrupt, ReadOnly, DiskFull, Io, Conflict };
    Kind kind = Kind::None;
    QString message;
    bool ok() const noexcept { return kind == Kind::None; }
};

class IndexDb {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };  // Create: read-write, made if missing

    // The schema version is the number of migration steps (schema.cpp): a change to the
    // schema is one more step appended there, nothing else.
    static int schemaVersion();
    static constexpr int kApplicationId = 0x42545845;  // 'BTXE'

    IndexDb() = default;
    ~IndexDb();
    IndexDb(const IndexDb&) = delete;
    IndexDb& operator=(const IndexDb&) = delete;

    IndexError open(const QString& path, Mode mode);
    void close();
    bool isOpen() const noexcept { return m_open; }
    QSqlDatabase& db() noexcept { return m_db; }
    const QString& path() const noexcept { return m_path; }

    std::optional<QString> meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);

    // An IndexError for the last failed statement, classified (read-only, disk full, …).
    IndexError errorOf(const class QSqlError& e, const QString& doing) const;
    // The same for an SQLite result code from the C API (SqliteStatement).
    IndexError errorOfCode(int resultCode, const QString& doing) const;

    // The connection's sqlite3 handle, for SqliteStatement.
    ::sqlite3* handle() const;

private:
    IndexError migrate(int from);
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_open = false;
};

}  // namespace bt
