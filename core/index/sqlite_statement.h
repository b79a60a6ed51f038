// A prepared SQLite statement on the index's own connection, for the write paths
// where QSqlQuery's per-value QVariant conversions cost more than the insert itself
// (the sync writes a row per transaction and per log).
#pragma once

#include "codec/bytes.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace bt {

class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    int prepare(sqlite3* db, const char* sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    bool prepared() const noexcept { return m_stmt != nullptr; }

    // Parameters are numbered from 1, as in SQLite.
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    // An empty view may have a null data() (an empty std::vector), which SQLite
    // would bind as NULL: bind an empty blob instead (logs.data is NOT NULL).
    void bind(int i, ByteView v)
    {
        if (v.data() == nullptr)
            sqlite3_bind_zeroblob(m_stmt, i, 0);
        else
            sqlite3_bind_blob64(m_stmt, i, v.data(), v.size(), SQLITE_TRANSIENT);
    }
    void bindText(int i, std::string_view v) { sqlite3_bind_text64(m_stmt, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

    // Runs the statement to completion and resets it; returns SQLITE_DONE on success.
    int run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

}  // namespace bt
