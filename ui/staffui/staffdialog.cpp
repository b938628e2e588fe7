#include "staffui/staffdialog.h"

#include "staffui/pinfield.h"

#include "staff/pinhash.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;


} // namespace

StaffMemberDialog::StaffMemberDialog(Purpose purpose, const QString &memberName, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("staffMemberDialog"));
    setWindowTitle(purpose == Purpose::Add ? tr("Add a staff account") : tr("Reset the PIN of %1").arg(memberName));

    auto *form = new QFormLayout;
    if (purpose == Purpose::Add) {
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("staffNameEdit"));
        m_name->setAccessibleName(tr("Name"));
        m_name->setMaxLength(80);
        m_role = new QComboBox;
        m_role->setObjectName(QStringLiteral("staffRoleCombo"));
        m_role->setAccessibleName(tr("Role"));
        m_role->addItem(staff::roleTitle(staff::Role::Staff), int(staff::Role::Staff));
        m_role->addItem(staff::roleTitle(staff::Role::Manager), int(staff::Role::Manager));
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Role:"), m_role);
    }
    m_pin = makePinField(new QLineEdit, QStringLiteral("staffPinEdit"), tr("PIN"));
    m_confirm = makePinField(new QLineEdit, QStringLiteral("staffPinConfirmEdit"), tr("PIN again"));
    form->addRow(purpose == Purpose::Add ? tr("&PIN:") : tr("New &PIN:"), m_pin);
    form->addRow(tr("PIN &again:"), m_confirm);

    m_message = new QLabel(purpose == Purpose::Add
                               ? tr("A PIN has 4 to 12 digits. The person can change it later only through a "
                                    "manager.")
                               : tr("A PIN has 4 to 12 digits. A new PIN also lifts a lock after wrong PINs."));
    m_message->setObjectName(QStringLiteral("staffMemberMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok =
        buttons->addButton(purpose == Purpose::Add ? tr("&Add account") : tr("&Set PIN"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("staffMemberOk"));
    ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffMemberDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    if (m_name)
        m_name->setFocus();
    else
        m_pin->setFocus();
}

void StaffMemberDialog::trySubmit()
{
    if (m_name && m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter a name."));
        m_name->setFocus();
        return;
    }
    if (m_pin->text() != m_confirm->text()) {
        m_message->setText(tr("The two PINs differ. Type the same PIN twice."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    // Checked before a manager is asked for their PIN, so nobody approves a change that cannot happen.
    QString why;
    if (!staff::isAcceptablePin(m_pin->text(), &why)) {
        m_message->setText(why);
        m_pin->clear();
        m_confirm->clear();
        m_pin->setFocus();
        return;
    }
    const staff::Role role = m_role ? staff::Role(m_role->currentData().toInt()) : staff::Role::Staff;
    const QString problem = m_submit(m_name ? m_name->text() : QString(), role, m_pin->text());
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    m_pin->clear();
    m_confirm->clear();
    accept();
}

StaffDialog::StaffDialog(staff::StaffAccounts &accounts, staff::StaffAdmin &admin, qint64 actorId, ApprovalAsker ask,
                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_admin(admin), m_actorId(actorId), m_ask(std::move(ask))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(tr("Staff"));

    auto *intro = new QLabel(tr("Staff take orders and payments. Managers also capture, cancel and refund, and "
                                "manage staff, keys and settings. Every change here needs a manager's PIN."));
    intro->setWordWrap(true);

    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Status")});
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add…"));
    m_add->setObjectName(QStringLiteral("addStaffButton"));
    m_role = new QPushButton;
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_pin = new QPushButton(tr("Reset &PIN…"));
    m_pin->setObjectName(QStringLiteral("resetPinButton"));
    m_active = new QPushButton;
    m_active->setObjectName(QStringLiteral("switchActiveButton"));
    for (QPushButton *b : {m_add, m_role, m_pin, m_active})
        b->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &StaffDialog::addMember);
    connect(m_role, &QPushButton::clicked, this, &StaffDialog::changeRole);
    connect(m_pin, &QPushButton::clicked, this, &StaffDialog::resetPin);
    connect(m_active, &QPushButton::clicked, this, &StaffDialog::switchActive);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_role);
    side->addWidget(m_pin);
    side->addWidget(m_active);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    reload();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    m_table->setFocus();
    resize(640, 420);
}

void StaffDialog::reload()
{
    const std::optional<staff::StaffMember> keep = selectedMember();
    m_model->removeRows(0, m_model->rowCount());
    const QDateTime now = m_accounts.now();
    for (const staff::StaffMember &m : m_accounts.everyone()) {
        auto *name = new QStandardItem(m.name);
        name->setData(m.id, IdRole);
        QString status;
        if (!m.active)
            status = tr("Switched off");
        else if (m.lockedUntil.isValid() && now < m.lockedUntil)
            status = tr("Locked until %1 after wrong PINs")
                         .arg(QLocale().toString(m.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        else
            status = tr("Active");
        QString roleText = staff::roleTitle(m.role);
        if (m.id == m_actorId)
            roleText = tr("%1 (you)").arg(roleText);
        m_model->appendRow({name, new QStandardItem(roleText), new QStandardItem(status)});
    }
    if (keep)
        selectMember(keep->id);
}

void StaffDialog::selectMember(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(IdRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateButtons();
}

std::optional<staff::StaffMember> StaffDialog::selectedMember() const
{
    if (!m_table || !m_table->selectionModel())
        return std::nullopt;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_accounts.find(m_model->item(current.row(), 0)->data(IdRole).toLongLong());
}

QString StaffDialog::message() const
{
    return m_message->text();
}

void StaffDialog::updateButtons()
{
    const auto m = selectedMember();
    m_role->setEnabled(m.has_value() && m->active);
    m_pin->setEnabled(m.has_value() && m->active);
    m_active->setEnabled(m.has_value());
    m_role->setText(m && m->role == staff::Role::Manager ? tr("Make &staff") : tr("Make &manager"));
    m_active->setText(m && !m->active ? tr("Switch &on") : tr("Switch &off"));
}

QString StaffDialog::apply(const QString &subject,
                           const std::function<staff::AccountResult(const std::optional<staff::ManagerApproval> &)> &change,
                           const QString &doneText)
{
    const std::optional<staff::ManagerApproval> approval = m_ask(subject);
    if (!approval) {
        const QString problem = tr("Nothing was changed: no manager approved it.");
        m_message->setText(problem);
        return problem;
    }
    const staff::AccountResult result = change(approval);
    if (!result.ok()) {
        m_message->setText(result.problem);
        return result.problem;
    }
    m_message->setText(doneText);
    reload();
    Q_EMIT staffChanged();
    return {};
}

void StaffDialog::addMember()
{
    auto *dialog = new StaffMemberDialog(
        StaffMemberDialog::Purpose::Add, {},
        [this](const QString &name, staff::Role role, const QString &pin) {
            qint64 added = 0;
            const QString problem = apply(
                tr("Add %1 as %2").arg(name.trimmed(), staff::roleTitle(role)),
                [&](const std::optional<staff::ManagerApproval> &approval) {
                    const staff::AccountResult r = m_admin.add(m_actorId, approval, name, pin, role);
                    added = r.id;
                    return r;
                },
                tr("%1 can now sign in.").arg(name.trimmed()));
            if (problem.isEmpty())
                selectMember(added);
            return problem;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StaffDialog::resetPin()
{
    const auto member = selectedMember();
    if (!member)
        return;
    const qint64 id = member->id;
    const QString name = member->name;
    auto *dialog = new StaffMemberDialog(
        StaffMemberDialog::Purpose::ResetPin, name,
        [this, id, name](const QString &, staff::Role, const QString &pin) {
            return apply(
                tr("Reset the PIN of %1").arg(name),
                [&](const std::optional<staff::ManagerApproval> &approval) {
                    return m_admin.resetPin(m_actorId, approval, id, pin);
                },
                tr("%1 has a new PIN.").arg(name));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StaffDialog::changeRole()
{
    const auto member = selectedMember();
    if (!member)
        return;
    const staff::Role role = member->role == staff::Role::Manager ? staff::Role::Staff : staff::Role::Manager;
    apply(tr("Make %1 %2").arg(member->name, staff::roleTitle(role)),
          [&](const std::optional<staff::ManagerApproval> &approval) {
              return m_admin.setRole(m_actorId, approval, member->id, role);
          },
          tr("%1 is now %2.").arg(member->name, staff::roleTitle(role)));
}

void StaffDialog::switchActive()
{
    const auto member = selectedMember();
    if (!member)
        return;
    const bool active = !member->active;
    apply(active ? tr("Switch on the account of %1").arg(member->name)
                 : tr("Switch off the account of %1").arg(member->name),
          [&](const std::optional<staff::ManagerApproval> &approval) {
              return m_admin.setActive(m_actorId, approval, member->id, active);
          },
          active ? tr("%1 can sign in again.").arg(member->name)
                 : tr("%1 can no longer sign in. Their orders and history stay.").arg(member->name));
}

} // namespace holdfast::ui
