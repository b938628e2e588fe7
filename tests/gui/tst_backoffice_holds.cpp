// Capture (full, partial, double-click), cancel and refund through the back-office widgets against a
// real holdfast-sandbox and a real SQLite store; staff refused every guarded action (also by the
// core directly); the 7-day expiry path ending in "expired" on the held list.
#include "holds/canceldialog.h"
#include "holds/capturedialog.h"
#include "holds/heldmodel.h"
#include "holds/heldview.h"
#include "holds/holdactions.h"
#include "holds/refunddialog.h"
#include "officefixture.h"
#include "orders/orderdetail.h"
#include "events/eventprocessor.h"
#include "store/auditlog.h"
#include "store/refundlog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace holdfast;
using holdfast::ui::OperationDialog;

class TestBackofficeHolds : public QObject
{
    Q_OBJECT
    test::OfficeFixture f;

    // Waits for the dialog's operation to end and returns what it reported.
    static backoffice::OperationResult runDialog(OperationDialog *dialog, const QString &pin, int clicks = 1)
    {
        QSignalSpy done(dialog, &OperationDialog::operationFinished);
        dialog->findChild<QLineEdit *>(QStringLiteral("managerPin"))->setText(pin);
        for (int i = 0; i < clicks; ++i)
            QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
        if (!done.wait(30000))
            qFatal("operation did not finish");
        return done.first().first().value<backoffice::OperationResult>();
    }

    int countAudit(qint64 orderId, const QString &action, const QString &outcome)
    {
        int n = 0;
        // The result must outlive the loop: ranging over *temporary() would read freed memory.
        const auto auditRows = store::AuditLog(*f.db).forOrder(orderId);
        for (const AuditEntry &e : *auditRows)
            n += e.action == action && e.outcome == outcome;
        return n;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US"))); // the dialogs' amounts below are "$40.00", "60.00"
        QVERIFY2(f.open(true), f.sandbox ? qPrintable(f.sandbox->errorString()) : "store");
    }

    void heldListSortsByDeadlineUnderModelTester()
    {
        const Order a = f.heldOrder(6000);
        ui::HeldModel model(*f.db, holdfast::systemClock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowForOrder(a.id) >= 0);
        QVERIFY(model.data(model.index(model.rowForOrder(a.id), ui::HeldModel::LeftColumn)).toString().contains(u"left"));
        model.refresh();
    }

    void captureFullThroughTheDialog()
    {
        const Order order = f.heldOrder(6000);
        ui::HeldView view(*f.db, *f.operations, *f.accounts, f.manager);
        view.show();
        view.selectOrder(order.id);
        QVERIFY(view.holdActions()->captureAction()->isEnabled());
        auto *dialog = view.holdActions()->openCapture();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("captureAmount"))->text(), QStringLiteral("60.00"));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("approvingManager"))); // a manager approves with their own PIN
        const auto result = runDialog(dialog, f.managerPin);
        QVERIFY2(result.succeeded(), qPrintable(result.message + result.detail));
        QVERIFY(dialog->showingResult());
        QCOMPARE(f.stateOf(order.id), OrderState::Captured);
        QCOMPARE(f.attemptOf(order.id).amountCapturedMinor, 6000);
        QCOMPARE(countAudit(order.id, QStringLiteral("capture"), QStringLiteral("ok")), 1);
        // Sent before Stripe answered, so a Holdfast stopped mid-request still names who asked.
        QCOMPARE(countAudit(order.id, QStringLiteral("capture"), QStringLiteral("sent")), 1);
        QCOMPARE(view.model()->rowForOrder(order.id), -1); // no longer held

        // The timeline speaks the person's language and names people, not ids.
        QWidget host;
        auto *actions = new ui::HoldActions(*f.db, *f.operations, *f.accounts, f.manager, &host);
        ui::OrderDetail detail(*f.db, actions);
        detail.setStaffNames(ui::StaffNames(*f.accounts));
        detail.showOrder(order.id);
        QStringList rows;
        for (int i = 0; i < detail.timeline()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = detail.timeline()->topLevelItem(i);
            rows << item->text(1) + u'|' + item->text(2) + u'|' + item->text(3);
        }
        const QString all = rows.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Sam Staff|Order taken")), qPrintable(all));
        // The manager acted alone: named once, not "approved by" themselves.
        QVERIFY2(all.contains(QStringLiteral("\nMaria Manager|Capture $60.00|sent to Stripe")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("approved by Maria Manager")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Capture $60.00|done")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("staff-")), qPrintable(all));
    }

    void partialCaptureReleasesTheRest()
    {
        const Order order = f.heldOrder(6000);
        ui::HeldView view(*f.db, *f.operations, *f.accounts, f.manager);
        view.selectOrder(order.id);
        auto *dialog = view.holdActions()->openCapture();
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("captureAmount"));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("40"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("captureSummary"))->text(), QStringLiteral("Capture $40.00 · release $20.00"));
        amount->setText(QStringLiteral("61"));
        QVERIFY(!dialog->actionButton()->isEnabled()); // more than the hold
        amount->setText(QStringLiteral("40.00"));
        const auto result = runDialog(dialog, f.managerPin);
        QVERIFY2(result.succeeded(), qPrintable(result.message + result.detail));
        QCOMPARE(result.releasedMinor, 2000);
        QCOMPARE(f.stateOf(order.id), OrderState::PartiallyCaptured);
        QCOMPARE(f.attemptOf(order.id).amountCapturedMinor, 4000);
    }

    void doubleClickOnCaptureCapturesOnce()
    {
        const Order order = f.heldOrder(5000);
        const int before = f.capturesAtStripe();
        ui::HeldView view(*f.db, *f.operations, *f.accounts, f.manager);
        view.selectOrder(order.id);
        auto *dialog = view.holdActions()->openCapture();
        dialog->findChild<QLineEdit *>(QStringLiteral("managerPin"))->setText(f.managerPin);
        QSignalSpy done(dialog, &OperationDialog::operationFinished);
        QTest::mouseDClick(dialog->actionButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
        // And the core refuses a second request for the same order while the first is in flight.
        QSignalSpy core(f.operations.get(), &backoffice::HoldOperations::finished);
        f.operations->start({backoffice::OperationKind::Capture, order.id, f.manager,
                             staff::ManagerApproval{f.manager, f.managerPin}, 5000});
        QVERIFY(done.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(core.size() >= 2, 30000);
        QCOMPARE(f.capturesAtStripe(), before + 1);
        QCOMPARE(f.stateOf(order.id), OrderState::Captured);
        QCOMPARE(countAudit(order.id, QStringLiteral("capture"), QStringLiteral("ok")), 1);
    }

    void cancelReleasesTheHoldWithAReason()
    {
        const Order order = f.heldOrder(3000);
        ui::HeldView view(*f.db, *f.operations, *f.accounts, f.manager);
        view.selectOrder(order.id);
        auto *dialog = view.holdActions()->openCancel();
        QVERIFY(dialog);
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("cancelReason"));
        QCOMPARE(reason->count(), 4);
        reason->setCurrentIndex(2); // duplicate
        dialog->findChild<QLineEdit *>(QStringLiteral("managerPin"))->setText(f.managerPin);
        QTest::mouseClick(dialog->actionButton(), Qt::LeftButton); // not confirmed yet: nothing happens
        QVERIFY(!dialog->showingResult());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
        dialog->findChild<QCheckBox *>(QStringLiteral("cancelConfirm"))->setChecked(true);
        const auto result = runDialog(dialog, f.managerPin);
        QVERIFY2(result.succeeded(), qPrintable(result.message + result.detail));
        QCOMPARE(f.stateOf(order.id), OrderState::Cancelled);
        const auto audit = *store::AuditLog(*f.db).forOrder(order.id);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
            return e.action == QLatin1String("cancel") && e.reason == QLatin1String("duplicate") && e.outcome == QLatin1String("ok");
        }));
    }

    void partialThenFullRefundNeverMoreThanRemains()
    {
        Order order = f.heldOrder(6000);
        f.operations->start({backoffice::OperationKind::Capture, order.id, f.manager, staff::ManagerApproval{f.manager, f.managerPin}, {}});
        QSignalSpy captured(f.operations.get(), &backoffice::HoldOperations::finished);
        QVERIFY(captured.wait(30000));
        QCOMPARE(f.stateOf(order.id), OrderState::Captured);
        const int refundsBefore = f.refundsAtStripe();

        QWidget parent;
        ui::HoldActions actions(*f.db, *f.operations, *f.accounts, f.manager, &parent);
        actions.setOrder(order.id);
        auto *dialog = actions.openRefund();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("refundAmount"))->setText(QStringLiteral("25.00"));
        auto result = runDialog(dialog, f.managerPin);
        QVERIFY2(result.succeeded(), qPrintable(result.message + result.detail));
        QCOMPARE(f.stateOf(order.id), OrderState::PartiallyRefunded);
        QVERIFY(result.pendingRefundMinor > 0 || f.attemptOf(order.id).amountRefundedMinor == 2500);
        // Amazon Pay refunds settle later (the sandbox settles them a second after, in real time):
        // the store's view of what is pending is what Stripe answered to the operation's re-read.
        const QString pi = f.attemptOf(order.id).paymentIntentId;
        QVERIFY(result.pendingRefundMinor == 0 || result.pendingRefundMinor == 2500);
        QCOMPARE(store::RefundLog(*f.db).pendingFor(pi).value(), result.pendingRefundMinor);

        actions.setOrder(order.id);
        dialog = actions.openRefund();
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("refundAmount"));
        QCOMPARE(amount->text(), QStringLiteral("35.00")); // what remains
        amount->setText(QStringLiteral("35.01"));
        dialog->findChild<QLineEdit *>(QStringLiteral("managerPin"))->setText(f.managerPin);
        QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
        QVERIFY(!dialog->showingResult()); // refused in the dialog: more than remains
        amount->setText(QStringLiteral("35.00"));
        result = runDialog(dialog, f.managerPin);
        QVERIFY2(result.succeeded(), qPrintable(result.message + result.detail));
        QCOMPARE(f.stateOf(order.id), OrderState::Refunded);
        QCOMPARE(f.refundsAtStripe(), refundsBefore + 2); // two deliberate refunds: two keys
        QCOMPARE(store::RefundLog(*f.db).pendingFor(pi).value(), result.pendingRefundMinor);

        // Stripe settles them; the refund.updated events say so and nothing stays pending.
        QCOMPARE(f.sandbox->control("/_sandbox/clock/advance", "{\"seconds\": 5}"), 200);
        stripe::ListParams params;
        params.limit = 100;
        std::unique_ptr<stripe::StripeReply> listed(f.client->listEvents(params, {QStringLiteral("refund.updated")}));
        QVERIFY(test::OfficeFixture::wait(listed.get()));
        QVERIFY(listed->list());
        events::EventProcessor processor(*f.db);
        int settled = 0;
        for (const QJsonValue &v : listed->list()->data) {
            ParseError error;
            const auto event = StripeEvent::fromJson(v.toObject(), &error);
            QVERIFY(event);
            if (event->object.value(QLatin1String("payment_intent")).toString() != pi)
                continue;
            QVERIFY(processor.handle(*event, QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)).ok());
            ++settled;
        }
        QCOMPARE(settled, 2);
        QCOMPARE(store::RefundLog(*f.db).pendingFor(pi).value(), 0);
        ui::OrderDetail detail(*f.db, &actions);
        detail.showOrder(order.id);
        auto *attempts = detail.findChild<QTreeWidget *>(QStringLiteral("paymentAttempts"));
        QCOMPARE(attempts->topLevelItem(0)->data(4, Qt::UserRole).toLongLong(), 0);
        QVERIFY(!attempts->topLevelItem(0)->text(4).contains(QStringLiteral("pending")));

        // While one is pending the detail says so, with its amount.
        Refund stillPending;
        stillPending.id = QStringLiteral("re_still_pending");
        stillPending.paymentIntent = pi;
        stillPending.amount = 1000;
        stillPending.currency = QStringLiteral("usd");
        stillPending.status = QStringLiteral("pending");
        QVERIFY(store::RefundLog(*f.db).record(stillPending).ok());
        detail.showOrder(order.id);
        QCOMPARE(attempts->topLevelItem(0)->data(4, Qt::UserRole).toLongLong(), 1000);
        QVERIFY2(attempts->topLevelItem(0)->text(4).contains(QStringLiteral("$10.00 pending")),
                 qPrintable(attempts->topLevelItem(0)->text(4)));
    }

    void staffIsRefusedEveryGuardedAction()
    {
        const Order held = f.heldOrder(4000);
        // Refund needs a captured order, so that what refuses staff is the Authorizer, not the state check.
        const Order captured = f.heldOrder(4500);
        {
            QSignalSpy spy(f.operations.get(), &backoffice::HoldOperations::finished);
            f.operations->start({backoffice::OperationKind::Capture, captured.id, f.manager,
                                 staff::ManagerApproval{f.manager, f.managerPin}, {}});
            QVERIFY(spy.wait(30000));
            QVERIFY(spy.first().at(1).value<backoffice::OperationResult>().succeeded());
            QCOMPARE(f.stateOf(captured.id), OrderState::Captured);
        }
        const int captures = f.capturesAtStripe();
        const int refunds = f.refundsAtStripe();
        using K = backoffice::OperationKind;
        const struct
        {
            K kind;
            staff::Action action;
            qint64 orderId;
            OrderState state;
        } guarded[] = {{K::Capture, staff::Action::Capture, held.id, OrderState::Authorised},
                       {K::Cancel, staff::Action::Cancel, held.id, OrderState::Authorised},
                       {K::Refund, staff::Action::Refund, captured.id, OrderState::Captured}};
        for (const auto &g : guarded) {
            // The core itself: staff alone, and staff "approving" with their own PIN.
            for (const auto &approval : {std::optional<staff::ManagerApproval>{},
                                         std::optional<staff::ManagerApproval>{staff::ManagerApproval{f.staffMember, QStringLiteral("3691")}}}) {
                const qsizetype decisionsBefore = f.decisions.size();
                QSignalSpy spy(f.operations.get(), &backoffice::HoldOperations::finished);
                f.operations->start({g.kind, g.orderId, f.staffMember, approval, {}});
                QVERIFY(spy.wait(10000));
                const auto r = spy.first().at(1).value<backoffice::OperationResult>();
                QCOMPARE(r.status, backoffice::OperationResult::Status::Refused);
                // Refused by the Authorizer, not by a state or amount check before it.
                QVERIFY2(r.detail.startsWith(u"denied: "), qPrintable(r.detail));
                QCOMPARE(f.decisions.size(), decisionsBefore + 1);
                const staff::AuditRecord &decision = f.decisions.constLast();
                QCOMPARE(decision.outcome, staff::AuditRecord::Outcome::Denied);
                QCOMPARE(decision.action, g.action);
                QCOMPARE(decision.actorId, f.staffMember);
                QCOMPARE(f.stateOf(g.orderId), g.state);
            }
        }
        QCOMPARE(f.capturesAtStripe(), captures);
        QCOMPARE(f.refundsAtStripe(), refunds);
        // The widget: staff sees the manager chooser; a wrong manager PIN is refused in the dialog.
        ui::HeldView view(*f.db, *f.operations, *f.accounts, f.staffMember);
        view.selectOrder(held.id);
        auto *dialog = view.holdActions()->openCapture();
        QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("approvingManager")));
        const auto result = runDialog(dialog, QStringLiteral("0000"));
        QCOMPARE(result.status, backoffice::OperationResult::Status::Refused);
        QVERIFY(!dialog->showingResult());
        QCOMPARE(f.decisions.constLast().outcome, staff::AuditRecord::Outcome::Denied);
        QCOMPARE(f.capturesAtStripe(), captures);
        QCOMPARE(f.stateOf(held.id), OrderState::Authorised);
        // With the manager's PIN at the same dialog, staff may.
        const auto approved = runDialog(dialog, f.managerPin);
        QVERIFY2(approved.succeeded(), qPrintable(approved.message));
    }

    void holdLapsesAfterSevenDaysAndTheListSaysSo()
    {
        const Order order = f.heldOrder(2500);
        QCOMPARE(f.sandbox->control("/_sandbox/clock/advance", R"({"seconds": 604900})"), 200);
        const QString pi = f.attemptOf(order.id).paymentIntentId;
        QCOMPARE(f.applyFromStripe(pi), OrderState::Expired);
        QCOMPARE(f.stateOf(order.id), OrderState::Expired);
        ui::HeldModel model(*f.db, holdfast::systemClock());
        const int row = model.rowForOrder(order.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.levelAt(row), backoffice::HoldDeadline::Level::Expired);
        QVERIFY(model.data(model.index(row, ui::HeldModel::LeftColumn)).toString().startsWith(u"Expired"));
    }
};

QTEST_MAIN(TestBackofficeHolds)
#include "tst_backoffice_holds.moc"
