#include "settingsui/stripekeyspage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

using keystore::KeyStoreError;
using keystore::KeyStoreResult;

namespace {
QLineEdit *secretEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setEchoMode(QLineEdit::Password); // shoulder-surfing; also keeps keys out of screenshots
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

StripeKeysPage::StripeKeysPage(keystore::StripeKeys &keys, Approver approver, QWidget *parent)
    : QWidget(parent), m_keys(keys), m_approver(std::move(approver))
{
    setObjectName(QStringLiteral("stripeKeysPage"));
    setAccessibleName(tr("Stripe keys"));

    m_keychainWarning = new QLabel;
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 8px; }"));
    m_keychainWarning->setAccessibleName(tr("Keychain status"));
    m_keychainWarning->hide();

    m_statusTest = new QLabel;
    m_statusTest->setObjectName(QStringLiteral("testKeysStatus"));
    m_statusLive = new QLabel;
    m_statusLive->setObjectName(QStringLiteral("liveKeysStatus"));

    auto *advice = new QLabel(tr(
        "Recommended: create a restricted key (rk_…) in the Stripe Dashboard with only the permissions "
        "Holdfast "
        "needs — PaymentIntents write, Refunds write, Charges read, Events read and Webhook endpoints write. "
        "The keys are stored in the system keychain only."));
    advice->setObjectName(QStringLiteral("restrictedKeyAdvice"));
    advice->setWordWrap(true);

    m_secretKey = secretEdit(QStringLiteral("secretKeyEdit"), tr("Secret or restricted key"),
                             tr("rk_test_… or rk_live_… (or sk_…)"));
    m_publishableKey =
        secretEdit(QStringLiteral("publishableKeyEdit"), tr("Publishable key"), tr("pk_test_… or pk_live_…"));
    m_publishableKey->setEchoMode(QLineEdit::Normal); // publishable keys are public
    m_webhookSecret = secretEdit(QStringLiteral("webhookSecretEdit"), tr("Webhook signing secret"),
                                 tr("whsec_… (only for the webhook receiver)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Secret or restricted key:"), m_secretKey);
    form->addRow(tr("&Publishable key:"), m_publishableKey);
    form->addRow(tr("&Webhook signing secret:"), m_webhookSecret);

    m_validation = new QLabel;
    m_validation->setObjectName(QStringLiteral("keyValidation"));
    m_validation->setWordWrap(true);
    m_validation->setAccessibleName(tr("Key check"));
    m_verification = new QLabel;
    m_verification->setObjectName(QStringLiteral("keyVerification"));
    m_verification->setWordWrap(true);
    m_verification->setAccessibleName(tr("Stripe account check"));

    m_save = new QPushButton(tr("S&tore keys"));
    m_save->setObjectName(QStringLiteral("storeKeysButton"));
    m_verify = new QPushButton(tr("&Check with Stripe"));
    m_verify->setObjectName(QStringLiteral("verifyKeysButton"));
    m_removeTest = new QPushButton(tr("Remove t&est keys…"));
    m_removeTest->setObjectName(QStringLiteral("removeTestKeysButton"));
    m_removeLive = new QPushButton(tr("Remove &live keys…"));
    m_removeLive->setObjectName(QStringLiteral("removeLiveKeysButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_verify);
    buttons->addStretch();
    buttons->addWidget(m_removeTest);
    buttons->addWidget(m_removeLive);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainWarning);
    layout->addWidget(m_statusTest);
    layout->addWidget(m_statusLive);
    layout->addWidget(advice);
    layout->addLayout(form);
    layout->addWidget(m_validation);
    layout->addWidget(m_verification);
    layout->addLayout(buttons);
    layout->addStretch();

    for (QLineEdit *edit : {m_secretKey, m_publishableKey, m_webhookSecret})
        connect(edit, &QLineEdit::textChanged, this, &StripeKeysPage::validate);
    connect(m_save, &QPushButton::clicked, this, &StripeKeysPage::save);
    connect(m_verify, &QPushButton::clicked, this, &StripeKeysPage::verify);
    connect(m_removeTest, &QPushButton::clicked, this, [this] { removeKeys(Mode::Test); });
    connect(m_removeLive, &QPushButton::clicked, this, [this] { removeKeys(Mode::Live); });
    connect(&m_keys, &keystore::StripeKeys::keysChanged, this, &StripeKeysPage::updateStatus);

    validate();
    refresh();
}

keystore::StripeKeySet StripeKeysPage::enteredKeys() const
{
    // Pasting often brings a stray space or newline; never part of a key.
    return {m_secretKey->text().trimmed(), m_publishableKey->text().trimmed(),
            m_webhookSecret->text().trimmed()};
}

void StripeKeysPage::validate()
{
    const keystore::StripeKeySet keys = enteredKeys();
    const bool anything =
        !keys.secretKey.isEmpty() || !keys.publishableKey.isEmpty() || !keys.webhookSecret.isEmpty();
    const keystore::KeySetCheck check = keystore::checkKeySet(keys);
    if (!anything)
        m_validation->clear();
    else if (check.ok())
        m_validation->setText(
            *check.mode == Mode::Live
                ? (check.restricted ? tr("Live keys (restricted key). Ready to store.")
                                    : tr("Live keys. Ready to store — a restricted key is safer."))
                : (check.restricted ? tr("Test keys (restricted key). Ready to store.")
                                    : tr("Test keys. Ready to store — a restricted key is safer.")));
    else
        m_validation->setText(check.problems.join(u'\n'));
    m_save->setEnabled(check.ok() && m_keychainUsable && !m_busy);
    m_verify->setEnabled(keystore::classifyKey(keys.secretKey).mode.has_value() && !m_busy);
}

void StripeKeysPage::refresh()
{
    updateStatus();
    // A harmless read tells whether a keychain answers at all.
    QPointer<StripeKeysPage> self(this);
    m_keys.store().read(keystore::entryName(Mode::Test, keystore::KeyKind::PublishableKey),
                        [self](const KeyStoreResult &r, const QString &) {
                            if (self)
                                self->showKeychainProblem(r);
                        });
}

void StripeKeysPage::showKeychainProblem(const KeyStoreResult &result)
{
    const bool unusable = result.error == KeyStoreError::NoKeychain ||
                          result.error == KeyStoreError::AccessDenied ||
                          result.error == KeyStoreError::Timeout;
    m_keychainUsable = !unusable;
    m_keychainWarning->setVisible(unusable);
    if (unusable)
        m_keychainWarning->setText(result.userMessage());
    validate();
}

void StripeKeysPage::updateStatus()
{
    const auto status = [this](Mode mode) {
        if (!m_keys.hasKeys(mode))
            return mode == Mode::Live ? tr("Live keys: not stored.") : tr("Test keys: not stored.");
        return mode == Mode::Live ? tr("Live keys: stored in the system keychain.")
                                  : tr("Test keys: stored in the system keychain.");
    };
    m_statusTest->setText(status(Mode::Test));
    m_statusLive->setText(status(Mode::Live));
    m_removeTest->setEnabled(m_keys.hasKeys(Mode::Test) && !m_busy);
    m_removeLive->setEnabled(m_keys.hasKeys(Mode::Live) && !m_busy);
}

void StripeKeysPage::save()
{
    const keystore::StripeKeySet keys = enteredKeys();
    if (!keystore::checkKeySet(keys).ok() || !m_approver || !m_approver(staff::Action::ManageKeys))
        return;
    m_busy = true;
    validate();
    m_validation->setText(tr("Storing the keys in the system keychain…"));
    QPointer<StripeKeysPage> self(this);
    m_keys.save(keys, [self](const keystore::SaveResult &result) {
        if (!self)
            return;
        self->m_busy = false;
        if (result.ok()) {
            // Nothing secret stays in the widgets once it is in the keychain.
            self->m_secretKey->clear();
            self->m_publishableKey->clear();
            self->m_webhookSecret->clear();
            self->m_validation->setText(*result.check.mode == Mode::Live ? tr("Live keys stored.")
                                                                         : tr("Test keys stored."));
            self->updateStatus();
            emit self->keysSaved(*result.check.mode);
            return;
        }
        self->showKeychainProblem(result.stored);
        self->m_validation->setText(result.userMessage());
        self->updateStatus();
    });
}

void StripeKeysPage::removeKeys(Mode mode)
{
    if (!m_approver || !m_approver(staff::Action::ManageKeys))
        return;
    m_busy = true;
    updateStatus();
    QPointer<StripeKeysPage> self(this);
    m_keys.remove(mode, [self, mode](const KeyStoreResult &r) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateStatus();
        if (r.ok()) {
            self->m_validation->setText(mode == Mode::Live ? tr("Live keys removed.")
                                                           : tr("Test keys removed."));
            emit self->keysRemoved(mode);
        } else {
            self->showKeychainProblem(r);
            self->m_validation->setText(r.userMessage());
        }
    });
}

void StripeKeysPage::verify()
{
    const QString secret = enteredKeys().secretKey;
    if (!keystore::classifyKey(secret).mode)
        return;
    m_verification->setText(tr("Checking the key with Stripe…"));
    emit verifyRequested(secret);
}

void StripeKeysPage::showVerificationResult(bool ok, const QString &message)
{
    m_verification->setText(ok ? tr("Stripe accepted the key: %1").arg(message)
                               : tr("Stripe did not accept the key: %1").arg(message));
}

} // namespace holdfast::ui
