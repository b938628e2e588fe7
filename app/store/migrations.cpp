#include "store/migrations.h"
#include "holdfastversion.h"

#include "diagnostics/logging.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

namespace holdfast::store::migrations {

namespace {

QString dialect(const Database &db)
{
    return db.backend() == Database::Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString resourcePath(int version, const QString &suffix)
{
    return QStringLiteral(":/store/migrations/%1.%2").arg(version, 4, 10, QLatin1Char('0')).arg(suffix);
}

// The script for one version in this database's dialect, or a null string when there is none.
QString script(int version, const QString &dialectName)
{
    for (const QString &candidate :
         {resourcePath(version, dialectName + QStringLiteral(".sql")), resourcePath(version, QStringLiteral("sql"))}) {
        QFile file(candidate);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

} // namespace

int latestVersion()
{
    int version = 0;
    while (!script(version + 1, QStringLiteral("sqlite")).isNull()
           || !script(version + 1, QStringLiteral("postgresql")).isNull())
        ++version;
    return version;
}

QStringList splitStatements(const QString &text)
{
    QStringList statements;
    QString current;
    bool inTriggerBody = false;
    bool inDollarQuote = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (!inDollarQuote && line == QLatin1String("BEGIN"))
            inTriggerBody = true;
        if (inTriggerBody && line.startsWith(QLatin1String("END")))
            inTriggerBody = false;
        if (!inDollarQuote && !inTriggerBody && line.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<int> migrate(Database &db, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion > latest)
        return StoreError(StoreError::Kind::Invalid, QStringLiteral("no migration %1").arg(targetVersion));

    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    // Two tills starting together must not both migrate; SQLite's BEGIN IMMEDIATE already serialises.
    if (db.backend() == Database::Backend::Postgres) {
        // Keyed by schema: tills on other schemas of the same server need not wait.
        if (auto r = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))"),
                             {0x486f6c64});
            !r)
            return r.error();
    }
    if (Status s = db.execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                "version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL, "
                                                "holdfast_version TEXT NOT NULL)"));
        !s)
        return s.error();
    auto current = db.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!current)
        return current.error();
    int version = (*current)->next() ? (*current)->value(0).toInt() : 0;
    // An open read keeps SQLite from dropping anything (DROP INDEX: "database table is locked").
    (*current)->finish();
    if (version > latest) {
        return StoreError(StoreError::Kind::NewerSchema,
                          QStringLiteral("database schema version %1, this Holdfast knows up to %2")
                              .arg(version)
                              .arg(latest));
    }
    while (version < targetVersion) {
        const int next = version + 1;
        const QString sql = script(next, dialect(db));
        if (sql.isNull())
            return StoreError(StoreError::Kind::Internal, QStringLiteral("migration %1 missing").arg(next));
        for (const QString &statement : splitStatements(sql)) {
            if (Status s = db.execDirect(statement); !s)
                return StoreError(s.error().kind(), QStringLiteral("migration %1: %2").arg(next).arg(s.error().detail()));
        }
        auto mark = db.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, holdfast_version) "
                                           "VALUES (?, ?, ?)"),
                            {next, QDateTime::currentMSecsSinceEpoch(), QStringLiteral(HOLDFAST_VERSION)});
        if (!mark)
            return mark.error();
        qCInfo(lcStore) << "applied schema migration" << next;
        version = next;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

} // namespace holdfast::store::migrations
