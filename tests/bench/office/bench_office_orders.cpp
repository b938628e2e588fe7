// Opens the Orders view over N orders (default 1,000,000; first argument to change) in a real
// SQLite store and prints: time to the first painted page, search latency (p50/p95) through the
// view's search box, and resident memory (VmRSS / VmHWM). Figures only; nothing is asserted.
// Aims: first page < 200 ms, search < 100 ms p95, RSS < 250 MB.
#include "benchfigure.h"
#include "orders/ordersmodel.h"
#include "orders/ordersview.h"
#include "staff/authorizer.h"
#include "staff/inmemorystaffrepository.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "stripe/stripeclient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace holdfast;

namespace {

QString memory(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qstrlen(field) + 1).trimmed());
    }
    return {};
}

const QStringList names = {QStringLiteral("Smith"), QStringLiteral("Ortega"), QStringLiteral("Ito"), QStringLiteral("Nguyen"),
                           QStringLiteral("Müller"), QStringLiteral("Okafor"), QStringLiteral("Rossi"), QStringLiteral("Kowalski")};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toLocal8Bit());
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    auto opened = store::Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db")));
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().detail()));
        return 1;
    }
    store::Database &db = *opened.value();
    QElapsedTimer fill;
    fill.start();
    store::OrderStore orders(db);
    const int batch = 5000;
    for (int done = 0; done < count;) {
        store::Transaction tx(db);
        for (int i = 0; i < batch && done < count; ++i, ++done) {
            Order o;
            o.state = OrderState::AwaitingPayment;
            o.currency = QStringLiteral("usd");
            o.customerName = QStringLiteral("%1 %2").arg(QChar(u'A' + done % 26)).arg(names.at(done % names.size()) + QString::number(done % 997));
            o.customerPhone = QStringLiteral("555-%1").arg(done % 10000, 4, 10, QChar(u'0'));
            o.customerEmail = QStringLiteral("c%1@example.com").arg(done);
            o.lines = {{QStringLiteral("Item"), 1, 500 + done % 10000}};
            if (!orders.create(o, QStringLiteral("bench")).ok()) {
                std::fprintf(stderr, "create failed at %d\n", done);
                return 1;
            }
        }
        tx.commit();
    }
    std::printf("orders: %d (filled in %.1f s)\n", count, fill.elapsed() / 1000.0);

    staff::InMemoryStaffRepository repo;
    staff::StaffAccounts accounts(repo);
    const qint64 manager = accounts.createFirstManager(QStringLiteral("Bench"), QStringLiteral("2580")).id;
    staff::Authorizer authorizer(accounts, [](const staff::AuditRecord &) {});
    stripe::StripeClient client;
    backoffice::HoldOperations operations(db, &client, authorizer);

    QElapsedTimer open;
    open.start();
    ui::OrdersView view(db, operations, accounts, manager);
    view.resize(1200, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::printf("window not exposed\n");
    view.table()->viewport()->repaint(); // the first page, painted
    const double firstPage = open.nsecsElapsed() / 1e6;
    std::printf("first painted page: %.1f ms (aim < 200 ms)\n", firstPage);
    holdfast::bench::figure(QStringLiteral("orders view"), QStringLiteral("first painted page, %1 orders").arg(count),
                            firstPage, QStringLiteral("ms"), QStringLiteral("< 200"));

    QList<double> searches;
    const QStringList terms = {QStringLiteral("Ortega1"), QStringLiteral("555-01"), QStringLiteral("c4242@example.com"),
                               QStringLiteral("1000"), QStringLiteral("Ito"), QStringLiteral("pi_none"), QStringLiteral("Rossi99")};
    for (int round = 0; round < 5; ++round) {
        for (const QString &term : terms) {
            QElapsedTimer t;
            t.start();
            view.searchField()->setText(term);
            view.applySearch();
            view.table()->viewport()->repaint();
            searches.append(t.nsecsElapsed() / 1e6);
        }
    }
    std::sort(searches.begin(), searches.end());
    const auto pct = [&](double p) { return searches.at(qMin<qsizetype>(searches.size() - 1, qsizetype(p * searches.size()))); };
    std::printf("search latency: p50 %.1f ms, p95 %.1f ms over %lld searches (aim p95 < 100 ms)\n", pct(0.5), pct(0.95),
                static_cast<long long>(searches.size()));
    std::printf("memory: VmRSS %s, VmHWM %s (aim RSS < 250 MB)\n", qPrintable(memory("VmRSS:")), qPrintable(memory("VmHWM:")));
    const QString bench = QStringLiteral("orders view");
    holdfast::bench::figure(bench, QStringLiteral("search p95, %1 orders").arg(count), pct(0.95), QStringLiteral("ms"),
                            QStringLiteral("< 100"));
    // "123456 kB" → MB
    holdfast::bench::figure(bench, QStringLiteral("resident memory, %1 orders").arg(count),
                            memory("VmRSS:").section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0, QStringLiteral("MiB"),
                            QStringLiteral("< 250"));
    return 0;
}
