// The back-office models under QAbstractItemModelTester, the countdown colours with an injected
// clock, the orders list's lazy paging, search and raw sort values, and the end-of-day totals/CSV.
#include "endofday/endofdaymodel.h"
#include "endofday/endofdayview.h"
#include "holds/heldmodel.h"
#include "officefixture.h"
#include "orders/ordersmodel.h"
#include "orders/ordersview.h"
#include "payments/paymentsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>

using namespace holdfast;
using Level = backoffice::HoldDeadline::Level;

class TestBackofficeModels : public QObject
{
    Q_OBJECT
    test::OfficeFixture f;

    // An authorised order whose hold was taken at `authorisedAt` (no Stripe needed for the list).
    qint64 authorisedAt(const QDateTime &authorisedAt, qint64 amount)
    {
        const Order o = f.newOrder(amount);
        PaymentAttempt a;
        a.orderId = o.id;
        a.captureMethod = QStringLiteral("manual");
        a.currency = QStringLiteral("usd");
        a.amountMinor = amount;
        a = store::PaymentAttempts(*f.db).add(a).value();
        a.paymentIntentId = QStringLiteral("pi_m%1").arg(o.id);
        a.status = QStringLiteral("requires_capture");
        a.amountAuthorisedMinor = amount;
        a.captureBefore = authorisedAt.addDays(7);
        store::PaymentAttempts(*f.db).update(a);
        AuditEntry audit;
        audit.actor = QStringLiteral("test");
        store::OrderStore(*f.db).transition(o.id, store::OrderStore::AnyVersion, OrderState::Authorised, audit);
        return o.id;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US"))); // formatted amounts below are "$12.34"
        QVERIFY(f.open(false));
    }

    void countdownTurnsAmberThenRedWithTheClock()
    {
        auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        const qint64 id = authorisedAt(*now, 6000);
        ui::HeldModel model(*f.db, [now] { return *now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy red(&model, &ui::HeldModel::holdEnteredRed);
        const int row = model.rowForOrder(id);
        QVERIFY(row >= 0);
        const QModelIndex left = model.index(row, ui::HeldModel::LeftColumn);
        QCOMPARE(left.data().toString(), QStringLiteral("7 d 0 h left"));
        QCOMPARE(model.levelAt(row), Level::Normal);
        QVERIFY(!left.data(Qt::BackgroundRole).isValid());

        *now = now->addSecs(5 * 86400 + 3600); // 47 h left
        model.tick();
        QCOMPARE(model.levelAt(row), Level::Amber);
        QCOMPARE(left.data().toString(), QStringLiteral("1 d 23 h left"));
        const QColor amber = left.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(amber.isValid() && amber != QApplication::palette().color(QPalette::Base));
        QCOMPARE(red.size(), 0);

        *now = now->addSecs(24 * 3600); // 23 h left
        model.tick();
        QCOMPARE(model.levelAt(row), Level::Red);
        QCOMPARE(red.size(), 1);
        QCOMPARE(red.first().first().toLongLong(), id);
        QCOMPARE(model.dueSoonCount(), 1);
        QVERIFY(left.data(Qt::BackgroundRole).value<QColor>() != amber);
        model.tick();
        QCOMPARE(red.size(), 1); // announced once

        *now = now->addSecs(24 * 3600);
        model.tick();
        QCOMPARE(model.levelAt(row), Level::Expired);
        QCOMPARE(left.data().toString(), QStringLiteral("Expired"));
    }

    void ordersPageLazilyAndSearch()
    {
        for (int i = 0; i < 250; ++i)
            f.newOrder(100 + i, i == 77 ? QStringLiteral("Kazuo Ito") : QStringLiteral("Customer %1").arg(i));
        ui::OrdersModel model(*f.db);
        // Paging first: the tester itself calls fetchMore() whenever it checks, so the page counts
        // are asserted before it is attached; everything after runs under it.
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(ui::OrdersModel::TotalColumn, Qt::DescendingOrder);
        const QModelIndex total = model.index(0, ui::OrdersModel::TotalColumn);
        QVERIFY(total.data(ui::OrdersModel::SortRole).toLongLong() >= model.index(1, ui::OrdersModel::TotalColumn).data(ui::OrdersModel::SortRole).toLongLong());
        QVERIFY(total.data().toString().startsWith(u'$'));
        model.setSearch(QStringLiteral("ito"));
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.index(0, ui::OrdersModel::CustomerColumn).data().toString(), QStringLiteral("Kazuo Ito"));
        model.setStates({OrderState::Captured});
        QCOMPARE(model.rowCount(), 0);
    }

    void ordersViewSearchesFromTheBox()
    {
        ui::OrdersView view(*f.db, *f.operations, *f.accounts, f.manager);
        view.show();
        view.searchField()->setText(QStringLiteral("Kazuo"));
        view.applySearch();
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(view.searchField()->accessibleName().size() > 0);
    }

    void paymentsModelFlagsUnderTester()
    {
        ui::PaymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        backoffice::PaymentRow known;
        known.pi.id = QStringLiteral("pi_a");
        known.pi.amount = 1200;
        known.pi.currency = QStringLiteral("usd");
        backoffice::PaymentRow unknown = known;
        unknown.pi.id = QStringLiteral("pi_b");
        unknown.flag = backoffice::PaymentRow::Flag::UnknownToOrders;
        model.append({known, unknown});
        QCOMPARE(model.flaggedCount(), 1);
        QCOMPARE(model.index(0, ui::PaymentsModel::AmountColumn).data(ui::PaymentsModel::SortRole).toLongLong(), 1200);
        unknown.flag = backoffice::PaymentRow::Flag::Matches;
        model.update(unknown);
        QCOMPARE(model.flaggedCount(), 0);
        model.clear();
    }

    void endOfDayTotalsAndCsv()
    {
        const QDateTime now = QDateTime::currentDateTime();
        authorisedAt(now, 4200);
        backoffice::EndOfDay eod(*f.db);
        const auto report = eod.report(QDate::currentDate(), std::nullopt);
        QVERIFY(report.ok());
        QVERIFY(report->currencies.contains(QStringLiteral("usd")));
        QVERIFY(report->totalFor(QStringLiteral("usd")).authorisedMinor >= 4200);
        ui::EndOfDayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(*report);
        QCOMPARE(model.rowCount(), report->rows.size());
        const QByteArray csv = report->toCsv();
        QVERIFY(csv.startsWith("day,group,key"));
        QVERIFY(csv.contains(",state,authorised,"));
        QVERIFY(!csv.contains("$"));
        ui::EndOfDayView view(*f.db);
        QVERIFY(view.exportCsvTo(f.dir.filePath(QStringLiteral("eod.csv"))));
        QVERIFY(view.printToPdf(f.dir.filePath(QStringLiteral("eod.pdf"))));
    }
};

QTEST_MAIN(TestBackofficeModels)
#include "tst_backoffice_models.moc"
