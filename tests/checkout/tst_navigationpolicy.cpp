#include "checkout/navigationpolicy.h"

#include <QTest>

using holdfast::checkout::NavigationPolicy;
using D = NavigationPolicy::Decision;

class TestNavigationPolicy : public QObject
{
    Q_OBJECT
private slots:
    void decisions_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("userLink");
        QTest::addColumn<bool>("mainFrame");
        QTest::addColumn<int>("expected");
        const QString shop = QStringLiteral("https://pay.cornershop.example");
        const QString sandbox = QStringLiteral("http://127.0.0.1:4242");
        QTest::newRow("own page") << shop << "https://pay.cornershop.example/holdfast/checkout" << false << true << int(D::Allow);
        QTest::newRow("return captured") << shop << "https://pay.cornershop.example/holdfast/checkout/return?payment_intent=pi_1&redirect_status=succeeded" << false << true << int(D::CaptureReturn);
        QTest::newRow("return in iframe blocked") << shop << "https://pay.cornershop.example/holdfast/checkout/return?x=1" << false << false << int(D::Block);
        QTest::newRow("return other port") << shop << "https://pay.cornershop.example:8443/holdfast/checkout/return" << false << true << int(D::Block);
        QTest::newRow("return over http") << shop << "http://pay.cornershop.example/holdfast/checkout/return" << false << true << int(D::Block);
        QTest::newRow("stripe js") << shop << "https://js.stripe.com/v3/elements-inner.html" << false << false << int(D::Allow);
        QTest::newRow("stripe hooks") << shop << "https://hooks.stripe.com/redirect/authenticate/src_1" << false << true << int(D::Allow);
        QTest::newRow("amazon pay") << shop << "https://pay.amazon.com/checkout?x=1" << false << true << int(D::Allow);
        QTest::newRow("amazon signin") << shop << "https://www.amazon.com/ap/signin" << false << true << int(D::Allow);
        QTest::newRow("issuer challenge in a frame") << shop << "https://acs.issuer-bank.example/challenge" << false << false << int(D::Allow);
        QTest::newRow("issuer as the page") << shop << "https://acs.issuer-bank.example/challenge" << false << true << int(D::Block);
        QTest::newRow("plain http frame") << shop << "http://acs.issuer-bank.example/challenge" << false << false << int(D::Block);
        QTest::newRow("amazon pay europe") << shop << "https://payments.amazon.de/checkout" << false << true << int(D::Allow);
        QTest::newRow("amazon pay eu api host") << shop << "https://apay-eu.amazon.com/x" << false << true << int(D::Allow);
        QTest::newRow("amazon look-alike") << shop << "https://payments.amazon.de.evil.example/" << false << true << int(D::Block);
        QTest::newRow("look-alike suffix") << shop << "https://js.stripe.com.evil.example/" << false << true << int(D::Block);
        QTest::newRow("look-alike prefix") << shop << "https://evil-stripe.com/" << false << true << int(D::Block);
        QTest::newRow("look-alike label") << shop << "https://notjs.stripe.com.example/" << false << true << int(D::Block);
        QTest::newRow("stripe over http") << shop << "http://js.stripe.com/v3/" << false << true << int(D::Block);
        QTest::newRow("userinfo trick") << shop << "https://js.stripe.com@evil.example/" << false << true << int(D::Block);
        QTest::newRow("javascript") << shop << "javascript:alert(1)" << true << true << int(D::Block);
        QTest::newRow("data") << shop << "data:text/html,<script>alert(1)</script>" << true << true << int(D::Block);
        QTest::newRow("file") << shop << "file:///etc/passwd" << true << true << int(D::Block);
        QTest::newRow("custom scheme") << shop << "holdfast://return" << true << true << int(D::Block);
        QTest::newRow("link elsewhere clicked") << shop << "https://stripe.com/legal" << true << true << int(D::OpenExternally);
        QTest::newRow("redirect elsewhere") << shop << "https://evil.example/phish" << false << true << int(D::Block);
        QTest::newRow("sandbox page") << sandbox << "http://127.0.0.1:4242/holdfast/checkout" << false << true << int(D::Allow);
        QTest::newRow("sandbox amazon test page") << sandbox << "http://127.0.0.1:4242/amazon_pay/test/pi_1" << false << true << int(D::Allow);
        QTest::newRow("sandbox return") << sandbox << "http://127.0.0.1:4242/holdfast/checkout/return?redirect_status=failed" << false << true << int(D::CaptureReturn);
        QTest::newRow("other loopback port") << sandbox << "http://127.0.0.1:9999/" << false << true << int(D::Block);
        QTest::newRow("about blank") << shop << "about:blank" << false << false << int(D::Allow);
    }

    void decisions()
    {
        QFETCH(QString, origin);
        QFETCH(QString, url);
        QFETCH(bool, userLink);
        QFETCH(bool, mainFrame);
        QFETCH(int, expected);
        const NavigationPolicy policy(QUrl(origin), QStringLiteral("/holdfast/checkout/return"));
        QCOMPARE(int(policy.decide(QUrl(url), userLink, mainFrame)), expected);
    }

    void returnUrlIsUnderTheOrigin()
    {
        const NavigationPolicy policy(QUrl(QStringLiteral("https://pay.cornershop.example/some/page")),
                                      QStringLiteral("/holdfast/checkout/return"));
        QCOMPARE(policy.returnUrl().toString(), QStringLiteral("https://pay.cornershop.example/holdfast/checkout/return"));
        QVERIFY(policy.isReturnUrl(policy.returnUrl()));
    }
};

QTEST_GUILESS_MAIN(TestNavigationPolicy)
#include "tst_navigationpolicy.moc"
