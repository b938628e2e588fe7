#include "store/database.h"

#include "diagnostics/logging.h"
#include "store/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace holdfast::store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("holdfast-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Database::Database(DatabaseUrl url, QString password, Options options)
    : m_url(std::move(url)), m_password(std::move(password)), m_options(options),
      m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    // Keeps SQLite's query planner statistics fresh, cheaply (it analyses only what needs it).
    if (m_url.backend == Backend::Sqlite && m_db.isOpen() && m_depth == 0)
        execDirect(QStringLiteral("PRAGMA optimize"));
    dropConnection();
}

Result<std::unique_ptr<Database>> Database::open(const QString &url, const QString &password,
                                                 const Options &options)
{
    QString why;
    const auto parsed = DatabaseUrl::parse(url, &why);
    if (!parsed)
        return StoreError(StoreError::Kind::Invalid, why);
    std::unique_ptr<Database> db(new Database(*parsed, password, options));
    if (Status s = db->connect(); !s)
        return s.error();
    const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
    auto version = migrations::migrate(*db, target);
    if (!version)
        return version.error();
    db->m_schemaVersion = *version;
    qCInfo(lcStore) << "opened" << db->m_url.toString() << "schema version" << db->m_schemaVersion;
    return db;
}

int Database::latestSchemaVersion()
{
    return migrations::latestVersion();
}

QString Database::ordersChannel() const
{
    return m_url.schema.isEmpty() ? QStringLiteral("holdfast_orders")
                                  : QStringLiteral("holdfast_orders_") + m_url.schema;
}

Status Database::connect()
{
    dropConnection();
    ++m_generation;
    if (m_url.backend == Backend::Sqlite) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        const QFileInfo file(m_url.path);
        QDir().mkpath(file.absolutePath());
        m_db.setDatabaseName(m_url.path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(m_url.host);
        m_db.setPort(m_url.port);
        m_db.setUserName(m_url.user);
        m_db.setPassword(m_password);
        m_db.setDatabaseName(m_url.database);
        m_db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=holdfast"));
    }
    if (!m_db.isValid())
        return StoreError(StoreError::Kind::Unavailable,
                          QStringLiteral("Qt SQL driver missing for %1").arg(m_url.toString()));
    if (!m_db.open()) {
        StoreError e(StoreError::Kind::Unavailable,
                     QStringLiteral("cannot open %1: %2").arg(m_url.toString(), m_db.lastError().text()));
        qCWarning(lcStore).noquote() << e.detail();
        return e;
    }
    return configureConnection();
}

Status Database::configureConnection()
{
    if (m_url.backend == Backend::Sqlite) {
        // WAL lets the back office read while the till writes; FULL makes a commit survive power
        // loss, which is the point of an order store; foreign keys are off by default in SQLite.
        for (const QString &pragma :
             {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
              QStringLiteral("PRAGMA foreign_keys=ON"),
              // Savepoint journals and sorts in memory, and a 32 MB page cache: a batch of orders
              // otherwise costs dozens of small writes each.
              QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA cache_size=-32768"),
              QStringLiteral("PRAGMA busy_timeout=%1").arg(m_options.busyTimeoutMs)}) {
            if (Status s = execDirect(pragma); !s)
                return s;
        }
        return {};
    }
    // The same patience as SQLite's busy timeout: a row another till holds fails as Locked
    // instead of freezing this till.
    if (Status s = execDirect(QStringLiteral("SET lock_timeout = %1").arg(m_options.busyTimeoutMs)); !s)
        return s;
    if (m_url.schema.isEmpty())
        return {};
    if (Status s = execDirect(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(m_url.schema)); !s)
        return s;
    return execDirect(QStringLiteral("SET search_path TO \"%1\"").arg(m_url.schema));
}

void Database::dropConnection()
{
    m_lastQuery = nullptr;
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_depth = 0;
}

bool Database::connectionLost(const QSqlError &error) const
{
    if (m_url.backend != Backend::Postgres)
        return false;
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.text();
    return state.isEmpty()
           && (text.contains(QLatin1String("connection"), Qt::CaseInsensitive)
               || text.contains(QLatin1String("server"), Qt::CaseInsensitive));
}

StoreError Database::errorFrom(const QSqlError &error, const QString &context) const
{
    using K = StoreError::Kind;
    const QString detail = context + QStringLiteral(": ") + error.text() + QStringLiteral(" [")
                           + error.nativeErrorCode() + QLatin1Char(']');
    const QString code = error.nativeErrorCode();
    K kind = K::Internal;
    if (m_url.backend == Backend::Sqlite) {
        switch (code.toInt() & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = K::Locked;
            break;
        case 19: // SQLITE_CONSTRAINT
            kind = K::Constraint;
            break;
        case 8: // SQLITE_READONLY
        case 10: // SQLITE_IOERR
        case 11: // SQLITE_CORRUPT
        case 13: // SQLITE_FULL
        case 14: // SQLITE_CANTOPEN
        case 26: // SQLITE_NOTADB
            kind = K::Unavailable;
            break;
        default:
            if (error.type() == QSqlError::ConnectionError)
                kind = K::Unavailable;
        }
    } else if (code.startsWith(QLatin1String("23"))) {
        kind = K::Constraint;
    } else if (code == QLatin1String("40001") || code == QLatin1String("40P01")) {
        kind = K::Conflict;
    } else if (code == QLatin1String("55P03") || code == QLatin1String("57014")) {
        kind = K::Locked;
    } else if (connectionLost(error) || code.startsWith(QLatin1String("53"))
               || error.type() == QSqlError::ConnectionError) {
        kind = K::Unavailable;
    }
    return StoreError(kind, detail);
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &args)
{
    // Only outside a transaction can a lost PostgreSQL connection be replaced and the statement
    // retried: inside one, the work before it is gone and the caller must start over.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_broken && m_depth == 0) {
            // Stays broken until a reconnect works, so the next call tries again.
            if (Status s = connect(); !s)
                return s.error();
            m_broken = false;
        }
        // Statements without arguments run unprepared: PostgreSQL cannot PREPARE BEGIN or COMMIT.
        const bool prepared = !args.isEmpty();
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            auto query = std::make_unique<QSqlQuery>(m_db);
            if (prepared && !query->prepare(sql)) {
                const QSqlError error = query->lastError();
                if (connectionLost(error)) {
                    m_broken = true;
                    if (m_depth == 0 && attempt == 0)
                        continue;
                }
                return errorFrom(error, QStringLiteral("prepare"));
            }
            it = m_statements.emplace(sql, std::move(query)).first;
        }
        QSqlQuery *query = it->second.get();
        // A query left on a row keeps its read transaction (and, on SQLite, its snapshot) open:
        // the previous result is done with once the next statement runs.
        if (m_lastQuery && m_lastQuery != query)
            m_lastQuery->finish();
        m_lastQuery = query;
        query->finish();
        for (int i = 0; i < args.size(); ++i) {
            const QVariant &arg = args.at(i);
            // Qt binds a null QString as SQL NULL; an empty field is '' here. NULL is asked for
            // explicitly with a typed null QVariant.
            if (!arg.isNull() && arg.typeId() == QMetaType::QString && arg.toString().isNull())
                query->bindValue(i, QStringLiteral(""));
            else
                query->bindValue(i, arg);
        }
        if (prepared ? query->exec() : query->exec(sql))
            return query;
        const QSqlError error = query->lastError();
        if (connectionLost(error)) {
            qCWarning(lcStore).noquote() << "connection lost:" << error.text();
            m_broken = true;
            if (m_depth == 0 && attempt == 0)
                continue;
        }
        return errorFrom(error, sql.left(120));
    }
    return StoreError(StoreError::Kind::Unavailable, QStringLiteral("reconnect failed"));
}

Status Database::execDirect(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return {};
    if (connectionLost(query.lastError()))
        m_broken = true;
    return errorFrom(query.lastError(), sql.left(120));
}

Status Database::begin()
{
    if (m_depth == 0) {
        const QString sql = m_url.backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                             : QStringLiteral("BEGIN");
        auto r = exec(sql);
        if (!r)
            return r.error();
    } else if (Status s = execDirect(QStringLiteral("SAVEPOINT sp%1").arg(m_depth)); !s) {
        return s;
    }
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return StoreError(StoreError::Kind::Internal, QStringLiteral("commit without a transaction"));
    --m_depth;
    if (m_depth > 0)
        return execDirect(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r) {
        // A failed COMMIT may leave SQLite inside the transaction; end it so the next one starts clean.
        execDirect(QStringLiteral("ROLLBACK"));
        return r.error();
    }
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    if (m_depth > 0) {
        execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth));
        execDirect(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    } else if (Status s = execDirect(QStringLiteral("ROLLBACK")); !s) {
        qCWarning(lcStore).noquote() << "rollback failed:" << s.error().detail();
    }
}

Status Database::notifyOrdersChanged(qint64 orderId)
{
    if (m_url.backend != Backend::Postgres)
        return {};
    auto r = exec(QStringLiteral("SELECT pg_notify(?, ?)"), {ordersChannel(), QString::number(orderId)});
    return r;
}

Transaction::Transaction(Database &db) : m_db(db), m_status(db.begin()), m_open(m_status.ok()) {}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? StoreError(StoreError::Kind::Internal, QStringLiteral("committed twice"))
                             : m_status.error();
    m_open = false;
    return m_db.commit();
}

} // namespace holdfast::store
