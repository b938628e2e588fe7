// One real connection to the PostgreSQL server the test command started.
#include "testservices.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

class TestPostgresService : public QObject
{
    Q_OBJECT
private slots:
    void connectsAndWrites()
    {
        const QString url = holdfast::test::postgresUrl();
        if (url.isEmpty())
            QFAIL("PostgreSQL is not available: HOLDFAST_TEST_POSTGRES_URL is empty. Run the suite through the "
                  "README's test command, which starts a server.");
        const QUrl u(url);
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plumbing"));
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE plumbing (n integer)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO plumbing VALUES (41), (1)")));
            QVERIFY(q.exec(QStringLiteral("SELECT sum(n) FROM plumbing")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 42);
            QVERIFY(q.exec(QStringLiteral("SHOW server_version")) && q.next());
            QVERIFY(q.value(0).toString().section(u'.', 0, 0).toInt() >= 13);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plumbing"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresService)
#include "tst_postgres_service.moc"
