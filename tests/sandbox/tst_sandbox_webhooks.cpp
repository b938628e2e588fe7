// Webhook endpoints and signed deliveries: a real receiver checks Stripe-Signature and forces retries.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::test::ApiClient;
using holdfast::test::ApiReply;
using holdfast::test::SandboxProcess;

namespace {

struct Delivery
{
    QByteArray body;
    QByteArray signature;
};

// Verifies a Stripe-Signature header independently of the sandbox's own code.
bool signatureValid(const Delivery &d, const QByteArray &secret)
{
    QByteArray t;
    QList<QByteArray> v1;
    for (const QByteArray &part : d.signature.split(',')) {
        if (part.startsWith("t="))
            t = part.mid(2);
        else if (part.startsWith("v1="))
            v1.append(part.mid(3));
    }
    const QByteArray expected =
        QMessageAuthenticationCode::hash(t + '.' + d.body, secret, QCryptographicHash::Sha256).toHex();
    const qint64 age = QDateTime::currentSecsSinceEpoch() - t.toLongLong();
    return !t.isEmpty() && v1.contains(expected) && age >= -5 && age <= 300;
}

} // namespace

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    QHttpServer m_receiver;
    QList<Delivery> m_deliveries;
    int m_failuresToGive = 0;
    quint16 m_port = 0;

    QByteArray createEndpoint(const QByteArray &events = "enabled_events[]=*")
    {
        const ApiReply r = m_api->post(u"/v1/webhook_endpoints"_s,
                                       "url=http%3A%2F%2F127.0.0.1%3A" + QByteArray::number(m_port) + "%2Fhook&" + events);
        return r.str(u"secret"_s).toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_api = std::make_unique<ApiClient>(m_sandbox.baseUrl());
        m_receiver.route(u"/hook"_s, [this](const QHttpServerRequest &request) {
            m_deliveries.append({request.body(), request.value("Stripe-Signature")});
            if (m_failuresToGive > 0) {
                --m_failuresToGive;
                return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
            }
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        m_port = m_receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        QCOMPARE(m_sandbox.control("/_sandbox/webhooks/retry_schedule", R"({"delays_ms":[100,200,400]})"), 200);
    }
    void init()
    {
        QCOMPARE(m_sandbox.control("/_sandbox/reset"), 200);
        m_deliveries.clear();
        m_failuresToGive = 0;
    }

    void endpointCrud()
    {
        const ApiReply created = m_api->post(u"/v1/webhook_endpoints"_s,
                                             "url=https%3A%2F%2Fexample.com%2Fhook&enabled_events[]=payment_intent.succeeded");
        QCOMPARE(created.status, 200);
        QVERIFY(created.str(u"secret"_s).startsWith(u"whsec_"));
        const QString id = created.str(u"id"_s);
        const ApiReply fetched = m_api->get(u"/v1/webhook_endpoints/"_s + id);
        QCOMPARE(fetched.str(u"url"_s), u"https://example.com/hook"_s);
        QVERIFY(!fetched.json.contains(u"secret"));
        QCOMPARE(m_api->get(u"/v1/webhook_endpoints"_s).json[u"data"].toArray().size(), 1);
        QCOMPARE(m_api->post(u"/v1/webhook_endpoints"_s, "url=https%3A%2F%2Fexample.com").errorCode(),
                 u"parameter_missing"_s);
        const ApiReply deleted = m_api->del(u"/v1/webhook_endpoints/"_s + id);
        QVERIFY(deleted.json[u"deleted"].toBool());
        QCOMPARE(m_api->get(u"/v1/webhook_endpoints/"_s + id).status, 404);
        QCOMPARE(m_api->get(u"/v1/webhook_endpoints"_s).json[u"data"].toArray().size(), 0);
    }

    void deliveriesAreSignedWithTheEndpointSecret()
    {
        const QByteArray secret = createEndpoint();
        QVERIFY(secret.startsWith("whsec_"));
        const QString id = m_api->createAmazonPay().str(u"id"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_deliveries.size(), 2, 5000); // created + requires_action
        QStringList types;
        for (const Delivery &d : std::as_const(m_deliveries)) {
            QVERIFY2(signatureValid(d, secret), d.signature);
            QVERIFY(!signatureValid(d, secret + 'x'));
            const QJsonObject event = QJsonDocument::fromJson(d.body).object();
            QVERIFY(event[u"id"].toString().startsWith(u"evt_"));
            QCOMPARE(event[u"data"][u"object"][u"id"].toString(), id);
            types.append(event[u"type"].toString());
        }
        QVERIFY(types.contains(u"payment_intent.requires_action"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_api->get(u"/v1/events"_s, "delivery_success=true").json[u"data"].toArray().size(), 2, 3000);
    }

    void failedDeliveriesAreRetriedWithBackoff()
    {
        const QByteArray secret = createEndpoint("enabled_events[]=payment_intent.created");
        m_failuresToGive = 2;
        m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd");
        QTRY_COMPARE_WITH_TIMEOUT(m_deliveries.size(), 3, 5000);
        QCOMPARE(m_deliveries.at(0).body, m_deliveries.at(2).body);
        QVERIFY(signatureValid(m_deliveries.at(2), secret));
        QTest::qWait(800);
        QCOMPARE(m_deliveries.size(), 3); // the 2xx stopped the retries
        QCOMPARE(m_api->get(u"/v1/events"_s).json[u"data"][0][u"pending_webhooks"].toInt(), 0);
    }

    void deletedEndpointStopsReceivingRetries()
    {
        QCOMPARE(m_sandbox.control("/_sandbox/webhooks/retry_schedule", R"({"delays_ms":[500,500,500]})"), 200);
        createEndpoint("enabled_events[]=payment_intent.created");
        m_failuresToGive = 100;
        m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd");
        QTRY_COMPARE_WITH_TIMEOUT(m_deliveries.size(), 1, 3000);
        const QString id = m_api->get(u"/v1/webhook_endpoints"_s).json[u"data"][0][u"id"].toString();
        QVERIFY(m_api->del(u"/v1/webhook_endpoints/"_s + id).json[u"deleted"].toBool());
        const qsizetype atDeletion = m_deliveries.size();
        QTest::qWait(1600); // three retries would have come by now
        QCOMPARE(m_deliveries.size(), atDeletion);
        QCOMPARE(m_sandbox.control("/_sandbox/webhooks/retry_schedule", R"({"delays_ms":[100,200,400]})"), 200);
    }

    void onlyEnabledEventsAreDelivered()
    {
        createEndpoint("enabled_events[]=payment_intent.succeeded");
        m_api->post(u"/v1/payment_intents"_s, "amount=500&currency=usd");
        QTest::qWait(400);
        QCOMPARE(m_deliveries.size(), 0);
        const QJsonArray events = m_api->get(u"/v1/events"_s, "type=payment_intent.*").json[u"data"].toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)[u"pending_webhooks"].toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandbox_webhooks.moc"
