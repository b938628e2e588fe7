// The staff screens, driven by object name and keyboard only: first manager, sign-in / lock screen,
// manager approval, idle lock.
#include "staffui/firstmanagerdialog.h"
#include "staffui/idlewatcher.h"
#include "staff/inmemorystaffrepository.h"
#include "staffui/managerapprovaldialog.h"
#include "staffui/pinlockscreen.h"
#include "testclock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace holdfast;
using namespace holdfast::staff;
using holdfast::ui::FirstManagerDialog;
using holdfast::ui::IdleWatcher;
using holdfast::ui::ManagerApprovalDialog;
using holdfast::ui::PinLockScreen;

class TestStaffWidgets : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        auto *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("missing child %s", name);
        return c;
    }

private slots:
    void firstManagerIsCreatedByKeyboard()
    {
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo);
        FirstManagerDialog dialog(accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = child<QLineEdit>(&dialog, "managerNameEdit");
        auto *pin = child<QLineEdit>(&dialog, "managerPinEdit");
        auto *confirm = child<QLineEdit>(&dialog, "managerPinConfirmEdit");
        QVERIFY(!name->accessibleName().isEmpty() && !pin->accessibleName().isEmpty());
        QCOMPARE(pin->echoMode(), QLineEdit::Password);

        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ada Owner"));
        QTest::keyClick(name, Qt::Key_Tab);
        QVERIFY(pin->hasFocus());
        QTest::keyClicks(pin, QStringLiteral("2580abc")); // letters are not taken
        QCOMPARE(pin->text(), QStringLiteral("2580"));
        QTest::keyClick(pin, Qt::Key_Tab);
        QVERIFY(confirm->hasFocus());
        QTest::keyClicks(confirm, QStringLiteral("2581"));
        QTest::keyClick(confirm, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "firstManagerMessage")->text().contains(QStringLiteral("differ")));
        QVERIFY(accounts.needsFirstManager());

        QTest::keyClicks(confirm, QStringLiteral("2580"));
        QTest::keyClick(confirm, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!accounts.needsFirstManager());
        QCOMPARE(accounts.find(dialog.createdId())->name, QStringLiteral("Ada Owner"));
        QCOMPARE(accounts.find(dialog.createdId())->role, Role::Manager);
    }

    void lockScreenSignsInWithTheRightPinOnly()
    {
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo);
        const qint64 boss = accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).id;
        const qint64 clerk = accounts.add(QStringLiteral("Bo"), QStringLiteral("3691"), Role::Staff).id;
        PinLockScreen screen(accounts);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QSignalSpy unlocked(&screen, &PinLockScreen::unlocked);
        auto *combo = child<QComboBox>(&screen, "staffCombo");
        auto *pin = child<QLineEdit>(&screen, "pinEdit");
        QCOMPARE(combo->count(), 2);
        screen.setCurrentStaff(clerk);

        QTest::keyClicks(pin, QStringLiteral("2580")); // the manager's PIN is not Bo's
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(pin->text().isEmpty());
        QVERIFY(child<QLabel>(&screen, "lockMessage")->text().contains(QStringLiteral("Wrong PIN")));

        QTest::keyClicks(pin, QStringLiteral("3691"));
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(unlocked.at(0).at(0).toLongLong(), clerk);
        Q_UNUSED(boss)
    }

    void managerApprovalChecksThePin()
    {
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo);
        const qint64 boss = accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).id;
        accounts.add(QStringLiteral("Bo"), QStringLiteral("3691"), Role::Staff);
        ManagerApprovalDialog dialog(accounts, Action::Capture, QStringLiteral("order 1017"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = child<QComboBox>(&dialog, "managerCombo");
        QCOMPARE(combo->count(), 1); // staff cannot approve
        QVERIFY(child<QLabel>(&dialog, "approvalSubject")->text().contains(QStringLiteral("order 1017")));
        auto *pin = child<QLineEdit>(&dialog, "managerPinEdit");
        QVERIFY(pin->hasFocus());
        QTest::keyClicks(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.approval().has_value());
        QVERIFY(child<QLabel>(&dialog, "approvalMessage")->text().contains(QStringLiteral("Wrong PIN")));
        QTest::keyClicks(pin, QStringLiteral("2580"));
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.approval().has_value());
        QCOMPARE(dialog.approval()->managerId, boss);

        // The approval it returns passes the Authorizer.
        QList<AuditRecord> audit;
        Authorizer authorizer(accounts, [&](const AuditRecord &r) { audit << r; });
        QVERIFY(authorizer.authorize(boss, Action::Capture, dialog.approval()).allowed());
        QCOMPARE(audit.size(), 1);
    }

    void escapeCancelsApproval()
    {
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo);
        accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580"));
        QTimer::singleShot(0, this, [] {
            if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                QTest::keyClick(d, Qt::Key_Escape);
        });
        QVERIFY(!ManagerApprovalDialog::ask(accounts, Action::Refund, {}, nullptr).has_value());
    }

    void nextAnswerSeamAnswersWithoutADialog()
    {
        InMemoryStaffRepository repo;
        StaffAccounts accounts(repo);
        ManagerApprovalDialog::setNextAnswer(ManagerApproval{7, QStringLiteral("2580")});
        const auto a = ManagerApprovalDialog::ask(accounts, Action::Refund, {}, nullptr);
        QVERIFY(a.has_value());
        QCOMPARE(a->managerId, 7);
        ManagerApprovalDialog::setNextAnswer(std::nullopt);
        QVERIFY(!ManagerApprovalDialog::ask(accounts, Action::Refund, {}, nullptr).has_value());
    }

    void idleWatcherFiresAfterTheIdleTime()
    {
        test::TestClock clock = test::TestClock::standingStill();
        IdleWatcher watcher(std::chrono::minutes(2), clock.clock());
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.start();
        clock.advance(119);
        watcher.check();
        QCOMPARE(idle.count(), 0);
        QWidget w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_A); // activity
        clock.advance(119);
        watcher.check();
        QCOMPARE(idle.count(), 0);
        clock.advance(1);
        watcher.check();
        QCOMPARE(idle.count(), 1);
        watcher.check(); // stopped until started again
        QCOMPARE(idle.count(), 1);
    }
};

QTEST_MAIN(TestStaffWidgets)
#include "tst_staff_widgets.moc"
