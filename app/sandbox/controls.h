// The /_sandbox/ controls (clock, faults, reset, Amazon Pay outcome, webhook retry schedule) and the
// Amazon Pay test page. Outside Stripe's namespace; the JSON controls answer loopback clients only.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace holdfast::sandbox {

class FaultPlan;
class IdempotencyStore;
class StripeApi;

struct HttpCall
{
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray contentType;
    bool loopback = false;
    QString publicBase;
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject &body);
};

class SandboxControls
{
public:
    SandboxControls(StripeApi &api, FaultPlan &faults, IdempotencyStore &idempotency);
    HttpReply handle(const HttpCall &call);

private:
    HttpReply amazonPay(const HttpCall &call, const QString &paymentIntentId, const QString &action);

    StripeApi &m_api;
    FaultPlan &m_faults;
    IdempotencyStore &m_idempotency;
};

} // namespace holdfast::sandbox
