#include "checkout/checkoutflow.h"

#include "diagnostics/logging.h"
#include "domain/money.h"
#include "payments/paymentapplier.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationsjournal.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"
#include "stripe/stripeclient.h"
#include "stripe/stripereply.h"

#include <QLocale>

namespace holdfast::checkout {

namespace {

constexpr int maxUnknownRetries = 3;

bool stillPayable(PaymentIntent::Status s)
{
    using S = PaymentIntent::Status;
    return s == S::RequiresPaymentMethod || s == S::RequiresConfirmation || s == S::RequiresAction;
}

bool transient(const stripe::StripeError &e)
{
    using K = stripe::StripeError::Kind;
    return e.kind == K::OutcomeUnknown || e.kind == K::Network || e.kind == K::Timeout || e.kind == K::RateLimited;
}

} // namespace

CheckoutFlow::CheckoutFlow(store::Database &db, stripe::StripeClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
{
    qRegisterMetaType<CheckoutOutcome>();
    m_follow.setInterval(std::chrono::seconds(2));
    connect(&m_follow, &QTimer::timeout, this, [this] {
        if (!m_busy)
            refresh();
    });
}

CheckoutFlow::~CheckoutFlow() = default;

template <typename Handler>
void CheckoutFlow::track(stripe::StripeReply *reply, Handler handler)
{
    m_busy = true;
    reply->setParent(this);
    connect(reply, &stripe::StripeReply::finished, this, [this, reply, handler] {
        m_busy = false;
        reply->deleteLater();
        handler(reply);
    });
}

void CheckoutFlow::fail(const QString &message, const QString &detail)
{
    qCWarning(lcCheckout) << "checkout of order" << m_orderId << "stopped:" << detail;
    emit failed(message, detail);
}

void CheckoutFlow::fail(const stripe::StripeError &error)
{
    fail(error.userMessage(), error.technicalDetail());
}

bool CheckoutFlow::openOrder(qint64 orderId)
{
    store::OrderStore orders(m_db);
    auto order = orders.get(orderId);
    if (!order.ok()) {
        fail(order.error().userMessage(), order.error().detail());
        return false;
    }
    if (order->state == OrderState::Draft || order->state == OrderState::PaymentFailed) {
        AuditEntry audit;
        audit.actor = m_actor;
        audit.action = order->state == OrderState::Draft ? QStringLiteral("checkout.start")
                                                         : QStringLiteral("checkout.retry");
        audit.orderId = orderId;
        audit.amountMinor = order->totalMinor;
        audit.currency = order->currency;
        audit.outcome = QStringLiteral("ok");
        order = orders.transition(orderId, order->version, OrderState::AwaitingPayment, audit);
        if (!order.ok()) {
            fail(order.error().userMessage(), order.error().detail());
            return false;
        }
    }
    if (order->state != OrderState::AwaitingPayment) {
        fail(tr("This order is already %1.").arg(orderstate::displayName(order->state).toLower()),
             QStringLiteral("order state ") + orderstate::name(order->state));
        return false;
    }
    if (order->totalMinor <= 0) {
        fail(tr("The order has no amount to pay."), QStringLiteral("zero total"));
        return false;
    }
    m_orderId = orderId;
    return true;
}

void CheckoutFlow::prepare(qint64 orderId, PaymentRoute route, const CheckoutOptions &options)
{
    if (m_busy) {
        fail(tr("Holdfast is still talking to Stripe about this payment."), QStringLiteral("busy"));
        return;
    }
    m_route = route;
    m_options = options;
    m_unknownRetries = 0;
    if (!openOrder(orderId))
        return;
    const auto order = store::OrderStore(m_db).get(orderId);
    store::PaymentAttempts attempts(m_db);
    const auto list = attempts.forOrder(orderId);
    if (!list.ok()) {
        fail(list.error().userMessage(), list.error().detail());
        return;
    }
    // The newest attempt is reused while it can still be paid: same PaymentIntent, same keys.
    if (!list->isEmpty()) {
        const PaymentAttempt &last = list->constLast();
        const auto status = PaymentIntent::statusFromName(last.status);
        const bool sameAmount = last.amountMinor == order->totalMinor && last.currency == order->currency;
        if (sameAmount && last.paymentIntentId.isEmpty()) {
            m_attemptId = last.id;
            m_keyBase = last.idempotencyKeyBase;
            createPaymentIntent(); // replays the first answer if Stripe already made it
            return;
        }
        if (sameAmount && (!status || stillPayable(*status))) {
            m_attemptId = last.id;
            m_keyBase = last.idempotencyKeyBase;
            track(m_client.retrievePaymentIntent(last.paymentIntentId),
                  [this](stripe::StripeReply *reply) { onReadForReuse(reply); });
            return;
        }
    }
    PaymentAttempt attempt;
    attempt.orderId = orderId;
    attempt.captureMethod = options.holdForCapture ? QStringLiteral("manual") : QStringLiteral("automatic");
    attempt.currency = order->currency;
    attempt.amountMinor = order->totalMinor;
    const auto added = attempts.add(attempt);
    if (!added.ok()) {
        fail(added.error().userMessage(), added.error().detail());
        return;
    }
    m_attemptId = added->id;
    m_keyBase = added->idempotencyKeyBase;
    createPaymentIntent();
}

void CheckoutFlow::createPaymentIntent()
{
    const auto order = store::OrderStore(m_db).get(m_orderId);
    const auto attempt = store::PaymentAttempts(m_db).get(m_attemptId);
    if (!order.ok() || !attempt.ok()) {
        const auto &e = order.ok() ? attempt.error() : order.error();
        fail(e.userMessage(), e.detail());
        return;
    }
    // The same parameters for both routes, so a replay under the same key always matches; the
    // phone route confirms in a second call.
    stripe::PaymentIntentCreateParams params;
    params.amount = attempt->amountMinor;
    params.currency = attempt->currency;
    params.paymentMethodTypes = m_options.paymentMethodTypes;
    params.captureMethod = attempt->captureMethod;
    params.description = QStringLiteral("Holdfast order ") + order->number;
    params.metadata.insert(QStringLiteral("order_id"), order->number);
    if (order->customerEmail.contains(u'@'))
        params.receiptEmail = order->customerEmail;
    track(m_client.createPaymentIntent(params, m_keyBase + QStringLiteral("-create")),
          [this](stripe::StripeReply *reply) {
              if (!reply->isOk()) {
                  if (transient(reply->error()) && ++m_unknownRetries <= maxUnknownRetries) {
                      emit checking();
                      QTimer::singleShot(std::chrono::seconds(1) * m_unknownRetries, this,
                                         &CheckoutFlow::createPaymentIntent);
                      return;
                  }
                  fail(reply->error());
                  return;
              }
              const auto pi = reply->paymentIntent();
              if (!pi) {
                  fail(tr("Stripe sent an answer Holdfast could not read."), QStringLiteral("create: bad object"));
                  return;
              }
              adopt(*pi);
              if (m_route == PaymentRoute::CustomerPhone)
                  confirmForPhone();
              else
                  emit prepared(m_pi);
          });
}

void CheckoutFlow::confirmForPhone()
{
    // Each confirmation of this order's payment gets its own key, in the operations journal before
    // it is sent: a retry after a crash uses a fresh one, and confirming never moves money by itself.
    store::OperationsJournal journal(m_db);
    const auto confirmed = journal.count(m_orderId, QStringLiteral("confirm"));
    if (!confirmed.ok()) {
        fail(confirmed.error().userMessage(), confirmed.error().detail());
        return;
    }
    const QString key = m_keyBase + QStringLiteral("-confirm-%1").arg(*confirmed + 1);
    store::Operation operation;
    operation.idempotencyKey = key;
    operation.orderId = m_orderId;
    operation.kind = QStringLiteral("confirm");
    operation.amountMinor = m_pi.amount;
    operation.staffId = m_actor;
    if (const auto journaled = journal.sent(operation); !journaled.ok()) {
        fail(journaled.error().userMessage(), journaled.error().detail());
        return;
    }
    store::AuditLog audit(m_db);
    AuditEntry entry;
    entry.actor = m_actor;
    entry.action = QStringLiteral("checkout.confirm");
    entry.orderId = m_orderId;
    entry.amountMinor = m_pi.amount;
    entry.currency = m_pi.currency;
    entry.detail = m_pi.id;
    entry.outcome = QStringLiteral("sent");
    if (const auto appended = audit.append(entry); !appended.ok()) {
        fail(appended.error().userMessage(), appended.error().detail());
        return;
    }
    stripe::PaymentIntentConfirmParams params;
    params.paymentMethodDataType = QStringLiteral("amazon_pay");
    params.returnUrl = m_options.returnUrl.toString(QUrl::FullyEncoded);
    track(m_client.confirmPaymentIntent(m_pi, params, key),
          [this, key](stripe::StripeReply *reply) {
              const auto state = reply->isOk()                     ? store::Operation::State::Done
                                 : reply->error().outcomeUnknown() ? store::Operation::State::Unknown
                                                                   : store::Operation::State::Failed;
              if (const auto journaled = store::OperationsJournal(m_db).finish(key, state, reply->requestId()); !journaled.ok())
                  qCWarning(lcCheckout) << "journal not updated for" << key << journaled.error().detail();
              if (!reply->isOk()) {
                  if (reply->error().outcomeUnknown()) {
                      emit checking();
                      // The re-read tells whether the redirect exists: with it the flow goes on as
                      // prepared (the link and QR code need it), without it the flow confirms again.
                      track(m_client.retrievePaymentIntent(m_pi.id),
                            [this](stripe::StripeReply *read) { onReadForReuse(read); });
                      return;
                  }
                  fail(reply->error());
                  return;
              }
              if (const auto pi = reply->paymentIntent()) {
                  adopt(*pi);
                  emit prepared(m_pi);
              }
          });
}

void CheckoutFlow::onReadForReuse(stripe::StripeReply *reply)
{
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    const auto pi = reply->paymentIntent();
    if (!pi) {
        fail(tr("Stripe sent an answer Holdfast could not read."), QStringLiteral("retrieve: bad object"));
        return;
    }
    adopt(*pi);
    if (!stillPayable(pi->status)) {
        // Paid or held meanwhile (the customer finished after all), or cancelled: report it.
        refresh();
        return;
    }
    if (m_route == PaymentRoute::CustomerPhone
        && !(pi->status == PaymentIntent::Status::RequiresAction && pi->redirectUrl.isValid()))
        confirmForPhone();
    else
        emit prepared(m_pi);
}

void CheckoutFlow::adopt(const PaymentIntent &pi)
{
    m_pi = pi;
    store::PaymentAttempts attempts(m_db);
    auto attempt = attempts.get(m_attemptId);
    if (attempt.ok() && attempt->paymentIntentId != pi.id) {
        PaymentAttempt updated = attempt.value();
        updated.paymentIntentId = pi.id;
        updated.status = PaymentIntent::statusName(pi.status);
        if (const auto saved = attempts.update(updated); !saved.ok())
            qCWarning(lcCheckout) << "could not store PaymentIntent id:" << saved.error().detail();
    }
}

void CheckoutFlow::refresh()
{
    if (m_pi.id.isEmpty() || m_busy)
        return;
    track(m_client.retrievePaymentIntent(m_pi.id), [this](stripe::StripeReply *reply) {
        if (!reply->isOk()) {
            if (transient(reply->error()))
                emit checking(); // the follow timer tries again
            else
                fail(reply->error());
            return;
        }
        const auto pi = reply->paymentIntent();
        if (!pi)
            return;
        m_pi = *pi;
        // A payment being taken has no refunds yet: the PaymentIntent alone is the whole truth.
        const auto applied = payments::PaymentApplier(m_db).apply(payments::PaymentSnapshot::withoutRefunds(*pi), m_actor,
                                                                  QStringLiteral("checkout"));
        if (!applied.ok()) {
            fail(applied.error().userMessage(), applied.error().detail());
            return;
        }
        const auto attempt = store::PaymentAttempts(m_db).findByPaymentIntent(pi->id);
        const CheckoutOutcome result =
            outcomeFor(*pi, applied->to, attempt.ok() ? attempt->captureBefore : QDateTime());
        if (result.kind != CheckoutOutcome::Kind::Waiting)
            stopFollowing();
        emit outcome(result);
    });
}

void CheckoutFlow::startFollowing()
{
    m_follow.start();
}

void CheckoutFlow::stopFollowing()
{
    m_follow.stop();
}

CheckoutOutcome CheckoutFlow::outcomeFor(const PaymentIntent &pi, OrderState orderState, const QDateTime &captureBefore)
{
    CheckoutOutcome o;
    o.paymentIntent = pi;
    o.orderState = orderState;
    o.captureBefore = captureBefore;
    const QLocale locale;
    using S = PaymentIntent::Status;
    switch (pi.status) {
    case S::RequiresCapture:
        o.kind = CheckoutOutcome::Kind::Held;
        o.message = captureBefore.isValid()
                        ? tr("Held %1 — capture by %2")
                              .arg(pi.capturableMoney().format(locale),
                                   // A week ahead falls on today's weekday: the date tells them apart.
                                   locale.toString(captureBefore.toLocalTime(), QLocale::ShortFormat))
                        : tr("Held %1 — capture within 7 days").arg(pi.capturableMoney().format(locale));
        break;
    case S::Succeeded:
        o.kind = CheckoutOutcome::Kind::Paid;
        o.message = tr("Paid %1").arg(pi.receivedMoney().format(locale));
        break;
    case S::Canceled:
        o.kind = CheckoutOutcome::Kind::Cancelled;
        o.message = tr("This payment was cancelled.");
        break;
    case S::RequiresPaymentMethod:
        if (!pi.lastPaymentError.isEmpty()) {
            o.kind = CheckoutOutcome::Kind::Declined;
            o.message = stripe::StripeError::messageForCode(pi.lastPaymentError.code);
            break;
        }
        o.kind = CheckoutOutcome::Kind::Waiting;
        o.message = tr("Waiting for the customer to choose how to pay…");
        break;
    case S::Processing:
        o.kind = CheckoutOutcome::Kind::Waiting;
        o.message = tr("Payment is processing…");
        break;
    case S::RequiresAction:
    case S::RequiresConfirmation:
        o.kind = CheckoutOutcome::Kind::Waiting;
        o.message = tr("Waiting for the customer…");
        break;
    }
    return o;
}

} // namespace holdfast::checkout
