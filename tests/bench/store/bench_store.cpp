// bench_store [sqlite-orders = 1000000] [postgres-orders = same]   |   bench_store <database URL>
// Fills a fresh database with generated orders through OrderStore (1,000 per transaction), then
// prints the insert rate, the time from opening the database to the first page of the Orders view,
// and p50/p95 search latency by customer name, phone and PaymentIntent id. PostgreSQL runs too when
// HOLDFAST_TEST_POSTGRES_URL is set. It prints figures; it never fails on them.
#include "benchfigure.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "testservices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace holdfast;
using namespace holdfast::store;

namespace {

QTextStream out(stdout);

const QStringList firstNames = {
    QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Alan"), QStringLiteral("Edsger"),
    QStringLiteral("Barbara"), QStringLiteral("Donald"), QStringLiteral("Margaret"), QStringLiteral("Ken"),
    QStringLiteral("Frances"), QStringLiteral("Niklaus"), QStringLiteral("Radia"), QStringLiteral("Tim"),
    QStringLiteral("Hedy"), QStringLiteral("John"), QStringLiteral("Sophie"), QStringLiteral("Linus"),
    QStringLiteral("Karen"), QStringLiteral("Dennis"), QStringLiteral("Annie"), QStringLiteral("Guido")};
const QStringList syllables = {QStringLiteral("bar"), QStringLiteral("ton"), QStringLiteral("mel"),
                               QStringLiteral("kin"), QStringLiteral("sor"), QStringLiteral("vil"),
                               QStringLiteral("dra"), QStringLiteral("pen"), QStringLiteral("lus"),
                               QStringLiteral("gor"), QStringLiteral("wen"), QStringLiteral("fit"),
                               QStringLiteral("hal"), QStringLiteral("ric"), QStringLiteral("nos"),
                               QStringLiteral("tam"), QStringLiteral("zel"), QStringLiteral("bri")};

QString lastName(QRandomGenerator &rng)
{
    // 18³ = 5,832 surnames: a realistic spread of matches for a three-letter prefix.
    QString name;
    for (int i = 0; i < 3; ++i)
        name += syllables.at(rng.bounded(syllables.size()));
    name[0] = name[0].toUpper();
    return name;
}

// "SQLite" or "PostgreSQL" and the number of orders, for the FIGURE lines.
QString g_backend;
QString benchName()
{
    return QStringLiteral("store (%1)").arg(g_backend);
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(qMin(samples.size() - 1, int(p * samples.size())));
}

struct Generated
{
    QStringList lastNames;
    QStringList phones;
    QStringList paymentIntents;
};

bool fill(Database &db, int count, Generated *samples)
{
    QRandomGenerator rng(42);
    OrderStore orders(db);
    PaymentAttempts attempts(db);
    QElapsedTimer timer;
    timer.start();
    const int batch = 1000;
    for (int done = 0; done < count;) {
        Transaction tx(db);
        if (!tx.status()) {
            out << "begin failed: " << tx.status().error().detail() << Qt::endl;
            return false;
        }
        for (int i = 0; i < batch && done < count; ++i, ++done) {
            Order o;
            o.mode = done % 10 == 0 ? Mode::Training : Mode::Live;
            o.state = OrderState::AwaitingPayment;
            const QString last = lastName(rng);
            o.customerName = firstNames.at(rng.bounded(firstNames.size())) + QLatin1Char(' ') + last;
            o.customerPhone = QStringLiteral("+44 7%1 %2").arg(rng.bounded(100, 999)).arg(rng.bounded(100000, 999999));
            o.customerEmail = last.toLower() + QString::number(done) + QStringLiteral("@example.com");
            o.currency = QStringLiteral("gbp");
            o.lines = {{QStringLiteral("Item"), 1 + rng.bounded(3), 100 + rng.bounded(10000)}};
            auto created = orders.create(o, QStringLiteral("bench"));
            if (!created) {
                out << "insert failed: " << created.error().detail() << Qt::endl;
                return false;
            }
            PaymentAttempt a;
            a.orderId = created->id;
            a.captureMethod = QStringLiteral("manual");
            a.amountMinor = created->totalMinor;
            a.paymentIntentId = QStringLiteral("pi_3Q%1").arg(rng.generate64(), 16, 16, QLatin1Char('0'));
            if (auto r = attempts.add(a); !r) {
                out << "attempt failed: " << r.error().detail() << Qt::endl;
                return false;
            }
            if (done % 997 == 0) {
                samples->lastNames.append(last);
                samples->phones.append(o.customerPhone.mid(4).remove(QLatin1Char(' ')).left(7)); // as typed locally
                samples->paymentIntents.append(a.paymentIntentId);
            }
        }
        if (Status s = tx.commit(); !s) {
            out << "commit failed: " << s.error().detail() << Qt::endl;
            return false;
        }
        if (done % 100000 == 0)
            out << "  " << done << " orders, " << qRound(done / (timer.elapsed() / 1000.0)) << "/s" << Qt::endl;
    }
    const double seconds = timer.elapsed() / 1000.0;
    out << "insert: " << count << " orders (each with lines, search terms, audit row and a payment attempt) in "
        << seconds << " s = " << qRound(count / seconds) << " orders/s" << Qt::endl;
    holdfast::bench::figure(benchName(), QStringLiteral("insert rate"), count / seconds, QStringLiteral("orders/s"));
    // Spread states and dates the way a year of trading would, so filters and sorts have work to do.
    db.execDirect(QStringLiteral("UPDATE orders SET state = CASE id % 10 WHEN 0 THEN 'authorised' WHEN 1 THEN "
                                 "'cancelled' WHEN 2 THEN 'refunded' ELSE 'captured' END, created_at = created_at - "
                                 "(id % 525600) * 60000"));
    QElapsedTimer analyse;
    analyse.start();
    db.execDirect(QStringLiteral("ANALYZE"));
    out << "analyze: " << analyse.elapsed() << " ms" << Qt::endl;
    return true;
}

void measureSearch(OrderStore &orders, const QString &label, const QStringList &terms)
{
    QList<double> ms;
    int hits = 0;
    for (const QString &term : terms) {
        OrderQuery q;
        q.mode = Mode::Live;
        q.search = term;
        q.limit = 100;
        QElapsedTimer t;
        t.start();
        auto page = orders.list(q);
        ms.append(t.nsecsElapsed() / 1e6);
        if (page && !page->isEmpty())
            ++hits;
    }
    out << "search by " << label << ": " << terms.size() << " queries, " << hits << " with results, p50 "
        << percentile(ms, 0.5) << " ms, p95 " << percentile(ms, 0.95) << " ms" << Qt::endl;
    holdfast::bench::figure(benchName(), QStringLiteral("search p95, ") + label, percentile(ms, 0.95),
                            QStringLiteral("ms"), g_backend.startsWith(QLatin1String("SQLite")) ? QStringLiteral("< 50") : QString());
}

// Search terms as a person would type them, taken from what is already in the database.
Generated sample(Database &db)
{
    Generated samples;
    auto r = db.exec(QStringLiteral("SELECT o.customer_name, o.customer_phone, a.payment_intent_id FROM orders o "
                                    "JOIN payment_attempts a ON a.order_id = o.id WHERE o.mode = ? AND o.id % 997 = 0"),
                     {QStringLiteral("live")});
    while (r && (*r)->next()) {
        samples.lastNames.append((*r)->value(0).toString().section(QLatin1Char(' '), -1));
        samples.phones.append((*r)->value(1).toString().mid(4).remove(QLatin1Char(' ')).left(7));
        samples.paymentIntents.append((*r)->value(2).toString());
    }
    return samples;
}

void measure(const QString &url, Generated samples)
{
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(url);
    if (!db) {
        out << "cannot open: " << db.error().detail() << Qt::endl;
        return;
    }
    OrderStore orders(**db);
    OrderQuery firstPage;
    firstPage.mode = Mode::Live;
    firstPage.limit = 100;
    auto page = orders.list(firstPage);
    out << "open to first page (100 newest live orders): " << timer.nsecsElapsed() / 1e6 << " ms, "
        << (page ? page->size() : -1) << " rows" << Qt::endl;
    holdfast::bench::figure(benchName(), QStringLiteral("open to first page"), timer.nsecsElapsed() / 1e6,
                            QStringLiteral("ms"), g_backend.startsWith(QLatin1String("SQLite")) ? QStringLiteral("< 100") : QString());
    for (auto column : {OrderQuery::SortColumn::Customer, OrderQuery::SortColumn::Total}) {
        OrderQuery q = firstPage;
        q.sortColumn = column;
        q.states = {OrderState::Captured};
        timer.restart();
        orders.list(q);
        out << "first page sorted by " << (column == OrderQuery::SortColumn::Customer ? "customer" : "total")
            << ", state filter: " << timer.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    }
    timer.restart();
    auto counts = orders.countByState(Mode::Live);
    out << "count by state: " << timer.nsecsElapsed() / 1e6 << " ms (" << (counts ? counts->size() : 0)
        << " states)" << Qt::endl;
    if (samples.lastNames.isEmpty())
        samples = sample(**db);
    QStringList namePrefixes;
    for (const QString &last : std::as_const(samples.lastNames))
        namePrefixes.append(last.left(5));
    measureSearch(orders, QStringLiteral("name (5-letter surname prefix)"), namePrefixes);
    measureSearch(orders, QStringLiteral("phone (7 digits, local form)"), samples.phones);
    measureSearch(orders, QStringLiteral("PaymentIntent id"), samples.paymentIntents);
}

void run(const QString &name, const QString &url, int count)
{
    out << "== " << name << ", " << count << " orders ==" << Qt::endl;
    g_backend = QStringLiteral("%1, %2 orders").arg(name).arg(count);
    Generated samples;
    {
        auto db = Database::open(url);
        if (!db) {
            out << "cannot open: " << db.error().detail() << Qt::endl;
            return;
        }
        if (!fill(**db, count, &samples))
            return;
    }
    measure(url, samples);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    // bench_store sqlite:/path/or/postgresql://… measures an existing database without writing to it.
    if (args.size() > 1 && args.at(1).contains(QLatin1Char(':'))) {
        out << "== existing " << args.at(1) << " ==" << Qt::endl;
        measure(args.at(1), {});
        return 0;
    }
    const int sqliteCount = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int postgresCount = args.size() > 2 ? args.at(2).toInt() : sqliteCount;
    QTemporaryDir dir;
    if (sqliteCount > 0)
        run(QStringLiteral("SQLite"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db")), sqliteCount);
    const QString pg = test::postgresUrl();
    if (postgresCount <= 0)
        return 0;
    if (pg.isEmpty()) {
        out << "PostgreSQL: skipped, HOLDFAST_TEST_POSTGRES_URL is not set" << Qt::endl;
        return 0;
    }
    const QString schema = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
    run(QStringLiteral("PostgreSQL"), pg + QStringLiteral("?schema=") + schema, postgresCount);
    if (auto db = Database::open(pg + QStringLiteral("?schema=") + schema))
        (*db)->execDirect(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(schema));
    return 0;
}
