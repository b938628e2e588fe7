#include "backoffice/holdoperations.h"

#include "diagnostics/logging.h"
#include "payments/paymentapplier.h"
#include "payments/snapshotreader.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationsjournal.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "stripe/stripeclient.h"

#include <QCoreApplication>
#include <QTimer>

namespace holdfast::backoffice {

namespace {

staff::Action actionFor(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Capture:
        return staff::Action::Capture;
    case OperationKind::Cancel:
        return staff::Action::Cancel;
    case OperationKind::Refund:
        return staff::Action::Refund;
    }
    return staff::Action::Capture;
}

QString actorName(qint64 actorId)
{
    return QStringLiteral("staff-%1").arg(actorId);
}

} // namespace

HoldOperations::HoldOperations(store::Database &db, stripe::StripeClient *client, staff::Authorizer &authorizer,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_authorizer(authorizer)
{
    qRegisterMetaType<OperationResult>();
}

HoldOperations::~HoldOperations() = default;

std::optional<PaymentAttempt> HoldOperations::paymentAttempt(store::Database &db, qint64 orderId)
{
    const auto attempts = store::PaymentAttempts(db).forOrder(orderId);
    if (!attempts.ok())
        return std::nullopt;
    for (auto it = attempts->crbegin(); it != attempts->crend(); ++it) {
        if (!it->paymentIntentId.isEmpty())
            return *it;
    }
    return std::nullopt;
}

int HoldOperations::nextRefundSequence(store::Database &db, qint64 orderId)
{
    // Counting finished refunds, not attempts: a retry of one that failed or stayed unknown gets
    // the same number (and so the same key), a deliberate second refund after a done one does not.
    const auto done = store::OperationsJournal(db).count(orderId, QStringLiteral("refund"), store::Operation::State::Done);
    return (done.ok() ? *done : 0) + 1;
}

QString HoldOperations::validate(const OperationRequest &request, const Order &order,
                                 const std::optional<PaymentAttempt> &attempt, qint64 *amount) const
{
    if (!attempt)
        return tr("This order has no payment to act on.");
    switch (request.kind) {
    case OperationKind::Capture:
        if (order.state != OrderState::Authorised)
            return tr("Only a held payment can be captured; this order is %1.").arg(orderstate::displayName(order.state));
        *amount = request.amountMinor.value_or(attempt->amountAuthorisedMinor);
        if (*amount <= 0 || *amount > attempt->amountAuthorisedMinor)
            return tr("The amount to capture must be more than zero and no more than the hold.");
        return {};
    case OperationKind::Cancel:
        if (order.state != OrderState::Authorised && order.state != OrderState::AwaitingPayment
            && order.state != OrderState::PaymentFailed)
            return tr("Only a payment not yet captured can be cancelled; this order is %1.")
                .arg(orderstate::displayName(order.state));
        *amount = attempt->amountAuthorisedMinor;
        return {};
    case OperationKind::Refund: {
        const bool refundable = order.state == OrderState::Captured || order.state == OrderState::PartiallyCaptured
                                || order.state == OrderState::Paid || order.state == OrderState::PartiallyRefunded;
        if (!refundable)
            return tr("Only a captured payment can be refunded; this order is %1.").arg(orderstate::displayName(order.state));
        const qint64 remaining = attempt->amountCapturedMinor - attempt->amountRefundedMinor;
        *amount = request.amountMinor.value_or(remaining);
        if (*amount <= 0 || *amount > remaining)
            return tr("The refund must be more than zero and no more than what remains to refund.");
        return {};
    }
    }
    return {};
}

quint64 HoldOperations::start(const OperationRequest &request)
{
    const quint64 requestId = ++m_lastRequestId;
    if (m_jobs.contains(request.orderId))
        return refuse(requestId, request, nullptr, tr("This order already has an operation in progress."), QStringLiteral("busy"));
    if (!m_client)
        return refuse(requestId, request, nullptr, tr("Holdfast is not connected to Stripe."), QStringLiteral("no client"));
    const auto order = store::OrderStore(m_db).get(request.orderId);
    if (!order.ok())
        return refuse(requestId, request, nullptr, order.error().userMessage(), order.error().detail());
    const auto attempt = paymentAttempt(m_db, request.orderId);
    qint64 amount = 0;
    if (const QString problem = validate(request, *order, attempt, &amount); !problem.isEmpty())
        return refuse(requestId, request, &order.value(), problem, QStringLiteral("invalid"));

    const staff::Decision decision = m_authorizer.authorize(request.actorId, actionFor(request.kind), request.approval,
                                                            QStringLiteral("order %1").arg(order->number));
    if (!decision.allowed())
        return refuse(requestId, request, &order.value(), decision.userMessage(), QStringLiteral("denied: ") + staff::reasonName(decision.reason));

    Job job;
    job.request = request;
    job.request.amountMinor = amount;
    job.decision = decision;
    job.order = *order;
    job.attempt = *attempt;
    job.refundedBefore = attempt->amountRefundedMinor;
    job.result.kind = request.kind;
    job.result.requestId = requestId;
    job.result.orderId = request.orderId;
    job.result.amountMinor = amount;
    job.result.currency = attempt->currency.isEmpty() ? order->currency : attempt->currency;
    QString operation = operationName(request.kind);
    if (request.kind == OperationKind::Capture)
        operation += QStringLiteral("-%1").arg(amount); // one capture per hold anyway; a new amount must not replay an old error
    if (request.kind == OperationKind::Refund)
        operation += QStringLiteral("-%1-seq-%2").arg(amount).arg(nextRefundSequence(m_db, request.orderId));
    // The attempt's key base carries the database's id, so two tills with their own databases on one
    // Stripe account never share a key for "order 5, attempt 1".
    job.key = attempt->idempotencyKeyBase.isEmpty()
                  ? stripe::IdempotencyKey::forOperation(QString::number(request.orderId), attempt->attemptNumber,
                                                         operation)
                  : attempt->idempotencyKeyBase + QLatin1Char('-') + operation;
    // An earlier press with this very key that ended without an answer (or was never answered
    // because Holdfast stopped): an effect seen now is that request's.
    if (const auto earlier = store::OperationsJournal(m_db).find(job.key); earlier.ok() && earlier->has_value())
        job.resumesUnknown = (*earlier)->outcomeOpen();
    m_jobs.insert(request.orderId, job);
    Q_EMIT started(request.orderId);

    // Capture is checked against Stripe's latest copy; a hold that changed meanwhile is applied, not acted on.
    stripe::StripeReply *reply = m_client->retrievePaymentIntent(attempt->paymentIntentId);
    connect(reply, &stripe::StripeReply::finished, this, [this, id = request.orderId, reply] { onCurrentRead(id, reply); });
    return requestId;
}

quint64 HoldOperations::refuse(quint64 requestId, const OperationRequest &request, const Order *order,
                               const QString &message, const QString &detail)
{
    OperationResult result;
    result.kind = request.kind;
    result.requestId = requestId;
    result.status = OperationResult::Status::Refused;
    result.orderId = request.orderId;
    result.amountMinor = request.amountMinor.value_or(0);
    result.message = message;
    result.detail = detail;
    if (order) {
        result.orderState = order->state;
        result.currency = order->currency;
        writeAudit(request, nullptr, order, result);
    }
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result.orderId, result); });
    return requestId;
}

void HoldOperations::onCurrentRead(qint64 orderId, stripe::StripeReply *reply)
{
    reply->deleteLater();
    Job &job = m_jobs[orderId];
    const auto pi = reply->paymentIntent();
    if (!pi) {
        job.actionError = reply->error();
        return finish(orderId, std::nullopt);
    }
    job.current = *pi;
    const auto &r = job.request;
    stripe::StripeReply *action = nullptr;
    if (r.kind == OperationKind::Capture && pi->status != PaymentIntent::Status::RequiresCapture) {
        job.actionError = stripe::StripeError::make(stripe::StripeError::Kind::Validation,
                                                    QStringLiteral("payment_intent_unexpected_state"));
        return reread(orderId);
    }
    // In the journal before it leaves: a crash from here on leaves "sent", and the next press
    // resumes this key.
    store::Operation operation;
    operation.idempotencyKey = job.key;
    operation.orderId = orderId;
    operation.kind = operationName(r.kind);
    operation.amountMinor = r.kind == OperationKind::Cancel ? std::nullopt : std::optional<qint64>(job.result.amountMinor);
    operation.staffId = actorName(r.actorId);
    if (const auto journaled = store::OperationsJournal(m_db).sent(operation); !journaled.ok()) {
        // Nothing left for Stripe: the store's own message says why, and no outcome is in doubt.
        job.unsentBecause = journaled.error();
        return finish(orderId, std::nullopt);
    }
    job.sent = true;
    if (r.kind == OperationKind::Capture) {
        action = m_client->capturePaymentIntent(*pi, r.amountMinor, job.key);
    } else if (r.kind == OperationKind::Cancel) {
        action = m_client->cancelPaymentIntent(pi->id, r.cancelReason, job.key);
    } else {
        stripe::RefundCreateParams params;
        params.paymentIntent = pi->id;
        params.amount = r.amountMinor;
        params.reason = r.refundReason;
        params.metadata.insert(QStringLiteral("order_id"), QString::number(orderId));
        action = m_client->createRefund(params, job.key);
    }
    // Written before the answer, so a Holdfast stopped mid-request still shows who sent what, with
    // which key; the next press with that key resumes it (the journal says so, the audit log tells
    // a person).
    OperationResult sent = job.result;
    sent.detail = QStringLiteral("key %1").arg(job.key);
    writeAudit(r, &job.decision, &job.order, sent, QStringLiteral("sent"));
    connect(action, &stripe::StripeReply::finished, this, [this, orderId, action] { onActionDone(orderId, action); });
}

void HoldOperations::onActionDone(qint64 orderId, stripe::StripeReply *reply)
{
    reply->deleteLater();
    Job &job = m_jobs[orderId];
    job.actionOk = reply->isOk();
    job.actionError = reply->error();
    if (job.actionOk) {
        job.actionPaymentIntent = reply->paymentIntent();
        job.actionRefund = reply->refund();
    }
    job.result.detail = QStringLiteral("key %1").arg(job.key);
    job.requestId = reply->requestId();
    if (!reply->requestId().isEmpty())
        job.result.detail += QStringLiteral(", request %1").arg(reply->requestId());
    reread(orderId);
}

void HoldOperations::reread(qint64 orderId)
{
    // After every action, success or not: Stripe is the truth for money, so the order follows it.
    const QString piId = m_jobs.value(orderId).attempt.paymentIntentId;
    payments::readSnapshot(m_client, piId, this, [this, orderId](const payments::PaymentSnapshot *snapshot, const stripe::StripeError &) {
        if (snapshot)
            finish(orderId, *snapshot);
        else
            finish(orderId, knownWithoutRereading(m_jobs[orderId]));
    });
}

std::optional<payments::PaymentSnapshot> HoldOperations::knownWithoutRereading(const Job &job) const
{
    // The re-read failed even after its retries: what the action answered still says what happened
    // (a refund leaves the PaymentIntent as it was read before it). Refunds known so far are kept,
    // never taken back, plus the one this action was answered with.
    const auto pi = job.actionPaymentIntent ? job.actionPaymentIntent : (job.actionRefund ? job.current : std::nullopt);
    if (!pi)
        return std::nullopt;
    payments::PaymentSnapshot snapshot;
    snapshot.paymentIntent = *pi;
    snapshot.refundedAtLeast = job.refundedBefore;
    if (job.actionRefund) {
        snapshot.refunds = {*job.actionRefund};
        if (payments::PaymentSnapshot::refundCounts(job.actionRefund->status))
            snapshot.refundedAtLeast += job.actionRefund->amount;
    }
    return snapshot;
}

void HoldOperations::finish(qint64 orderId, const std::optional<payments::PaymentSnapshot> &snapshot)
{
    Job job = m_jobs.take(orderId);
    OperationResult &result = job.result;
    const std::optional<PaymentIntent> pi = snapshot ? std::optional(snapshot->paymentIntent) : std::nullopt;
    const qint64 refunded = snapshot ? snapshot->refundedMinor() : job.refundedBefore;
    result.pendingRefundMinor = snapshot ? snapshot->pendingRefundMinor() : 0;
    result.orderState = job.order.state;
    bool effectSeen = false;
    if (pi) {
        const auto applied = payments::PaymentApplier(m_db).apply(*snapshot, actorName(job.request.actorId),
                                                                  operationName(job.request.kind));
        if (applied.ok())
            result.orderState = applied->to;
        using S = PaymentIntent::Status;
        switch (job.request.kind) {
        case OperationKind::Capture:
            effectSeen = pi->status == S::Succeeded;
            if (effectSeen) {
                result.amountMinor = pi->amountReceived;
                result.releasedMinor = qMax<qint64>(0, job.attempt.amountAuthorisedMinor - pi->amountReceived);
            }
            break;
        case OperationKind::Cancel:
            effectSeen = pi->status == S::Canceled;
            result.releasedMinor = effectSeen ? job.attempt.amountAuthorisedMinor : 0;
            break;
        case OperationKind::Refund:
            effectSeen = refunded >= job.refundedBefore + job.request.amountMinor.value_or(0);
            break;
        }
    }
    // A press after an unknown one finds its effect done: a capture is refused locally once the
    // PaymentIntent is captured, so it counts when Stripe shows exactly the amount that key asked for.
    const bool resumed = job.resumesUnknown && effectSeen
                         && (job.request.kind != OperationKind::Capture
                             || pi->amountReceived == job.request.amountMinor.value_or(0));
    if (job.actionOk || (job.actionError.outcomeUnknown() && effectSeen) || resumed) {
        result.status = OperationResult::Status::Succeeded;
    } else if (job.unsentBecause) {
        result.status = OperationResult::Status::Failed;
        result.message = job.unsentBecause->userMessage();
        result.detail += (result.detail.isEmpty() ? QString() : QStringLiteral("; ")) + job.unsentBecause->detail();
    } else if (job.actionError.outcomeUnknown() || !pi) {
        result.status = OperationResult::Status::Unknown;
        result.message = tr("Stripe did not confirm the outcome. Nothing will be done twice: try again to find out.");
    } else {
        result.status = OperationResult::Status::Failed;
        result.message = job.actionError.userMessage();
    }
    if (job.actionError.isError())
        result.detail += (result.detail.isEmpty() ? QString() : QStringLiteral("; ")) + job.actionError.technicalDetail();
    if (job.sent) {
        const auto state = result.status == OperationResult::Status::Succeeded ? store::Operation::State::Done
                           : result.status == OperationResult::Status::Unknown ? store::Operation::State::Unknown
                                                                                : store::Operation::State::Failed;
        if (const auto journaled = store::OperationsJournal(m_db).finish(job.key, state, job.requestId); !journaled.ok())
            qCWarning(lcStore) << "journal not updated for" << job.key << journaled.error().detail();
    }
    writeAudit(job.request, &job.decision, &job.order, result);
    m_authorizer.recordOutcome(job.decision, result.succeeded(), result.detail);
    Q_EMIT finished(orderId, result);
}

void HoldOperations::writeAudit(const OperationRequest &request, const staff::Decision *decision, const Order *order,
                                const OperationResult &result, const QString &outcome)
{
    AuditEntry entry;
    entry.actor = actorName(request.actorId);
    if (decision && decision->approverId)
        entry.approvedBy = actorName(decision->approverId);
    entry.action = operationName(request.kind);
    entry.orderId = order ? order->id : request.orderId;
    entry.amountMinor = result.amountMinor;
    entry.currency = result.currency;
    entry.reason = request.kind == OperationKind::Cancel ? stripe::cancellationReasonName(request.cancelReason)
                                                         : request.refundReason;
    switch (result.status) {
    case OperationResult::Status::Succeeded:
        entry.outcome = QStringLiteral("ok");
        break;
    case OperationResult::Status::Refused:
        entry.outcome = QStringLiteral("refused");
        break;
    case OperationResult::Status::Failed:
        entry.outcome = QStringLiteral("failed");
        break;
    case OperationResult::Status::Unknown:
        entry.outcome = QStringLiteral("unknown");
        break;
    }
    if (!outcome.isEmpty())
        entry.outcome = outcome;
    entry.detail = result.detail;
    store::AuditLog(m_db).append(entry);
}

} // namespace holdfast::backoffice
