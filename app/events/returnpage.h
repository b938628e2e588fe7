// The page a customer's phone comes back to after paying on the phone route (Amazon Pay's redirect
// ends at <checkout origin>/holdfast/checkout/return): a short page in the customer's language that
// says whether the payment went through and that the page can be closed. Served by
// holdfast-webhooks, the one public endpoint a shop runs. Nothing from the address is shown, kept
// or passed on: the query carries the PaymentIntent's client secret.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace holdfast::events {

struct ReturnPage
{
    QString language; // "en", "de"…: the one the page is written in
    QByteArray html;

    // The languages Holdfast is translated into: English and each catalogue compiled in.
    static QStringList languages();
    // The best of languages() for an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8" → "de").
    static QString languageFor(const QByteArray &acceptLanguage);
    // The page for Stripe's redirect_status ("succeeded", "processing", "failed" or anything else).
    static ReturnPage render(const QByteArray &acceptLanguage, const QString &redirectStatus);
};

} // namespace holdfast::events
