// The checkout page exactly as test and live mode show it — Holdfast's HTML, Content-Security-Policy,
// navigation policy and profile, loading https://js.stripe.com/v3/ — in real Chromium (Qt WebEngine),
// with Stripe's, Amazon's and a card issuer's host names served locally (stripe-world.mjs, reached
// through --proxy-server) under a certificate only this test's NSS store trusts. Card paid at once,
// card with a 3-D Secure challenge from the issuer's own host, Amazon Pay away to Amazon's regional
// pages and back: none may break the page's policy or have a navigation blocked. A narrowed policy is
// caught. The Payment Element gets the till's language and, on a dark palette, the night theme.
#include "checkout/checkoutpage.h"
#include "checkout/navigationpolicy.h"
#include "checkoutui/checkoutview.h"
#include "checkoutui/checkoutwebpage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace holdfast;

namespace {
const QUrl shopOrigin(QStringLiteral("https://pay.shop.example"));
const QUrl stripeJs(QStringLiteral("https://js.stripe.com/v3/"));
} // namespace

class TestLivePage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_world;
    quint16 m_proxyPort = 0;

    QJsonDocument control(const QString &path)
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_proxyPort).arg(path)))));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        return QJsonDocument::fromJson(reply->readAll());
    }

    QStringList seen()
    {
        QStringList list;
        for (const QJsonValue &v : control(QStringLiteral("/_control/seen")).array())
            list.append(v.toString());
        return list;
    }

    static checkout::CheckoutPageParameters parameters(const QString &pi)
    {
        checkout::CheckoutPageParameters p;
        p.publishableKey = QStringLiteral("pk_test_livepage");
        p.clientSecret = pi + QStringLiteral("_secret_livepage");
        p.stripeJsUrl = stripeJs;
        p.payLabel = QStringLiteral("Pay $25.00");
        p.language = QStringLiteral("de");
        return p;
    }

    struct Run
    {
        QStringList violations;
        QList<QUrl> blocked;
        QString status;
    };

    // One payment through the page with `outcome` decided by "Stripe", as a person pays: the page's
    // own Pay button.
    Run pay(const QString &outcome, const QString &pi)
    {
        Run run;
        control(QStringLiteral("/_control/outcome?is=") + outcome);
        ui::CheckoutView view;
        view.resize(480, 640);
        view.show();
        QSignalSpy ready(&view, &ui::CheckoutView::ready);
        QSignalSpy returned(&view, &ui::CheckoutView::returned);
        connect(&view, &ui::CheckoutView::navigationBlocked, this, [&run](const QUrl &url) { run.blocked.append(url); });
        QString error;
        if (!view.start(shopOrigin, parameters(pi), &error)) {
            run.status = QStringLiteral("not started: ") + error;
            return run;
        }
        connect(view.page(), &ui::CheckoutWebPage::policyViolation, this, [&run](const QString &what) { run.violations.append(what); });
        if (!ready.wait(20000)) {
            run.status = QStringLiteral("never ready");
            return run;
        }
        view.page()->runJavaScript(QStringLiteral("document.getElementById('pay').click()"));
        if (returned.wait(20000) || !returned.isEmpty())
            run.status = returned.first().at(1).toString();
        else
            run.status = QStringLiteral("no return");
        return run;
    }

private slots:
    void initTestCase()
    {
        const QString source = qEnvironmentVariable("HOLDFAST_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "HOLDFAST_SOURCE_DIR is not set: run through ctest");
        const QString here = source + QStringLiteral("/tests/checkout/livepage");
        QProcess certs;
        certs.setProcessChannelMode(QProcess::MergedChannels);
        certs.start(QStringLiteral("bash"), {here + QStringLiteral("/make-certs.sh"), m_dir.path()});
        QVERIFY2(certs.waitForFinished(60000) && certs.exitCode() == 0, certs.readAll().constData());
        m_world.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_world.start(QStringLiteral("node"), {here + QStringLiteral("/stripe-world.mjs"), m_dir.path()});
        QVERIFY(m_world.waitForStarted(10000));
        QVERIFY(m_world.waitForReadyRead(15000));
        const QByteArray line = m_world.readLine().trimmed();
        QVERIFY2(line.startsWith("proxy "), line.constData());
        m_proxyPort = quint16(line.mid(6).toUInt());
        // Chromium reads these when Qt WebEngine starts (the first profile below): every connection
        // goes to stripe-world, and the NSS store trusting its authority is this test's alone.
        qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
                qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --proxy-server=http://127.0.0.1:" + QByteArray::number(m_proxyPort));
    }

    void cleanupTestCase()
    {
        m_world.kill();
        m_world.waitForFinished(3000);
    }

    void cardPaidAtOnce()
    {
        const Run run = pay(QStringLiteral("card"), QStringLiteral("pi_livecard"));
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QVERIFY2(run.violations.isEmpty(), qPrintable(run.violations.join(u'\n')));
        QVERIFY(run.blocked.isEmpty());
        const QStringList hosts = seen();
        // Stripe.js pulled more of itself from *.js.stripe.com and framed its controller there.
        QVERIFY2(hosts.contains(QStringLiteral("b.js.stripe.com /v3/shared.js")), qPrintable(hosts.join(u'\n')));
        QVERIFY(hosts.contains(QStringLiteral("m-outer-3437aaddcdf6922d623e172c2d6f9278.js.stripe.com /")));
    }

    void cardWithAThreeDSecureChallenge()
    {
        const Run run = pay(QStringLiteral("card3ds"), QStringLiteral("pi_live3ds"));
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QVERIFY2(run.violations.isEmpty(), qPrintable(run.violations.join(u'\n')));
        QVERIFY2(run.blocked.isEmpty(), qPrintable(run.blocked.value(0).toString()));
        const QStringList hosts = seen();
        QVERIFY(hosts.contains(QStringLiteral("hooks.stripe.com /3d_secure_2/hosted")));
        QVERIFY2(hosts.contains(QStringLiteral("acs.issuer-bank.example /challenge")), qPrintable(hosts.join(u'\n')));
    }

    void amazonPayAwayAndBack()
    {
        const Run run = pay(QStringLiteral("amazon"), QStringLiteral("pi_liveamazon"));
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QVERIFY2(run.violations.isEmpty(), qPrintable(run.violations.join(u'\n')));
        QVERIFY2(run.blocked.isEmpty(), qPrintable(run.blocked.value(0).toString()));
        const QStringList hosts = seen();
        QVERIFY(hosts.contains(QStringLiteral("payments.amazon.de /checkout")));
        QVERIFY(hosts.contains(QStringLiteral("pay.amazon.com /return")));
    }

    // The check can fail: the same page with *.js.stripe.com taken out of frame-src reports the
    // controller frame it refused.
    void aNarrowedPolicyIsCaught()
    {
        control(QStringLiteral("/_control/outcome?is=card"));
        checkout::CheckoutPageParameters p = parameters(QStringLiteral("pi_livenarrow"));
        p.returnUrl = QUrl(QStringLiteral("https://pay.shop.example/holdfast/checkout/return"));
        QString html = checkout::CheckoutPage::render(p);
        QVERIFY(!html.isEmpty());
        QVERIFY(html.contains(QStringLiteral("frame-src https://js.stripe.com https://*.js.stripe.com")));
        html.replace(QStringLiteral("frame-src https://js.stripe.com https://*.js.stripe.com"), QStringLiteral("frame-src https://js.stripe.com"));
        QWebEngineProfile *profile = ui::CheckoutWebPage::createProfile(this);
        const checkout::NavigationPolicy policy(shopOrigin, QStringLiteral("/holdfast/checkout/return"));
        QStringList violations;
        {
            ui::CheckoutWebPage page(profile, policy);
            connect(&page, &ui::CheckoutWebPage::policyViolation, this, [&violations](const QString &what) { violations.append(what); });
            QWebEngineView view;
            view.setPage(&page);
            view.resize(480, 640);
            view.show();
            QUrl base = shopOrigin;
            base.setPath(QStringLiteral("/holdfast/checkout"));
            page.showCheckoutHtml(html, base);
            QTRY_VERIFY_WITH_TIMEOUT(!violations.isEmpty(), 20000);
            view.setPage(nullptr);
        }
        QVERIFY2(violations.contains(QStringLiteral("frame-src https://m-outer-3437aaddcdf6922d623e172c2d6f9278.js.stripe.com")),
                 qPrintable(violations.join(u'\n')));
        delete profile;
    }

    // The element is asked for the till's language and, on a dark palette, Stripe's night theme;
    // the picture shows it dark.
    void theElementFollowsTheLanguageAndThePalette()
    {
        control(QStringLiteral("/_control/outcome?is=card"));
        ui::CheckoutView view;
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        view.setPalette(dark);
        view.resize(480, 400);
        view.show();
        QSignalSpy ready(&view, &ui::CheckoutView::ready);
        QVERIFY(view.start(shopOrigin, parameters(QStringLiteral("pi_livetheme")), nullptr));
        QVERIFY(ready.wait(20000));
        QVERIFY2(seen().contains(QStringLiteral("js.stripe.com /v3/elements-inner.html?locale=de&theme=night")),
                 qPrintable(seen().join(u'\n')));
        // The element frame sits at the top of the page (16 px margin): its middle is the night colour.
        auto *web = view.findChild<QWebEngineView *>(QStringLiteral("checkoutWebView"));
        QVERIFY(web);
        QImage shot;
        // Stripe's night theme paints the element #30313d.
        const auto isNight = [](QRgb c) { return qAbs(qRed(c) - 0x30) < 12 && qAbs(qGreen(c) - 0x31) < 12 && qAbs(qBlue(c) - 0x3d) < 12; };
        QTRY_VERIFY_WITH_TIMEOUT((shot = web->grab().toImage(), !shot.isNull() && isNight(shot.pixel(240, 60))), 15000);
        // The page around it is dark as well, not a white frame round a dark element.
        QVERIFY2(qGray(shot.pixel(240, shot.height() - 20)) < 90, "the page around the element is not dark");
        if (const QString dir = qEnvironmentVariable("HOLDFAST_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            shot.save(dir + QStringLiteral("/live-checkout-de-dark.png"));
        }
    }
};

QTEST_MAIN(TestLivePage)
#include "tst_livepage.moc"
