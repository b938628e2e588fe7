#include "neworder/neworderdialog.h"

#include "domain/money.h"
#include "neworder/orderlineseditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace holdfast::ui {

NewOrderDialog::NewOrderDialog(const QString &currency, bool holdByDefault, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_lines(new OrderLinesEditor(currency, this))
    , m_total(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_hold(new QCheckBox(tr("Hold for &manager capture"), this))
    , m_problem(new QLabel(this))
    , m_onScreen(new QPushButton(tr("Pay on &this screen"), this))
    , m_onPhone(new QPushButton(tr("Send to customer's &phone"), this))
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setWindowTitle(tr("New order"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_notes->setObjectName(QStringLiteral("orderNotes"));
    m_hold->setObjectName(QStringLiteral("holdForCapture"));
    m_total->setObjectName(QStringLiteral("orderTotal"));
    m_problem->setObjectName(QStringLiteral("orderProblem"));
    m_onScreen->setObjectName(QStringLiteral("payOnScreen"));
    m_onPhone->setObjectName(QStringLiteral("payOnPhone"));
    m_name->setAccessibleName(tr("Customer name"));
    m_phone->setAccessibleName(tr("Customer phone"));
    m_email->setAccessibleName(tr("Customer email"));
    m_notes->setAccessibleName(tr("Notes"));
    m_total->setAccessibleDescription(tr("Order total"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    m_hold->setChecked(holdByDefault);
    m_hold->setToolTip(tr("The payment is authorised now and captured by a manager within 7 days."));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_total->setFont(big);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_onScreen->setDefault(true);
    m_onScreen->setToolTip(tr("The customer pays here, in the checkout window (Enter)"));
    m_onPhone->setToolTip(tr("The customer gets a link or QR code to approve on their own phone (Alt+P)"));

    auto *customer = new QFormLayout;
    customer->addRow(tr("&Name"), m_name);
    customer->addRow(tr("P&hone"), m_phone);
    customer->addRow(tr("&Email"), m_email);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_onScreen, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_onPhone, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onScreen, &QPushButton::clicked, this, [this] { takePayment(checkout::PaymentRoute::OnThisScreen); });
    connect(m_onPhone, &QPushButton::clicked, this, [this] { takePayment(checkout::PaymentRoute::CustomerPhone); });
    connect(m_lines, &OrderLinesEditor::changed, this, &NewOrderDialog::updateTotal);
    connect(m_lines, &OrderLinesEditor::finished, m_notes, qOverload<>(&QWidget::setFocus));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(customer);
    layout->addWidget(m_lines);
    layout->addWidget(m_total);
    auto *notesLabel = new QLabel(tr("N&otes"), this);
    notesLabel->setBuddy(m_notes); // Alt+O reaches the notes, and the & is not shown
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_hold);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateTotal();
    resize(560, 480);
}

bool NewOrderDialog::holdForCapture() const
{
    return m_hold->isChecked();
}

QString NewOrderDialog::problem() const
{
    return m_problem->text();
}

void NewOrderDialog::updateTotal()
{
    const auto total = m_lines->totalMinor();
    m_total->setText(total ? tr("Total %1").arg(Money(*total, m_currency).format()) : tr("Total —"));
}

bool NewOrderDialog::validate()
{
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const auto reject = [this](QWidget *field, const QString &why) {
        m_problem->setText(why);
        if (field)
            field->setFocus();
        return false;
    };
    m_problem->clear();
    if (m_name->text().trimmed().isEmpty() && m_phone->text().trimmed().isEmpty())
        return reject(m_name, tr("Enter the customer's name or phone number."));
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !emailShape.match(email).hasMatch())
        return reject(m_email, tr("This email address does not look right."));
    QString why;
    QWidget *bad = nullptr;
    const auto lines = m_lines->lines(&why, &bad);
    if (!lines)
        return reject(bad, why);
    Order order;
    order.state = OrderState::AwaitingPayment;
    order.currency = m_currency;
    order.customerName = m_name->text().trimmed();
    order.customerPhone = m_phone->text().trimmed();
    order.customerEmail = email;
    order.lines = *lines;
    order.notes = m_notes->toPlainText().trimmed();
    const auto total = order.linesTotalMinor();
    if (!total)
        return reject(bad, tr("The total is too large."));
    order.totalMinor = *total;
    m_order = order;
    return true;
}

void NewOrderDialog::takePayment(checkout::PaymentRoute route)
{
    if (!validate())
        return;
    m_route = route;
    accept();
}

} // namespace holdfast::ui
