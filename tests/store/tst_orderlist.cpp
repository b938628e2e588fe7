// The Orders view's queries: search by number, name words, phone in any punctuation, email and
// PaymentIntent id; filters by mode, state and date; sort by any column; pages; counts.
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "storefixture.h"

#include <QTest>

using namespace holdfast;
using namespace holdfast::store;

class TestOrderList : public QObject
{
    Q_OBJECT
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
        OrderStore orders(*m_db);
        const QStringList names = {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"),
                                   QStringLiteral("Alan Turing"), QStringLiteral("Édith Piaf"),
                                   QStringLiteral("Adam Smith")};
        // 25 orders: five customers × five, totals 100…2500, alternating modes.
        for (int i = 0; i < 25; ++i) {
            Order o;
            o.mode = i % 5 == 0 ? Mode::Live : Mode::Test;
            o.state = OrderState::AwaitingPayment;
            o.customerName = names.at(i % 5);
            o.customerPhone = QStringLiteral("+1 (555) 01%1").arg(i, 2, 10, QLatin1Char('0'));
            o.customerEmail = names.at(i % 5).section(QLatin1Char(' '), 1).toLower() + QStringLiteral("@example.com");
            o.currency = QStringLiteral("usd");
            o.totalMinor = 100 * (i + 1);
            auto created = orders.create(o, QStringLiteral("s"));
            QVERIFY(created);
            m_ids.append(created->id);
        }
        // Some move on, so state filters have something to find.
        AuditEntry audit;
        audit.actor = QStringLiteral("s");
        for (int i = 0; i < 5; ++i)
            QVERIFY(orders.transition(m_ids.at(i), 1, OrderState::Authorised, audit));
        PaymentAttempt a;
        a.orderId = m_ids.at(7);
        a.captureMethod = QStringLiteral("manual");
        a.paymentIntentId = QStringLiteral("pi_3PzzTop7");
        QVERIFY(PaymentAttempts(*m_db).add(a));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_fixture.cleanup();
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expected");
        QTest::newRow("last name prefix") << QStringLiteral("hopp") << 5;
        QTest::newRow("first name, any case") << QStringLiteral("ADA") << 10; // Ada and Adam
        QTest::newRow("whole name prefix") << QStringLiteral("ada love") << 5;
        QTest::newRow("accented name") << QStringLiteral("édith") << 5;
        QTest::newRow("email prefix") << QStringLiteral("turing@ex") << 5;
        QTest::newRow("phone with punctuation") << QStringLiteral("555-0107") << 1;
        QTest::newRow("phone digits") << QStringLiteral("1555011") << 10;
        QTest::newRow("PaymentIntent id") << QStringLiteral("pi_3pzz") << 1;
        QTest::newRow("nothing") << QStringLiteral("zebra") << 0;
        QTest::newRow("empty means all") << QString() << 25;
    }
    void search()
    {
        QFETCH(QString, search);
        QFETCH(int, expected);
        OrderQuery q;
        q.search = search;
        auto found = OrderStore(*m_db).list(q);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().detail()));
        QCOMPARE(found->size(), expected);
        QCOMPARE(OrderStore(*m_db).count(q).value(), qint64(expected));
    }

    void broadAndNarrowSearchesAgree()
    {
        // A broad search walks the sort order and checks each order; a narrow one sorts the matches.
        // Forcing every search to be broad must change nothing: same orders, same order, same pages.
        const QStringList searches = {QStringLiteral("hopp"), QStringLiteral("ADA"), QStringLiteral("ada love"),
                                      QStringLiteral("turing@ex"), QStringLiteral("555-0107"),
                                      QStringLiteral("1555011"), QStringLiteral("pi_3pzz"), QStringLiteral("zebra")};
        OrderStore narrow(*m_db);
        OrderStore broad(*m_db);
        broad.setBroadSearchEntries(1);
        for (const QString &search : searches) {
            for (const auto sort : {OrderQuery::SortColumn::Created, OrderQuery::SortColumn::Total}) {
                for (const int offset : {0, 2}) {
                    OrderQuery q;
                    q.search = search;
                    q.sortColumn = sort;
                    q.sortOrder = offset ? Qt::AscendingOrder : Qt::DescendingOrder;
                    q.limit = 3;
                    q.offset = offset;
                    if (offset)
                        q.states = {OrderState::AwaitingPayment};
                    const auto a = narrow.list(q);
                    const auto b = broad.list(q);
                    QVERIFY(a && b);
                    QList<qint64> idsA, idsB;
                    for (const Order &o : *a)
                        idsA << o.id;
                    for (const Order &o : *b)
                        idsB << o.id;
                    QVERIFY2(idsA == idsB, qPrintable(search));
                }
            }
        }
    }

    void searchByNumber()
    {
        const QString number = QString::number(m_ids.at(3));
        OrderQuery q;
        q.search = number;
        auto found = OrderStore(*m_db).list(q);
        QVERIFY(found);
        QVERIFY(!found->isEmpty());
        QCOMPARE(found->last().number, number); // newest first; the exact number is among them
        QCOMPARE(OrderStore(*m_db).findByNumber(number)->id, m_ids.at(3));
    }

    void filtersByModeStateAndDate()
    {
        OrderStore orders(*m_db);
        OrderQuery q;
        q.mode = Mode::Live;
        QCOMPARE(orders.count(q).value(), 5);
        q = {};
        q.states = {OrderState::Authorised};
        QCOMPARE(orders.count(q).value(), 5);
        q.states = {OrderState::Authorised, OrderState::AwaitingPayment};
        QCOMPARE(orders.count(q).value(), 25);
        q.states = {OrderState::Authorised};
        q.search = QStringLiteral("ada");
        QCOMPARE(orders.count(q).value(), 2); // orders 0 (Ada) and 4 (Adam) were authorised
        q = {};
        q.createdFrom = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(orders.count(q).value(), 0);
        q.createdFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        q.createdTo = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(orders.count(q).value(), 25);
        auto byState = orders.countByState();
        QCOMPARE(byState->value(OrderState::Authorised), 5);
        QCOMPARE(byState->value(OrderState::AwaitingPayment), 20);
        QCOMPARE(orders.countByState(Mode::Live)->value(OrderState::Authorised), 1);
    }

    void sortsAndPages()
    {
        OrderStore orders(*m_db);
        OrderQuery q;
        q.sortColumn = OrderQuery::SortColumn::Total;
        q.sortOrder = Qt::AscendingOrder;
        q.limit = 10;
        auto first = orders.list(q);
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().totalMinor, 100);
        QCOMPARE(first->last().totalMinor, 1000);
        q.offset = 20;
        auto last = orders.list(q);
        QCOMPARE(last->size(), 5);
        QCOMPARE(last->last().totalMinor, 2500);

        q = {};
        q.sortColumn = OrderQuery::SortColumn::Customer;
        q.sortOrder = Qt::AscendingOrder;
        auto byName = orders.list(q);
        QCOMPARE(byName->first().customerName, QStringLiteral("Ada Lovelace"));
        q.sortColumn = OrderQuery::SortColumn::Number;
        q.sortOrder = Qt::DescendingOrder;
        QCOMPARE(orders.list(q)->first().id, m_ids.last());
        for (auto column : {OrderQuery::SortColumn::State, OrderQuery::SortColumn::Created,
                            OrderQuery::SortColumn::Updated}) {
            q.sortColumn = column;
            QCOMPARE(orders.list(q)->size(), 25);
        }
    }

private:
    test::StoreFixture m_fixture;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestOrderList)
#include "tst_orderlist.moc"
