#include "holds/refunddialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace holdfast::ui {

RefundDialog::RefundDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts, qint64 actorId,
                           const Order &order, const PaymentAttempt &attempt, QWidget *parent)
    : OperationDialog(operations, accounts, actorId, order, attempt, parent)
    , m_amount(new QLineEdit(this))
    , m_reason(new QComboBox(this))
{
    setWindowTitle(tr("Refund order %1").arg(order.number));
    setObjectName(QStringLiteral("refundDialog"));
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setAccessibleName(tr("Amount to refund"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(Money(remaining(), order.currency).formatPlain(QLocale()));
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setAccessibleName(tr("Reason for the refund"));
    m_reason->addItem(tr("The customer asked for it"), QStringLiteral("requested_by_customer"));
    m_reason->addItem(tr("Charged twice (duplicate)"), QStringLiteral("duplicate"));
    m_reason->addItem(tr("Fraudulent payment"), QStringLiteral("fraudulent"));
    form()->addRow(tr("Captured:"), new QLabel(money(attempt.amountCapturedMinor), this));
    if (attempt.amountRefundedMinor > 0)
        form()->addRow(tr("Already refunded:"), new QLabel(money(attempt.amountRefundedMinor), this));
    form()->addRow(tr("&Amount to refund:"), m_amount);
    form()->addRow(tr("&Reason:"), m_reason);
    finishSetup(tr("Refund"), tr("Refunding…"));
    m_amount->selectAll();
    m_amount->setFocus();
}

std::optional<backoffice::OperationRequest> RefundDialog::buildRequest(QString *problem)
{
    Money::ParseError error = Money::ParseError::None;
    const Money typed = Money::parse(m_amount->text(), m_order.currency, QLocale(), &error);
    if (error != Money::ParseError::None) {
        *problem = Money::errorMessage(error, m_order.currency);
        return std::nullopt;
    }
    if (typed.minorUnits() <= 0 || typed.minorUnits() > remaining()) {
        *problem = tr("Refund more than zero and at most the %1 that remains.").arg(money(remaining()));
        return std::nullopt;
    }
    backoffice::OperationRequest request;
    request.kind = backoffice::OperationKind::Refund;
    request.amountMinor = typed.minorUnits();
    request.refundReason = m_reason->currentData().toString();
    return request;
}

QString RefundDialog::successText(const backoffice::OperationResult &result) const
{
    if (result.pendingRefundMinor > 0)
        return tr("Refund of %1 is pending: Amazon Pay confirms refunds later; the order shows it when it settles.")
            .arg(money(result.amountMinor));
    return tr("Refunded %1").arg(money(result.amountMinor));
}

} // namespace holdfast::ui
