// Where the orders live: "sqlite:/path/file.db" for one till, "postgresql://user@host:port/db" for
// several. The password never appears in the URL; it comes from the key store.
#pragma once

#include <QString>
#include <optional>

namespace holdfast::store {

struct DatabaseUrl
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString database;
    QString schema; // optional "?schema=name": tests and shared servers keep tills apart with it

    // nullopt with a reason for anything else, including a password inside the URL.
    static std::optional<DatabaseUrl> parse(const QString &url, QString *why = nullptr);
    // sqlite:<AppDataLocation>/holdfast.db
    static QString defaultUrl();
    // The URL as text, safe for logs (it never holds a password).
    QString toString() const;
};

} // namespace holdfast::store
