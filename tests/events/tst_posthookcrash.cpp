// The post-payment hook runs exactly once per order even when Holdfast is killed (SIGKILL) right
// after the payment was stored, and again while the hook itself is running.
#include "eventfixture.h"
#include "events/postpaymenthook.h"
#include "store/auditlog.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace holdfast;
using namespace holdfast::test;

class TestPostHookCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString child() const
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/events_crashchild");
    }

private slots:
    void hookRunsOnceAcrossKills()
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("crash.db"));
        auto db = openDatabase(url);
        const Order order = newOrder(*db);
        newAttempt(*db, order, QStringLiteral("pi_crash"), QStringLiteral("automatic"));
        const QString out = m_dir.filePath(QStringLiteral("hook.out"));
        const QStringList hook{
            QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("cat >> \"$0\"; echo >> \"$0\"; touch \"$0.started\"; sleep 20"), out};

        // 1: killed right after the payment was committed, before any hook started.
        QProcess first;
        first.start(child(), {url, QStringLiteral("apply"), QStringLiteral("pi_crash")});
        QVERIFY(first.waitForReadyRead(15000));
        QCOMPARE(first.readLine().trimmed(), QByteArray("committed"));
        first.kill();
        QVERIFY(first.waitForFinished(5000));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(*events::PostPaymentHook::pending(*db), QList<qint64>{order.id});

        // 2: the next run starts the hook and is killed while it runs.
        QProcess second;
        second.start(child(), QStringList{url, QStringLiteral("hooks")} + hook);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + QStringLiteral(".started")), 15000);
        second.kill();
        QVERIFY(second.waitForFinished(5000));
        QVERIFY(events::PostPaymentHook::marker(*db, order.id)->startsWith(QLatin1String("started:")));

        // 3: resuming does not run it a second time, and says so in the timeline.
        QProcess third;
        third.start(child(), QStringList{url, QStringLiteral("hooks")} + hook +
                                 QStringList{QStringLiteral("--exit-when-idle")});
        QVERIFY(third.waitForFinished(15000));
        QCOMPARE(third.exitCode(), 0);

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> runs = file.readAll().trimmed().split('\n');
        QCOMPARE(runs.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(runs.first()).object().value(QLatin1String("number")).toString(),
                 order.number);
        QVERIFY(events::PostPaymentHook::marker(*db, order.id)->startsWith(QLatin1String("interrupted:")));
        QStringList actions;
        // The result must outlive the loop: ranging over *temporary() would read freed memory.
        const auto auditRows = store::AuditLog(*db).forOrder(order.id);
        for (const AuditEntry &e : *auditRows)
            if (e.action.startsWith(QLatin1String("hook.")))
                actions.append(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("hook.queued"), QStringLiteral("hook.started"),
                                       QStringLiteral("hook.interrupted")}));
    }
};

QTEST_GUILESS_MAIN(TestPostHookCrash)
#include "tst_posthookcrash.moc"
