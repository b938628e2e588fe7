#include "diagnostics/logging.h"

#include "diagnostics/redaction.h"

#include <atomic>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "holdfast.app")
Q_LOGGING_CATEGORY(lcStripe, "holdfast.stripe")
Q_LOGGING_CATEGORY(lcStore, "holdfast.store")
Q_LOGGING_CATEGORY(lcKeys, "holdfast.keys")
Q_LOGGING_CATEGORY(lcEvents, "holdfast.events")
Q_LOGGING_CATEGORY(lcSandbox, "holdfast.sandbox")
Q_LOGGING_CATEGORY(lcCheckout, "holdfast.checkout")
Q_LOGGING_CATEGORY(lcStaff, "holdfast.staff")

namespace holdfast::logging {

namespace {
std::atomic<QtMessageHandler> previousHandler{nullptr};
std::atomic_bool installed{false};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QtMessageHandler next = previousHandler.load();
    const QString clean = redaction::redact(message);
    if (next) {
        next(type, context, clean);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, clean).toLocal8Bit() + '\n';
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
}
} // namespace

void installRedactingHandler()
{
    if (installed.exchange(true))
        return;
    previousHandler.store(qInstallMessageHandler(redactingHandler));
}

} // namespace holdfast::logging
