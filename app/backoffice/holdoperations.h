// Capture, cancel and refund of an order's payment: the core operations the back office dialogs
// call. Each asks the Authorizer itself (a staff account cannot capture by calling this directly),
// derives its idempotency key from the order, the attempt and the action, re-reads the
// PaymentIntent and its refunds afterwards, brings the order in line through PaymentStateApplier
// and writes an audit row with the result. One operation per order at a time.
#pragma once

#include "backoffice/operationresult.h"
#include "payments/paymentsnapshot.h"
#include "domain/order.h"
#include "staff/authorizer.h"
#include "domain/paymentintent.h"
#include "stripe/requests.h"
#include "store/storeerror.h"
#include "stripe/stripeerror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

namespace holdfast::store {
class Database;
}
namespace holdfast::stripe {
class StripeClient;
class StripeReply;
} // namespace holdfast::stripe

namespace holdfast::backoffice {

struct OperationRequest
{
    OperationKind kind = OperationKind::Capture;
    qint64 orderId = 0;
    qint64 actorId = 0;
    std::optional<staff::ManagerApproval> approval;
    std::optional<qint64> amountMinor; // capture / refund; empty: the whole hold / what remains
    stripe::CancellationReason cancelReason = stripe::CancellationReason::RequestedByCustomer;
    QString refundReason{}; // duplicate | fraudulent | requested_by_customer; empty: none given
};

class HoldOperations : public QObject
{
    Q_OBJECT

public:
    HoldOperations(store::Database &db, stripe::StripeClient *client, staff::Authorizer &authorizer,
                   QObject *parent = nullptr);
    ~HoldOperations() override;

    // Starts the operation; finished() follows exactly once, always after this returns (refusals too).
    // Returns the request id that result carries, so a caller can tell its own answer from another
    // caller's about the same order (a refusal of a second request while the first is in flight).
    quint64 start(const OperationRequest &request);
    bool isBusy(qint64 orderId) const { return m_jobs.contains(orderId); }

    // The latest attempt of an order that has a PaymentIntent; nullopt when there is none.
    static std::optional<PaymentAttempt> paymentAttempt(store::Database &db, qint64 orderId);
    // Next refund sequence number for an order: 1 + refunds already recorded as done.
    static int nextRefundSequence(store::Database &db, qint64 orderId);

Q_SIGNALS:
    void started(qint64 orderId);
    void finished(qint64 orderId, const holdfast::backoffice::OperationResult &result);

private:
    struct Job
    {
        OperationRequest request;
        staff::Decision decision;
        Order order;
        PaymentAttempt attempt;
        QString key;
        qint64 refundedBefore = 0;
        OperationResult result;
        stripe::StripeError actionError;
        bool actionOk = false;
        // What is known without the re-read, should it fail: Stripe's copy before the action, and
        // what the action answered (a capture or cancel: the PaymentIntent; a refund: the refund).
        std::optional<PaymentIntent> current;
        std::optional<PaymentIntent> actionPaymentIntent;
        std::optional<Refund> actionRefund;
        // An earlier request with this very key ended "outcome unknown": an effect seen now is its.
        bool resumesUnknown = false;
        bool sent = false; // in the journal and on its way to Stripe
        std::optional<store::StoreError> unsentBecause; // the journal could not be written: not sent
        QString requestId; // Stripe's, from the action's answer
    };

    QString validate(const OperationRequest &request, const Order &order, const std::optional<PaymentAttempt> &attempt,
                     qint64 *amount) const;
    quint64 refuse(quint64 requestId, const OperationRequest &request, const Order *order, const QString &message,
                   const QString &detail);
    void onCurrentRead(qint64 orderId, stripe::StripeReply *reply);
    void onActionDone(qint64 orderId, stripe::StripeReply *reply);
    void reread(qint64 orderId);
    // What the action's own answer says, should the re-read fail.
    std::optional<payments::PaymentSnapshot> knownWithoutRereading(const Job &job) const;
    void finish(qint64 orderId, const std::optional<payments::PaymentSnapshot> &snapshot);
    // `outcome` overrides the one the result's status names ("sent" before Stripe answered).
    void writeAudit(const OperationRequest &request, const staff::Decision *decision, const Order *order,
                    const OperationResult &result, const QString &outcome = {});

    store::Database &m_db;
    QPointer<stripe::StripeClient> m_client;
    staff::Authorizer &m_authorizer;
    QHash<qint64, Job> m_jobs;
    quint64 m_lastRequestId = 0;
};

} // namespace holdfast::backoffice
