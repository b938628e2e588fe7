// What must hold when things go wrong or several tills share a database: migrations from every
// earlier version, a newer schema refused, concurrent edits, change notification across
// connections and processes, a killed writer, a lock held too long, a lost server connection.
#include "store/changewatcher.h"
#include "store/orderstore.h"
#include "storefixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <thread>

using namespace holdfast;
using namespace holdfast::store;
using Kind = StoreError::Kind;

namespace {

Order order(const QString &name)
{
    Order o;
    o.mode = Mode::Training;
    o.state = OrderState::AwaitingPayment;
    o.customerName = name;
    o.currency = QStringLiteral("eur");
    o.lines = {{QStringLiteral("Book"), 1, 1500}};
    return o;
}

AuditEntry by(const QString &actor)
{
    AuditEntry a;
    a.actor = actor;
    return a;
}

qint64 countRows(Database &db, const QString &table)
{
    auto r = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!r || !(*r)->next())
        return -1;
    const qint64 n = (*r)->value(0).toLongLong();
    (*r)->finish();
    return n;
}

// The child process: a second Holdfast on the same database.
int runChild()
{
    const QString url = qEnvironmentVariable("HOLDFAST_STORE_CHILD_URL");
    auto db = Database::open(url);
    if (!db)
        return 2;
    OrderStore orders(**db);
    const QString what = qEnvironmentVariable("HOLDFAST_STORE_CHILD");
    if (what == QLatin1String("write-one"))
        return orders.create(order(QStringLiteral("From another process")), QStringLiteral("child")) ? 0 : 3;
    // "hold": write a lot inside one transaction, say so, then wait to be killed.
    Transaction tx(**db);
    for (int i = 0; i < 200; ++i) {
        if (!orders.create(order(QStringLiteral("Never committed %1").arg(i)), QStringLiteral("child")))
            return 4;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    QThread::sleep(60);
    return 5;
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { m_fixture.cleanup(); }

    void migratesAnEmptyDatabase()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        QVERIFY(Database::latestSchemaVersion() >= 3);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(countRows(db, QStringLiteral("schema_migrations")), Database::latestSchemaVersion());
        // Opening again changes nothing.
        auto again = Database::open(dbUrl);
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    }

    void migratesFromEveryEarlierVersion()
    {
        for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
            QString why;
            const QString url = m_fixture.freshUrl(&why);
            if (url.isEmpty())
                QFAIL(qPrintable(why));
            {
                DatabaseOptions old;
                old.migrateTo = from;
                auto db = Database::open(url, {}, old);
                QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
                QCOMPARE((*db)->schemaVersion(), from);
                // An order as version 1 wrote it, with a PaymentIntent.
                QVERIFY((*db)->exec(QStringLiteral("INSERT INTO orders (number, mode, state, customer_name, "
                                                   "customer_name_fold, customer_phone, customer_email, currency, "
                                                   "total_minor, created_at, updated_at) VALUES ('41', 'live', "
                                                   "'authorised', 'Old Customer', 'old customer', '+44 1632 960001', "
                                                   "'old@example.org', 'gbp', 1200, ?, ?)"),
                                    {qint64(1), qint64(1)}));
                QVERIFY((*db)->exec(QStringLiteral("INSERT INTO payment_attempts (order_id, attempt_number, "
                                                   "payment_intent_id, idempotency_key_base, capture_method, currency, "
                                                   "created_at, updated_at) SELECT id, 1, 'pi_Old1', 'k-old', "
                                                   "'manual', 'gbp', ?, ? FROM orders"),
                                    {qint64(1), qint64(1)}));
            }
            auto db = Database::open(url);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
            OrderStore orders(**db);
            // Version 2 indexed what version 1 had written; later versions find the terms in place
            // only for orders written through the store, which the raw insert above is not.
            const QStringList searches = from < 2 ? QStringList{QStringLiteral("41"), QStringLiteral("old cust"),
                                                                QStringLiteral("old@"), QStringLiteral("441632"),
                                                                QStringLiteral("pi_old")}
                                                  : QStringList{};
            for (const QString &search : searches) {
                OrderQuery q;
                q.search = search;
                QCOMPARE(orders.count(q).value(), 1);
            }
            QCOMPARE(orders.findByPaymentIntent(QStringLiteral("pi_Old1"))->state, OrderState::Authorised);
            QCOMPARE(orders.countByState(Mode::Live)->value(OrderState::Authorised), 1);
        }
    }

    void refusesANewerSchema()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, holdfast_version) "
                                       "VALUES (?, 0, '99.0')"),
                        {Database::latestSchemaVersion() + 1}));
        auto newer = Database::open(dbUrl);
        QVERIFY(!newer);
        QCOMPARE(newer.error().kind(), Kind::NewerSchema);
        QVERIFY(newer.error().userMessage().contains(QLatin1String("newer version")));
    }

    void concurrentEditsOneWinsOneConflicts()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(order(QStringLiteral("Contested")), QStringLiteral("till-1"));
        QVERIFY(o);
        std::optional<StoreError> otherError;
        bool otherOk = false;
        {
            Transaction tx(db); // till 1 holds its change open while till 2 tries the same order
            QVERIFY(orders.transition(o->id, 1, OrderState::Authorised, by(QStringLiteral("till-1"))));
            std::thread till2([&] {
                auto other = Database::open(dbUrl);
                if (!other) {
                    otherError = other.error();
                    return;
                }
                auto r = OrderStore(**other).transition(o->id, 1, OrderState::Cancelled, by(QStringLiteral("till-2")));
                otherOk = r.ok();
                if (!r)
                    otherError = r.error();
            });
            QThread::msleep(500);
            QVERIFY(tx.commit());
            till2.join();
        }
        QVERIFY(!otherOk);
        QVERIFY(otherError);
        QCOMPARE(otherError->kind(), Kind::Conflict);
        QCOMPARE(orders.get(o->id)->state, OrderState::Authorised);
        QCOMPARE(orders.get(o->id)->version, 2);
    }

    void aLockHeldTooLongIsATypedError()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        OrderStore orders(db);
        auto o = orders.create(order(QStringLiteral("Locked")), QStringLiteral("s"));
        DatabaseOptions impatient;
        impatient.busyTimeoutMs = 300;
        auto other = Database::open(dbUrl, {}, impatient);
        QVERIFY2(other, qPrintable(other ? QString() : other.error().detail()));
        Transaction tx(db);
        QVERIFY(orders.transition(o->id, 1, OrderState::Authorised, by(QStringLiteral("s"))));
        auto r = OrderStore(**other).transition(o->id, OrderStore::AnyVersion, OrderState::Cancelled, by(QStringLiteral("t")));
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), Kind::Locked);
        QVERIFY(!r.error().userMessage().isEmpty());
    }

    void anUnreachableDatabaseIsATypedError()
    {
        auto pg = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        QVERIFY(!pg);
        QCOMPARE(pg.error().kind(), Kind::Unavailable);
        auto file = Database::open(QStringLiteral("sqlite:/proc/holdfast-cannot-exist/orders.db"));
        QVERIFY(!file);
        QCOMPARE(file.error().kind(), Kind::Unavailable);
        QCOMPARE(Database::open(QStringLiteral("mysql://x@y/z")).error().kind(), Kind::Invalid);
        QCOMPARE(Database::open(QStringLiteral("postgresql://u:secret@h/db")).error().kind(), Kind::Invalid);
    }

    void changesReachAnotherConnectionWithinASecond()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        ChangeWatcher watcher(dbUrl, {});
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watching(), 5000);
        QSignalSpy spy(&watcher, &ChangeWatcher::ordersChanged);
        QVERIFY(OrderStore(db).create(order(QStringLiteral("Watched")), QStringLiteral("s")));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 1000);
    }

    void anotherProcessIsSeen()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        ChangeWatcher watcher(dbUrl, {});
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watching(), 5000);
        QSignalSpy spy(&watcher, &ChangeWatcher::ordersChanged);
        QProcess child;
        child.setProcessEnvironment(childEnvironment(QStringLiteral("write-one"), dbUrl));
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 1000);
        QCOMPARE(countRows(db, QStringLiteral("orders")), 1);
    }

    void aWriterKilledMidTransactionLeavesNothingHalfWritten()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        QVERIFY(OrderStore(db).create(order(QStringLiteral("Committed")), QStringLiteral("s")));
        QProcess child;
        child.setProcessEnvironment(childEnvironment(QStringLiteral("hold"), dbUrl));
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray output; // QTRY evaluates its condition more than once: collect, don't consume
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("ready"), 30000);
        child.kill(); // SIGKILL: no destructor, no rollback, no goodbye
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto reopened = Database::open(dbUrl);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().detail()));
        Database &again = **reopened;
        if (again.backend() == Database::Backend::Sqlite) {
            auto check = again.exec(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(check && (*check)->next());
            QCOMPARE((*check)->value(0).toString(), QStringLiteral("ok"));
            (*check)->finish();
        }
        QCOMPARE(countRows(again, QStringLiteral("orders")), 1);
        QCOMPARE(countRows(again, QStringLiteral("order_lines")), 1);
        QCOMPARE(countRows(again, QStringLiteral("audit_log")), 1);
        QCOMPARE(countRows(again, QStringLiteral("order_search")), 2);
        // And it takes new work at once (no stale lock left behind).
        QVERIFY(OrderStore(again).create(order(QStringLiteral("After")), QStringLiteral("s")));
    }

    void reconnectsAfterTheConnectionIsLost()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        if (db.backend() != Database::Backend::Postgres)
            QSKIP("PostgreSQL only: an SQLite file has no server connection to lose (the _postgres run covers this)");
        OrderStore orders(db);
        auto o = orders.create(order(QStringLiteral("Before")), QStringLiteral("s"));
        QVERIFY(o);
        auto pid = db.exec(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid && (*pid)->next());
        const qint64 backend = (*pid)->value(0).toLongLong();
        (*pid)->finish();
        {
            // What a server restart does to this till's connection.
            auto admin = Database::open(dbUrl);
            QVERIFY(admin);
            auto killed = (*admin)->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backend});
            QVERIFY(killed && (*killed)->next() && (*killed)->value(0).toBool());
        }
        QThread::msleep(200);
        auto after = orders.get(o->id);
        QVERIFY2(after, qPrintable(after ? QString() : after.error().detail()));
        QCOMPARE(after->customerName, QStringLiteral("Before"));
        QVERIFY(orders.create(order(QStringLiteral("After")), QStringLiteral("s")));
    }

private:
    QProcessEnvironment childEnvironment(const QString &what, const QString &url)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOLDFAST_STORE_CHILD"), what);
        env.insert(QStringLiteral("HOLDFAST_STORE_CHILD_URL"), url);
        return env;
    }

    test::StoreFixture m_fixture;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("HOLDFAST_STORE_CHILD"))
        return runChild();
    TestStoreFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_storefaults.moc"
