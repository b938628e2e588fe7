// A synchronous Stripe-style HTTP client for sandbox tests: form-encoded requests, JSON answers.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace holdfast::test {

struct ApiReply
{
    int status = 0; // 0: no HTTP answer (connection dropped, timeout)
    QJsonObject json;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
    QString errorType() const { return json.value(u"error").toObject().value(u"type").toString(); }
    QString str(const QString &key) const { return json.value(key).toString(); }
};

class ApiClient
{
public:
    explicit ApiClient(QUrl base, QByteArray key = "sk_test_holdfastsandbox0000000000000000");

    ApiReply get(const QString &path, const QByteArray &query = {});
    ApiReply post(const QString &path, const QByteArray &form = {}, const QByteArray &idempotencyKey = {});
    ApiReply del(const QString &path);
    ApiReply raw(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs = 15000);

    void setKey(const QByteArray &key) { m_key = key; }
    // Creates an Amazon Pay PaymentIntent confirmed server-side, so it waits in requires_action.
    ApiReply createAmazonPay(qint64 amount = 6000, bool manual = true, const QByteArray &extra = {});

private:
    QUrl m_base;
    QByteArray m_key;
    QNetworkAccessManager m_network;
};

} // namespace holdfast::test
