// A process the crash test kills with SIGKILL at chosen points: "apply" stores and applies a
// payment event (queueing the hook) then waits; "hooks" runs due post-payment hooks then waits
// (or exits when nothing is left, with "--exit-when-idle").
#include "eventfixture.h"
#include "events/eventprocessor.h"
#include "events/postpaymenthook.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

using namespace holdfast;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto db = test::openDatabase(args.at(1));
    if (args.at(2) == QLatin1String("apply")) {
        const QString pi = args.at(3);
        const QJsonObject json =
            test::eventJson(QStringLiteral("evt_paid_") + pi, QStringLiteral("payment_intent.succeeded"),
                            test::paymentIntentJson(pi, QStringLiteral("succeeded"), 6000, 6000));
        const auto r = events::EventProcessor(*db).handle(test::parseEvent(json), test::raw(json));
        std::printf("%s\n", r.ok() && r->hookQueued ? "committed" : "failed");
        std::fflush(stdout);
        return app.exec(); // killed here: the hook is queued, not started
    }
    events::PostPaymentHook hook(*db);
    hook.setCommand(args.mid(3).filter(QRegularExpression(QStringLiteral("^(?!--exit-when-idle$)"))));
    if (args.contains(QLatin1String("--exit-when-idle")))
        QObject::connect(&hook, &events::PostPaymentHook::idle, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, &hook, &events::PostPaymentHook::runPending); // idle may quit only a running loop
    return app.exec();
}
