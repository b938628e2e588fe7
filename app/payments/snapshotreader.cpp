#include "payments/snapshotreader.h"

#include "stripe/stripeclient.h"
#include "stripe/stripereply.h"

#include <QJsonArray>

namespace holdfast::payments {

QList<Refund> refundsFrom(const QJsonArray &data)
{
    QList<Refund> refunds;
    for (const QJsonValue &v : data) {
        ParseError error;
        if (const auto refund = Refund::fromJson(v.toObject(), &error))
            refunds.append(*refund);
    }
    return refunds;
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
        QObject::connect(refunds, &stripe::StripeReply::finished, context, [refunds, pi = *pi, done] {
            refunds->deleteLater();
            const auto list = refunds->list();
            if (!refunds->isOk() || !list) {
                done(nullptr, refunds->error());
                return;
            }
            const PaymentSnapshot snapshot = PaymentSnapshot::complete(pi, refundsFrom(list->data));
            done(&snapshot, {});
        });
    });
}

} // namespace holdfast::payments
