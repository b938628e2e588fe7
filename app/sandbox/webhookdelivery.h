// Delivers events to webhook endpoints as Stripe does: POST JSON with a Stripe-Signature header
// (t=…,v1=HMAC-SHA256(secret, "t." + body)), retried with backoff until a 2xx or the schedule runs out.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace holdfast::sandbox {

class WebhookDelivery : public QObject
{
    Q_OBJECT
public:
    explicit WebhookDelivery(QObject *parent = nullptr);

    void deliver(const QString &eventId, const QString &endpointId, const QByteArray &payload, const QUrl &url,
                 const QByteArray &secret);
    // Delays before the 2nd, 3rd… attempt; attempts stop when the list is exhausted.
    void setRetrySchedule(const QList<int> &delaysMs) { m_retryDelaysMs = delaysMs; }
    QList<int> retrySchedule() const { return m_retryDelaysMs; }
    // Drops every queued retry (reset).
    void cancelAll() { ++m_generation; }
    void setOnDelivered(std::function<void(const QString &eventId)> callback) { m_onDelivered = std::move(callback); }
    // Asked before every retry, so a deleted or disabled endpoint stops receiving.
    void setEndpointActive(std::function<bool(const QString &endpointId)> check) { m_endpointActive = std::move(check); }

    // The header Stripe sends, for a given timestamp; public so tests can check it independently.
    static QByteArray signatureHeader(const QByteArray &payload, const QByteArray &secret, qint64 timestamp);

private:
    void attempt(const QString &eventId, const QString &endpointId, const QByteArray &payload, const QUrl &url,
                 const QByteArray &secret, int attemptIndex, quint64 generation);

    QNetworkAccessManager *m_network;
    QList<int> m_retryDelaysMs{1000, 5000, 30000, 120000, 600000, 3600000};
    quint64 m_generation = 0;
    std::function<void(const QString &)> m_onDelivered;
    std::function<bool(const QString &)> m_endpointActive;
};

} // namespace holdfast::sandbox
