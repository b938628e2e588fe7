// Shared by the client's integration tests: a real holdfast-sandbox, a StripeClient pointed at it,
// and synchronous helpers so each test reads top to bottom.
#pragma once

#include "sandboxprocess.h"
#include "stripe/stripeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace holdfast::test {

// Waits for a reply (or pager) to finish; returns false on timeout.
template <typename T> bool waitFor(T *object, int timeoutMs = 60000)
{
    if (object->isFinished())
        return true;
    QSignalSpy spy(object, &T::finished);
    return spy.wait(timeoutMs) || object->isFinished();
}

inline QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A fast retry policy so fault tests take seconds, not the production 0.5 s → 5 s schedule.
inline stripe::RetryPolicy quickRetries(int maxRetries = 6)
{
    stripe::RetryPolicy p;
    p.maxRetries = maxRetries;
    p.initialDelay = std::chrono::milliseconds(100);
    p.maxDelay = std::chrono::milliseconds(1000);
    return p;
}

inline std::unique_ptr<stripe::StripeClient> clientFor(const SandboxProcess &sandbox)
{
    auto client = std::make_unique<stripe::StripeClient>();
    client->setBaseUrl(sandbox.baseUrl());
    client->setSecretKey(QString::fromLatin1(SandboxProcess::secretKey));
    client->setPublishableKey(QString::fromLatin1(SandboxProcess::publishableKey));
    client->setRetryPolicy(quickRetries());
    client->setTimeout(std::chrono::milliseconds(5000));
    return client;
}

// Every object of a list endpoint, read through the client's own pagination.
inline QJsonArray listAll(stripe::StripeClient &client, const QString &path,
                          const stripe::ListParams &params = {})
{
    QJsonArray all;
    std::unique_ptr<stripe::ListPager> pager(client.paginate(path, params));
    QObject::connect(pager.get(), &stripe::ListPager::pageReceived, pager.get(),
                     [&all](const QJsonArray &page) {
                         for (const auto &v : page)
                             all.append(v);
                     });
    if (!waitFor(pager.get()) || !pager->isOk())
        qWarning("listing %s failed: %s", qPrintable(path), qPrintable(pager->error().technicalDetail()));
    return all;
}

inline stripe::PaymentIntentCreateParams amazonPayHold(qint64 amount, const QString &orderId)
{
    stripe::PaymentIntentCreateParams p;
    p.amount = amount;
    p.currency = QStringLiteral("usd");
    p.paymentMethodTypes = {QStringLiteral("amazon_pay")};
    p.captureMethod = QStringLiteral("manual");
    p.metadata.insert(QStringLiteral("order_id"), orderId);
    return p;
}

} // namespace holdfast::test
