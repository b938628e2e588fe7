// Tools → Settings: the shop's non-secret settings in one keyboard-friendly dialog.
// General (shop name, language, idle lock, hold-for-capture default), Payments (mode, checkout
// origin) and Database (SQLite on this till, or a PostgreSQL server shared by several tills).
// Nothing is written until every field is valid and a manager approved the change (ChangeMode for
// the mode, ChangeSettings for the rest); a refused or invalid change leaves the settings untouched.
#pragma once

#include "settings/settings.h"
#include "staff/role.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace holdfast::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    using Approver = std::function<bool(staff::Action action)>;

    SettingsDialog(settings::Settings &settings, Approver approver, QWidget *parent = nullptr);

    // After accept(): true when a change (mode, database, language) applies from the next start.
    bool restartNeeded() const { return m_restartNeeded; }
    // What was typed as the PostgreSQL password (for the keychain, never the settings file); empty:
    // leave the stored one as it is.
    QString postgresPassword() const;

    void accept() override;

private:
    QWidget *buildGeneral();
    QWidget *buildPayments();
    QWidget *buildDatabase();
    void load();
    void updateOriginHint();
    bool validate();
    void showProblem(QWidget *field, QLabel *label, const QString &message);
    void clearProblems();

    settings::Settings &m_settings;
    Approver m_approver;
    bool m_restartNeeded = false;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_shopName = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QCheckBox *m_holdDefault = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_modeHint = nullptr;
    QLineEdit *m_origin = nullptr;
    QLabel *m_originProblem = nullptr;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_postgresUrl = nullptr;
    QLineEdit *m_postgresPassword = nullptr;
    QLabel *m_postgresProblem = nullptr;
};

} // namespace holdfast::ui
