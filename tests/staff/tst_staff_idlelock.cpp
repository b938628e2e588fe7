// The till locks after the configured idle time; activity pushes the lock back; zero means never.
#include "staff/idlelock.h"
#include "testclock.h"

#include <QTest>

using namespace holdfast::staff;
using namespace std::chrono_literals;

class TestStaffIdleLock : public QObject
{
    Q_OBJECT
private slots:
    void locksAfterIdleTime()
    {
        holdfast::test::TestClock clock = holdfast::test::TestClock::standingStill();
        IdleLock lock(5min, clock.clock());
        QVERIFY(!lock.isDue());
        QCOMPARE(lock.remaining(), std::chrono::seconds(5min));
        clock.advance(299);
        QVERIFY(!lock.isDue());
        clock.advance(1);
        QVERIFY(lock.isDue());
        QCOMPARE(lock.remaining().count(), 0);
    }

    void activityPostponesTheLock()
    {
        holdfast::test::TestClock clock = holdfast::test::TestClock::standingStill();
        IdleLock lock(2min, clock.clock());
        clock.advance(100);
        lock.noteActivity();
        clock.advance(100);
        QVERIFY(!lock.isDue());
        QCOMPARE(lock.remaining().count(), 20);
        clock.advance(20);
        QVERIFY(lock.isDue());
    }

    void zeroNeverLocks()
    {
        holdfast::test::TestClock clock = holdfast::test::TestClock::standingStill();
        IdleLock lock(0min, clock.clock());
        clock.advance(86400);
        QVERIFY(!lock.isDue());
    }
};

QTEST_GUILESS_MAIN(TestStaffIdleLock)
#include "tst_staff_idlelock.moc"
