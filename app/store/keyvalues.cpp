#include "store/keyvalues.h"

#include "store/database.h"

#include <QSqlQuery>

namespace holdfast::store {

namespace {

Result<QString> readOne(Database &db, const QString &sql, const QString &key, const QString &fallback)
{
    auto r = db.exec(sql, {key});
    if (!r)
        return r.error();
    QString value = (*r)->next() ? (*r)->value(0).toString() : fallback;
    (*r)->finish();
    return value;
}

} // namespace

Result<QString> SyncCursors::get(const QString &name)
{
    return readOne(m_db, QStringLiteral("SELECT value FROM sync_cursors WHERE name = ?"), name, {});
}

Status SyncCursors::set(const QString &name, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO sync_cursors (name, value, updated_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                                    "updated_at = excluded.updated_at"),
                     {name, value, m_db.now().toMSecsSinceEpoch()});
}

Result<QString> Settings::value(const QString &key, const QString &fallback)
{
    return readOne(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), key, fallback);
}

Status Settings::setValue(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

} // namespace holdfast::store
