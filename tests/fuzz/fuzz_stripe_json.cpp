// Stripe JSON -> Holdfast's domain types, along the paths the client takes with an answer:
// the body is decoded as StripeReply does, then read as the object the call expected
// (PaymentIntent, Refund, Event, list or search result), list entries as the back office and
// reconciliation read them, event payloads as the event processor does, and error bodies as
// StripeError::fromResponse does. Nothing may crash; a rejected object must say which field and why;
// an accepted one must satisfy what the rest of Holdfast relies on.
#include "fuzzsupport.h"

#include "domain/money.h"
#include "domain/paymentintent.h"
#include "domain/dispute.h"
#include "domain/stripeobjects.h"
#include "events/eventprocessor.h"
#include "stripe/stripeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace holdfast;

namespace {

void checkRejected(const ParseError &error, const char *what)
{
    FUZZ_CHECK(!error.reason.isEmpty(), QStringLiteral("%1 rejected without a reason").arg(QLatin1String(what)));
    FUZZ_CHECK(!error.toString().isEmpty(), QString());
}

void checkPaymentIntent(const QJsonObject &o)
{
    ParseError error;
    const auto pi = PaymentIntent::fromJson(o, &error);
    if (!pi) {
        checkRejected(error, "PaymentIntent");
        return;
    }
    FUZZ_CHECK(pi->id.startsWith(QLatin1String("pi_")), pi->id);
    FUZZ_CHECK(pi->amount >= 0 && pi->amountCapturable >= 0 && pi->amountReceived >= 0, pi->id);
    FUZZ_CHECK(PaymentIntent::statusFromName(PaymentIntent::statusName(pi->status)) == pi->status, pi->id);
    FUZZ_CHECK(!PaymentIntent::captureMethodName(pi->captureMethod).isEmpty(), pi->id);
    FUZZ_CHECK(o.value(QLatin1String("status")).toString() == PaymentIntent::statusName(pi->status),
               QStringLiteral("status read as another status"));
    // What the till shows: amounts as Money in the PaymentIntent's currency (invalid when unknown).
    for (const Money &m : {pi->amountMoney(), pi->capturableMoney(), pi->receivedMoney()}) {
        if (m.isValid()) {
            FUZZ_CHECK(m.currency() == pi->currency.toLower(), m.currency());
            (void)m.format(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }
    // Re-reading the same object gives the same result: the parser keeps no state.
    ParseError again;
    const auto second = PaymentIntent::fromJson(o, &again);
    FUZZ_CHECK(second && second->id == pi->id && second->amount == pi->amount && second->status == pi->status,
               pi->id);
}

void checkRefund(const QJsonObject &o)
{
    ParseError error;
    const auto refund = Refund::fromJson(o, &error);
    if (!refund) {
        checkRejected(error, "Refund");
        return;
    }
    FUZZ_CHECK(o.value(QLatin1String("object")).toString() == QLatin1String("refund"), refund->id);
    FUZZ_CHECK(o.value(QLatin1String("id")).isString(), refund->id);
}

void checkDispute(const QJsonObject &o)
{
    ParseError error;
    const auto dispute = Dispute::fromJson(o, &error);
    if (!dispute) {
        checkRejected(error, "Dispute");
        return;
    }
    FUZZ_CHECK(o.value(QLatin1String("object")).toString() == QLatin1String("dispute"), dispute->id);
    FUZZ_CHECK(dispute->amount >= 0, dispute->id);
    // What the till shows of it, whatever the codes say.
    (void)disputetext::status(dispute->status);
    (void)disputetext::reason(dispute->reason);
    FUZZ_CHECK(Dispute::rank(dispute->status) >= 0, dispute->status);
    FUZZ_CHECK(!(dispute->isOpen() && Dispute::isClosedStatus(dispute->status)), dispute->status);
}

void checkEvent(const QJsonObject &o)
{
    ParseError error;
    const auto event = StripeEvent::fromJson(o, &error);
    if (!event) {
        checkRejected(error, "Event");
        return;
    }
    FUZZ_CHECK(!event->type.isNull() && !event->id.isNull(), event->id);
    // The payload as the event processor reads it.
    if (event->objectType() == QLatin1String("payment_intent"))
        checkPaymentIntent(event->object);
    else if (event->objectType() == QLatin1String("refund"))
        checkRefund(event->object);
    else if (event->objectType() == QLatin1String("dispute"))
        checkDispute(event->object);
    (void)events::EventProcessor::acts(event->type);
    (void)events::eventmapping::paymentIntentIdOf(*event);
    // charge.* and refund.* events move what Holdfast last knew of the attempt.
    PaymentAttempt known;
    known.paymentIntentId = QStringLiteral("pi_3Fuzz000000000000000000");
    known.captureMethod = QStringLiteral("manual");
    known.status = QStringLiteral("requires_capture");
    known.currency = QStringLiteral("usd");
    known.amountMinor = 4200;
    known.amountAuthorisedMinor = 4200;
    known.amountRefundedMinor = 100;
    qint64 refunded = -1;
    const auto implied = events::eventmapping::impliedPaymentIntent(*event, known, &refunded);
    FUZZ_CHECK(refunded >= 0, QStringLiteral("refunded total went negative"));
    if (event->objectType() != QLatin1String("payment_intent"))
        FUZZ_CHECK(refunded >= known.amountRefundedMinor, QStringLiteral("refunded total shrank"));
    if (implied)
        FUZZ_CHECK(!PaymentIntent::statusName(implied->status).isEmpty(), implied->id);
}

void checkList(const QJsonObject &o)
{
    ParseError error;
    const auto list = StripeList::fromJson(o, &error);
    if (!list) {
        checkRejected(error, "list");
        return;
    }
    FUZZ_CHECK(o.value(QLatin1String("data")).isArray(), QString());
    // The back office and reconciliation read every entry as the kind they asked for.
    for (const QJsonValue &v : list->data) {
        const QJsonObject item = v.toObject();
        const QString kind = item.value(QLatin1String("object")).toString();
        if (kind == QLatin1String("refund"))
            checkRefund(item);
        else if (kind == QLatin1String("event"))
            checkEvent(item);
        else
            checkPaymentIntent(item);
    }
}

void checkError(const QByteArray &body)
{
    for (int status : {400, 402, 404, 409, 429, 500}) {
        const stripe::StripeError e = stripe::StripeError::fromResponse(status, body, QStringLiteral("req_fuzz"));
        FUZZ_CHECK(e.kind == stripe::StripeError::Kind::Api && e.httpStatus == status, QString());
        // Whatever Stripe sent, the person at the till gets a sentence, never nothing.
        FUZZ_CHECK(!e.userMessage().isEmpty(), e.code);
        FUZZ_CHECK(!e.technicalDetail().isEmpty(), QString());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    // As StripeReply: a 2xx body must be a JSON object, anything else is an invalid response.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        checkError(body); // error bodies are read leniently and must never crash either
        return 0;
    }
    const QJsonObject o = doc.object();
    // StripeReply checks what the call expected; the fuzzer tries every expectation on every body.
    checkPaymentIntent(o);
    checkRefund(o);
    checkDispute(o);
    checkEvent(o);
    checkList(o);
    checkError(body);
    return 0;
}
