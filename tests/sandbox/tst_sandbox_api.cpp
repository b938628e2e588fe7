// The sandbox's Stripe API over real HTTP: calls, errors, idempotency, faults and clock-driven expiry.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::test::ApiClient;
using holdfast::test::ApiReply;
using holdfast::test::SandboxProcess;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    QJsonObject authorize(const QString &pi, const char *outcome = "authorize")
    {
        QByteArray reply;
        const int status = m_sandbox.control("/_sandbox/amazon_pay/" + pi.toUtf8() + '/' + outcome, {}, &reply);
        return status == 200 ? QJsonDocument::fromJson(reply).object() : QJsonObject();
    }
    void advance(qint64 seconds)
    {
        QCOMPARE(m_sandbox.control("/_sandbox/clock/advance", "{\"seconds\":" + QByteArray::number(seconds) + '}'), 200);
    }
    void fault(const QByteArray &json) { QCOMPARE(m_sandbox.control("/_sandbox/faults", json), 200); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_api = std::make_unique<ApiClient>(m_sandbox.baseUrl());
    }
    void init() { QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200); }

    void createRequiresAmountAndCurrency()
    {
        const ApiReply r = m_api->post(u"/v1/payment_intents"_s, "currency=usd");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"parameter_missing"_s);
        QCOMPARE(r.json[u"error"][u"param"].toString(), u"amount"_s);
        QVERIFY(r.json[u"error"][u"doc_url"].toString().endsWith(u"/parameter-missing"));
        QVERIFY(r.headers.value("request-id").startsWith("req_"));
    }

    void amountLimitsAndIntegers()
    {
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "amount=49&currency=usd").errorCode(), u"amount_too_small"_s);
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "amount=100000000&currency=usd").errorCode(),
                 u"amount_too_large"_s);
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "amount=12x&currency=usd").errorCode(),
                 u"parameter_invalid_integer"_s);
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "amount=50&currency=usd").status, 200);
    }

    void unknownParametersAreRejected()
    {
        ApiReply r = m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd&colour=red");
        QCOMPARE(r.errorCode(), u"parameter_unknown"_s);
        QCOMPARE(r.json[u"error"][u"message"].toString(), u"Received unknown parameter: colour"_s);
        r = m_api->post(u"/v1/payment_intents"_s,
                        "amount=500&currency=usd&confirm=true&payment_method_data[type]=card&payment_method_data[bogus]=1");
        QCOMPARE(r.errorCode(), u"parameter_unknown"_s);
        QCOMPARE(r.json[u"error"][u"param"].toString(), u"payment_method_data[bogus]"_s);
    }

    void authenticationBasicBearerAndPublishable()
    {
        ApiClient basicless(m_sandbox.baseUrl(), "sk_test_wrongwrongwrong1234");
        ApiReply r = basicless.get(u"/v1/payment_intents"_s);
        QCOMPARE(r.status, 401);
        QVERIFY(r.json[u"error"][u"message"].toString().contains(u"sk_test_****1234"));
        QVERIFY(!r.body.contains("wrongwrongwrong"));
        const QByteArray basic = "Basic " + QByteArray("sk_test_holdfastsandbox0000000000000000:").toBase64();
        QCOMPARE(m_api->raw("GET", u"/v1/payment_intents"_s, {}, {{"Authorization", basic}}).status, 200);
        QCOMPARE(m_api->raw("GET", u"/v1/payment_intents"_s, {}, {}).status, 401);
        ApiClient pk(m_sandbox.baseUrl(), SandboxProcess::publishableKey);
        r = pk.post(u"/v1/payment_intents"_s, "amount=500&currency=usd");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"secret_key_required"_s);
    }

    void publishableKeySeesSubsetWithClientSecret()
    {
        const ApiReply created = m_api->post(u"/v1/payment_intents"_s, "amount=700&currency=usd&metadata[order_id]=9");
        const QString id = created.str(u"id"_s);
        ApiClient pk(m_sandbox.baseUrl(), SandboxProcess::publishableKey);
        ApiReply r = pk.get(u"/v1/payment_intents/"_s + id,
                            "client_secret=" + QUrl::toPercentEncoding(created.str(u"client_secret"_s)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"amount"].toInt(), 700);
        QVERIFY(!r.json.contains(u"metadata"));
        r = pk.get(u"/v1/payment_intents/"_s + id, "client_secret=" + id.toUtf8() + "_secret_nope");
        QCOMPARE(r.status, 400);
    }

    void bracketEncodingsAreEquivalent()
    {
        for (const QByteArray types : {"payment_method_types[]=amazon_pay", "payment_method_types[0]=amazon_pay",
                                       "payment_method_types%5B%5D=amazon_pay"}) {
            const ApiReply r = m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd&" + types);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json[u"payment_method_types"].toArray(), QJsonArray{u"amazon_pay"_s});
        }
    }

    void amazonPayManualPartialCaptureAndRefund()
    {
        ApiReply r = m_api->createAmazonPay(6000, true, "metadata[order_id]=42");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.str(u"status"_s), u"requires_action"_s);
        const QString id = r.str(u"id"_s);
        const QString page = r.json[u"next_action"][u"redirect_to_url"][u"url"].toString();
        QVERIFY(page.startsWith(m_sandbox.baseUrl().toString()));
        QCOMPARE(m_api->post(u"/v1/payment_intents/"_s + id + u"/capture").errorCode(),
                 u"payment_intent_unexpected_state"_s);
        const QJsonObject held = authorize(id);
        QCOMPARE(held[u"status"].toString(), u"requires_capture"_s);
        QCOMPARE(held[u"amount_capturable"].toInt(), 6000);
        r = m_api->post(u"/v1/payment_intents/"_s + id + u"/capture", "amount_to_capture=6001");
        QCOMPARE(r.errorCode(), u"amount_too_large"_s);
        r = m_api->post(u"/v1/payment_intents/"_s + id + u"/capture", "amount_to_capture=4000");
        QCOMPARE(r.str(u"status"_s), u"succeeded"_s);
        QCOMPARE(r.json[u"amount_received"].toInt(), 4000);
        QCOMPARE(r.json[u"amount_capturable"].toInt(), 0);
        const ApiReply charge = m_api->get(u"/v1/charges/"_s + r.str(u"latest_charge"_s));
        QCOMPARE(charge.json[u"amount_captured"].toInt(), 4000);
        QCOMPARE(charge.json[u"payment_method_details"][u"type"].toString(), u"amazon_pay"_s);
        r = m_api->post(u"/v1/refunds"_s, "payment_intent=" + id.toUtf8() + "&amount=1000");
        QCOMPARE(r.str(u"status"_s), u"pending"_s);
        const QString refund = r.str(u"id"_s);
        QCOMPARE(m_api->post(u"/v1/refunds"_s, "payment_intent=" + id.toUtf8() + "&amount=3001").errorCode(),
                 u"amount_too_large"_s);
        advance(1);
        QCOMPARE(m_api->get(u"/v1/refunds/"_s + refund).str(u"status"_s), u"succeeded"_s);
        const ApiReply rest = m_api->post(u"/v1/refunds"_s, "payment_intent=" + id.toUtf8());
        QCOMPARE(rest.json[u"amount"].toInt(), 3000);
        // Without any clock control, a pending Amazon Pay refund settles after a short real delay.
        QTRY_COMPARE_WITH_TIMEOUT(m_api->get(u"/v1/refunds/"_s + rest.str(u"id"_s)).str(u"status"_s), u"succeeded"_s, 4000);
        QCOMPARE(m_api->post(u"/v1/refunds"_s, "payment_intent=" + id.toUtf8()).errorCode(),
                 u"charge_already_refunded"_s);
        const QString late = m_api->createAmazonPay(6000, false).str(u"id"_s);
        authorize(late);
        advance(91 * 24 * 3600);
        QCOMPARE(m_api->post(u"/v1/refunds"_s, "payment_intent=" + late.toUtf8()).errorCode(),
                 u"charge_not_refundable"_s);
        QStringList types;
        for (const QJsonValue &e : m_api->get(u"/v1/events"_s, "limit=100").json[u"data"].toArray())
            types.prepend(e[u"type"].toString());
        for (const QString &expected : {u"payment_intent.created"_s, u"payment_intent.requires_action"_s,
                                        u"payment_intent.amount_capturable_updated"_s, u"charge.captured"_s,
                                        u"payment_intent.succeeded"_s, u"refund.created"_s, u"refund.updated"_s})
            QVERIFY2(types.contains(expected), qPrintable(expected));
    }

    void amazonPayFailureDetachesPaymentMethod()
    {
        const QString id = m_api->createAmazonPay().str(u"id"_s);
        const QJsonObject failed = authorize(id, "fail");
        QCOMPARE(failed[u"status"].toString(), u"requires_payment_method"_s);
        QVERIFY(failed[u"payment_method"].isNull());
        QCOMPARE(failed[u"last_payment_error"][u"code"].toString(), u"payment_intent_payment_attempt_failed"_s);
        QVERIFY(authorize(id).isEmpty()); // no longer awaiting approval
    }

    void redirectLapsesAfterTenMinutes()
    {
        const QString id = m_api->createAmazonPay().str(u"id"_s);
        advance(590);
        QCOMPARE(m_api->get(u"/v1/payment_intents/"_s + id).str(u"status"_s), u"requires_action"_s);
        advance(10);
        const ApiReply r = m_api->get(u"/v1/payment_intents/"_s + id);
        QCOMPARE(r.str(u"status"_s), u"requires_payment_method"_s);
        QCOMPARE(r.json[u"last_payment_error"][u"code"].toString(), u"payment_intent_payment_attempt_expired"_s);
    }

    void uncapturedHoldIsCanceledAfterSevenDays()
    {
        const QString id = m_api->createAmazonPay().str(u"id"_s);
        authorize(id);
        advance(7 * 24 * 3600 - 60);
        QCOMPARE(m_api->get(u"/v1/payment_intents/"_s + id).str(u"status"_s), u"requires_capture"_s);
        advance(60);
        const ApiReply r = m_api->get(u"/v1/payment_intents/"_s + id);
        QCOMPARE(r.str(u"status"_s), u"canceled"_s);
        QCOMPARE(r.str(u"cancellation_reason"_s), u"automatic"_s);
        const ApiReply events = m_api->get(u"/v1/events"_s, "type=payment_intent.canceled");
        QCOMPARE(events.json[u"data"].toArray().size(), 1);
    }

    void stateErrorsUseStripesWording()
    {
        const QString id = m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd").str(u"id"_s);
        ApiReply r = m_api->post(u"/v1/payment_intents/"_s + id + u"/capture");
        QCOMPARE(r.errorCode(), u"payment_intent_unexpected_state"_s);
        QVERIFY(r.json[u"error"][u"message"].toString().contains(
            u"could not be captured because it has a status of requires_payment_method"));
        QCOMPARE(r.json[u"error"][u"payment_intent"][u"id"].toString(), id);
        QCOMPARE(m_api->post(u"/v1/payment_intents/"_s + id + u"/cancel", "cancellation_reason=abandoned")
                     .str(u"status"_s),
                 u"canceled"_s);
        QCOMPARE(m_api->post(u"/v1/payment_intents/"_s + id + u"/cancel").errorCode(),
                 u"payment_intent_unexpected_state"_s);
        QCOMPARE(m_api->post(u"/v1/payment_intents/"_s + id, "amount=900").errorCode(),
                 u"payment_intent_unexpected_state"_s);
        QCOMPARE(m_api->get(u"/v1/payment_intents/pi_missing"_s).status, 404);
        QCOMPARE(m_api->get(u"/v1/payment_intents/pi_missing"_s).json[u"error"][u"message"].toString(),
                 u"No such payment_intent: 'pi_missing'"_s);
    }

    void amazonPayCurrencyAndReturnUrl()
    {
        ApiReply r = m_api->post(u"/v1/payment_intents"_s,
                                 "amount=500&currency=eur&payment_method_types[]=amazon_pay");
        QCOMPARE(r.errorCode(), u"payment_intent_invalid_currency"_s);
        r = m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd&confirm=true&payment_method_types[]="
                                                   "amazon_pay&payment_method_data[type]=amazon_pay");
        QCOMPARE(r.errorCode(), u"payment_intent_redirect_confirmation_without_return_url"_s);
    }

    void testCardsSucceedAndDecline()
    {
        const QByteArray card = "amount=1500&currency=usd&confirm=true&payment_method_types[]=card"
                                "&payment_method_data[type]=card&payment_method_data[card][exp_month]=12"
                                "&payment_method_data[card][exp_year]=2034&payment_method_data[card][number]=";
        ApiReply r = m_api->post(u"/v1/payment_intents"_s, card + "4242424242424242");
        QCOMPARE(r.str(u"status"_s), u"succeeded"_s);
        QCOMPARE(r.json[u"amount_received"].toInt(), 1500);
        r = m_api->post(u"/v1/payment_intents"_s, card + "4000000000000002");
        QCOMPARE(r.status, 402);
        QCOMPARE(r.errorType(), u"card_error"_s);
        QCOMPARE(r.errorCode(), u"card_declined"_s);
        QCOMPARE(r.json[u"error"][u"decline_code"].toString(), u"generic_decline"_s);
        const QString id = r.json[u"error"][u"payment_intent"][u"id"].toString();
        QCOMPARE(m_api->get(u"/v1/payment_intents/"_s + id).str(u"status"_s), u"requires_payment_method"_s);
    }

    // A refund that does not reach the customer: the control fails a pending one, and Stripe's test
    // card 4000000000005126 makes a refund that starts succeeded fail a moment later. Either way the
    // refund says failed with a reason, the charge counts the money as not refunded, and refund.failed
    // and refund.updated are sent.
    void refundsCanFail()
    {
        ApiReply r = m_api->createAmazonPay(6000, false);
        const QString amazon = r.str(u"id"_s);
        authorize(amazon);
        r = m_api->post(u"/v1/refunds"_s, "payment_intent=" + amazon.toUtf8() + "&amount=2500");
        QCOMPARE(r.str(u"status"_s), u"pending"_s);
        const QString pending = r.str(u"id"_s);
        QByteArray reply;
        QCOMPARE(m_sandbox.control("/_sandbox/refunds/" + pending.toUtf8() + "/fail", "{\"failure_reason\":\"lost_or_stolen_card\"}", &reply), 200);
        ApiReply failed = m_api->get(u"/v1/refunds/"_s + pending);
        QCOMPARE(failed.str(u"status"_s), u"failed"_s);
        QCOMPARE(failed.str(u"failure_reason"_s), u"lost_or_stolen_card"_s);
        const QString charge = m_api->get(u"/v1/payment_intents/"_s + amazon).str(u"latest_charge"_s);
        QCOMPARE(m_api->get(u"/v1/charges/"_s + charge).json[u"amount_refunded"].toInt(), 0);
        // Settling later changes nothing; failing it again is refused.
        advance(5);
        QCOMPARE(m_api->get(u"/v1/refunds/"_s + pending).str(u"status"_s), u"failed"_s);
        QCOMPARE(m_sandbox.control("/_sandbox/refunds/" + pending.toUtf8() + "/fail"), 400);
        QCOMPARE(m_sandbox.control("/_sandbox/refunds/re_nothing/fail"), 404);
        // The whole amount can be refunded again.
        QCOMPARE(m_api->post(u"/v1/refunds"_s, "payment_intent=" + amazon.toUtf8()).json[u"amount"].toInt(), 6000);

        const QByteArray card = "amount=1500&currency=usd&confirm=true&payment_method_types[]=card"
                                "&payment_method_data[type]=card&payment_method_data[card][exp_month]=12"
                                "&payment_method_data[card][exp_year]=2034&payment_method_data[card][number]=4000000000005126";
        const QString paid = m_api->post(u"/v1/payment_intents"_s, card).str(u"id"_s);
        r = m_api->post(u"/v1/refunds"_s, "payment_intent=" + paid.toUtf8());
        QCOMPARE(r.str(u"status"_s), u"succeeded"_s);
        advance(2);
        failed = m_api->get(u"/v1/refunds/"_s + r.str(u"id"_s));
        QCOMPARE(failed.str(u"status"_s), u"failed"_s);
        QVERIFY(!failed.str(u"failure_reason"_s).isEmpty());
        int failedEvents = 0, updatedToFailed = 0;
        for (const QJsonValue &e : m_api->get(u"/v1/events"_s, "limit=100").json[u"data"].toArray()) {
            failedEvents += e[u"type"].toString() == u"refund.failed";
            updatedToFailed += e[u"type"].toString() == u"refund.updated" && e[u"data"][u"object"][u"status"].toString() == u"failed";
        }
        QCOMPARE(failedEvents, 2);
        QCOMPARE(updatedToFailed, 2);
    }

    // A customer's bank disputes a captured charge: Stripe's dispute object and events at each step,
    // lists filtered by PaymentIntent and charge, a refund of a charged-back payment refused, and
    // Stripe's test card that is disputed as soon as it is paid.
    void disputesOpenMoveAndClose()
    {
        const QByteArray card = "amount=2500&currency=usd&confirm=true&payment_method_types[]=card"
                                "&payment_method_data[type]=card&payment_method_data[card][exp_month]=12"
                                "&payment_method_data[card][exp_year]=2034&payment_method_data[card][number]=";
        const QString paid = m_api->post(u"/v1/payment_intents"_s, card + "4242424242424242").str(u"id"_s);
        QByteArray reply;
        // Refused: an unknown reason, too much, a PaymentIntent with nothing captured.
        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/" + paid.toUtf8() + "/dispute", "{\"reason\":\"bored\"}"), 400);
        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/" + paid.toUtf8() + "/dispute", "{\"amount\":2501}"), 400);
        const QString open = m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd").str(u"id"_s);
        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/" + open.toUtf8() + "/dispute", "{}"), 400);
        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/pi_nothing/dispute", "{}"), 404);

        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/" + paid.toUtf8() + "/dispute",
                                   "{\"reason\":\"product_not_received\",\"amount\":2000}", &reply), 200);
        const QJsonObject opened = QJsonDocument::fromJson(reply).object();
        const QString id = opened[u"id"].toString();
        QVERIFY(id.startsWith(u"du_"));
        QCOMPARE(opened[u"object"].toString(), u"dispute"_s);
        QCOMPARE(opened[u"status"].toString(), u"needs_response"_s);
        QCOMPARE(opened[u"amount"].toInt(), 2000);
        QCOMPARE(opened[u"payment_intent"].toString(), paid);
        QVERIFY(opened[u"evidence_details"][u"due_by"].toInteger() > opened[u"created"].toInteger());
        QVERIFY(opened[u"evidence"].toObject().contains(u"uncategorized_text"));
        QCOMPARE(opened[u"balance_transactions"].toArray().size(), 1);
        QCOMPARE(opened[u"balance_transactions"][0][u"amount"].toInt(), -2000);
        for (const QString &key : opened.keys())
            QVERIFY2(!key.startsWith(u'_'), qPrintable(key)); // the sandbox's own fields stay inside
        const QString charge = opened[u"charge"].toString();
        QCOMPARE(m_api->get(u"/v1/charges/"_s + charge).json[u"disputed"].toBool(), true);
        // One dispute per charge; Stripe will not refund a charged-back payment.
        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/" + paid.toUtf8() + "/dispute", "{}"), 400);
        QCOMPARE(m_api->post(u"/v1/refunds"_s, "payment_intent=" + paid.toUtf8()).errorCode(), u"charge_disputed"_s);

        // Read like any Stripe object, and listed by PaymentIntent or charge.
        QCOMPARE(m_api->get(u"/v1/disputes/"_s + id).str(u"status"_s), u"needs_response"_s);
        QCOMPARE(m_api->get(u"/v1/disputes/du_nothing"_s).status, 404);
        QCOMPARE(m_api->get(u"/v1/disputes"_s, "payment_intent=" + paid.toUtf8()).json[u"data"].toArray().size(), 1);
        QCOMPARE(m_api->get(u"/v1/disputes"_s, "charge=" + charge.toUtf8()).json[u"data"].toArray().size(), 1);
        QCOMPARE(m_api->get(u"/v1/disputes"_s, "payment_intent=" + open.toUtf8()).json[u"data"].toArray().size(), 0);
        QCOMPARE(m_api->get(u"/v1/disputes"_s, "colour=red").errorCode(), u"parameter_unknown"_s);

        // Evidence sent, then lost; a closed dispute cannot move again, nor go back.
        QCOMPARE(m_sandbox.control("/_sandbox/disputes/" + id.toUtf8(), "{\"status\":\"warning_closed\"}"), 400);
        QCOMPARE(m_sandbox.control("/_sandbox/disputes/" + id.toUtf8(), "{\"status\":\"under_review\"}", &reply), 200);
        QCOMPARE(QJsonDocument::fromJson(reply).object()[u"evidence_details"][u"submission_count"].toInt(), 1);
        QCOMPARE(m_sandbox.control("/_sandbox/disputes/" + id.toUtf8(), "{\"status\":\"lost\"}"), 200);
        QCOMPARE(m_sandbox.control("/_sandbox/disputes/" + id.toUtf8(), "{\"status\":\"won\"}"), 400);
        // Lost: the money stays with the customer, so it still cannot be refunded.
        QCOMPARE(m_api->post(u"/v1/refunds"_s, "payment_intent=" + paid.toUtf8()).errorCode(), u"charge_disputed"_s);
        QCOMPARE(m_sandbox.control("/_sandbox/disputes/du_nothing", "{\"status\":\"won\"}"), 404);

        QStringList types;
        const QJsonArray events = m_api->get(u"/v1/events"_s, "type=charge.dispute.*").json[u"data"].toArray();
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            types.append(events.at(i)[u"type"].toString());
            QCOMPARE(events.at(i)[u"data"][u"object"][u"object"].toString(), u"dispute"_s);
            QCOMPARE(events.at(i)[u"data"][u"object"][u"id"].toString(), id);
        }
        QCOMPARE(types, (QStringList{u"charge.dispute.created"_s, u"charge.dispute.funds_withdrawn"_s,
                                     u"charge.dispute.updated"_s, u"charge.dispute.closed"_s}));
        QCOMPARE(events.first()[u"data"][u"previous_attributes"][u"status"].toString(), u"under_review"_s);

        // An inquiry moves no money, may escalate to a chargeback, and a won one gives the money back.
        const QString second = m_api->post(u"/v1/payment_intents"_s, card + "4242424242424242").str(u"id"_s);
        QCOMPARE(m_sandbox.control("/_sandbox/payment_intents/" + second.toUtf8() + "/dispute", "{\"inquiry\":true}", &reply), 200);
        const QString inquiry = QJsonDocument::fromJson(reply).object()[u"id"].toString();
        QCOMPARE(QJsonDocument::fromJson(reply).object()[u"status"].toString(), u"warning_needs_response"_s);
        QCOMPARE(QJsonDocument::fromJson(reply).object()[u"balance_transactions"].toArray().size(), 0);
        QCOMPARE(m_sandbox.control("/_sandbox/disputes/" + inquiry.toUtf8(), "{\"status\":\"needs_response\"}"), 200);
        QCOMPARE(m_sandbox.control("/_sandbox/disputes/" + inquiry.toUtf8(), "{\"status\":\"won\"}", &reply), 200);
        QCOMPARE(QJsonDocument::fromJson(reply).object()[u"balance_transactions"].toArray().size(), 2);
        QCOMPARE(m_api->get(u"/v1/events"_s, "type=charge.dispute.funds_reinstated").json[u"data"].toArray().size(), 1);
        // Won: the money is back with the shop, and may be refunded.
        QCOMPARE(m_api->post(u"/v1/refunds"_s, "payment_intent=" + second.toUtf8()).status, 200);
        QCOMPARE(m_api->get(u"/v1/events"_s, "type=charge.dispute.funds_withdrawn").json[u"data"].toArray().size(), 2);

        // Stripe's test card 4000000000000259: paid, then disputed as fraudulent.
        const QString fraud = m_api->post(u"/v1/payment_intents"_s, card + "4000000000000259").str(u"id"_s);
        const QJsonArray auto_ = m_api->get(u"/v1/disputes"_s, "payment_intent=" + fraud.toUtf8()).json[u"data"].toArray();
        QCOMPARE(auto_.size(), 1);
        QCOMPARE(auto_.first()[u"reason"].toString(), u"fraudulent"_s);
        QCOMPARE(auto_.first()[u"status"].toString(), u"needs_response"_s);
    }

    void updateMetadataAndLimits()
    {
        const QString id =
            m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd&metadata[a]=1&metadata[b]=2").str(u"id"_s);
        ApiReply r = m_api->post(u"/v1/payment_intents/"_s + id, "metadata[a]=&description=Phone+order");
        QCOMPARE(r.json[u"metadata"].toObject(), (QJsonObject{{u"b"_s, u"2"_s}}));
        QCOMPARE(r.str(u"description"_s), u"Phone order"_s);
        r = m_api->post(u"/v1/payment_intents/"_s + id, "metadata[" + QByteArray(41, 'k') + "]=x");
        QCOMPARE(r.status, 400);
        r = m_api->post(u"/v1/payment_intents/"_s + id, "metadata[k]=" + QByteArray(501, 'v'));
        QCOMPARE(r.status, 400);
    }

    void listsPaginateNewestFirst()
    {
        QStringList ids;
        for (int i = 0; i < 15; ++i)
            ids.prepend(m_api->post(u"/v1/payment_intents"_s, "amount=" + QByteArray::number(500 + i) + "&currency=usd")
                            .str(u"id"_s));
        ApiReply page = m_api->get(u"/v1/payment_intents"_s);
        QCOMPARE(page.json[u"data"].toArray().size(), 10);
        QVERIFY(page.json[u"has_more"].toBool());
        QCOMPARE(page.json[u"data"][0][u"id"].toString(), ids.first());
        page = m_api->get(u"/v1/payment_intents"_s, "limit=10&starting_after=" + ids.at(9).toUtf8());
        QCOMPARE(page.json[u"data"].toArray().size(), 5);
        QVERIFY(!page.json[u"has_more"].toBool());
        page = m_api->get(u"/v1/payment_intents"_s, "limit=3&ending_before=" + ids.at(5).toUtf8());
        QCOMPARE(page.json[u"data"][0][u"id"].toString(), ids.at(2));
        QCOMPARE(m_api->get(u"/v1/payment_intents"_s, "limit=0").status, 400);
        QCOMPARE(m_api->get(u"/v1/payment_intents"_s, "created[gte]=99999999999").json[u"data"].toArray().size(), 0);
    }

    void createdRangesFilterLikeStripe()
    {
        // Three PaymentIntents a minute apart; every bound, alone and combined, and a cache of the
        // sorted list that must notice a new object.
        QList<qint64> created;
        for (int i = 0; i < 3; ++i) {
            created << m_api->post(u"/v1/payment_intents"_s, "amount=700&currency=usd").json[u"created"].toInteger();
            advance(60);
        }
        auto count = [&](const QByteArray &filter) {
            const ApiReply r = m_api->get(u"/v1/payment_intents"_s, filter);
            return r.status == 200 ? int(r.json[u"data"].toArray().size()) : -r.status;
        };
        const QByteArray first = QByteArray::number(created.at(0));
        const QByteArray middle = QByteArray::number(created.at(1));
        QCOMPARE(count("created=" + middle), 1);
        QCOMPARE(count("created[gt]=" + middle), 1);
        QCOMPARE(count("created[gte]=" + middle), 2);
        QCOMPARE(count("created[lt]=" + middle), 1);
        QCOMPARE(count("created[lte]=" + middle), 2);
        QCOMPARE(count("created[gt]=" + first + "&created[lt]=" + QByteArray::number(created.at(2))), 1);
        QCOMPARE(count("created[gt]=9223372036854775807"), 0);
        QCOMPARE(count("created[lt]=-9223372036854775808"), 0);
        QCOMPARE(count("created[after]=" + first), -400);
        QCOMPARE(count("created[gt]=soon"), -400);
        // Listed once (sorted and kept), then a new object: the next list includes it, first.
        QCOMPARE(count("limit=100"), 3);
        const QString newest = m_api->post(u"/v1/payment_intents"_s, "amount=800&currency=usd").str(u"id"_s);
        const ApiReply after = m_api->get(u"/v1/payment_intents"_s, "limit=100");
        QCOMPARE(after.json[u"data"].toArray().size(), 4);
        QCOMPARE(after.json[u"data"][0][u"id"].toString(), newest);
    }

    void searchSupportsAndOrNegation()
    {
        m_api->post(u"/v1/payment_intents"_s, "amount=1000&currency=usd&metadata[order_id]=42");
        m_api->post(u"/v1/payment_intents"_s, "amount=2000&currency=usd&metadata[order_id]=43");
        auto count = [&](const QByteArray &query) {
            return m_api->get(u"/v1/payment_intents/search"_s, QByteArray("query=" + query.toPercentEncoding()))
                .json[u"data"]
                .toArray()
                .size();
        };
        QCOMPARE(count("metadata[\"order_id\"]:\"42\""), 1);
        QCOMPARE(count("status:\"requires_payment_method\" AND amount>1500"), 1);
        QCOMPARE(count("amount:1000 OR amount:2000"), 2);
        QCOMPARE(count("-metadata[\"order_id\"]:\"42\""), 1);
        // Stripe's query language takes single quotes as well (its reference's own example form).
        QCOMPARE(count("metadata['order_id']:'42'"), 1);
        QCOMPARE(count("metadata['order_id']:\"43\" OR metadata[\"order_id\"]:'42'"), 2);
        QCOMPARE(count("status:'requires_payment_method' AND -metadata['order_id']:'42'"), 1);
        QCOMPARE(m_api->get(u"/v1/payment_intents/search"_s, "query=amount%3A1%20AND%20status%3Ax%20OR%20amount%3A2").status,
                 400);
    }

    void idempotentReplayMismatchAndExpiry()
    {
        const QByteArray form = "amount=900&currency=usd";
        const ApiReply first = m_api->post(u"/v1/payment_intents"_s, form, "order-1-attempt-1");
        const ApiReply again = m_api->post(u"/v1/payment_intents"_s, form, "order-1-attempt-1");
        QCOMPARE(again.str(u"id"_s), first.str(u"id"_s));
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QVERIFY(!first.headers.contains("idempotent-replayed"));
        const ApiReply other = m_api->post(u"/v1/payment_intents"_s, "amount=901&currency=usd", "order-1-attempt-1");
        QCOMPARE(other.status, 400);
        QCOMPARE(other.errorType(), u"idempotency_error"_s);
        // Errors from execution are stored too; parameter validation failures are not.
        const QString id = first.str(u"id"_s);
        QCOMPARE(m_api->post(u"/v1/payment_intents/"_s + id + u"/capture", {}, "cap-1").status, 400);
        QCOMPARE(m_api->post(u"/v1/payment_intents/"_s + id + u"/capture", {}, "cap-1").headers.value("idempotent-replayed"),
                 QByteArray("true"));
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "currency=usd", "val-1").status, 400);
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, form, "val-1").status, 200);
        advance(24 * 3600);
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "amount=901&currency=usd", "order-1-attempt-1").status, 200);
    }

    void sameKeyInFlightIsAConflict()
    {
        fault(R"({"method":"POST","path_prefix":"/v1/payment_intents","kind":"delay","count":1,"delay_ms":1500})");
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + u"/v1/payment_intents"));
        request.setRawHeader("Authorization", "Bearer sk_test_holdfastsandbox0000000000000000");
        request.setRawHeader("Idempotency-Key", "slow-1");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *slow = network.post(request, "amount=800&currency=usd");
        QTest::qWait(300);
        const ApiReply conflict = m_api->post(u"/v1/payment_intents"_s, "amount=800&currency=usd", "slow-1");
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), u"idempotency_key_in_use"_s);
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 5000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete slow;
    }

    void faultsCommitBeforeFailing()
    {
        fault(R"({"method":"POST","path_prefix":"/v1/payment_intents","kind":"error_500_after_commit","count":1})");
        ApiReply r = m_api->post(u"/v1/payment_intents"_s, "amount=1234&currency=usd", "fault-500");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorType(), u"api_error"_s);
        QCOMPARE(m_api->get(u"/v1/payment_intents"_s).json[u"data"].toArray().size(), 1);
        r = m_api->post(u"/v1/payment_intents"_s, "amount=1234&currency=usd", "fault-500");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("idempotent-replayed"), QByteArray("true"));

        // Qt resends a request once when a kept-alive connection closes, so drop more than once.
        fault(R"({"method":"POST","path_prefix":"/v1/payment_intents","kind":"drop_after_commit","count":3})");
        r = m_api->post(u"/v1/payment_intents"_s, "amount=1235&currency=usd", "fault-drop");
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
        QCOMPARE(m_sandbox.control("/_sandbox/faults/clear"), 200);
        QCOMPARE(m_api->get(u"/v1/payment_intents"_s).json[u"data"].toArray().size(), 2);
        r = m_api->post(u"/v1/payment_intents"_s, "amount=1235&currency=usd", "fault-drop");
        QCOMPARE(r.headers.value("idempotent-replayed"), QByteArray("true"));

        fault(R"({"method":"POST","path_prefix":"/v1/payment_intents","kind":"rate_limit_429","count":1,"retry_after":3})");
        r = m_api->post(u"/v1/payment_intents"_s, "amount=1236&currency=usd", "fault-429");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), u"rate_limit"_s);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("3"));
        QCOMPARE(m_api->get(u"/v1/payment_intents"_s).json[u"data"].toArray().size(), 2);
        QCOMPARE(m_api->post(u"/v1/payment_intents"_s, "amount=1236&currency=usd", "fault-429").status, 200);
    }

    void delayedRequestCommitsAfterClientGivesUp()
    {
        fault(R"({"method":"POST","path_prefix":"/v1/payment_intents","kind":"delay","count":1,"delay_ms":800})");
        const ApiReply r = m_api->raw("POST", u"/v1/payment_intents"_s, "amount=1111&currency=usd",
                                      {{"Authorization", "Bearer sk_test_holdfastsandbox0000000000000000"},
                                       {"Content-Type", "application/x-www-form-urlencoded"}},
                                      200);
        QCOMPARE(r.status, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->get(u"/v1/payment_intents"_s).json[u"data"].toArray().size(), 1, 5000);
    }

    void exactlyOneConcurrentCaptureWins()
    {
        const QString id = m_api->createAmazonPay().str(u"id"_s);
        authorize(id);
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + u"/v1/payment_intents/" + id + u"/capture"));
        request.setRawHeader("Authorization", "Bearer sk_test_holdfastsandbox0000000000000000");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(network.post(request, QByteArray()));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](auto *r) { return r->isFinished(); }),
                                 10000);
        int wins = 0;
        for (QNetworkReply *r : replies) {
            wins += r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            delete r;
        }
        QCOMPARE(wins, 1);
    }

    void versionAndRequestIdHeaders()
    {
        const ApiReply r = m_api->raw("GET", u"/v1/payment_intents"_s, {},
                                      {{"Authorization", "Bearer sk_test_holdfastsandbox0000000000000000"},
                                       {"Stripe-Version", "2024-06-20"}});
        QCOMPARE(r.headers.value("stripe-version"), QByteArray("2024-06-20"));
        QVERIFY(r.headers.value("request-id").startsWith("req_"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
