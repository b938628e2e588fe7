// Holdfast's parsers fed objects made from Stripe's own schemas (tests/spec/fixtures.mjs): every
// property present, every nullable field null or filled, expandable fields as ids or expanded, a
// PaymentIntent in each status, events carrying each kind. Each must parse, and say what Stripe
// said.
#include "domain/dispute.h"
#include "domain/paymentintent.h"
#include "domain/stripeobjects.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;

class TestSpecObjects : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QJsonObject read(const QString &file)
    {
        QFile f(m_dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        const QString source = qEnvironmentVariable("HOLDFAST_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "HOLDFAST_SOURCE_DIR is not set: run through ctest");
        QProcess node;
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.start(QStringLiteral("node"), {source + QStringLiteral("/tests/spec/fixtures.mjs"), m_dir.path()});
        QVERIFY2(node.waitForFinished(60000), "node did not finish");
        QVERIFY2(node.exitCode() == 0, node.readAllStandardOutput().constData());
        std::printf("%s", node.readAllStandardOutput().constData());
    }

    void everyObjectParses()
    {
        int parsed = 0;
        const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &file : files) {
            const QJsonObject o = read(file);
            ParseError error;
            bool ok = true;
            if (file.startsWith(QLatin1String("payment_intent."))) {
                const auto pi = PaymentIntent::fromJson(o, &error);
                ok = pi.has_value();
                if (pi) {
                    QCOMPARE(PaymentIntent::statusName(pi->status), o.value(QLatin1String("status")).toString());
                    QCOMPARE(pi->amount, o.value(QLatin1String("amount")).toInteger());
                }
            } else if (file.startsWith(QLatin1String("refund."))) {
                const auto refund = Refund::fromJson(o, &error);
                ok = refund.has_value();
                // A null status (the spec allows it) reads as money still on its way back.
                if (refund)
                    QCOMPARE(refund->status, o.value(QLatin1String("status")).toString(QStringLiteral("pending")));
            } else if (file.startsWith(QLatin1String("dispute."))) {
                const auto dispute = Dispute::fromJson(o, &error);
                ok = dispute.has_value();
                if (dispute)
                    QCOMPARE(dispute->status, o.value(QLatin1String("status")).toString());
            } else if (file.startsWith(QLatin1String("event."))) {
                const auto event = StripeEvent::fromJson(o, &error);
                ok = event.has_value();
                if (event) {
                    const QString kind = event->objectType();
                    if (kind == QLatin1String("payment_intent"))
                        ok = PaymentIntent::fromJson(event->object, &error).has_value();
                    else if (kind == QLatin1String("refund"))
                        ok = Refund::fromJson(event->object, &error).has_value();
                    else if (kind == QLatin1String("dispute"))
                        ok = Dispute::fromJson(event->object, &error).has_value();
                }
            } else {
                continue; // charges: read only as a PaymentIntent's expanded latest_charge
            }
            QVERIFY2(ok, qPrintable(file + QStringLiteral(": ") + error.toString()));
            ++parsed;
        }
        std::printf("objects from Stripe's schemas parsed: %d\n", parsed);
    }
};

QTEST_GUILESS_MAIN(TestSpecObjects)
#include "tst_specobjects.moc"
