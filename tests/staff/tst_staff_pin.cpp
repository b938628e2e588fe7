// PINs are hashed with Argon2id and verified; the clear PIN never appears in what is stored.
#include "staff/pinhash.h"

#include <QTest>

using namespace holdfast::staff;

class TestStaffPin : public QObject
{
    Q_OBJECT
private slots:
    void hashIsArgon2idAndSalted()
    {
        const QByteArray a = hashPin(QStringLiteral("2580"));
        const QByteArray b = hashPin(QStringLiteral("2580"));
        QVERIFY(a.startsWith("$argon2id$"));
        QVERIFY(a != b); // a fresh salt each time
        QVERIFY(!a.contains("2580"));
    }

    void verifiesOnlyTheRightPin()
    {
        const QByteArray h = hashPin(QStringLiteral("730519"));
        QVERIFY(verifyPin(h, QStringLiteral("730519")));
        QVERIFY(!verifyPin(h, QStringLiteral("730518")));
        QVERIFY(!verifyPin(h, QStringLiteral("")));
        QVERIFY(!verifyPin(QByteArray(), QStringLiteral("730519")));
        QVERIFY(!verifyPin(QByteArray("not a hash"), QStringLiteral("730519")));
    }

    void acceptablePins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("four digits") << QStringLiteral("2580") << true;
        QTest::newRow("twelve digits") << QStringLiteral("902183746519") << true;
        QTest::newRow("too short") << QStringLiteral("258") << false;
        QTest::newRow("too long") << QStringLiteral("9021837465190") << false;
        QTest::newRow("letters") << QStringLiteral("25a0") << false;
        QTest::newRow("all same") << QStringLiteral("0000") << false;
        QTest::newRow("run up") << QStringLiteral("1234") << false;
        QTest::newRow("run down") << QStringLiteral("98765") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void acceptablePins()
    {
        QFETCH(QString, pin);
        QFETCH(bool, acceptable);
        QString why;
        QCOMPARE(isAcceptablePin(pin, &why), acceptable);
        QCOMPARE(why.isEmpty(), acceptable);
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staff_pin.moc"
