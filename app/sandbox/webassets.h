// The browser-facing pages: the Stripe.js stand-in served at /v3/ and the Amazon Pay test page.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace holdfast::sandbox {

QByteArray stripeJsSource();
// The page Stripe shows in test mode instead of Amazon: merchant, amount and the two outcome buttons.
QByteArray amazonPayTestPage(const QJsonObject &paymentIntent, const QString &merchant);
QByteArray amazonPayClosedPage(const QJsonObject &paymentIntent);

} // namespace holdfast::sandbox
