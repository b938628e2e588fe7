#include "payments/snapshotreader.h"

#include "diagnostics/logging.h"
#include "stripe/stripeclient.h"
#include "stripe/stripereply.h"

#include <QJsonArray>

namespace holdfast::payments {

namespace {

// The objects of a list answer that parse as T, skipping any that do not.
template <typename T>
QList<T> parsedFrom(const QJsonArray &data)
{
    QList<T> objects;
    for (const QJsonValue &v : data) {
        ParseError error;
        if (const auto object = T::fromJson(v.toObject(), &error))
            objects.append(*object);
    }
    return objects;
}

} // namespace

QList<Refund> refundsFrom(const QJsonArray &data)
{
    return parsedFrom<Refund>(data);
}

QList<Dispute> disputesFrom(const QJsonArray &data)
{
    return parsedFrom<Dispute>(data);
}

void readSnapshot(stripe::StripeClient *client, const QString &paymentIntentId, QObject *context,
                  std::function<void(const PaymentSnapshot *, const stripe::StripeError &)> done)
{
    stripe::StripeReply *piReply = client->retrievePaymentIntent(paymentIntentId);
    QObject::connect(piReply, &stripe::StripeReply::finished, context, [client, piReply, paymentIntentId, context, done] {
        piReply->deleteLater();
        const auto pi = piReply->paymentIntent();
        if (!piReply->isOk() || !pi) {
            done(nullptr, piReply->error());
            return;
        }
        stripe::ListParams params;
        params.extra.add(QStringLiteral("payment_intent"), paymentIntentId);
        stripe::StripeReply *refunds = client->listRefunds(params);
        QObject::connect(refunds, &stripe::StripeReply::finished, context, [client, refunds, pi = *pi, context, done] {
            refunds->deleteLater();
            const auto list = refunds->list();
            if (!refunds->isOk() || !list) {
                done(nullptr, refunds->error());
                return;
            }
            PaymentSnapshot snapshot = PaymentSnapshot::complete(pi, refundsFrom(list->data));
            // Only money that arrived can be disputed: nothing more to ask for the rest.
            if (pi.status != PaymentIntent::Status::Succeeded) {
                done(&snapshot, {});
                return;
            }
            stripe::ListParams params;
            params.extra.add(QStringLiteral("payment_intent"), pi.id);
            stripe::StripeReply *disputes = client->listDisputes(params);
            QObject::connect(disputes, &stripe::StripeReply::finished, context, [disputes, snapshot, done]() mutable {
                disputes->deleteLater();
                const auto list = disputes->list();
                if (disputes->isOk() && list) {
                    snapshot.disputes = disputesFrom(list->data);
                } else if (disputes->error().permissionDenied()) {
                    // A restricted key without Disputes: Read still keeps orders true; the disputes
                    // then arrive only by their events.
                    qCWarning(lcStripe) << "the key cannot read disputes (Disputes: Read); reading payments without them";
                } else {
                    done(nullptr, disputes->error());
                    return;
                }
                done(&snapshot, {});
            });
        });
    });
}

} // namespace holdfast::payments
