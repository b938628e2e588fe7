// Removes anything that looks like a Stripe secret from text before it is logged or shown.
#pragma once

#include <QString>

namespace holdfast::redaction {

// Secret and restricted keys keep their prefix and last four characters ("sk_test_****abcd"),
// webhook secrets and client secrets are replaced whole, Basic/Bearer credentials are masked.
QString redact(const QString &text);
// A key in the form Stripe uses in its own messages: prefix, stars, last four.
QString maskKey(const QString &key);

} // namespace holdfast::redaction
