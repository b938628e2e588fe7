// Tools → Settings: what is typed reaches the settings only when valid and approved.
#include "settings/settings.h"
#include "settingsui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace holdfast;
using holdfast::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_backing;
    std::unique_ptr<settings::Settings> m_settings;
    QList<staff::Action> m_asked;
    bool m_approve = true;

    SettingsDialog::Approver approver()
    {
        return [this](staff::Action action) {
            m_asked.append(action);
            return m_approve;
        };
    }
    template<typename T>
    static T *field(SettingsDialog &dialog, const char *name)
    {
        auto *w = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }

private slots:
    void init()
    {
        m_backing = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("holdfast.conf")), QSettings::IniFormat);
        m_backing->clear();
        m_settings = std::make_unique<settings::Settings>(m_backing.get());
        m_asked.clear();
        m_approve = true;
    }

    void showsWhatIsStored()
    {
        m_settings->setShopName(QStringLiteral("Corner Shop"));
        m_settings->setIdleLockMinutes(12);
        m_settings->setLanguage(QStringLiteral("en"));
        SettingsDialog dialog(*m_settings, approver());
        QCOMPARE(field<QLineEdit>(dialog, "shopName")->text(), QStringLiteral("Corner Shop"));
        QCOMPARE(field<QSpinBox>(dialog, "idleLock")->value(), 12);
        QCOMPARE(field<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(field<QComboBox>(dialog, "mode")->currentData().toInt(), int(Mode::Training));
        QVERIFY(field<QRadioButton>(dialog, "sqlite")->isChecked());
        QVERIFY(!field<QLineEdit>(dialog, "postgresUrl")->isEnabled());
    }

    void keyboardOnlyChangeIsSavedAfterApproval()
    {
        SettingsDialog dialog(*m_settings, approver());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = field<QLineEdit>(dialog, "shopName");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Harbour Books"));
        auto *idle = field<QSpinBox>(dialog, "idleLock");
        idle->setFocus();
        idle->selectAll();
        QTest::keyClicks(idle, QStringLiteral("0"));
        QCOMPARE(idle->value(), 0); // shown as "Never"
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_asked, QList<staff::Action>{staff::Action::ChangeSettings});
        QCOMPARE(m_settings->shopName(), QStringLiteral("Harbour Books"));
        QCOMPARE(m_settings->idleLockMinutes(), 0);
        QVERIFY(!dialog.restartNeeded());
    }

    void refusedApprovalChangesNothing()
    {
        m_approve = false;
        SettingsDialog dialog(*m_settings, approver());
        field<QLineEdit>(dialog, "shopName")->setText(QStringLiteral("Someone Else"));
        field<QComboBox>(dialog, "mode")->setCurrentIndex(1); // test
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_asked, QList<staff::Action>{staff::Action::ChangeMode});
        QCOMPARE(m_settings->shopName(), QString());
        QCOMPARE(m_settings->mode(), Mode::Training);
    }

    void liveNeedsAnHttpsOriginAndSaysSoAtTheField()
    {
        SettingsDialog dialog(*m_settings, approver());
        auto *mode = field<QComboBox>(dialog, "mode");
        mode->setCurrentIndex(mode->findData(int(Mode::Live)));
        auto *origin = field<QLineEdit>(dialog, "checkoutOrigin");
        origin->setText(QStringLiteral("http://pay.example-shop.com"));
        field<QLineEdit>(dialog, "shopName")->setText(QStringLiteral("Should not be saved"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_asked.isEmpty()); // invalid input never reaches the manager
        auto *problem = field<QLabel>(dialog, "originProblem");
        QVERIFY(!problem->isHidden());
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(origin->property("invalid").toBool());
        QCOMPARE(m_settings->mode(), Mode::Training);
        QCOMPARE(m_settings->shopName(), QString());

        origin->setText(QStringLiteral("https://pay.example-shop.com"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_asked, (QList<staff::Action>{staff::Action::ChangeMode, staff::Action::ChangeSettings}));
        QCOMPARE(m_settings->mode(), Mode::Live);
        QCOMPARE(m_settings->checkoutOrigin(), QUrl(QStringLiteral("https://pay.example-shop.com")));
        QVERIFY(dialog.restartNeeded());
    }

    void leavingLiveCanClearTheOrigin()
    {
        QVERIFY(m_settings->setCheckoutOrigin(QUrl(QStringLiteral("https://pay.example-shop.com"))));
        QVERIFY(m_settings->setMode(Mode::Live));
        SettingsDialog dialog(*m_settings, approver());
        auto *mode = field<QComboBox>(dialog, "mode");
        mode->setCurrentIndex(mode->findData(int(Mode::Training)));
        field<QLineEdit>(dialog, "checkoutOrigin")->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->mode(), Mode::Training);
        QVERIFY(m_settings->checkoutOrigin().isEmpty());
    }

    void postgresAddressWithAPasswordIsRefused()
    {
        SettingsDialog dialog(*m_settings, approver());
        field<QRadioButton>(dialog, "postgres")->setChecked(true);
        auto *url = field<QLineEdit>(dialog, "postgresUrl");
        QVERIFY(url->isEnabled());
        url->setText(QStringLiteral("postgresql://holdfast:hunter2@db.shop.lan:5432/holdfast"));
        field<QLineEdit>(dialog, "shopName")->setText(QStringLiteral("Not saved either"));
        m_asked.clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!field<QLabel>(dialog, "postgresProblem")->isHidden());
        QVERIFY(field<QLabel>(dialog, "postgresProblem")->text().contains(QStringLiteral("keychain")));
        QVERIFY(m_asked.isEmpty()); // refused before any manager was asked for a PIN
        QCOMPARE(m_settings->databaseKind(), settings::DatabaseKind::Sqlite);
        QCOMPARE(m_settings->shopName(), QString());
        m_backing->sync();
        QFile file(m_dir.filePath(QStringLiteral("holdfast.conf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2"));

        url->setText(QStringLiteral("postgresql://holdfast@db.shop.lan:5432/holdfast"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->databaseKind(), settings::DatabaseKind::Postgresql);
        QCOMPARE(m_settings->postgresUrl().host(), QStringLiteral("db.shop.lan"));
        QVERIFY(dialog.restartNeeded());
    }

    void languageChoiceIsStored()
    {
        SettingsDialog dialog(*m_settings, approver());
        auto *language = field<QComboBox>(dialog, "language");
        QCOMPARE(language->itemData(0).toString(), QString()); // system default first
        const int english = language->findData(QStringLiteral("en"));
        QVERIFY(english > 0);
        language->setCurrentIndex(english);
        dialog.accept();
        QCOMPARE(m_settings->language(), QStringLiteral("en"));
        QVERIFY(dialog.restartNeeded());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
