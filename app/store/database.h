// One connection to the order database, SQLite or PostgreSQL, behind one code path. It opens from
// a URL, applies migrations, turns driver errors into StoreError values, caches prepared
// statements, nests transactions as savepoints, and reconnects to PostgreSQL by itself.
// A Database belongs to the thread that opened it; open one per thread.
#pragma once

#include "store/databaseurl.h"
#include "store/storeerror.h"

#include "domain/clock.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <unordered_map>

class QSqlQuery;
class QSqlError;

namespace holdfast::store {

struct DatabaseOptions
{
    int busyTimeoutMs = 5000; // how long a write waits for another till's lock
    int migrateTo = -1; // -1: the latest schema. Tests stop earlier to test upgrades.
};

class Database
{
public:
    using Backend = DatabaseUrl::Backend;

    using Options = DatabaseOptions;

    static Result<std::unique_ptr<Database>> open(const QString &url, const QString &password = {},
                                                  const Options &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_url.backend; }
    const DatabaseUrl &url() const { return m_url; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    // The NOTIFY channel writers signal on and ChangeWatcher listens to.
    QString ordersChannel() const;

    // For the store's own classes: runs sql with positional (?) arguments on a cached prepared
    // statement. The returned query stays valid until the next exec().
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &args = {});
    // Runs sql that is not worth preparing (DDL, PRAGMA, one-offs).
    Status execDirect(const QString &sql);

    // Transactions nest: the outermost is BEGIN (IMMEDIATE on SQLite, so a writer never fails
    // half-way on a lock upgrade), inner ones are savepoints. Prefer the Transaction guard.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Inside a write transaction: tell the other tills an order changed (PostgreSQL NOTIFY, sent
    // on commit). SQLite watchers poll data_version instead, so this does nothing there.
    Status notifyOrdersChanged(qint64 orderId);

    StoreError errorFrom(const QSqlError &error, const QString &context) const;
    // The live Qt connection; its driver changes when the connection is replaced after a loss,
    // which connectionGeneration() counts (ChangeWatcher subscribes again then).
    QSqlDatabase connection() const { return m_db; }
    int connectionGeneration() const { return m_generation; }

    // The time the store stamps rows with (created_at, updated_at, the audit log…): the wall clock
    // in UTC unless a test sets another.
    QDateTime now() const { return m_clock(); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Database(DatabaseUrl url, QString password, Options options);
    Status connect();
    Status configureConnection();
    void dropConnection();
    bool connectionLost(const QSqlError &error) const;

    DatabaseUrl m_url;
    QString m_password;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSqlQuery *m_lastQuery = nullptr;
    int m_schemaVersion = 0;
    int m_depth = 0;
    int m_generation = 0;
    bool m_broken = false; // the connection died inside a transaction; reconnect at the next one
    Clock m_clock = systemClock();
};

// Rolls back unless commit() was called: an early return can never leave half a change.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN worked; check before writing.
    const Status &status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_open = false;
};

} // namespace holdfast::store
