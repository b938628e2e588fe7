#include "settingsui/settingsdialog.h"

#include "application/languages.h"
#include "domain/currency.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(settings::Settings &settings, Approver approver, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_approver(std::move(approver))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(buildPayments(), tr("&Payments"));
    m_tabs->addTab(buildDatabase(), tr("&Database"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    load();
    m_shopName->setFocus(); // the first field, not the tab bar
    resize(560, 380);
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_shopName = new QLineEdit(page);
    m_shopName->setObjectName(QStringLiteral("shopName"));
    m_shopName->setMaxLength(80);
    form->addRow(tr("Shop &name:"), m_shopName);

    // Amazon Pay's currencies, named in the interface's language with their ISO code.
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("shopCurrency"));
    const QHash<QString, QString> names{{QStringLiteral("usd"), tr("US dollar")},      {QStringLiteral("eur"), tr("Euro")},
                                        {QStringLiteral("gbp"), tr("Pound sterling")}, {QStringLiteral("chf"), tr("Swiss franc")},
                                        {QStringLiteral("dkk"), tr("Danish krone")},   {QStringLiteral("nok"), tr("Norwegian krone")},
                                        {QStringLiteral("sek"), tr("Swedish krona")}};
    for (const QString &code : currency::amazonPayShopCurrencies())
        m_currency->addItem(tr("%1 (%2)").arg(names.value(code, code.toUpper()), code.toUpper()), code);
    form->addRow(tr("Shop &currency:"), m_currency);
    auto *currencyHelp = new QLabel(tr("New orders are priced in this currency. Saved orders keep their own. "
                                       "It must be your Stripe account's currency for Amazon Pay."),
                                    page);
    currencyHelp->setObjectName(QStringLiteral("shopCurrencyHelp"));
    currencyHelp->setWordWrap(true);
    form->addRow(QString(), currencyHelp);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    // The language "System default" stands for, by the same rule Holdfast applies (English on a
    // C/POSIX machine, which has no language name of its own).
    m_language->addItem(tr("System default (%1)").arg(localeForLanguage(QString()).nativeLanguageName()), QString());
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    form->addRow(tr("&Language:"), m_language);

    m_idleLock = new QSpinBox(page);
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    m_idleLock->setRange(0, 240);
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setSuffix(tr(" min"));
    form->addRow(tr("Lock when &idle after:"), m_idleLock);

    m_holdDefault = new QCheckBox(tr("&Hold new payments for a manager to capture"), page);
    m_holdDefault->setObjectName(QStringLiteral("holdDefault"));
    m_holdDefault->setToolTip(tr("Amazon Pay keeps a held payment for 7 days; capture it when the goods ship."));
    form->addRow(QString(), m_holdDefault);
    return page;
}

QWidget *SettingsDialog::buildPayments()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_mode = new QComboBox(page);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("Training (practice, no real money)"), QVariant::fromValue(int(Mode::Training)));
    m_mode->addItem(tr("Test (Stripe test mode)"), QVariant::fromValue(int(Mode::Test)));
    m_mode->addItem(tr("Live (real money)"), QVariant::fromValue(int(Mode::Live)));
    form->addRow(tr("&Mode:"), m_mode);
    m_modeHint = new QLabel(page);
    m_modeHint->setObjectName(QStringLiteral("modeHint"));
    m_modeHint->setWordWrap(true);
    form->addRow(QString(), m_modeHint);

    m_origin = new QLineEdit(page);
    m_origin->setObjectName(QStringLiteral("checkoutOrigin"));
    m_origin->setPlaceholderText(tr("https://pay.example-shop.com"));
    form->addRow(tr("Checkout &origin:"), m_origin);
    m_originProblem = problemLabel(page, QStringLiteral("originProblem"));
    form->addRow(QString(), m_originProblem);
    auto *originHelp = new QLabel(tr("The HTTPS address the checkout page is shown under in test and live mode. "
                                     "Register its domain with Stripe for Amazon Pay (see the checkout guide)."),
                                  page);
    originHelp->setWordWrap(true);
    form->addRow(QString(), originHelp);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateOriginHint);
    connect(m_origin, &QLineEdit::textChanged, this, &SettingsDialog::updateOriginHint);
    return page;
}

QWidget *SettingsDialog::buildDatabase()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_sqlite = new QRadioButton(tr("&This till only (a file on this computer)"), page);
    m_sqlite->setObjectName(QStringLiteral("sqlite"));
    m_postgres = new QRadioButton(tr("&Shared by several tills (PostgreSQL server)"), page);
    m_postgres->setObjectName(QStringLiteral("postgres"));
    layout->addWidget(m_sqlite);
    layout->addWidget(m_postgres);

    auto *form = new QFormLayout;
    m_postgresUrl = new QLineEdit(page);
    m_postgresUrl->setObjectName(QStringLiteral("postgresUrl"));
    m_postgresUrl->setPlaceholderText(QStringLiteral("postgresql://holdfast@db.shop.lan:5432/holdfast"));
    form->addRow(tr("Server &address:"), m_postgresUrl);
    m_postgresPassword = new QLineEdit(page);
    m_postgresPassword->setObjectName(QStringLiteral("postgresPassword"));
    m_postgresPassword->setEchoMode(QLineEdit::Password);
    m_postgresPassword->setAccessibleName(tr("PostgreSQL password, kept in the system keychain"));
    m_postgresPassword->setPlaceholderText(tr("Unchanged (kept in the system keychain)"));
    form->addRow(tr("Pass&word:"), m_postgresPassword);
    m_postgresProblem = problemLabel(page, QStringLiteral("postgresProblem"));
    form->addRow(QString(), m_postgresProblem);
    layout->addLayout(form);
    auto *help = new QLabel(tr("The password is kept in the system keychain, never in this address. "
                               "Orders are not copied between databases."),
                            page);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addStretch();

    connect(m_postgres, &QRadioButton::toggled, m_postgresUrl, &QWidget::setEnabled);
    connect(m_postgres, &QRadioButton::toggled, m_postgresPassword, &QWidget::setEnabled);
    return page;
}

void SettingsDialog::load()
{
    m_shopName->setText(m_settings.shopName());
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(m_settings.shopCurrency())));
    const int languageIndex = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    m_idleLock->setValue(m_settings.idleLockMinutes());
    m_holdDefault->setChecked(m_settings.holdForCaptureByDefault());
    m_mode->setCurrentIndex(m_mode->findData(int(m_settings.mode())));
    m_origin->setText(m_settings.checkoutOrigin().toString());
    const bool postgres = m_settings.databaseKind() == settings::DatabaseKind::Postgresql;
    m_postgres->setChecked(postgres);
    m_sqlite->setChecked(!postgres);
    m_postgresUrl->setEnabled(postgres);
    m_postgresPassword->setEnabled(postgres);
    m_postgresUrl->setText(m_settings.postgresUrl().toString());
    updateOriginHint();
}

void SettingsDialog::updateOriginHint()
{
    switch (Mode(m_mode->currentData().toInt())) {
    case Mode::Training:
        m_modeHint->setText(tr("Payments go to Holdfast's built-in practice server. Nothing is charged."));
        break;
    case Mode::Test:
        m_modeHint->setText(tr("Payments go to Stripe's test mode with your test keys. Nothing is charged."));
        break;
    case Mode::Live:
        m_modeHint->setText(tr("Payments move real money with your live keys. Live mode needs an HTTPS "
                               "checkout origin."));
        break;
    }
}

void SettingsDialog::showProblem(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
    field->setProperty("invalid", true);
    field->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    field->setFocus();
}

void SettingsDialog::clearProblems()
{
    for (auto [field, label] : {std::pair<QWidget *, QLabel *>{m_origin, m_originProblem},
                                std::pair<QWidget *, QLabel *>{m_postgresUrl, m_postgresProblem}}) {
        label->hide();
        label->clear();
        field->setProperty("invalid", false);
        field->setStyleSheet(QString());
    }
}

bool SettingsDialog::validate()
{
    clearProblems();
    const Mode mode = Mode(m_mode->currentData().toInt());
    const QString originText = m_origin->text().trimmed();
    const QUrl origin = originText.isEmpty() ? QUrl() : QUrl(originText, QUrl::StrictMode);
    if (!originText.isEmpty() && (!origin.isValid() || origin.host().isEmpty())) {
        showProblem(m_origin, m_originProblem, tr("Enter an address such as https://pay.example-shop.com."));
        return false;
    }
    if (const QString problem = settings::Settings::checkoutOriginProblem(mode, origin); !problem.isEmpty()) {
        showProblem(m_origin, m_originProblem, problem);
        return false;
    }
    if (m_postgres->isChecked()) {
        const QUrl url(m_postgresUrl->text().trimmed(), QUrl::StrictMode);
        if (const QString problem = settings::Settings::postgresUrlProblem(url); !problem.isEmpty()) {
            showProblem(m_postgresUrl, m_postgresProblem, problem);
            return false;
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    if (!validate())
        return;
    const Mode mode = Mode(m_mode->currentData().toInt());
    const bool modeChanged = mode != m_settings.mode();
    const QString originText = m_origin->text().trimmed();
    const QUrl origin = originText.isEmpty() ? QUrl() : QUrl(originText, QUrl::StrictMode);
    const auto kind = m_postgres->isChecked() ? settings::DatabaseKind::Postgresql : settings::DatabaseKind::Sqlite;
    const QUrl postgresUrl(m_postgresUrl->text().trimmed(), QUrl::StrictMode);
    const bool databaseChanged = kind != m_settings.databaseKind()
                                 || (kind == settings::DatabaseKind::Postgresql && postgresUrl != m_settings.postgresUrl());
    const QString language = m_language->currentData().toString();
    const QString shopCurrency = m_currency->currentData().toString();
    const bool otherChanged = m_shopName->text().trimmed() != m_settings.shopName()
                              || shopCurrency != m_settings.shopCurrency()
                              || language != m_settings.language() || m_idleLock->value() != m_settings.idleLockMinutes()
                              || m_holdDefault->isChecked() != m_settings.holdForCaptureByDefault()
                              || origin != m_settings.checkoutOrigin() || databaseChanged;
    if (!modeChanged && !otherChanged) {
        QDialog::accept();
        return;
    }
    if (modeChanged && !m_approver(staff::Action::ChangeMode))
        return;
    if (otherChanged && !m_approver(staff::Action::ChangeSettings))
        return;

    // validate() checked the address, the origin and the mode before any manager was asked; the
    // setters check again, and the address goes first so that a refusal writes nothing.
    QString why;
    if (kind == settings::DatabaseKind::Postgresql && !m_settings.setPostgresUrl(postgresUrl, &why)) {
        showProblem(m_postgresUrl, m_postgresProblem, why);
        return;
    }
    // Each setter checks the origin against the mode stored at that moment: going live, store the
    // HTTPS origin first; leaving live, change the mode first.
    const bool ok = mode == Mode::Live
                        ? m_settings.setCheckoutOrigin(origin, &why) && (!modeChanged || m_settings.setMode(mode, &why))
                        : (!modeChanged || m_settings.setMode(mode, &why)) && m_settings.setCheckoutOrigin(origin, &why);
    if (!ok) {
        showProblem(m_origin, m_originProblem, why);
        return;
    }
    const bool languageChanged = language != m_settings.language();
    m_settings.setDatabaseKind(kind);
    m_settings.setShopName(m_shopName->text().trimmed());
    m_settings.setShopCurrency(shopCurrency); // one of the offered codes, so never refused
    m_settings.setLanguage(language);
    m_settings.setIdleLockMinutes(m_idleLock->value());
    m_settings.setHoldForCaptureByDefault(m_holdDefault->isChecked());
    m_settings.sync();
    m_restartNeeded = modeChanged || databaseChanged || languageChanged;
    QDialog::accept();
}

QString SettingsDialog::postgresPassword() const
{
    return m_postgres->isChecked() ? m_postgresPassword->text() : QString();
}

} // namespace holdfast::ui
