// A prepared SQLite statement that also reads rows, for the domain index's queries
// and lookups. SqliteStatement (core/index) only runs writes; the domain layer reads
// far more than it writes (lineage walks, mass balance, statistics), and QSqlQuery's
// QVariant per value costs more than the lookup itself there.
#pragma once

#include "codec/bytes.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace bt::domain {

class SqlQuery {
public:
    SqlQuery() = default;
    SqlQuery(sqlite3* db, const char* sql) { prepare(db, sql); }
    ~SqlQuery() { sqlite3_finalize(m_stmt); }
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;
    SqlQuery(SqlQuery&& o) noexcept : m_stmt(o.m_stmt), m_db(o.m_db) { o.m_stmt = nullptr; }
    SqlQuery& operator=(SqlQuery&& o) noexcept
    {
        if (this != &o) {
            sqlite3_finalize(m_stmt);
            m_stmt = o.m_stmt;
            m_db = o.m_db;
            o.m_stmt = nullptr;
        }
        return *this;
    }

    int prepare(sqlite3* db, const char* sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_db = db;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    bool prepared() const noexcept { return m_stmt != nullptr; }
    std::string error() const { return m_db ? sqlite3_errmsg(m_db) : "no connection"; }

    // Parameters are numbered from 1, as in SQLite. Binding resets a finished run.
    template <class T>
        requires std::is_integral_v<T>
    SqlQuery& bind(int i, T v)
    {
        sqlite3_bind_int64(m_stmt, i, static_cast<sqlite3_int64>(v));
        return *this;
    }
    SqlQuery& bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); return *this; }
    SqlQuery& bind(int i, ByteView v)
    {
        // An empty view may have a null data(), which SQLite would bind as NULL.
        if (v.data() == nullptr)
            sqlite3_bind_zeroblob(m_stmt, i, 0);
        else
            sqlite3_bind_blob64(m_stmt, i, v.data(), v.size(), SQLITE_TRANSIENT);
        return *this;
    }
    SqlQuery& bindText(int i, std::string_view v)
    {
        sqlite3_bind_text64(m_stmt, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        return *this;
    }
    SqlQuery& bindNull(int i) { sqlite3_bind_null(m_stmt, i); return *this; }
    template <class T>
    SqlQuery& bindOpt(int i, const std::optional<T>& v)
    {
        if (v) return bind(i, *v);
        return bindNull(i);
    }
    SqlQuery& bindTextOrNull(int i, std::string_view v) { return v.empty() ? bindNull(i) : bindText(i, v); }

    // Steps once: true with a row, false at the end or on an error (then rc() says
    // which). The statement resets itself at the end, ready for the next bindings.
    bool next()
    {
        m_rc = sqlite3_step(m_stmt);
        if (m_rc == SQLITE_ROW) return true;
        sqlite3_reset(m_stmt);
        return false;
    }
    // Runs a statement that returns no rows; true on success.
    bool exec()
    {
        m_rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return m_rc == SQLITE_DONE || m_rc == SQLITE_ROW;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    int rc() const noexcept { return m_rc; }
    bool failed() const noexcept { return m_rc != SQLITE_ROW && m_rc != SQLITE_DONE && m_rc != SQLITE_OK; }

    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::int64_t int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    int integer(int col) const { return sqlite3_column_int(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    std::optional<double> optReal(int col) const
    {
        if (isNull(col)) return std::nullopt;
        return real(col);
    }
    std::optional<std::int64_t> optInt64(int col) const
    {
        if (isNull(col)) return std::nullopt;
        return int64(col);
    }
    std::string text(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string();
    }
    ByteView blob(int col) const
    {
        const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, col));
        return p ? ByteView(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : ByteView();
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

// Runs one statement with no parameters (DDL, DELETE …); true on success.
inline bool execSql(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

}  // namespace bt::domain
