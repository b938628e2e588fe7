#include "diagnostics/logging.h"
#include "diagnostics/redaction.h"

#include <QTest>

namespace {
QStringList captured;
QtMessageHandler original = nullptr;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void masksEveryKindOfSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("secret test key") << "sk_test_51HxYzAbCdEfGhIjKlMnOpQrStUv";
        QTest::newRow("secret live key") << "sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv";
        QTest::newRow("restricted key") << "rk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv";
        QTest::newRow("webhook secret") << "whsec_abcdefghijklmnopqrstuvwxyz012345";
        QTest::newRow("client secret") << "pi_3Abcdef_secret_Zyxwvut987";
    }

    void masksEveryKindOfSecret()
    {
        QFETCH(QString, secret);
        const QString line = QStringLiteral("request failed with key=") + secret + QStringLiteral(" (retrying)");
        const QString clean = holdfast::redaction::redact(line);
        QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY(clean.contains(QStringLiteral("****")));
        QVERIFY(clean.endsWith(QStringLiteral("(retrying)")));
    }

    void keepsWhatHelpsDiagnosis()
    {
        QCOMPARE(holdfast::redaction::maskKey(QStringLiteral("sk_test_51HxYzAbCdEfGhIjKlabcd")),
                 QStringLiteral("sk_test_****abcd"));
        const QString text = QStringLiteral("pi_3Abc captured, req_123, pk_test_abc");
        QCOMPARE(holdfast::redaction::redact(text), text);
        QCOMPARE(holdfast::redaction::redact(QStringLiteral("Authorization: Bearer sk_test_abcdefghijklmnop")),
                 QStringLiteral("Authorization: Bearer ****"));
    }

    void messageHandlerRedactsBeforeOutput()
    {
        original = qInstallMessageHandler(capture);
        holdfast::logging::installRedactingHandler();
        qCWarning(lcStripe) << "using" << QStringLiteral("sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv");
        qInfo("client secret %s", "pi_1_secret_2");
        qInstallMessageHandler(original);
        QCOMPARE(captured.size(), 2);
        QVERIFY2(!captured.join(u'\n').contains(QStringLiteral("AbCdEfGhIjKlMn")), qPrintable(captured.join(u'\n')));
        QVERIFY(!captured.join(u'\n').contains(QStringLiteral("_secret_2")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
