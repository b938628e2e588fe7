// What went wrong in the store, as a value: a kind the code can act on, a translated message a
// person can read, and a technical detail for the log. Never an exception, never a crash.
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace holdfast::store {

class StoreError
{
public:
    enum class Kind {
        Unavailable, // cannot reach or open the database
        Locked, // another till or process holds the lock for too long
        Conflict, // changed by someone else since it was read
        IllegalTransition, // the state machine forbids this move
        NewerSchema, // written by a newer Holdfast
        NotFound,
        Constraint, // a uniqueness or integrity rule refused the data
        Invalid, // the caller passed something that cannot be stored
        Internal, // a bug or an unexpected answer from the driver
    };

    StoreError() = default;
    StoreError(Kind kind, QString detail);

    Kind kind() const { return m_kind; }
    // Translated, for a dialog or status bar.
    QString userMessage() const;
    // For the log: SQL state, driver text, ids.
    QString detail() const { return m_detail; }

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::Internal;
    QString m_detail;
};

// A value or a StoreError.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(StoreError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    const StoreError &error() const { return std::get<StoreError>(m_value); }

private:
    std::variant<T, StoreError> m_value;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(StoreError error) : m_error(std::move(error)) {}
    template <typename U>
    Result(const Result<U> &other)
    {
        if (!other.ok())
            m_error = other.error();
    }

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return *m_error; }

private:
    std::optional<StoreError> m_error;
};

using Status = Result<void>;

} // namespace holdfast::store
