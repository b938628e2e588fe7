// Settings → Stripe with the in-memory key store: format and same-mode checks, storing behind the
// manager approval hook, removing, the keychain-unavailable notice, and the verification hook.
#include "keystore/inmemorykeystore.h"
#include "keystore/keyindex.h"
#include "settingsui/stripekeyspage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace holdfast;
using namespace holdfast::keystore;
using holdfast::ui::StripeKeysPage;

class TestStripeKeysPage : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        auto *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("missing child %s", name);
        return c;
    }

    static void paste(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private slots:
    void init() { QSettings().clear(); }

    void storesValidKeysAfterApproval()
    {
        InMemoryKeyStore store;
        KeyIndex index;
        StripeKeys keys(store, index);
        QList<staff::Action> asked;
        bool approve = false;
        StripeKeysPage page(keys, [&](staff::Action a) {
            asked << a;
            return approve;
        });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy saved(&page, &StripeKeysPage::keysSaved);
        auto *save = child<QPushButton>(&page, "storeKeysButton");
        auto *validation = child<QLabel>(&page, "keyValidation");
        QVERIFY(!save->isEnabled());

        auto *secret = child<QLineEdit>(&page, "secretKeyEdit");
        auto *publishable = child<QLineEdit>(&page, "publishableKeyEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        paste(secret, QStringLiteral("rk_live_51RestrictedAbc"));
        paste(publishable, QStringLiteral("pk_test_51PublishableAbc"));
        QVERIFY(!save->isEnabled());
        QVERIFY(validation->text().contains(QStringLiteral("different modes")));
        QVERIFY(!validation->text().contains(QStringLiteral("51RestrictedAbc")));

        paste(publishable, QStringLiteral("pk_live_51PublishableAbc"));
        QVERIFY(save->isEnabled());
        QVERIFY(validation->text().contains(QStringLiteral("Live")));

        // Denied approval: nothing stored.
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(asked, QList<staff::Action>{staff::Action::ManageKeys});
        QTest::qWait(20);
        QCOMPARE(store.size(), 0);

        approve = true;
        save->setFocus();
        QTest::keyClick(save, Qt::Key_Space); // keyboard only
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).value<Mode>(), Mode::Live);
        QVERIFY(store.contains(QStringLiteral("live/secret_key")));
        QVERIFY(index.hasStripeKeys(Mode::Live));
        QVERIFY(secret->text().isEmpty() && publishable->text().isEmpty()); // nothing secret left in widgets
        QVERIFY(child<QLabel>(&page, "liveKeysStatus")
                    ->text()
                    .contains(QStringLiteral("stored in the system keychain")));

        QSignalSpy removed(&page, &StripeKeysPage::keysRemoved);
        auto *remove = child<QPushButton>(&page, "removeLiveKeysButton");
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(store.size(), 0);
        QVERIFY(!index.hasStripeKeys(Mode::Live));
        QVERIFY(child<QLabel>(&page, "liveKeysStatus")->text().contains(QStringLiteral("not stored")));
    }

    void saysPlainlyWhenThereIsNoKeychain()
    {
        InMemoryKeyStore store;
        store.setFailure(KeyStoreError::NoKeychain);
        KeyIndex index;
        StripeKeys keys(store, index);
        StripeKeysPage page(keys, [](staff::Action) { return true; });
        page.show();
        auto *warning = child<QLabel>(&page, "keychainWarning");
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("The system keychain is not available")));
        QVERIFY(warning->text().contains(QStringLiteral("training mode")));
        paste(child<QLineEdit>(&page, "secretKeyEdit"), QStringLiteral("sk_test_51SecretAbcdef"));
        paste(child<QLineEdit>(&page, "publishableKeyEdit"), QStringLiteral("pk_test_51PublishableAbc"));
        QVERIFY(!child<QPushButton>(&page, "storeKeysButton")->isEnabled()); // no plain-text fallback
    }

    void verificationGoesThroughTheHook()
    {
        InMemoryKeyStore store;
        KeyIndex index;
        StripeKeys keys(store, index);
        StripeKeysPage page(keys, [](staff::Action) { return true; });
        page.show();
        QSignalSpy verify(&page, &StripeKeysPage::verifyRequested);
        auto *button = child<QPushButton>(&page, "verifyKeysButton");
        QVERIFY(!button->isEnabled());
        paste(child<QLineEdit>(&page, "secretKeyEdit"), QStringLiteral("sk_test_51SecretAbcdef"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(verify.count(), 1);
        QVERIFY(verify.at(0).at(0).toString() == QStringLiteral("sk_test_51SecretAbcdef"));
        page.showVerificationResult(true, QStringLiteral("test mode"));
        QVERIFY(child<QLabel>(&page, "keyVerification")->text().contains(QStringLiteral("test mode")));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Holdfast"));
    QCoreApplication::setApplicationName(QStringLiteral("holdfast"));
    TestStripeKeysPage t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_settings_stripepage.moc"
