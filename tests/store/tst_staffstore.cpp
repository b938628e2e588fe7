// Staff accounts in the `staff` table (StoredStaffRepository), run once on SQLite and once on
// PostgreSQL (HOLDFAST_STORE_BACKEND): round trips, stable ids, two tills writing at once, and the
// move of the old settings document into the table by migration 4.
#include "staff/pinhash.h"
#include "staff/staffaccounts.h"
#include "staff/storedstaffrepository.h"
#include "store/keyvalues.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <atomic>
#include <thread>

using namespace holdfast;
using namespace holdfast::staff;
using namespace holdfast::store;

namespace {

StaffMember member(const QString &name, Role role = Role::Staff, const QByteArray &hash = {})
{
    StaffMember m;
    m.name = name;
    m.role = role;
    m.pinHash =
        hash.isEmpty() ? QByteArray("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$") + name.toUtf8() : hash;
    return m;
}

// Use through COMPARE_MEMBERS, which stops the test at the first difference.
void compareMembers(const StaffMember &actual, const StaffMember &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.pinHash, expected.pinHash);
    QCOMPARE(actual.failedAttempts, expected.failedAttempts);
    QCOMPARE(actual.lockedUntil.isValid(), expected.lockedUntil.isValid());
    if (expected.lockedUntil.isValid())
        QCOMPARE(actual.lockedUntil.toMSecsSinceEpoch(), expected.lockedUntil.toMSecsSinceEpoch());
    QCOMPARE(actual.active, expected.active);
}

// The settings document version 3 kept, written the way Holdfast wrote it.
QJsonObject documentEntry(const StaffMember &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("role"), roleName(m.role)},
            {QStringLiteral("pin_hash"), QString::fromLatin1(m.pinHash)},
            {QStringLiteral("failed"), m.failedAttempts},
            {QStringLiteral("locked_until"),
             m.lockedUntil.isValid() ? m.lockedUntil.toString(Qt::ISODate) : QString()},
            {QStringLiteral("active"), m.active}};
}

int staffRows(Database &db)
{
    auto r = db.exec(QStringLiteral("SELECT COUNT(*) FROM staff"));
    if (!r)
        return -1;
    const int n = (*r)->next() ? (*r)->value(0).toInt() : -1;
    (*r)->finish();
    return n;
}

} // namespace

#define COMPARE_MEMBERS(actual, expected)                                                                    \
    do {                                                                                                     \
        compareMembers(actual, expected);                                                                    \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestStaffStore : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { m_fixture.cleanup(); }

    void addListFindUpdateRoundTrip()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        StoredStaffRepository repo(db);
        QVERIFY(repo.list().isEmpty());
        QVERIFY(!repo.find(1));

        StaffMember ada = member(QStringLiteral("Ada"), Role::Manager);
        ada.id = 999; // ignored: the table assigns ids
        ada.id = repo.add(ada);
        QVERIFY(ada.id > 0);
        QVERIFY(ada.id != 999);
        StaffMember bob = member(QStringLiteral("Bob"));
        bob.failedAttempts = 2;
        bob.lockedUntil = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
        bob.active = false;
        bob.id = repo.add(bob);
        QVERIFY(bob.id > ada.id);

        const QList<StaffMember> all = repo.list();
        QCOMPARE(all.size(), 2);
        COMPARE_MEMBERS(all.at(0), ada);
        COMPARE_MEMBERS(all.at(1), bob);
        COMPARE_MEMBERS(*repo.find(bob.id), bob);
        QCOMPARE(repo.find(bob.id)->lockedUntil.timeSpec(), Qt::UTC);

        // Every field changes in one update, and back again.
        StaffMember changed = ada;
        changed.name = QStringLiteral("Ada L.");
        changed.role = Role::Staff;
        changed.pinHash = QByteArray("$argon2id$v=19$m=65536,t=2,p=1$bmV3c2FsdA$other");
        changed.failedAttempts = 5;
        changed.lockedUntil =
            QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + 30000, Qt::UTC);
        changed.active = false;
        QVERIFY(repo.update(changed));
        COMPARE_MEMBERS(*repo.find(ada.id), changed);
        COMPARE_MEMBERS(*repo.find(bob.id), bob); // the other row is untouched
        changed.failedAttempts = 0;
        changed.lockedUntil = {};
        changed.active = true;
        changed.role = Role::Manager;
        QVERIFY(repo.update(changed));
        COMPARE_MEMBERS(*repo.find(ada.id), changed);
        QVERIFY(!repo.find(ada.id)->lockedUntil.isValid());

        // A member that does not exist is neither created nor found.
        StaffMember ghost = member(QStringLiteral("Ghost"));
        ghost.id = bob.id + 100;
        QVERIFY(!repo.update(ghost));
        QVERIFY(!repo.find(ghost.id));
        QCOMPARE(repo.list().size(), 2);
    }

    void idsAreUniqueAndStable()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        QList<qint64> ids;
        {
            StoredStaffRepository repo(db);
            for (int i = 0; i < 5; ++i) {
                const qint64 id = repo.add(member(QStringLiteral("Member %1").arg(i)));
                QVERIFY(id > 0);
                if (!ids.isEmpty())
                    QVERIFY(id > ids.last());
                ids.append(id);
            }
            // Updates never move an account to another id.
            StaffMember third = *repo.find(ids.at(2));
            third.name = QStringLiteral("Renamed");
            QVERIFY(repo.update(third));
        }
        // Another connection (another till) sees the same accounts under the same ids, by id.
        auto other = Database::open(dbUrl);
        QVERIFY2(other, qPrintable(other ? QString() : other.error().detail()));
        StoredStaffRepository repo(**other);
        const QList<StaffMember> all = repo.list();
        QCOMPARE(all.size(), ids.size());
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).id, ids.at(i));
            QCOMPARE(all.at(i).name, i == 2 ? QStringLiteral("Renamed") : QStringLiteral("Member %1").arg(i));
        }
        // A new account never reuses an id, whichever connection adds it.
        const qint64 next = repo.add(member(QStringLiteral("Later")));
        QVERIFY(next > ids.last());
    }

    void twoTillsAddingAtOnceLoseNothing()
    {
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        constexpr int perTill = 25;
        std::atomic<int> ready{0};
        QStringList problems[2];
        QList<qint64> added[2];
        auto till = [&](int which) {
            auto own = Database::open(dbUrl);
            if (!own) {
                problems[which].append(own.error().detail());
                ++ready;
                return;
            }
            StoredStaffRepository repo(**own);
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            for (int i = 0; i < perTill; ++i) {
                const qint64 id = repo.add(member(QStringLiteral("Till %1 member %2").arg(which).arg(i)));
                if (id <= 0)
                    problems[which].append(QStringLiteral("add %1 failed").arg(i));
                else
                    added[which].append(id);
            }
        };
        std::thread one(till, 0);
        std::thread two(till, 1);
        one.join();
        two.join();
        QVERIFY2(problems[0].isEmpty(), qPrintable(problems[0].join(QLatin1Char('\n'))));
        QVERIFY2(problems[1].isEmpty(), qPrintable(problems[1].join(QLatin1Char('\n'))));

        StoredStaffRepository repo(db);
        const QList<StaffMember> all = repo.list();
        QCOMPARE(all.size(), 2 * perTill);
        QSet<qint64> ids;
        QSet<QString> names;
        for (const StaffMember &m : all) {
            ids.insert(m.id);
            names.insert(m.name);
        }
        QCOMPARE(ids.size(), 2 * perTill);
        QCOMPARE(names.size(), 2 * perTill);
        for (int which = 0; which < 2; ++which) {
            QCOMPARE(added[which].size(), perTill);
            for (int i = 0; i < perTill; ++i)
                QCOMPARE(repo.find(added[which].at(i))->name,
                         QStringLiteral("Till %1 member %2").arg(which).arg(i));
        }
    }

    void twoTillsCountingWrongPinsOnDifferentAccountsLoseNothing()
    {
        // With one shared document, a till writing one account's count wrote back every other
        // account as it had read it, undoing the other till's count. Rows are written alone.
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        StoredStaffRepository setup(db);
        const qint64 ids[2] = {setup.add(member(QStringLiteral("Ann"))),
                               setup.add(member(QStringLiteral("Ben")))};
        QVERIFY(ids[0] > 0 && ids[1] > 0);
        constexpr int rounds = 40;
        std::atomic<int> ready{0};
        QStringList problems[2];
        auto till = [&](int which) {
            auto own = Database::open(dbUrl);
            if (!own) {
                problems[which].append(own.error().detail());
                ++ready;
                return;
            }
            StoredStaffRepository repo(**own);
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            for (int i = 0; i < rounds; ++i) {
                auto m = repo.find(ids[which]);
                if (!m) {
                    problems[which].append(QStringLiteral("find %1 failed").arg(i));
                    continue;
                }
                ++m->failedAttempts;
                if (!repo.update(*m))
                    problems[which].append(QStringLiteral("update %1 failed").arg(i));
            }
        };
        std::thread one(till, 0);
        std::thread two(till, 1);
        one.join();
        two.join();
        QVERIFY2(problems[0].isEmpty(), qPrintable(problems[0].join(QLatin1Char('\n'))));
        QVERIFY2(problems[1].isEmpty(), qPrintable(problems[1].join(QLatin1Char('\n'))));
        QCOMPARE(setup.find(ids[0])->failedAttempts, rounds);
        QCOMPARE(setup.find(ids[1])->failedAttempts, rounds);
    }

    void twoTillsCountingWrongPinsForThePersonLoseNothing()
    {
        // Both tills type a wrong PIN for the same person at the same moment: the count goes up in
        // the database, so neither is lost and the lock follows the total.
        HOLDFAST_OPEN_FRESH(db, m_fixture);
        StoredStaffRepository setup(db);
        const qint64 id = setup.add(member(QStringLiteral("Cleo")));
        QVERIFY(id > 0);
        constexpr int rounds = 40;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::atomic<int> ready{0};
        QStringList problems[2];
        auto till = [&](int which) {
            auto own = Database::open(dbUrl);
            if (!own) {
                problems[which].append(own.error().detail());
                ++ready;
                return;
            }
            StoredStaffRepository repo(**own);
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            for (int i = 0; i < rounds; ++i) {
                // A lock only from the 70th wrong PIN: just the later of the two tills sets it.
                if (!repo.recordWrongPin(id, now, [](int count) { return count >= 70 ? 600 : 0; }))
                    problems[which].append(QStringLiteral("count %1 failed").arg(i));
            }
        };
        std::thread one(till, 0);
        std::thread two(till, 1);
        one.join();
        two.join();
        QVERIFY2(problems[0].isEmpty(), qPrintable(problems[0].join(QLatin1Char('\n'))));
        QVERIFY2(problems[1].isEmpty(), qPrintable(problems[1].join(QLatin1Char('\n'))));
        const auto counted = setup.find(id);
        QCOMPARE(counted->failedAttempts, 2 * rounds);
        QCOMPARE(counted->lockedUntil, now.addSecs(600));

        // A shorter lock never shortens a longer one; a right PIN clears both.
        QVERIFY(setup.recordWrongPin(id, now, [](int) { return 30; }));
        QCOMPARE(setup.find(id)->lockedUntil, now.addSecs(600));
        QVERIFY(setup.clearWrongPins(id));
        QCOMPARE(setup.find(id)->failedAttempts, 0);
        QVERIFY(!setup.find(id)->lockedUntil.isValid());
        QVERIFY(!setup.recordWrongPin(id + 1000, now, [](int) { return 0; }));
    }

    void migrationFourMovesTheSettingsDocumentIntoTheTable()
    {
        QString why;
        const QString url = m_fixture.freshUrl(&why);
        if (url.isEmpty())
            QFAIL(qPrintable(why));
        // Real hashes, so the moved accounts still sign in with their PINs.
        StaffMember manager =
            member(QStringLiteral("Grace Hopper"), Role::Manager, hashPin(QStringLiteral("2580")));
        manager.id = 1;
        StaffMember lockedOut = member(QStringLiteral("Linus"), Role::Staff, hashPin(QStringLiteral("1357")));
        lockedOut.id = 2;
        lockedOut.failedAttempts = 6;
        lockedOut.lockedUntil = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC);
        StaffMember switchedOff =
            member(QStringLiteral("Émile Zola"), Role::Staff, hashPin(QStringLiteral("8642")));
        switchedOff.id = 7; // ids with a gap, as after accounts were added on another till
        switchedOff.active = false;
        QVERIFY(manager.pinHash.startsWith("$argon2id$"));
        const QList<StaffMember> before{manager, lockedOut, switchedOff};
        {
            DatabaseOptions v3;
            v3.migrateTo = 3;
            auto db = Database::open(url, {}, v3);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
            QCOMPARE((*db)->schemaVersion(), 3);
            QJsonArray document;
            for (const StaffMember &m : before)
                document.append(documentEntry(m));
            QVERIFY(Settings(**db).setValue(
                QStringLiteral("staff.accounts"),
                QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))));
            QVERIFY(Settings(**db).setValue(QStringLiteral("shop.name"), QStringLiteral("Corner Shop")));
        }
        auto db = Database::open(url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
        QVERIFY((*db)->schemaVersion() >= 4);
        StoredStaffRepository repo(**db);
        const QList<StaffMember> after = repo.list();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            COMPARE_MEMBERS(after.at(i), before.at(i));
            COMPARE_MEMBERS(*repo.find(before.at(i).id), before.at(i));
        }
        // The document is gone; other settings stay.
        QCOMPARE(Settings(**db).value(QStringLiteral("staff.accounts"), QStringLiteral("<none>")).value(),
                 QStringLiteral("<none>"));
        QCOMPARE(Settings(**db).value(QStringLiteral("shop.name")).value(), QStringLiteral("Corner Shop"));
        // The next account continues after the largest id carried over.
        QCOMPARE(repo.add(member(QStringLiteral("New after upgrade"))), switchedOff.id + 1);
        // The hashes were carried over intact: the manager signs in; the locked account stays locked.
        StaffAccounts accounts(repo, [] { return QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC); });
        QVERIFY(accounts.checkPin(manager.id, QStringLiteral("2580")).accepted());
        QCOMPARE(accounts.checkPin(lockedOut.id, QStringLiteral("1357")).outcome,
                 PinCheck::Outcome::LockedOut);
        QCOMPARE(accounts.checkPin(switchedOff.id, QStringLiteral("8642")).outcome,
                 PinCheck::Outcome::Inactive);
        QVERIFY(!accounts.needsFirstManager());
    }

    void migrationFourWithoutADocumentOrWithAnUnreadableOne()
    {
        for (const QString &stored :
             {QString(), QStringLiteral("not json at all"), QStringLiteral("{\"id\": 3}")}) {
            QString why;
            const QString url = m_fixture.freshUrl(&why);
            if (url.isEmpty())
                QFAIL(qPrintable(why));
            {
                DatabaseOptions v3;
                v3.migrateTo = 3;
                auto db = Database::open(url, {}, v3);
                QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
                if (!stored.isNull())
                    QVERIFY(Settings(**db).setValue(QStringLiteral("staff.accounts"), stored));
            }
            auto db = Database::open(url);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().detail()));
            QCOMPARE(staffRows(**db), 0);
            QCOMPARE(Settings(**db).value(QStringLiteral("staff.accounts"), QStringLiteral("<none>")).value(),
                     QStringLiteral("<none>"));
            StoredStaffRepository repo(**db);
            QCOMPARE(repo.add(member(QStringLiteral("First"), Role::Manager)), qint64(1));
        }
    }

private:
    test::StoreFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestStaffStore)
#include "tst_staffstore.moc"
