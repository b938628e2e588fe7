#include "sandbox/webhookdelivery.h"

#include "diagnostics/logging.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace holdfast::sandbox {

WebhookDelivery::WebhookDelivery(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

QByteArray WebhookDelivery::signatureHeader(const QByteArray &payload, const QByteArray &secret, qint64 timestamp)
{
    const QByteArray t = QByteArray::number(timestamp);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(t + '.' + payload, secret, QCryptographicHash::Sha256).toHex();
    return "t=" + t + ",v1=" + mac;
}

void WebhookDelivery::deliver(const QString &eventId, const QString &endpointId, const QByteArray &payload,
                              const QUrl &url, const QByteArray &secret)
{
    attempt(eventId, endpointId, payload, url, secret, 0, m_generation);
}

void WebhookDelivery::attempt(const QString &eventId, const QString &endpointId, const QByteArray &payload,
                              const QUrl &url, const QByteArray &secret, int attemptIndex, quint64 generation)
{
    if (generation != m_generation || (m_endpointActive && !m_endpointActive(endpointId)))
        return;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
    // Signed with wall-clock time, not the sandbox clock: receivers check it against their own clock.
    request.setRawHeader("Stripe-Signature", signatureHeader(payload, secret, QDateTime::currentSecsSinceEpoch()));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, payload);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            if (m_onDelivered && generation == m_generation)
                m_onDelivered(eventId);
            return;
        }
        if (attemptIndex >= m_retryDelaysMs.size()) {
            qCInfo(lcSandbox) << "giving up delivering" << eventId << "to" << url.toString(QUrl::RemoveQuery);
            return;
        }
        qCDebug(lcSandbox) << "webhook" << eventId << "got" << status << "- retrying";
        QTimer::singleShot(m_retryDelaysMs.at(attemptIndex), this,
                           [=, this] { attempt(eventId, endpointId, payload, url, secret, attemptIndex + 1, generation); });
    });
}

} // namespace holdfast::sandbox
