// Core dumps and ptrace stay off in release builds: the function itself, and the shipped holdfast.
#include "diagnostics/hardening.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

using namespace holdfast;

namespace {

// "Max core file size" soft limit of a running process, from /proc/<pid>/limits ("" if unreadable).
QByteArray coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return line.mid(26).simplified().split(' ').value(0);
    return {};
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    // First, while this process still has its original limits (children inherit them).
    void releaseBuildOfHoldfastRunsProtected()
    {
#if !defined(Q_OS_LINUX) || !defined(NDEBUG)
        QSKIP("debug builds stay debuggable; the release build is checked");
#else
        struct rlimit limit = {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        if (limit.rlim_max == 0)
            QSKIP("this environment forbids core dumps outright; nothing to tell apart");
        limit.rlim_cur = limit.rlim_max; // so a child that changes nothing shows a non-zero limit
        QCOMPARE(setrlimit(RLIMIT_CORE, &limit), 0);

        const QString app = qEnvironmentVariable("HOLDFAST_APP_BIN");
        QVERIFY2(QFile::exists(app), "HOLDFAST_APP_BIN names the built holdfast");
        const auto limitOfRunningHoldfast = [&app](bool allowDumps) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (allowDumps)
                env.insert(QStringLiteral("HOLDFAST_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
            else
                env.remove(QStringLiteral("HOLDFAST_ALLOW_CORE_DUMPS"));
            QProcess holdfast;
            holdfast.setProcessEnvironment(env);
            holdfast.start(app, {});
            holdfast.waitForStarted();
            // The first-start dialog keeps it running; protection comes before QApplication exists,
            // so once the window system connection is up the limit is final.
            QTest::qWait(2000);
            const QByteArray result = coreLimitOf(holdfast.processId());
            holdfast.kill();
            holdfast.waitForFinished();
            return result;
        };
        const QByteArray optedOut = limitOfRunningHoldfast(true);
        QVERIFY2(!optedOut.isEmpty() && optedOut != "0", optedOut.constData());
        QCOMPARE(limitOfRunningHoldfast(false), QByteArray("0"));
#endif
    }

    void protectionTurnsOffDumpsAndTracing()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("PR_SET_DUMPABLE is Linux only");
#else
        QCOMPARE(hardening::applyMemoryProtection(), hardening::Protection::Applied);
        QVERIFY(!hardening::isDumpable());
        QCOMPARE(coreLimitOf(QCoreApplication::applicationPid()), QByteArray("0"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
