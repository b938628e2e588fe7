// One real round trip through the OS keychain (Secret Service via QtKeychain).
#include "testservices.h"

#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

class TestKeychainService : public QObject
{
    Q_OBJECT
private:
    static constexpr auto service = "Holdfast test suite";

    QKeychain::Error run(QKeychain::Job *job)
    {
        job->setAutoDelete(false);
        QSignalSpy done(job, &QKeychain::Job::finished);
        job->start();
        if (!done.wait(20000))
            return QKeychain::OtherError;
        return job->error();
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!holdfast::test::secretServiceAvailable(&why))
            QFAIL(qPrintable(why));
    }

    void writeReadDelete()
    {
        const QString key = QStringLiteral("plumbing/%1").arg(QCoreApplication::applicationPid());
        const QString value = QStringLiteral("round-trip-value-\u00e9");
        QKeychain::WritePasswordJob write(QString::fromLatin1(service));
        write.setKey(key);
        write.setTextData(value);
        QCOMPARE(run(&write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(QString::fromLatin1(service));
        read.setKey(key);
        QVERIFY2(run(&read) == QKeychain::NoError, qPrintable(read.errorString()));
        QVERIFY(read.textData() == value);

        QKeychain::DeletePasswordJob remove(QString::fromLatin1(service));
        remove.setKey(key);
        QCOMPARE(run(&remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob again(QString::fromLatin1(service));
        again.setKey(key);
        QCOMPARE(run(&again), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainService)
#include "tst_keychain_service.moc"
