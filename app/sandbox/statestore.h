// Every Stripe object the sandbox holds, by kind and id, optionally written through to SQLite
// (--state FILE) so training data survives restarts.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace holdfast::sandbox {

class StateStore
{
public:
    StateStore();
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // An empty path keeps everything in memory.
    bool open(const QString &path, QString *error);

    std::optional<QJsonObject> find(const QString &kind, const QString &id) const;
    void put(const QString &kind, const QJsonObject &object);
    // Newest first (by "created", then by insertion), the order Stripe lists in. Kept sorted between
    // changes, so paging through thousands of objects does not sort them again for every page.
    QList<QJsonObject> all(const QString &kind) const;
    void clear();

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    static QString newId(const QString &prefix, int length = 24);

private:
    struct Entry
    {
        qint64 seq = 0;
        qint64 created = 0; // the object's "created", read once
        QJsonObject object;
    };
    void persist(const QString &kind, const Entry &entry);

    QHash<QString, QHash<QString, Entry>> m_objects;
    mutable QHash<QString, QList<QJsonObject>> m_sorted; // per kind, dropped when that kind changes
    QHash<QString, QString> m_meta;
    qint64 m_nextSeq = 1;
    QString m_connection;
};

} // namespace holdfast::sandbox
