// Tools → Staff, driven by keyboard and object names: adding accounts, roles, PIN resets, switching
// accounts off and on. Every change needs a manager's PIN and leaves audit records; refusals change
// nothing and say why.
#include "staff/authorizer.h"
#include "staff/inmemorystaffrepository.h"
#include "staffui/managerapprovaldialog.h"
#include "staffui/staffdialog.h"
#include "testclock.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace holdfast;
using namespace holdfast::staff;
using holdfast::ui::ManagerApprovalDialog;
using holdfast::ui::StaffDialog;
using holdfast::ui::StaffMemberDialog;

namespace {

template <typename T> T *child(QWidget *w, const char *name)
{
    auto *c = w->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("missing child %s", name);
    return c;
}

struct Fixture
{
    test::TestClock clock = test::TestClock::standingStill();
    InMemoryStaffRepository repo;
    StaffAccounts accounts{repo, clock.clock()};
    QList<AuditRecord> audit;
    Authorizer authorizer{accounts, [this](const AuditRecord &r) { audit << r; }};
    StaffAdmin admin{accounts, authorizer};
    qint64 boss = accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).id;
    qint64 clerk = accounts.add(QStringLiteral("Bo"), QStringLiteral("3691"), Role::Staff).id;

    std::unique_ptr<StaffDialog> open(qint64 actor)
    {
        auto d = std::make_unique<StaffDialog>(accounts, admin, actor, [this](const QString &subject) {
            return ManagerApprovalDialog::ask(accounts, Action::ManageStaff, subject, nullptr);
        });
        d->show();
        d->activateWindow();
        if (!QTest::qWaitForWindowActive(d.get()))
            qWarning("staff dialog never became active");
        return d;
    }
    void approveWith(qint64 manager, const QString &pin)
    {
        ManagerApprovalDialog::setNextAnswer(ManagerApproval{manager, pin});
    }
    int records(AuditRecord::Outcome outcome) const
    {
        int n = 0;
        for (const AuditRecord &r : audit)
            n += r.action == Action::ManageStaff && r.outcome == outcome;
        return n;
    }
};

StaffMemberDialog *memberDialog(StaffDialog *d)
{
    StaffMemberDialog *m = nullptr;
    for (auto *candidate : d->findChildren<StaffMemberDialog *>())
        if (candidate->isVisible())
            m = candidate;
    return m;
}

} // namespace

class TestStaffDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryoneWithRoleAndStatus()
    {
        Fixture f;
        auto d = f.open(f.boss);
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        auto *table = child<QTableView>(d.get(), "staffTable");
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Ada"));
        QVERIFY(table->model()->index(0, 1).data().toString().contains(QStringLiteral("(you)")));
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("Active"));
        QVERIFY(table->hasFocus());
    }

    void addingAnAccountByKeyboardNeedsAManagersPin()
    {
        Fixture f;
        auto d = f.open(f.boss);
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QTest::keyClick(d.get(), Qt::Key_A, Qt::AltModifier); // "&Add…" (an animated click)
        QTRY_VERIFY(memberDialog(d.get()));
        StaffMemberDialog *add = memberDialog(d.get());
        QVERIFY(QTest::qWaitForWindowExposed(add));
        auto *name = child<QLineEdit>(add, "staffNameEdit");
        auto *pin = child<QLineEdit>(add, "staffPinEdit");
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Cy"));
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // role: manager
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(pin->hasFocus());
        QTest::keyClicks(pin, QStringLiteral("4812"));
        QTest::keyClick(pin, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4812"));

        // A wrong manager PIN: refused, said in the form, nothing added.
        f.approveWith(f.boss, QStringLiteral("0000"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(add->isVisible());
        QVERIFY(!child<QLabel>(add, "staffMemberMessage")->text().isEmpty());
        QCOMPARE(f.accounts.everyone().size(), 2);
        QCOMPARE(f.records(AuditRecord::Outcome::Denied), 1);

        // Nobody approves: nothing changes either.
        ManagerApprovalDialog::setNextAnswer(std::nullopt);
        child<QLineEdit>(add, "staffPinConfirmEdit")->setText(QStringLiteral("4812"));
        pin->setText(QStringLiteral("4812"));
        QTest::mouseClick(child<QPushButton>(add, "staffMemberOk"), Qt::LeftButton);
        QVERIFY(add->isVisible());
        QVERIFY(child<QLabel>(add, "staffMemberMessage")->text().contains(QStringLiteral("no manager")));
        QCOMPARE(f.accounts.everyone().size(), 2);

        f.approveWith(f.boss, QStringLiteral("2580"));
        pin->setText(QStringLiteral("4812"));
        child<QLineEdit>(add, "staffPinConfirmEdit")->setText(QStringLiteral("4812"));
        QTest::mouseClick(child<QPushButton>(add, "staffMemberOk"), Qt::LeftButton);
        QTRY_VERIFY(!memberDialog(d.get()));
        QCOMPARE(f.accounts.everyone().size(), 3);
        const auto cy = d->selectedMember();
        QVERIFY(cy);
        QCOMPARE(cy->name, QStringLiteral("Cy"));
        QCOMPARE(cy->role, Role::Manager);
        QVERIFY(f.accounts.checkPin(cy->id, QStringLiteral("4812")).accepted());
        QVERIFY(d->message().contains(QStringLiteral("Cy")));
        QCOMPARE(f.records(AuditRecord::Outcome::Succeeded), 1);
        QCOMPARE(f.audit.last().approverId, f.boss);
    }

    void mismatchedPinsAndDuplicateNamesAreMarked()
    {
        Fixture f;
        auto d = f.open(f.boss);
        d->addMember();
        StaffMemberDialog *add = memberDialog(d.get());
        QVERIFY(add);
        child<QLineEdit>(add, "staffNameEdit")->setText(QStringLiteral("bo"));
        child<QLineEdit>(add, "staffPinEdit")->setText(QStringLiteral("4817"));
        child<QLineEdit>(add, "staffPinConfirmEdit")->setText(QStringLiteral("4818"));
        QTest::mouseClick(child<QPushButton>(add, "staffMemberOk"), Qt::LeftButton);
        QVERIFY(child<QLabel>(add, "staffMemberMessage")->text().contains(QStringLiteral("differ")));
        QVERIFY(f.audit.isEmpty()); // never got as far as asking

        child<QLineEdit>(add, "staffPinEdit")->setText(QStringLiteral("4817"));
        child<QLineEdit>(add, "staffPinConfirmEdit")->setText(QStringLiteral("4817"));
        f.approveWith(f.boss, QStringLiteral("2580"));
        QTest::mouseClick(child<QPushButton>(add, "staffMemberOk"), Qt::LeftButton);
        QVERIFY(add->isVisible());
        QVERIFY(child<QLabel>(add, "staffMemberMessage")->text().contains(QStringLiteral("already")));
        QCOMPARE(f.accounts.everyone().size(), 2);
        QCOMPARE(f.records(AuditRecord::Outcome::Failed), 1);
    }

    void theLastManagerCannotBeDemotedOrSwitchedOff()
    {
        Fixture f;
        auto d = f.open(f.boss);
        d->selectMember(f.boss);
        QCOMPARE(child<QPushButton>(d.get(), "changeRoleButton")->text(), QStringLiteral("Make &staff"));
        f.approveWith(f.boss, QStringLiteral("2580"));
        d->changeRole();
        QVERIFY(d->message().contains(QStringLiteral("at least one manager")));
        QCOMPARE(f.accounts.find(f.boss)->role, Role::Manager);
        f.approveWith(f.boss, QStringLiteral("2580"));
        d->switchActive();
        QVERIFY(f.accounts.find(f.boss)->active);

        // With a second manager the first may step down.
        d->selectMember(f.clerk);
        f.approveWith(f.boss, QStringLiteral("2580"));
        d->changeRole();
        QCOMPARE(f.accounts.find(f.clerk)->role, Role::Manager);
        d->selectMember(f.boss);
        f.approveWith(f.clerk, QStringLiteral("3691"));
        d->changeRole();
        QCOMPARE(f.accounts.find(f.boss)->role, Role::Staff);
        QCOMPARE(f.audit.last().approverId, f.clerk);
    }

    void switchedOffAccountsCannotSignInUntilSwitchedOn()
    {
        Fixture f;
        auto d = f.open(f.boss);
        d->selectMember(f.clerk);
        QCOMPARE(child<QPushButton>(d.get(), "switchActiveButton")->text(), QStringLiteral("Switch &off"));
        f.approveWith(f.boss, QStringLiteral("2580"));
        QTest::mouseClick(child<QPushButton>(d.get(), "switchActiveButton"), Qt::LeftButton);
        QCOMPARE(f.accounts.checkPin(f.clerk, QStringLiteral("3691")).outcome, PinCheck::Outcome::Inactive);
        auto *table = child<QTableView>(d.get(), "staffTable");
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("Switched off"));
        QCOMPARE(child<QPushButton>(d.get(), "switchActiveButton")->text(), QStringLiteral("Switch &on"));
        QVERIFY(!child<QPushButton>(d.get(), "resetPinButton")->isEnabled());

        // The name stays taken while switched off.
        QVERIFY(f.accounts.add(QStringLiteral("Bo"), QStringLiteral("1234"), Role::Staff)
                    .problem.contains(QStringLiteral("Switch it on")));

        f.approveWith(f.boss, QStringLiteral("2580"));
        d->switchActive();
        QVERIFY(f.accounts.checkPin(f.clerk, QStringLiteral("3691")).accepted());
    }

    void aNewPinLiftsALock()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i)
            f.accounts.checkPin(f.clerk, QStringLiteral("0000"));
        QCOMPARE(f.accounts.checkPin(f.clerk, QStringLiteral("3691")).outcome, PinCheck::Outcome::LockedOut);
        auto d = f.open(f.boss);
        auto *table = child<QTableView>(d.get(), "staffTable");
        QVERIFY(table->model()->index(1, 2).data().toString().startsWith(QStringLiteral("Locked until")));
        d->selectMember(f.clerk);
        QTest::keyClick(d.get(), Qt::Key_P, Qt::AltModifier); // "Reset &PIN…" (an animated click)
        QTRY_VERIFY(memberDialog(d.get()));
        StaffMemberDialog *reset = memberDialog(d.get());
        QVERIFY(!reset->findChild<QLineEdit *>(QStringLiteral("staffNameEdit")));
        // A PIN too easy to guess is refused in the form before any manager is asked.
        child<QLineEdit>(reset, "staffPinEdit")->setText(QStringLiteral("7777"));
        child<QLineEdit>(reset, "staffPinConfirmEdit")->setText(QStringLiteral("7777"));
        QTest::mouseClick(child<QPushButton>(reset, "staffMemberOk"), Qt::LeftButton);
        QVERIFY(reset->isVisible());
        QVERIFY(child<QLabel>(reset, "staffMemberMessage")->text().contains(QStringLiteral("too easy")));
        QVERIFY(f.audit.isEmpty());

        child<QLineEdit>(reset, "staffPinEdit")->setText(QStringLiteral("7395"));
        child<QLineEdit>(reset, "staffPinConfirmEdit")->setText(QStringLiteral("7395"));
        f.approveWith(f.boss, QStringLiteral("2580"));
        QTest::mouseClick(child<QPushButton>(reset, "staffMemberOk"), Qt::LeftButton);
        QTRY_VERIFY(!memberDialog(d.get()));
        QVERIFY(f.accounts.checkPin(f.clerk, QStringLiteral("7395")).accepted());
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("Active"));
    }

    void aStaffMembersOwnPinApprovesNothing()
    {
        Fixture f;
        auto d = f.open(f.clerk);
        d->selectMember(f.clerk);
        f.approveWith(f.clerk, QStringLiteral("3691"));
        d->changeRole();
        QCOMPARE(f.accounts.find(f.clerk)->role, Role::Staff);
        QVERIFY(!d->message().isEmpty());
        QCOMPARE(f.records(AuditRecord::Outcome::Denied), 1);
        QCOMPARE(f.audit.last().actorId, f.clerk);
    }
};

QTEST_MAIN(TestStaffDialog)
#include "tst_staffdialog.moc"
