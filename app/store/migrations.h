// Forward-only schema migrations, compiled in from migrations/NNNN.<dialect>.sql (or NNNN.sql when
// both dialects agree). All pending versions apply in one transaction, so a till that dies half way
// leaves the schema it started with.
#pragma once

#include "store/storeerror.h"

#include <QString>
#include <QStringList>

namespace holdfast::store {

class Database;

namespace migrations {

int latestVersion();
// Brings db up to targetVersion; refuses (NewerSchema) a database written by a newer Holdfast.
// Returns the version the database is at afterwards.
Result<int> migrate(Database &db, int targetVersion);
// Splits a migration file into statements: at each ';' ending a line, except inside trigger
// bodies (BEGIN … END;) and dollar-quoted PostgreSQL functions.
QStringList splitStatements(const QString &script);

} // namespace migrations

} // namespace holdfast::store
