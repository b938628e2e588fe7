#include "checkout/checkoutpage.h"

#include <QTest>

using holdfast::checkout::CheckoutPage;
using holdfast::checkout::CheckoutPageParameters;

class TestCheckoutPage : public QObject
{
    Q_OBJECT
    CheckoutPageParameters valid()
    {
        CheckoutPageParameters p;
        p.publishableKey = QStringLiteral("pk_test_abc123");
        p.clientSecret = QStringLiteral("pi_123_secret_456");
        p.returnUrl = QUrl(QStringLiteral("https://pay.shop.example/holdfast/checkout/return?order=7"));
        p.stripeJsUrl = QUrl(QStringLiteral("https://js.stripe.com/v3/"));
        p.payLabel = QStringLiteral("Pay $60.00 <now>");
        p.language = QStringLiteral("en");
        return p;
    }

private slots:
    void carriesOnlyWhatThePageNeeds()
    {
        QString error;
        const QString html = CheckoutPage::render(valid(), &error);
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        QVERIFY(html.contains(QStringLiteral("pk_test_abc123")));
        QVERIFY(html.contains(QStringLiteral("pi_123_secret_456")));
        QVERIFY(html.contains(QStringLiteral("Pay $60.00 &lt;now&gt;")));
        QVERIFY(!html.contains(QStringLiteral("{{")));
        QVERIFY(!html.contains(QStringLiteral("sk_")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
    }

    void cspHasAFreshNonceAndNoUnsafeScripts()
    {
        const QString a = CheckoutPage::render(valid());
        const QString b = CheckoutPage::render(valid());
        QVERIFY(a != b); // nonce differs per load
        const QString csp = CheckoutPage::contentSecurityPolicy(QUrl(QStringLiteral("https://js.stripe.com/v3/")), QStringLiteral("N"));
        // Stripe's security guide: scripts and frames from js.stripe.com and *.js.stripe.com, frames
        // from hooks.stripe.com, the API at api.stripe.com.
        QVERIFY(csp.contains(QStringLiteral("script-src 'nonce-N' https://js.stripe.com https://*.js.stripe.com;")));
        QVERIFY(csp.contains(QStringLiteral("frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com;")));
        QVERIFY(csp.contains(QStringLiteral("connect-src https://api.stripe.com;")));
        QVERIFY(csp.contains(QStringLiteral("default-src 'none'")));
        QVERIFY(!csp.section(QStringLiteral("script-src"), 1).section(u';', 0, 0).contains(QStringLiteral("unsafe")));
        const QString sandbox = CheckoutPage::contentSecurityPolicy(QUrl(QStringLiteral("http://127.0.0.1:4242/v3/")), QStringLiteral("N"));
        QVERIFY(sandbox.contains(QStringLiteral("connect-src http://127.0.0.1:4242")));
    }

    void theElementSpeaksTheTillsLanguageAndMatchesItsPalette()
    {
        QCOMPARE(CheckoutPage::elementsLocale(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(CheckoutPage::elementsLocale(QStringLiteral("fr-ca")), QStringLiteral("fr-CA"));
        QCOMPARE(CheckoutPage::elementsLocale(QStringLiteral("en-GB")), QStringLiteral("en-GB"));
        QCOMPARE(CheckoutPage::elementsLocale(QStringLiteral("x';alert(1)")), QStringLiteral("auto"));
        CheckoutPageParameters p = valid();
        p.language = QStringLiteral("es");
        p.dark = true;
        const QString html = CheckoutPage::render(p);
        QVERIFY(html.contains(QStringLiteral("\"locale\":\"es\"")));
        QVERIFY(html.contains(QStringLiteral("\"theme\":\"night\"")));
        p.dark = false;
        QVERIFY(CheckoutPage::render(p).contains(QStringLiteral("\"theme\":\"stripe\"")));
    }

    void refusesAnythingButAPublishableKeyAndClientSecret_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::newRow("secret key") << "sk_test_abc" << "pi_1_secret_2";
        QTest::newRow("restricted key") << "rk_live_abc" << "pi_1_secret_2";
        QTest::newRow("script in key") << "pk_test_</script><script>alert(1)" << "pi_1_secret_2";
        QTest::newRow("bad secret") << "pk_test_abc" << "pi_1_secret_2\"};alert(1);//";
        QTest::newRow("empty") << "" << "";
    }

    void refusesAnythingButAPublishableKeyAndClientSecret()
    {
        QFETCH(QString, key);
        QFETCH(QString, secret);
        auto p = valid();
        p.publishableKey = key;
        p.clientSecret = secret;
        QString error;
        QVERIFY(CheckoutPage::render(p, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void returnUrlCannotBreakOutOfTheConfigBlock()
    {
        auto p = valid();
        p.returnUrl = QUrl(QStringLiteral("https://pay.shop.example/holdfast/checkout/return?x=</script><script>alert(1)</script>"));
        const QString html = CheckoutPage::render(p);
        QVERIFY(!html.isEmpty());
        QCOMPARE(html.count(QStringLiteral("</script>")), 3); // the page's own three script elements only
    }
};

QTEST_GUILESS_MAIN(TestCheckoutPage)
#include "tst_checkoutpage.moc"
