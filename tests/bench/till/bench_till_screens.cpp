// How long from a payment's success at the Stripe-compatible server to its row on every till's
// screen, through the assembled till and its windows (tests/acceptance/tillharness):
//   one till on SQLite (training): the customer approves on Amazon Pay's test page inside the
//     checkout; the clock stops when the Orders list shows the order as Held;
//   two tills on PostgreSQL (test mode on holdfast-sandbox, holdfast-webhooks receiving): the
//     customer approves the link on another device; the clock stops when both tills show it.
// Prints median and p95 per setting (FIGURE lines for tests/bench/run-all.sh). Not a timed test.
//   bench_till_screens [--orders N] [--only single|two]
#include "benchfigure.h"
#include "tillharness.h"

#include "../../events/sandboxstripe.h"
#include "../../events/webhooksprocess.h"
#include "application/applicationsetup.h"
#include "checkoutui/checkoutview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QWebEnginePage>
#include <algorithm>
#include <cstdio>

using namespace holdfast;
using test::Till;

namespace {

using test::managerName;
using test::managerPin;

bool showsHeld(Till &till, const QString &number)
{
    return test::rowTexts(till.ordersTable(), 0, number).value(3) == QLatin1String("Held");
}

// Waits without sleeping in big steps: the figure is only as fine as this loop.
qint64 untilShown(const QList<Till *> &tills, const QString &number, const QElapsedTimer &since, qint64 timeoutMs)
{
    while (since.elapsed() < timeoutMs) {
        if (std::all_of(tills.begin(), tills.end(), [&](Till *t) { return showsHeld(*t, number); }))
            return since.nsecsElapsed() / 1000;
        QTest::qWait(1);
    }
    return -1;
}

void report(const QString &name, QList<qint64> micros, const QString &aim)
{
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double q) { return micros[qMin(micros.size() - 1, qsizetype(q * micros.size()))] / 1000.0; };
    std::printf("%s: %lld orders, median %.1f ms, p95 %.1f ms, max %.1f ms\n", qPrintable(name),
                static_cast<long long>(micros.size()), at(0.5), at(0.95), micros.last() / 1000.0);
    bench::figure(QStringLiteral("till screens"), name + QStringLiteral(" median"), at(0.5), QStringLiteral("ms"));
    bench::figure(QStringLiteral("till screens"), name + QStringLiteral(" p95"), at(0.95), QStringLiteral("ms"), aim);
}

bool singleTill(int orders)
{
    Till till;
    if (!till.start() || !till.createFirstManager(managerName, managerPin) || !till.signIn(managerName, managerPin)) {
        std::fprintf(stderr, "single: %s\n", qPrintable(till.lastError()));
        return false;
    }
    QList<qint64> micros;
    for (int i = 0; i < orders; ++i) {
        if (!till.fillNewOrder(QStringLiteral("Customer %1").arg(i), {{QStringLiteral("Item"), QStringLiteral("10.00")}}, true)
            || !till.payOnPage(QStringLiteral("amazon_pay"))) {
            std::fprintf(stderr, "single: %s\n", qPrintable(till.lastError()));
            return false;
        }
        auto *header = till.checkoutDialog()->findChild<QLabel *>(QStringLiteral("checkoutHeader"));
        const QString number = header->text().section(u' ', 1, 1);
        QWebEnginePage *page = till.checkoutPage();
        if (!test::waitForJs(page, QStringLiteral("!!document.querySelector('#hf-authorize')"))) {
            std::fprintf(stderr, "single: no Amazon Pay page\n");
            return false;
        }
        QElapsedTimer since;
        qint64 returnedUs = -1;
        auto *view = till.checkoutDialog()->findChild<ui::CheckoutView *>();
        const auto watch = QObject::connect(view, &ui::CheckoutView::returned, view,
                                            [&] { returnedUs = since.nsecsElapsed() / 1000; });
        since.start();
        test::runJs(page, QStringLiteral("document.querySelector('#hf-authorize').click();"));
        const qint64 us = untilShown({&till}, number, since, 30000);
        QObject::disconnect(watch);
        if (qEnvironmentVariableIsSet("HOLDFAST_BENCH_TRACE"))
            qInfo("order %s: back from Amazon after %.1f ms, on screen after %.1f ms", qPrintable(number),
                        returnedUs / 1000.0, us / 1000.0);
        if (us < 0) {
            std::fprintf(stderr, "single: order %s never showed as Held\n", qPrintable(number));
            return false;
        }
        micros << us;
        till.closeCheckout();
    }
    report(QStringLiteral("one till, SQLite"), micros, QStringLiteral("< 200"));
    return true;
}

bool twoTills(int orders)
{
    QString why;
    const QString database = test::freshPostgresDatabase(&why);
    test::SandboxProcess sandbox;
    test::WebhooksProcess webhooks;
    if (database.isEmpty() || !sandbox.start()) {
        std::fprintf(stderr, "two: %s %s\n", qPrintable(why), qPrintable(sandbox.errorString()));
        return false;
    }
    test::SandboxStripe stripe(sandbox);
    const QByteArray secret = stripe.createWebhookEndpoint(webhooks.url(), {QStringLiteral("*")});
    if (!webhooks.start(database, {secret}) || !test::setUpTestModeOnPostgres(sandbox.baseUrl(), database, &why)) {
        std::fprintf(stderr, "two: %s\n", qPrintable(why));
        return false;
    }
    Till one, two;
    if (!one.start() || !one.createFirstManager(managerName, managerPin) || !one.signIn(managerName, managerPin)
        || !two.start() || !two.signIn(managerName, managerPin)) {
        std::fprintf(stderr, "two: %s %s\n", qPrintable(one.lastError()), qPrintable(two.lastError()));
        return false;
    }
    QWebEnginePage phone;
    QList<qint64> micros;
    for (int i = 0; i < orders; ++i) {
        if (!one.fillNewOrder(QStringLiteral("Customer %1").arg(i), {{QStringLiteral("Item"), QStringLiteral("10.00")}}, true,
                              true)) {
            std::fprintf(stderr, "two: %s\n", qPrintable(one.lastError()));
            return false;
        }
        QWidget *dialog = one.checkoutDialog();
        auto *link = qobject_cast<QLabel *>(test::waitForVisible(QStringLiteral("paymentLink"), dialog));
        for (int w = 0; w < 1000 && link && link->text().isEmpty(); ++w)
            QTest::qWait(10);
        const QString number = dialog->findChild<QLabel *>(QStringLiteral("checkoutHeader"))->text().section(u' ', 1, 1);
        QSignalSpy loaded(&phone, &QWebEnginePage::loadFinished);
        phone.load(QUrl(link->text()));
        if (!loaded.wait(20000) || !test::waitForJs(&phone, QStringLiteral("!!document.querySelector('#hf-authorize')"))) {
            std::fprintf(stderr, "two: the phone never showed Amazon Pay's page\n");
            return false;
        }
        QElapsedTimer since;
        since.start();
        test::runJs(&phone, QStringLiteral("document.querySelector('#hf-authorize').click();"));
        const qint64 us = untilShown({&one, &two}, number, since, 30000);
        if (us < 0) {
            std::fprintf(stderr, "two: order %s never showed as Held on both tills\n", qPrintable(number));
            return false;
        }
        micros << us;
        one.closeCheckout();
    }
    report(QStringLiteral("two tills, PostgreSQL"), micros, QStringLiteral("< 1000"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::setUpApplication(app);
    int orders = 100;
    QString only;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--orders"))
            orders = qMax(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
    }
    bool ok = true;
    if (only.isEmpty() || only == QLatin1String("single"))
        ok = singleTill(orders) && ok;
    if (only.isEmpty() || only == QLatin1String("two"))
        ok = twoTills(orders) && ok;
    return ok ? 0 : 1;
}
