// Fresh, independent databases for the store tests, on the backend this run was started for:
// SQLite files in a temporary directory, or new schemas on the PostgreSQL server the test command
// started. A PostgreSQL run without that server fails loudly; it never passes by skipping.
#pragma once

#include "store/database.h"
#include "testservices.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

namespace holdfast::test {

class StoreFixture
{
public:
    static bool postgres() { return qEnvironmentVariable("HOLDFAST_STORE_BACKEND") == QLatin1String("postgresql"); }

    // An empty database's URL, or an empty string with *why set.
    QString freshUrl(QString *why)
    {
        if (!postgres())
            return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("orders-%1.db").arg(++m_count));
        const QString server = postgresUrl();
        if (server.isEmpty()) {
            *why = QStringLiteral("PostgreSQL test server missing: HOLDFAST_TEST_POSTGRES_URL is empty. Run the "
                                  "suite through the test command, which starts PostgreSQL.");
            return {};
        }
        const QString schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_schemas.append(schema);
        return server + QStringLiteral("?schema=") + schema;
    }

    // Drops the schemas this fixture created; the server outlives the test.
    void cleanup()
    {
        if (m_schemas.isEmpty())
            return;
        auto db = store::Database::open(postgresUrl() + QStringLiteral("?schema=") + m_schemas.first());
        if (!db)
            return;
        for (const QString &schema : std::as_const(m_schemas))
            (*db)->execDirect(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema));
        m_schemas.clear();
    }

private:
    QTemporaryDir m_dir;
    QStringList m_schemas;
    int m_count = 0;
};

} // namespace holdfast::test

// QFAIL when the URL could not be made; otherwise opens it into `name`.
#define HOLDFAST_OPEN_FRESH(name, fixture)                                                              \
    QString name##Url;                                                                                    \
    {                                                                                                     \
        QString why;                                                                                      \
        name##Url = (fixture).freshUrl(&why);                                                             \
        if (name##Url.isEmpty())                                                                          \
            QFAIL(qPrintable(why));                                                                       \
    }                                                                                                     \
    auto name##Opened = holdfast::store::Database::open(name##Url);                                       \
    if (!name##Opened)                                                                                    \
        QFAIL(qPrintable(name##Opened.error().detail()));                                                 \
    holdfast::store::Database &name = *name##Opened.value();
