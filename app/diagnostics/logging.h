// Holdfast's logging categories, and a message handler that redacts every line.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStripe)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcKeys)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcCheckout)
Q_DECLARE_LOGGING_CATEGORY(lcStaff)

namespace holdfast::logging {

// Installs a handler that passes every message through redaction::redact() before the previous
// handler sees it. Safe to call more than once.
void installRedactingHandler();

} // namespace holdfast::logging
