// End of day to the cent: each currency totalled apart, the day cut at the till's own midnight
// (a 23-hour day when the clocks go forward), and the same orders read from another time zone.
#include "backoffice/endofday.h"
#include "store/disputelog.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "storefixture.h"

#include <QTest>
#include <QTimeZone>

using namespace holdfast;
using namespace holdfast::store;

class TestEndOfDay : public QObject
{
    Q_OBJECT

    test::StoreFixture m_fixture;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;

    // An order created at `at` (UTC) whose payment authorised `authorised` and captured `captured`,
    // refunding `refunded` of it.
    void orderAt(const QDateTime &at, const QString &currency, qint64 authorised, qint64 captured, qint64 refunded = 0)
    {
        m_now = at;
        Order o;
        o.mode = Mode::Test;
        o.state = OrderState::AwaitingPayment;
        o.customerName = QStringLiteral("Eva Ende");
        o.currency = currency;
        o.totalMinor = authorised;
        auto created = OrderStore(*m_db).create(o, QStringLiteral("s"));
        QVERIFY(created);
        PaymentAttempt a;
        a.orderId = created->id;
        a.captureMethod = QStringLiteral("manual");
        a.currency = currency;
        a.amountMinor = authorised;
        auto added = PaymentAttempts(*m_db).add(a);
        QVERIFY(added);
        a = *added;
        a.paymentIntentId = QStringLiteral("pi_eod%1").arg(created->id);
        a.status = captured ? QStringLiteral("succeeded") : QStringLiteral("requires_capture");
        a.amountAuthorisedMinor = authorised;
        a.amountCapturedMinor = captured;
        a.amountRefundedMinor = refunded;
        QVERIFY(PaymentAttempts(*m_db).update(a));
        AuditEntry audit;
        audit.actor = QStringLiteral("s");
        QVERIFY(OrderStore(*m_db).transition(created->id, OrderStore::AnyVersion, OrderState::Authorised, audit));
        if (captured)
            QVERIFY(OrderStore(*m_db).transition(created->id, OrderStore::AnyVersion, OrderState::Captured, audit));
    }

    static QDateTime utc(int month, int day, int h, int m, int s)
    {
        return QDateTime(QDate(2026, month, day), QTime(h, m, s), QTimeZone::utc());
    }

    backoffice::EndOfDayReport report(int day, const QByteArray &zone)
    {
        auto r = backoffice::EndOfDay(*m_db).report(QDate(2026, 3, day), Mode::Test, QTimeZone(zone));
        if (!r.ok())
            qFatal("end of day failed: %s", qPrintable(r.error().detail()));
        return *r;
    }

private slots:
    void initTestCase()
    {
        QString why;
        const QString url = m_fixture.freshUrl(&why);
        if (url.isEmpty())
            QFAIL(qPrintable(why));
        auto opened = Database::open(url);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail()));
        m_db = std::move(opened).value();
        m_db->setClock([this] { return m_now; });
        QVERIFY(QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid());
        // Berlin goes from CET (+1) to CEST (+2) at 01:00 UTC on 29 March 2026: that day has 23 hours.
        orderAt(utc(3, 28, 22, 59, 59), QStringLiteral("eur"), 1000, 1000);        // 23:59:59 on the 28th
        orderAt(utc(3, 28, 23, 0, 0), QStringLiteral("eur"), 1234, 1234);          // 00:00:00 on the 29th
        orderAt(utc(3, 29, 12, 0, 0), QStringLiteral("usd"), 29900, 29900, 99);    // 14:00 on the 29th
        orderAt(utc(3, 29, 21, 59, 59), QStringLiteral("eur"), 50, 0);             // 23:59:59 on the 29th
        orderAt(utc(3, 29, 22, 0, 0), QStringLiteral("eur"), 500, 500);            // 00:00:00 on the 30th
        orderAt(utc(3, 29, 13, 0, 0), QStringLiteral("gbp"), 4999, 2500);          // captured in part
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_fixture.cleanup();
    }

    void eachCurrencyIsTotalledApart()
    {
        const auto r = report(29, "Europe/Berlin");
        QCOMPARE(r.currencies, (QStringList{QStringLiteral("eur"), QStringLiteral("usd"), QStringLiteral("gbp")}));
        const auto eur = r.totalFor(QStringLiteral("eur"));
        QCOMPARE(eur.orders, 2);
        QCOMPARE(eur.authorisedMinor, 1284);
        QCOMPARE(eur.capturedMinor, 1234);
        QCOMPARE(eur.releasedMinor, 0);
        const auto usd = r.totalFor(QStringLiteral("usd"));
        QCOMPARE(usd.orders, 1);
        QCOMPARE(usd.capturedMinor, 29900);
        QCOMPARE(usd.refundedMinor, 99);
        const auto gbp = r.totalFor(QStringLiteral("gbp"));
        QCOMPARE(gbp.capturedMinor, 2500);
        QCOMPARE(gbp.releasedMinor, 2499);
        QCOMPARE(r.totalFor(QStringLiteral("chf")).orders, 0);
        // Every row belongs to one currency, and its rows add up to that currency's total.
        for (const QString &code : r.currencies) {
            qint64 byState = 0;
            for (const auto &row : r.rows)
                if (row.currency == code && row.group == backoffice::EndOfDayRow::Group::State)
                    byState += row.totals.authorisedMinor;
            QCOMPARE(byState, r.totalFor(code).authorisedMinor);
        }
    }

    void theDayEndsAtTheTillsMidnight()
    {
        // One second either side of midnight, on both edges of a 23-hour day.
        QCOMPARE(report(28, "Europe/Berlin").totalFor(QStringLiteral("eur")).capturedMinor, 1000);
        QCOMPARE(report(28, "Europe/Berlin").totalFor(QStringLiteral("eur")).orders, 1);
        QCOMPARE(report(30, "Europe/Berlin").totalFor(QStringLiteral("eur")).capturedMinor, 500);
        QCOMPARE(report(30, "Europe/Berlin").totalFor(QStringLiteral("eur")).orders, 1);
        qint64 orders = 0;
        for (int day : {28, 29, 30})
            for (const QString &code : {QStringLiteral("eur"), QStringLiteral("usd"), QStringLiteral("gbp")})
                orders += report(day, "Europe/Berlin").totalFor(code).orders;
        QCOMPARE(orders, 6); // each order on exactly one day
    }

    void anotherTimeZoneCutsTheDayElsewhere()
    {
        // The till moved to New York (EDT, -4 since 8 March): its 29th runs 04:00 UTC to 04:00 UTC.
        const auto ny = report(29, "America/New_York");
        const auto eur = ny.totalFor(QStringLiteral("eur"));
        QCOMPARE(eur.orders, 2);
        QCOMPARE(eur.authorisedMinor, 550);
        QCOMPARE(eur.capturedMinor, 500);
        QCOMPARE(ny.totalFor(QStringLiteral("usd")).capturedMinor, 29900);
        QCOMPARE(report(28, "America/New_York").totalFor(QStringLiteral("eur")).capturedMinor, 2234);
        // And in UTC the 28th holds both late-evening Berlin orders.
        QCOMPARE(report(28, "UTC").totalFor(QStringLiteral("eur")).capturedMinor, 2234);
    }

    void csvKeepsEveryCurrencyToTheCent()
    {
        const QString csv = QString::fromUtf8(report(29, "Europe/Berlin").toCsv());
        QVERIFY2(csv.contains(QStringLiteral("2026-03-29,total,total,\"Total\",eur,2,12.84,12.34,0.00,0.00,0,0.00,0.00\n")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("2026-03-29,total,total,\"Total\",usd,1,299.00,299.00,0.00,0.99,0,0.00,0.00\n")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("2026-03-29,total,total,\"Total\",gbp,1,49.99,25.00,24.99,0.00,0,0.00,0.00\n")), qPrintable(csv));
        QCOMPARE(csv.count(QStringLiteral(",total,total,")), 3);
    }

    void disputesCountOnTheDayTheyOpenAndOnTheDayTheyAreLost()
    {
        // The $299.00 order of 29 March is disputed at 23:59:59 on 1 April in Berlin (Stripe's time)
        // and lost the next morning; the EUR 12.34 one gets an inquiry one second later, on 2 April.
        Dispute chargeback;
        chargeback.id = QStringLiteral("du_eod1");
        chargeback.paymentIntent = QStringLiteral("pi_eod3");
        chargeback.amount = 29900;
        chargeback.currency = QStringLiteral("usd");
        chargeback.reason = QStringLiteral("fraudulent");
        chargeback.status = QStringLiteral("needs_response");
        chargeback.created = utc(4, 1, 21, 59, 59);
        m_now = utc(4, 1, 22, 0, 5);
        QVERIFY(DisputeLog(*m_db).record(chargeback));
        Dispute inquiry = chargeback;
        inquiry.id = QStringLiteral("du_eod2");
        inquiry.paymentIntent = QStringLiteral("pi_eod2");
        inquiry.amount = 1234;
        inquiry.currency = QStringLiteral("eur");
        inquiry.status = QStringLiteral("warning_needs_response");
        inquiry.created = utc(4, 1, 22, 0, 0);
        QVERIFY(DisputeLog(*m_db).record(inquiry));
        m_now = utc(4, 2, 8, 0, 0);
        chargeback.status = QStringLiteral("lost");
        QVERIFY(DisputeLog(*m_db).record(chargeback));
        // A late report of the open dispute changes nothing.
        chargeback.status = QStringLiteral("needs_response");
        QString before;
        QCOMPARE(DisputeLog(*m_db).record(chargeback, &before).value(), false);
        QCOMPARE(before, QStringLiteral("lost"));

        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const auto first = backoffice::EndOfDay(*m_db).report(QDate(2026, 4, 1), Mode::Test, berlin);
        QVERIFY(first.ok());
        QCOMPARE(first->currencies, QStringList{QStringLiteral("usd")}); // no order that day, a dispute
        QCOMPARE(first->totalFor(QStringLiteral("usd")).disputes, 1);
        QCOMPARE(first->totalFor(QStringLiteral("usd")).disputedMinor, 29900);
        QCOMPARE(first->totalFor(QStringLiteral("usd")).lostMinor, 0);
        QCOMPARE(first->totalFor(QStringLiteral("usd")).orders, 0);
        const auto second = backoffice::EndOfDay(*m_db).report(QDate(2026, 4, 2), Mode::Test, berlin);
        QVERIFY(second.ok());
        QCOMPARE(second->totalFor(QStringLiteral("usd")).lostMinor, 29900);
        QCOMPARE(second->totalFor(QStringLiteral("usd")).disputes, 0);
        QCOMPARE(second->totalFor(QStringLiteral("eur")).disputes, 1);
        QCOMPARE(second->totalFor(QStringLiteral("eur")).disputedMinor, 1234);
        QCOMPARE(second->totalFor(QStringLiteral("eur")).lostMinor, 0); // an inquiry takes nothing
        const QString csv = QString::fromUtf8(second->toCsv());
        QVERIFY2(csv.contains(QStringLiteral("2026-04-02,disputes,disputes,\"Disputes\",usd,0,0.00,0.00,0.00,0.00,0,0.00,299.00\n")),
                 qPrintable(csv));
        // The other mode's till sees none of it.
        const auto live = backoffice::EndOfDay(*m_db).report(QDate(2026, 4, 2), Mode::Live, berlin);
        QVERIFY(live.ok() && live->currencies.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndOfDay)
#include "tst_endofday.moc"
