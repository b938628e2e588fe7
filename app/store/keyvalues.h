// Small named values in the database: sync cursors (where the event poller and reconciliation got
// to) and settings that are not secrets (secrets live in the key store only).
#pragma once

#include "store/storeerror.h"

#include <QDateTime>
#include <QString>

namespace holdfast::store {

class Database;

class SyncCursors
{
public:
    explicit SyncCursors(Database &db) : m_db(db) {}
    // An empty string when the cursor was never set.
    Result<QString> get(const QString &name);
    Status set(const QString &name, const QString &value);

private:
    Database &m_db;
};

class Settings
{
public:
    explicit Settings(Database &db) : m_db(db) {}
    // fallback when the key was never set.
    Result<QString> value(const QString &key, const QString &fallback = {});
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace holdfast::store
