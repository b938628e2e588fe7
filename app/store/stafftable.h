// The `staff` table: one row per account (schema version 4). Every change is a single-row
// statement, so two tills changing different accounts never undo each other's work; a wrong PIN is
// counted by the database itself. The staff part maps these rows to its accounts.
#pragma once

#include "store/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace holdfast::store {

class Database;

struct StaffRow
{
    qint64 id = 0;
    QString name;
    QString role; // "staff" / "manager"
    QByteArray pinHash;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid: not locked
    bool active = true;
};

class StaffTable
{
public:
    explicit StaffTable(Database &db) : m_db(db) {}

    Result<QList<StaffRow>> list();
    Result<std::optional<StaffRow>> find(qint64 id);
    // The new account's id (inside a transaction of its own).
    Result<qint64> add(const StaffRow &row);
    // False when no account has that id.
    Result<bool> update(const StaffRow &row);
    // Adds one wrong PIN and gives the new count (0: no such account).
    Result<int> countWrongPin(qint64 id);
    // Locks until `until` unless already locked longer.
    Status lockUntil(qint64 id, const QDateTime &until);
    Status clearWrongPins(qint64 id);

private:
    Database &m_db;
};

} // namespace holdfast::store
