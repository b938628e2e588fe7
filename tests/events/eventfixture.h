// Orders, attempts and Stripe-shaped events for the events tests.
#pragma once

#include "domain/stripeobjects.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace holdfast::test {

inline std::unique_ptr<store::Database> openDatabase(const QString &url)
{
    auto opened = store::Database::open(url, QString::fromUtf8(qgetenv("HOLDFAST_DATABASE_PASSWORD")));
    if (!opened.ok())
        qFatal("cannot open %s: %s", qPrintable(url), qPrintable(opened.error().detail()));
    return std::move(opened).value();
}

inline Order newOrder(store::Database &db, qint64 unitPrice = 3000)
{
    Order o;
    o.state = OrderState::AwaitingPayment;
    o.currency = QStringLiteral("usd");
    o.customerName = QStringLiteral("J. Smith");
    o.lines = {{QStringLiteral("Mug"), 2, unitPrice}};
    auto created = store::OrderStore(db).create(o, QStringLiteral("staff-1"));
    if (!created.ok())
        qFatal("create failed: %s", qPrintable(created.error().detail()));
    return created.value();
}

inline PaymentAttempt newAttempt(store::Database &db, const Order &order, const QString &pi,
                                 const QString &captureMethod = QStringLiteral("manual"))
{
    PaymentAttempt a;
    a.orderId = order.id;
    a.paymentIntentId = pi;
    a.captureMethod = captureMethod;
    a.currency = order.currency;
    a.amountMinor = order.totalMinor;
    auto added = store::PaymentAttempts(db).add(a);
    if (!added.ok())
        qFatal("attempt failed: %s", qPrintable(added.error().detail()));
    return added.value();
}

inline QJsonObject paymentIntentJson(const QString &id, const QString &status, qint64 amount = 6000,
                                     qint64 received = 0)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("payment_intent")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("amount_capturable"), status == QLatin1String("requires_capture") ? amount : 0},
        {QStringLiteral("amount_received"), received},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("status"), status},
        {QStringLiteral("capture_method"), QStringLiteral("manual")},
        {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject{}}};
}

inline QJsonObject chargeJson(const QString &id, const QString &pi, qint64 captured, qint64 refunded)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("object"), QStringLiteral("charge")},
                       {QStringLiteral("amount"), 6000},
                       {QStringLiteral("amount_captured"), captured},
                       {QStringLiteral("amount_refunded"), refunded},
                       {QStringLiteral("captured"), captured > 0},
                       {QStringLiteral("status"), QStringLiteral("succeeded")},
                       {QStringLiteral("currency"), QStringLiteral("usd")},
                       {QStringLiteral("payment_intent"), pi}};
}

inline QJsonObject eventJson(const QString &id, const QString &type, const QJsonObject &object,
                             qint64 created = 0)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("object"), QStringLiteral("event")},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("created"), created ? created : QDateTime::currentSecsSinceEpoch()},
                       {QStringLiteral("livemode"), false},
                       {QStringLiteral("api_version"), QStringLiteral("2025-02-24.acacia")},
                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
}

inline StripeEvent parseEvent(const QJsonObject &json)
{
    ParseError error;
    const auto e = StripeEvent::fromJson(json, &error);
    if (!e)
        qFatal("bad test event");
    return *e;
}

inline QByteArray raw(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace holdfast::test
