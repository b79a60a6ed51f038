// Result<T>: a value or a codec Error, in the spirit of std::expected (C++23),
// which the C++20 toolchains we target do not have yet.
#pragma once

#include "error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace bt {

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}  // NOLINT

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(m_v); }
    const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const& { assert(!ok()); return std::get<1>(m_v); }
    Error&& error() && { assert(!ok()); return std::get<1>(std::move(m_v)); }

private:
    std::variant<T, Error> m_v;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}  // NOLINT

    bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    const Error& error() const { assert(m_failed); return m_error; }

private:
    Error m_error{};
    bool m_failed = false;
};

using Status = Result<void>;

}  // namespace bt

// Propagates an error: BT_TRY(auto x, expr) or BT_TRY_STATUS(expr).
#define BT_CONCAT_INNER(a, b) a##b
#define BT_CONCAT(a, b) BT_CONCAT_INNER(a, b)
#define BT_TRY_IMPL(tmp, decl, expr) \
    auto tmp = (expr);                \
    if (!tmp.ok()) return std::move(tmp).error(); \
    decl = std::move(tmp).value()
#define BT_TRY(decl, expr) BT_TRY_IMPL(BT_CONCAT(bt_try_, __LINE__), decl, expr)
#define BT_TRY_STATUS(expr)                                   \
    do {                                                      \
        auto bt_status_ = (expr);                             \
        if (!bt_status_.ok()) return bt_status_.error();      \
    } while (false)
