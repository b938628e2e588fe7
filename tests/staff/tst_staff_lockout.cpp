// Five wrong PINs lock an account, for longer each time; the right PIN resets the count. The clock is
// injected, so nothing sleeps.
#include "staff/inmemorystaffrepository.h"
#include "staff/lockoutpolicy.h"
#include "staff/staffaccounts.h"
#include "testclock.h"

#include <QTest>

using namespace holdfast::staff;
using Outcome = PinCheck::Outcome;

class TestStaffLockout : public QObject
{
    Q_OBJECT
private slots:
    void delayGrowsAndIsCapped()
    {
        using namespace std::chrono_literals;
        QCOMPARE(lockout::delayAfter(4).count(), 0);
        QCOMPARE(lockout::delayAfter(5), 30s);
        QCOMPARE(lockout::delayAfter(6), 60s);
        QCOMPARE(lockout::delayAfter(7), 120s);
        QCOMPARE(lockout::delayAfter(50), std::chrono::seconds(1h));
    }

    void fiveWrongPinsLockForAGrowingDelay()
    {
        holdfast::test::TestClock clock = holdfast::test::TestClock::standingStill();
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo, clock.clock());
        const qint64 id = accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).id;
        QVERIFY(id != 0);

        for (int i = 1; i <= 4; ++i) {
            const PinCheck c = accounts.checkPin(id, QStringLiteral("1111"));
            QCOMPARE(c.outcome, Outcome::WrongPin);
            QCOMPARE(c.attemptsLeft, 5 - i);
            QVERIFY(!c.lockedUntil.isValid());
        }
        PinCheck fifth = accounts.checkPin(id, QStringLiteral("1111"));
        QCOMPARE(fifth.outcome, Outcome::WrongPin);
        QCOMPARE(clock.now().secsTo(fifth.lockedUntil), 30);

        // Locked: even the right PIN is refused until the delay has passed.
        QCOMPARE(accounts.checkPin(id, QStringLiteral("2580")).outcome, Outcome::LockedOut);
        clock.advance(29);
        QCOMPARE(accounts.checkPin(id, QStringLiteral("2580")).outcome, Outcome::LockedOut);
        clock.advance(1);

        // The next wrong PIN locks again, for twice as long.
        PinCheck sixth = accounts.checkPin(id, QStringLiteral("1111"));
        QCOMPARE(sixth.outcome, Outcome::WrongPin);
        QCOMPARE(clock.now().secsTo(sixth.lockedUntil), 60);
        QVERIFY(!sixth.userMessage().isEmpty());
        clock.advance(60);

        // The right PIN after the lock: accepted, and the count starts again.
        QCOMPARE(accounts.checkPin(id, QStringLiteral("2580")).outcome, Outcome::Accepted);
        QCOMPARE(repo.find(id)->failedAttempts, 0);
        QVERIFY(!repo.find(id)->lockedUntil.isValid());
        QCOMPARE(accounts.checkPin(id, QStringLiteral("1111")).attemptsLeft, 4);
    }

    void lockoutIsStoredInTheRepository()
    {
        holdfast::test::TestClock clock = holdfast::test::TestClock::standingStill();
        InMemoryStaffRepository repo;
        const qint64 id = StaffAccounts(repo, clock.clock())
                              .createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580"))
                              .id;
        {
            StaffAccounts accounts(repo, clock.clock());
            for (int i = 0; i < 5; ++i)
                accounts.checkPin(id, QStringLiteral("1111"));
        }
        // A restart (new StaffAccounts over the same repository) keeps the lock.
        StaffAccounts restarted(repo, clock.clock());
        QCOMPARE(restarted.checkPin(id, QStringLiteral("2580")).outcome, Outcome::LockedOut);
        QCOMPARE(repo.find(id)->failedAttempts, 5);
    }

    void unknownAndInactiveAccounts()
    {
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo);
        QCOMPARE(accounts.checkPin(99, QStringLiteral("2580")).outcome, Outcome::UnknownStaff);
        const qint64 boss = accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).id;
        const qint64 clerk = accounts.add(QStringLiteral("Bo"), QStringLiteral("3691"), Role::Staff).id;
        QVERIFY(accounts.setActive(clerk, false).ok());
        QCOMPARE(accounts.checkPin(clerk, QStringLiteral("3691")).outcome, Outcome::Inactive);
        QVERIFY(!accounts.setActive(boss, false).ok()); // the last manager stays
    }

    void firstManagerOnlyOnce()
    {
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo);
        QVERIFY(accounts.needsFirstManager());
        QVERIFY(!accounts.createFirstManager(QString(), QStringLiteral("2580")).ok());
        QVERIFY(!accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("1234")).ok());
        QVERIFY(accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).ok());
        QVERIFY(!accounts.needsFirstManager());
        QVERIFY(!accounts.createFirstManager(QStringLiteral("Eve"), QStringLiteral("2580")).ok());
        QCOMPARE(repo.list().size(), 1);
        QVERIFY(!repo.list().constFirst().pinHash.contains("2580"));
    }
};

QTEST_GUILESS_MAIN(TestStaffLockout)
#include "tst_staff_lockout.moc"
