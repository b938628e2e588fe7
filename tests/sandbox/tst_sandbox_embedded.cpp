// SandboxServer embedded in-process, as holdfast's training mode uses it.
#include "apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using holdfast::sandbox::SandboxServer;
using holdfast::test::ApiClient;

class TestSandboxEmbedded : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnAFreeLoopbackPortAndStops()
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const QUrl base = server.baseUrl();
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QVERIFY(base.port() > 0);
        ApiClient api(base);
        QCOMPARE(api.post(u"/v1/payment_intents"_s, "amount=500&currency=usd").status, 200);
        QCOMPARE(api.get(u"/v3/"_s).status, 200);
        server.stop();
        QCOMPARE(ApiClient(base).get(u"/v1/payment_intents"_s).status, 0);
    }

    void twoServersKeepSeparateState()
    {
        SandboxServer a;
        SandboxServer b;
        QString error;
        QVERIFY(a.start({}, &error));
        QVERIFY(b.start({}, &error));
        QVERIFY(a.baseUrl() != b.baseUrl());
        ApiClient(a.baseUrl()).post(u"/v1/payment_intents"_s, "amount=500&currency=usd");
        QCOMPARE(ApiClient(b.baseUrl()).get(u"/v1/payment_intents"_s).json[u"data"].toArray().size(), 0);
    }

    void unusableStateFileIsAnError()
    {
        QTemporaryDir dir;
        SandboxServer server;
        SandboxServer::Options options;
        options.statePath = dir.filePath(u"missing/dir/state.sqlite"_s);
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxEmbedded)
#include "tst_sandbox_embedded.moc"
