// Tells an open window that another till or process changed orders. PostgreSQL: LISTEN on the
// channel every writer NOTIFYs inside its transaction, so the signal comes when the change commits.
// SQLite: PRAGMA data_version, polled, changes when another connection commits to the file.
// Uses its own connection, so it also reports this process's own writes; refresh is idempotent.
#pragma once

#include "store/storeerror.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace holdfast::store {

class Database;

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // Keeps trying to connect (and reconnect) in the background; watching() says whether it is.
    ChangeWatcher(const QString &url, const QString &password, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    bool watching() const { return m_watching; }
    // SQLite's poll, and PostgreSQL's connection check. Default 500 ms.
    void setInterval(int milliseconds);
    // The last reason it could not watch, for the status bar.
    StoreError lastError() const { return m_lastError; }

signals:
    void ordersChanged();
    void watchingChanged(bool watching);

private:
    void check();
    bool ensureConnected();
    void subscribe();
    void setWatching(bool watching);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_url;
    QString m_password;
    std::unique_ptr<Database> m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    int m_subscribedGeneration = -1;
    bool m_watching = false;
    StoreError m_lastError;
};

} // namespace holdfast::store
