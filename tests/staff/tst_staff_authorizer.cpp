// Role checks for every guarded action, manager approval by PIN, and an audit record for every
// decision and outcome, naming the approving manager.
#include "staff/authorizer.h"
#include "staff/inmemorystaffrepository.h"
#include "staff/staffadmin.h"
#include "testclock.h"

#include <QTest>

using namespace holdfast::staff;
using Reason = Decision::Reason;

Q_DECLARE_METATYPE(holdfast::staff::Action)

namespace {

// What the product promises, written out rather than derived from can(): the test fails if the rules move.
struct Expected
{
    bool staffAlone;
    bool managerAlone;
};

Expected expectedFor(Action a)
{
    switch (a) {
    case Action::TakeOrder:
    case Action::TakePayment:
        return {true, true};
    case Action::ChangeSettings:
        return {false, true};
    case Action::Capture:
    case Action::Cancel:
    case Action::Refund:
    case Action::ManageKeys:
    case Action::ManageStaff:
    case Action::ChangeMode:
        return {false, false}; // a manager's PIN every time
    }
    return {false, false};
}

// Stands in for a core operation (the payments part will do the same): it asks the Authorizer itself.
struct PaymentCore
{
    Authorizer &authorizer;
    int captures = 0;
    bool capture(qint64 actor, const std::optional<ManagerApproval> &approval, const QString &paymentIntent)
    {
        const Decision d = authorizer.authorize(actor, Action::Capture, approval, paymentIntent);
        if (!d.allowed())
            return false;
        ++captures;
        authorizer.recordOutcome(d, true);
        return true;
    }
};

} // namespace

class TestStaffAuthorizer : public QObject
{
    Q_OBJECT

    holdfast::test::TestClock m_clock = holdfast::test::TestClock::standingStill();
    InMemoryStaffRepository m_repo;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<Authorizer> m_authorizer;
    QList<AuditRecord> m_audit;
    qint64 m_manager = 0;
    qint64 m_staff = 0;
    const QString m_managerPin = QStringLiteral("2580");
    const QString m_staffPin = QStringLiteral("3691");

private slots:
    void initTestCase()
    {
        m_accounts = std::make_unique<StaffAccounts>(m_repo, m_clock.clock());
        m_authorizer =
            std::make_unique<Authorizer>(*m_accounts, [this](const AuditRecord &r) { m_audit << r; });
        m_manager = m_accounts->createFirstManager(QStringLiteral("Maria Manager"), m_managerPin).id;
        m_staff = m_accounts->add(QStringLiteral("Sam Staff"), m_staffPin, Role::Staff).id;
        QVERIFY(m_manager && m_staff);
    }
    void init() { m_audit.clear(); }

    void everyActionIsCovered() { QCOMPARE(allActions().size(), 9); }

    void roles_data()
    {
        QTest::addColumn<Action>("action");
        for (Action a : allActions())
            QTest::newRow(qPrintable(actionName(a))) << a;
    }
    void roles()
    {
        QFETCH(Action, action);
        const Expected e = expectedFor(action);
        QCOMPARE(can(Role::Staff, action), e.staffAlone);
        QCOMPARE(can(Role::Manager, action), true);

        // Alone, without any PIN.
        Decision staffAlone = m_authorizer->authorize(m_staff, action);
        QCOMPARE(staffAlone.allowed(), e.staffAlone);
        Decision managerAlone = m_authorizer->authorize(m_manager, action);
        QCOMPARE(managerAlone.allowed(), e.managerAlone);
        if (!e.staffAlone)
            QVERIFY(!staffAlone.userMessage().isEmpty());

        // With a manager's correct PIN everything is allowed, and the manager is named.
        Decision approved =
            m_authorizer->authorize(m_staff, action, ManagerApproval{m_manager, m_managerPin});
        QVERIFY(approved.allowed());
        Decision selfApproved =
            m_authorizer->authorize(m_manager, action, ManagerApproval{m_manager, m_managerPin});
        QVERIFY(selfApproved.allowed());

        // A staff member cannot approve, not even with their own correct PIN.
        Decision staffApproves =
            m_authorizer->authorize(m_staff, action, ManagerApproval{m_staff, m_staffPin});
        if (!e.staffAlone) {
            QVERIFY(!staffApproves.allowed());
            QCOMPARE(staffApproves.reason, Reason::ApproverNotManager);
        }

        // One audit record per decision, allowed or denied.
        QCOMPARE(m_audit.size(), 5);
        QCOMPARE(m_audit.at(0).outcome,
                 e.staffAlone ? AuditRecord::Outcome::Allowed : AuditRecord::Outcome::Denied);
        QCOMPARE(m_audit.at(0).actorName, QStringLiteral("Sam Staff"));
        QCOMPARE(m_audit.at(2).outcome, AuditRecord::Outcome::Allowed);
        if (!e.staffAlone) // an approval the action does not need is not checked, nor named
            QCOMPARE(m_audit.at(2).approverName, QStringLiteral("Maria Manager"));
        QCOMPARE(m_audit.at(2).action, action);
    }

    void wrongManagerPinIsDeniedAndAudited()
    {
        Decision d = m_authorizer->authorize(m_staff, Action::Refund,
                                             ManagerApproval{m_manager, QStringLiteral("9999")},
                                             QStringLiteral("pi_123"));
        QVERIFY(!d.allowed());
        QCOMPARE(d.reason, Reason::WrongPin);
        QVERIFY(!d.userMessage().isEmpty());
        QCOMPARE(m_audit.size(), 1);
        QCOMPARE(m_audit.at(0).outcome, AuditRecord::Outcome::Denied);
        QCOMPARE(m_audit.at(0).approverName, QStringLiteral("Maria Manager"));
        QCOMPARE(m_audit.at(0).subject, QStringLiteral("pi_123"));
        QCOMPARE(m_audit.at(0).detail, QStringLiteral("wrong-pin"));
        QVERIFY(!m_audit.at(0).detail.contains(QStringLiteral("9999")));
        // The right PIN resets the count for the next tests.
        QVERIFY(m_accounts->checkPin(m_manager, m_managerPin).accepted());
    }

    void staffCannotCaptureEvenCallingTheCoreDirectly()
    {
        PaymentCore core{*m_authorizer};
        QVERIFY(!core.capture(m_staff, std::nullopt, QStringLiteral("pi_1")));
        QVERIFY(!core.capture(m_staff, ManagerApproval{m_staff, m_staffPin}, QStringLiteral("pi_1")));
        QVERIFY(!core.capture(m_manager, std::nullopt, QStringLiteral("pi_1")));
        QVERIFY(!core.capture(424242, ManagerApproval{m_manager, m_managerPin}, QStringLiteral("pi_1")));
        QCOMPARE(core.captures, 0);
        QVERIFY(core.capture(m_staff, ManagerApproval{m_manager, m_managerPin}, QStringLiteral("pi_1")));
        QCOMPARE(core.captures, 1);
        // Decision and outcome both recorded, naming the approving manager.
        QCOMPARE(m_audit.size(), 6);
        QCOMPARE(m_audit.at(4).outcome, AuditRecord::Outcome::Allowed);
        QCOMPARE(m_audit.at(5).outcome, AuditRecord::Outcome::Succeeded);
        QCOMPARE(m_audit.at(5).approverId, m_manager);
        QCOMPARE(m_audit.at(5).subject, QStringLiteral("pi_1"));
    }

    void failedOperationIsAuditedWithApprover()
    {
        Decision d = m_authorizer->authorize(
            m_manager, Action::Cancel, ManagerApproval{m_manager, m_managerPin}, QStringLiteral("pi_2"));
        QVERIFY(d.allowed());
        m_authorizer->recordOutcome(d, false, QStringLiteral("payment_intent_unexpected_state"));
        QCOMPARE(m_audit.size(), 2);
        QCOMPARE(m_audit.at(1).outcome, AuditRecord::Outcome::Failed);
        QCOMPARE(m_audit.at(1).approverName, QStringLiteral("Maria Manager"));
        QCOMPARE(m_audit.at(1).detail, QStringLiteral("payment_intent_unexpected_state"));
        QCOMPARE(m_audit.at(1).at, m_clock.now());
    }

    void lockedOutManagerCannotApprove()
    {
        InMemoryStaffRepository repo;
        holdfast::test::TestClock clock = holdfast::test::TestClock::standingStill();
        StaffAccounts accounts(repo, clock.clock());
        Authorizer authorizer(accounts, {});
        const qint64 boss = accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).id;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                authorizer.authorize(boss, Action::Capture, ManagerApproval{boss, QStringLiteral("1111")})
                    .reason,
                Reason::WrongPin);
        QCOMPARE(
            authorizer.authorize(boss, Action::Capture, ManagerApproval{boss, QStringLiteral("2580")}).reason,
            Reason::ApproverLockedOut);
        clock.advance(30);
        QVERIFY(authorizer.authorize(boss, Action::Capture, ManagerApproval{boss, QStringLiteral("2580")})
                    .allowed());
    }

    void staffChangesAreGuarded()
    {
        StaffAdmin admin(*m_accounts, *m_authorizer);
        QVERIFY(
            !admin.add(m_staff, std::nullopt, QStringLiteral("Eve"), QStringLiteral("4826"), Role::Manager)
                 .ok());
        QVERIFY(!admin.setRole(m_staff, ManagerApproval{m_staff, m_staffPin}, m_staff, Role::Manager).ok());
        QCOMPARE(m_accounts->find(m_staff)->role, Role::Staff);
        const AccountResult added = admin.add(m_manager, ManagerApproval{m_manager, m_managerPin},
                                              QStringLiteral("Eve"), QStringLiteral("4826"), Role::Staff);
        QVERIFY(added.ok());
        QCOMPARE(m_audit.last().outcome, AuditRecord::Outcome::Succeeded);
        QCOMPARE(m_audit.last().action, Action::ManageStaff);
        QVERIFY(admin.setActive(m_manager, ManagerApproval{m_manager, m_managerPin}, added.id, false).ok());
    }
};

QTEST_GUILESS_MAIN(TestStaffAuthorizer)
#include "tst_staff_authorizer.moc"
