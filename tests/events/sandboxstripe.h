// Drives a real holdfast-sandbox through StripeClient, synchronously, for the events tests.
#pragma once

#include "sandboxprocess.h"
#include "stripe/stripeclient.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace holdfast::test {

class SandboxStripe
{
public:
    explicit SandboxStripe(SandboxProcess &sandbox) : m_sandbox(sandbox)
    {
        m_client.setSecretKey(QString::fromLatin1(SandboxProcess::secretKey));
        m_client.setBaseUrl(sandbox.baseUrl());
    }
    stripe::StripeClient &client() { return m_client; }

    // Blocks until the reply is finished; the caller reads it, it is deleted with the client.
    static stripe::StripeReply *wait(stripe::StripeReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &stripe::StripeReply::finished);
            spy.wait(15000);
        }
        return reply;
    }
    QJsonObject post(const QString &path, const stripe::FormEncoder &form)
    {
        stripe::StripeRequest r;
        r.method = QByteArrayLiteral("POST");
        r.path = path;
        r.params = form;
        r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto *reply = wait(m_client.send(r));
        reply->deleteLater();
        return reply->json();
    }

    // An Amazon Pay PaymentIntent confirmed server-side, waiting for the customer: requires_action.
    QString createAmazonPay(const QString &orderNumber, qint64 amount = 6000, bool manual = true)
    {
        stripe::FormEncoder f;
        f.add(QStringLiteral("amount"), amount).add(QStringLiteral("currency"), QStringLiteral("usd"));
        f.addBool(QStringLiteral("confirm"), true);
        f.addArray(QStringLiteral("payment_method_types"), {QStringLiteral("amazon_pay")});
        f.add(QStringLiteral("payment_method_data[type]"), QStringLiteral("amazon_pay"));
        f.add(QStringLiteral("return_url"), QStringLiteral("https://shop.example/done"));
        if (manual)
            f.add(QStringLiteral("capture_method"), QStringLiteral("manual"));
        if (!orderNumber.isEmpty())
            f.add(QStringLiteral("metadata[order_id]"), orderNumber);
        return post(QStringLiteral("/v1/payment_intents"), f).value(QLatin1String("id")).toString();
    }
    bool authorize(const QString &pi)
    {
        return m_sandbox.control("/_sandbox/amazon_pay/" + pi.toUtf8() + "/authorize") == 200;
    }
    QJsonObject capture(const QString &pi, qint64 amount = 0)
    {
        stripe::FormEncoder f;
        if (amount > 0)
            f.add(QStringLiteral("amount_to_capture"), amount);
        return post(QStringLiteral("/v1/payment_intents/") + pi + QStringLiteral("/capture"), f);
    }
    QJsonObject refund(const QString &pi, qint64 amount)
    {
        stripe::FormEncoder f;
        f.add(QStringLiteral("payment_intent"), pi).add(QStringLiteral("amount"), amount);
        return post(QStringLiteral("/v1/refunds"), f);
    }
    bool advanceClock(qint64 seconds)
    {
        return m_sandbox.control("/_sandbox/clock/advance",
                                 "{\"seconds\":" + QByteArray::number(seconds) + '}') == 200;
    }
    // The response alone carries the signing secret; the caller must never print it.
    QByteArray createWebhookEndpoint(const QUrl &url, const QStringList &events)
    {
        stripe::FormEncoder f;
        f.add(QStringLiteral("url"), url.toString());
        f.addArray(QStringLiteral("enabled_events"), events);
        return post(QStringLiteral("/v1/webhook_endpoints"), f)
            .value(QLatin1String("secret"))
            .toString()
            .toUtf8();
    }

private:
    SandboxProcess &m_sandbox;
    stripe::StripeClient m_client;
};

} // namespace holdfast::test
