#include "store/changewatcher.h"

#include "diagnostics/logging.h"
#include "store/database.h"

#include <QSqlQuery>

namespace holdfast::store {

ChangeWatcher::ChangeWatcher(const QString &url, const QString &password, QObject *parent)
    : QObject(parent), m_url(url), m_password(password)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_timer.start();
    check();
}

ChangeWatcher::~ChangeWatcher() = default;

void ChangeWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ChangeWatcher::setWatching(bool watching)
{
    if (watching == m_watching)
        return;
    m_watching = watching;
    emit watchingChanged(watching);
}

bool ChangeWatcher::ensureConnected()
{
    if (m_db)
        return true;
    auto opened = Database::open(m_url, m_password);
    if (!opened) {
        m_lastError = opened.error();
        setWatching(false);
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

void ChangeWatcher::subscribe()
{
    QSqlDriver *driver = m_db->connection().driver();
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification, Qt::UniqueConnection);
    if (!driver->subscribeToNotification(m_db->ordersChannel())) {
        m_lastError = StoreError(StoreError::Kind::Unavailable, QStringLiteral("LISTEN %1 failed").arg(m_db->ordersChannel()));
        setWatching(false);
        return;
    }
    const bool reconnected = m_subscribedGeneration >= 0;
    m_subscribedGeneration = m_db->connectionGeneration();
    setWatching(true);
    // Whatever was notified while the connection was down is lost; have the window re-read.
    if (reconnected)
        emit ordersChanged();
}

void ChangeWatcher::check()
{
    if (!ensureConnected())
        return;
    if (m_db->backend() == Database::Backend::Postgres) {
        // A cheap round trip notices a dead connection; Database::exec replaces it by itself.
        auto alive = m_db->exec(QStringLiteral("SELECT 1"));
        if (!alive) {
            m_lastError = alive.error();
            setWatching(false);
            return;
        }
        (*alive)->finish();
        if (m_subscribedGeneration != m_db->connectionGeneration())
            subscribe();
        return;
    }
    auto version = m_db->exec(QStringLiteral("PRAGMA data_version"));
    if (!version) {
        m_lastError = version.error();
        setWatching(false);
        return;
    }
    const qint64 current = (*version)->next() ? (*version)->value(0).toLongLong() : -1;
    (*version)->finish();
    setWatching(true);
    if (m_dataVersion >= 0 && current != m_dataVersion)
        emit ordersChanged();
    m_dataVersion = current;
}

void ChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (m_db && name == m_db->ordersChannel()) {
        qCDebug(lcStore) << "orders changed elsewhere:" << payload.toString();
        emit ordersChanged();
    }
}

} // namespace holdfast::store
