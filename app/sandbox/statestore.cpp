#include "sandbox/statestore.h"

#include "diagnostics/logging.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace holdfast::sandbox {

StateStore::StateStore() = default;

StateStore::~StateStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool StateStore::open(const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    m_connection = QStringLiteral("holdfast-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open state file %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    const bool created = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS objects (kind TEXT NOT NULL, id TEXT NOT "
                                               "NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id))"))
                         && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"))
                         && q.exec(QStringLiteral("SELECT kind, id, seq, body FROM objects"));
    if (!created) {
        *error = QStringLiteral("cannot use state file %1: %2").arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        Entry entry;
        entry.seq = q.value(2).toLongLong();
        entry.object = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        entry.created = entry.object.value(u"created").toInteger();
        m_nextSeq = std::max(m_nextSeq, entry.seq + 1);
        m_objects[q.value(0).toString()].insert(q.value(1).toString(), entry);
    }
    if (q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        while (q.next())
            m_meta.insert(q.value(0).toString(), q.value(1).toString());
    }
    return true;
}

std::optional<QJsonObject> StateStore::find(const QString &kind, const QString &id) const
{
    const auto objects = m_objects.constFind(kind);
    if (objects == m_objects.cend())
        return std::nullopt;
    const auto it = objects->constFind(id);
    if (it == objects->cend())
        return std::nullopt;
    return it->object;
}

void StateStore::put(const QString &kind, const QJsonObject &object)
{
    const QString id = object.value(u"id").toString();
    Entry &entry = m_objects[kind][id];
    if (entry.seq == 0)
        entry.seq = m_nextSeq++;
    entry.object = object;
    entry.created = object.value(u"created").toInteger();
    m_sorted.remove(kind);
    persist(kind, entry);
}

QList<QJsonObject> StateStore::all(const QString &kind) const
{
    if (const auto cached = m_sorted.constFind(kind); cached != m_sorted.cend())
        return *cached;
    const auto objects = m_objects.constFind(kind);
    if (objects == m_objects.cend())
        return {};
    QList<const Entry *> entries;
    entries.reserve(objects->size());
    for (const Entry &entry : *objects)
        entries.append(&entry);
    std::sort(entries.begin(), entries.end(), [](const Entry *a, const Entry *b) {
        return a->created != b->created ? a->created > b->created : a->seq > b->seq;
    });
    QList<QJsonObject> out;
    out.reserve(entries.size());
    for (const Entry *entry : entries)
        out.append(entry->object);
    m_sorted.insert(kind, out);
    return out;
}

void StateStore::clear()
{
    m_objects.clear();
    m_sorted.clear();
    m_meta.clear();
    if (!m_connection.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.exec(QStringLiteral("DELETE FROM objects"));
        q.exec(QStringLiteral("DELETE FROM meta"));
    }
}

QString StateStore::meta(const QString &key) const
{
    return m_meta.value(key);
}

void StateStore::setMeta(const QString &key, const QString &value)
{
    m_meta.insert(key, value);
    if (m_connection.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        qCWarning(lcSandbox) << "cannot persist sandbox meta:" << q.lastError().text();
}

void StateStore::persist(const QString &kind, const Entry &entry)
{
    if (m_connection.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO objects (kind, id, seq, body) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(entry.object.value(u"id").toString());
    q.addBindValue(entry.seq);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.object).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        qCWarning(lcSandbox) << "cannot persist sandbox object:" << q.lastError().text();
}

QString StateStore::newId(const QString &prefix, int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = prefix;
    id.reserve(prefix.size() + length);
    for (int i = 0; i < length; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]));
    return id;
}

} // namespace holdfast::sandbox
