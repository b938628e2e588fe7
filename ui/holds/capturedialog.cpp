#include "holds/capturedialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace holdfast::ui {

CaptureDialog::CaptureDialog(backoffice::HoldOperations &operations, staff::StaffAccounts &accounts, qint64 actorId,
                             const Order &order, const PaymentAttempt &attempt, QWidget *parent)
    : OperationDialog(operations, accounts, actorId, order, attempt, parent)
    , m_amount(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Capture payment for order %1").arg(order.number));
    setObjectName(QStringLiteral("captureDialog"));
    m_amount->setObjectName(QStringLiteral("captureAmount"));
    m_amount->setAccessibleName(tr("Amount to capture"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(Money(attempt.amountAuthorisedMinor, order.currency).formatPlain(QLocale()));
    m_summary->setObjectName(QStringLiteral("captureSummary"));
    m_summary->setAccessibleDescription(tr("What will be captured and released"));
    form()->addRow(tr("Held:"), new QLabel(money(attempt.amountAuthorisedMinor), this));
    form()->addRow(tr("&Amount to capture:"), m_amount);
    form()->addRow(QString(), m_summary);
    connect(m_amount, &QLineEdit::textChanged, this, &CaptureDialog::updateSummary);
    finishSetup(tr("Capture"), tr("Capturing…"));
    updateSummary();
    m_amount->selectAll();
    m_amount->setFocus();
}

std::optional<qint64> CaptureDialog::typedAmount(QString *problem) const
{
    Money::ParseError error = Money::ParseError::None;
    const Money typed = Money::parse(m_amount->text(), m_order.currency, QLocale(), &error);
    if (error != Money::ParseError::None) {
        *problem = Money::errorMessage(error, m_order.currency);
        return std::nullopt;
    }
    if (typed.minorUnits() <= 0) {
        *problem = tr("Enter an amount above zero.");
        return std::nullopt;
    }
    if (typed.minorUnits() > m_attempt.amountAuthorisedMinor) {
        *problem = tr("You can capture at most the %1 held.").arg(money(m_attempt.amountAuthorisedMinor));
        return std::nullopt;
    }
    return typed.minorUnits();
}

void CaptureDialog::updateSummary()
{
    QString problem;
    const auto amount = typedAmount(&problem);
    if (!amount) {
        m_summary->setText(problem);
        actionButton()->setEnabled(false);
        return;
    }
    const qint64 release = m_attempt.amountAuthorisedMinor - *amount;
    m_summary->setText(release > 0 ? tr("Capture %1 · release %2").arg(money(*amount), money(release))
                                   : tr("Capture %1 · nothing released").arg(money(*amount)));
    actionButton()->setEnabled(true);
}

std::optional<backoffice::OperationRequest> CaptureDialog::buildRequest(QString *problem)
{
    const auto amount = typedAmount(problem);
    if (!amount)
        return std::nullopt;
    backoffice::OperationRequest request;
    request.kind = backoffice::OperationKind::Capture;
    request.amountMinor = *amount;
    return request;
}

QString CaptureDialog::successText(const backoffice::OperationResult &result) const
{
    if (result.releasedMinor > 0)
        return tr("Captured %1 · released %2").arg(money(result.amountMinor), money(result.releasedMinor));
    return tr("Captured %1").arg(money(result.amountMinor));
}

} // namespace holdfast::ui
