#include "sandbox/webassets.h"

#include <QFile>
#include <QLocale>

namespace holdfast::sandbox {

using namespace Qt::StringLiterals;

namespace {

QByteArray resource(const QString &name)
{
    QFile file(u":/sandbox/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString formattedAmount(const QJsonObject &pi)
{
    static const QStringList zeroDecimal{u"jpy"_s, u"krw"_s, u"vnd"_s};
    const QString currency = pi.value(u"currency").toString();
    const qint64 amount = pi.value(u"amount").toInteger();
    const bool whole = zeroDecimal.contains(currency);
    const QString number = whole ? QString::number(amount)
                                 : u"%1.%2"_s.arg(amount / 100).arg(amount % 100, 2, 10, QLatin1Char('0'));
    return number + u' ' + currency.toUpper();
}

} // namespace

QByteArray stripeJsSource()
{
    return resource(u"stripe.js"_s);
}

QByteArray amazonPayTestPage(const QJsonObject &paymentIntent, const QString &merchant)
{
    QString page = QString::fromUtf8(resource(u"amazonpay.html"_s));
    page.replace(u"{{MERCHANT}}"_s, merchant.toHtmlEscaped());
    page.replace(u"{{AMOUNT}}"_s, formattedAmount(paymentIntent).toHtmlEscaped());
    page.replace(u"{{PAYMENT_INTENT}}"_s, paymentIntent.value(u"id").toString().toHtmlEscaped());
    page.replace(u"{{STATE}}"_s, u"open"_s);
    return page.toUtf8();
}

QByteArray amazonPayClosedPage(const QJsonObject &paymentIntent)
{
    const QString body = u"<!doctype html><html><head><meta charset=\"utf-8\"><title>Amazon Pay test payment</title>"
                         "</head><body><h1 id=\"hf-closed\">This test payment is no longer waiting for approval</h1>"
                         "<p>PaymentIntent %1 has the status %2.</p></body></html>"_s
                             .arg(paymentIntent.value(u"id").toString().toHtmlEscaped(),
                                  paymentIntent.value(u"status").toString().toHtmlEscaped());
    return body.toUtf8();
}

} // namespace holdfast::sandbox
