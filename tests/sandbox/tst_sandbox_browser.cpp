// A real browser (Qt WebEngine, offscreen) drives a checkout page written against Stripe.js: the page
// is served from its own origin and loads /v3/ from the sandbox, as a shop's page loads js.stripe.com.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;
using holdfast::test::ApiClient;
using holdfast::test::SandboxProcess;

namespace {

// The page as Stripe's Amazon Pay guide writes it, with the sandbox's /v3/ instead of js.stripe.com.
const char checkoutPage[] = R"(<!doctype html>
<html><head><meta charset="utf-8"><title>Checkout</title><script src="%1/v3/"></script></head>
<body><form id="payment-form"><div id="payment-element"></div><button id="submit">Pay</button></form>
<script>
  const stripe = Stripe('%2');
  const elements = stripe.elements({clientSecret: '%3', appearance: {theme: 'stripe'}});
  const paymentElement = elements.create('payment');
  paymentElement.on('ready', () => { window.hfReady = true; });
  paymentElement.on('change', (e) => { window.hfLastChange = e.value.type; });
  paymentElement.mount('#payment-element');
  window.pay = async () => {
    const {error: submitError} = await elements.submit();
    if (submitError) { window.hfError = submitError.message; return; }
    const {error} = await stripe.confirmPayment({elements,
      confirmParams: {return_url: window.location.origin + '/done?order=7'}});
    if (error) window.hfError = error.message;
  };
</script></body></html>)";

} // namespace

class TestSandboxBrowser : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    QHttpServer m_shop;
    quint16 m_shopPort = 0;
    QHash<QString, QString> m_clientSecrets; // checkout id -> client secret

    QVariant js(QWebEnginePage &page, const QString &script)
    {
        QVariant result;
        bool done = false;
        page.runJavaScript(script, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 10000);
        return result;
    }

    QString openCheckout(QWebEnginePage &page, const QByteArray &createForm)
    {
        const auto created = m_api->post(u"/v1/payment_intents"_s, createForm);
        const QString secret = created.str(u"client_secret"_s);
        m_clientSecrets.insert(u"c1"_s, secret);
        page.load(QUrl(u"http://127.0.0.1:%1/checkout"_s.arg(m_shopPort)));
        if (!QTest::qWaitFor([&] { return js(page, u"window.hfReady === true"_s).toBool(); }, 20000))
            return {};
        return created.str(u"id"_s);
    }

    bool waitForPath(QWebEnginePage &page, const QString &pathPrefix)
    {
        return QTest::qWaitFor([&] { return page.url().path().startsWith(pathPrefix); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_api = std::make_unique<ApiClient>(m_sandbox.baseUrl());
        m_shop.route(u"/checkout"_s, [this](const QHttpServerRequest &) {
            const QString html = QString::fromUtf8(checkoutPage)
                                     .arg(m_sandbox.baseUrl().toString(), QString::fromLatin1(SandboxProcess::publishableKey),
                                          m_clientSecrets.value(u"c1"_s));
            return QHttpServerResponse("text/html", html.toUtf8());
        });
        m_shop.route(u"/done"_s, [](const QHttpServerRequest &) {
            return QHttpServerResponse("text/html", "<!doctype html><h1 id=done>Thank you</h1>");
        });
        m_shopPort = m_shop.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_shopPort != 0);
    }

    void amazonPayRedirectsToTestPageAndBack()
    {
        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        const QString id = openCheckout(page, "amount=6000&currency=usd&capture_method=manual"
                                              "&payment_method_types[]=card&payment_method_types[]=amazon_pay");
        QVERIFY2(!id.isEmpty(), "the Payment Element never became ready");
        QCOMPARE(js(page, u"document.querySelector('label[for=hf-pm-amazon_pay]').textContent.trim()"_s).toString(),
                 u"Amazon Pay"_s);
        js(page, u"document.getElementById('hf-pm-amazon_pay').click(); window.pay(); true"_s);
        QVERIFY2(waitForPath(page, u"/_sandbox/amazon_pay/"_s + id), qPrintable(page.url().toString()));
        QVERIFY(QTest::qWaitFor([&] { return js(page, u"!!document.getElementById('hf-authorize')"_s).toBool(); }, 10000));
        QCOMPARE(js(page, u"document.getElementById('hf-authorize').textContent"_s).toString(), u"Authorize Test Payment"_s);
        js(page, u"document.getElementById('hf-authorize').click(); true"_s);
        QVERIFY2(waitForPath(page, u"/done"_s), qPrintable(page.url().toString()));
        const QUrlQuery query(page.url());
        QCOMPARE(query.queryItemValue(u"order"_s), u"7"_s);
        QCOMPARE(query.queryItemValue(u"payment_intent"_s), id);
        QCOMPARE(query.queryItemValue(u"redirect_status"_s), u"succeeded"_s);
        QCOMPARE(m_api->get(u"/v1/payment_intents/"_s + id).str(u"status"_s), u"requires_capture"_s);
    }

    void failingOnTheTestPageReturnsFailedAndDetaches()
    {
        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        const QString id = openCheckout(page, "amount=1800&currency=usd&payment_method_types[]=amazon_pay");
        QVERIFY(!id.isEmpty());
        js(page, u"document.getElementById('hf-pm-amazon_pay').click(); window.pay(); true"_s);
        QVERIFY2(waitForPath(page, u"/_sandbox/amazon_pay/"_s + id), qPrintable(page.url().toString()));
        QVERIFY(QTest::qWaitFor([&] { return js(page, u"!!document.getElementById('hf-fail')"_s).toBool(); }, 10000));
        js(page, u"document.getElementById('hf-fail').click(); true"_s);
        QVERIFY2(waitForPath(page, u"/done"_s), qPrintable(page.url().toString()));
        QCOMPARE(QUrlQuery(page.url()).queryItemValue(u"redirect_status"_s), u"failed"_s);
        const auto pi = m_api->get(u"/v1/payment_intents/"_s + id);
        QCOMPARE(pi.str(u"status"_s), u"requires_payment_method"_s);
        QCOMPARE(pi.json[u"last_payment_error"][u"code"].toString(), u"payment_intent_payment_attempt_failed"_s);
    }

    void cardFormSucceedsAndDeclines()
    {
        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        const QByteArray form = "amount=2500&currency=usd&payment_method_types[]=card&payment_method_types[]=amazon_pay";
        QString id = openCheckout(page, form);
        QVERIFY(!id.isEmpty());
        const QString fill = u"document.getElementById('hf-pm-card').click();"
                             "document.getElementById('hf-card-number').value = '%1';"
                             "document.getElementById('hf-card-expiry').value = '12 / 34';"
                             "document.getElementById('hf-card-cvc').value = '123';"
                             "window.hfError = undefined; window.pay(); true"_s;
        js(page, fill.arg(u"4000 0000 0000 0002"_s));
        QVERIFY(QTest::qWaitFor([&] { return !js(page, u"window.hfError || ''"_s).toString().isEmpty(); }, 10000));
        QCOMPARE(js(page, u"window.hfError"_s).toString(), u"Your card was declined."_s);
        QCOMPARE(js(page, u"document.getElementById('hf-error').textContent"_s).toString(), u"Your card was declined."_s);
        js(page, fill.arg(u"4242 4242 4242 4242"_s));
        QVERIFY2(waitForPath(page, u"/done"_s), qPrintable(page.url().toString()));
        QCOMPARE(QUrlQuery(page.url()).queryItemValue(u"redirect_status"_s), u"succeeded"_s);
        QCOMPARE(m_api->get(u"/v1/payment_intents/"_s + id).str(u"status"_s), u"succeeded"_s);
    }
};

QTEST_MAIN(TestSandboxBrowser)
#include "tst_sandbox_browser.moc"
