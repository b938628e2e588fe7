#include "store/databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace holdfast::store {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<DatabaseUrl> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.backend = Backend::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//"))) // sqlite:///abs/path
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return fail(QStringLiteral("sqlite: URL without a file path"));
        return url;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return fail(QStringLiteral("unsupported database URL scheme '%1'").arg(scheme));
    if (!parsed.password().isEmpty())
        return fail(QStringLiteral("the password belongs in the key store, not in the database URL"));
    url.backend = Backend::Postgres;
    url.host = parsed.host();
    url.port = parsed.port(5432);
    url.user = parsed.userName();
    url.database = parsed.path().mid(1);
    url.schema = QUrlQuery(parsed).queryItemValue(QStringLiteral("schema"));
    if (url.host.isEmpty() || url.database.isEmpty())
        return fail(QStringLiteral("postgresql URL needs a host and a database name"));
    return url;
}

QString DatabaseUrl::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("holdfast.db"));
}

QString DatabaseUrl::toString() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString s = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!schema.isEmpty())
        s += QStringLiteral("?schema=") + schema;
    return s;
}

} // namespace holdfast::store
