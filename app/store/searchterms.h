// The lower-cased terms an order is found by, and how a typed search becomes term prefixes.
// Shared by the writers (who index) and the order list (which searches), so they always agree.
#pragma once

#include <QString>
#include <QStringList>

namespace holdfast {
struct Order;
}

namespace holdfast::store::searchterms {

// Lower-case, accents kept, surrounding space trimmed.
QString fold(const QString &text);
// Number, whole name, each name word, email, phone digits (and, for "+…" numbers, the digits
// without a one- to three-digit country code).
QStringList forOrder(const Order &order);
QString forPaymentIntent(const QString &paymentIntentId);
// The prefixes a typed search looks for: the folded text, plus its digits alone when it looks like
// a phone number ("+44 20 7946-0958" → "442079460958").
QStringList prefixesForQuery(const QString &query);
// The smallest string greater than every string starting with prefix (for "term < ?").
QString upperBound(const QString &prefix);

} // namespace holdfast::store::searchterms
