#include "checkoutui/takepaymentdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

TakePaymentDialog::TakePaymentDialog(const QString &orderNumber, const QString &amountText, bool holdByDefault,
                                     QWidget *parent)
    : QDialog(parent), m_hold(new QCheckBox(tr("Hold for &manager capture"), this))
{
    setObjectName(QStringLiteral("takePaymentDialog"));
    setWindowTitle(tr("Take payment — order %1").arg(orderNumber));
    auto *heading = new QLabel(tr("Order %1 · %2").arg(orderNumber, amountText), this);
    heading->setObjectName(QStringLiteral("takePaymentHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    m_hold->setObjectName(QStringLiteral("takePaymentHold"));
    m_hold->setChecked(holdByDefault);

    auto *buttons = new QDialogButtonBox(this);
    auto *onScreen = buttons->addButton(tr("Pay on &this screen"), QDialogButtonBox::AcceptRole);
    onScreen->setObjectName(QStringLiteral("takePaymentOnScreen"));
    onScreen->setDefault(true);
    auto *onPhone = buttons->addButton(tr("Send to customer's &phone"), QDialogButtonBox::AcceptRole);
    onPhone->setObjectName(QStringLiteral("takePaymentOnPhone"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("takePaymentCancel"));
    connect(onScreen, &QPushButton::clicked, this, [this] { choose(checkout::PaymentRoute::OnThisScreen); });
    connect(onPhone, &QPushButton::clicked, this, [this] { choose(checkout::PaymentRoute::CustomerPhone); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_hold);
    layout->addWidget(buttons);
    onScreen->setFocus();
}

bool TakePaymentDialog::holdForCapture() const
{
    return m_hold->isChecked();
}

void TakePaymentDialog::choose(checkout::PaymentRoute route)
{
    m_route = route;
    accept();
}

} // namespace holdfast::ui
