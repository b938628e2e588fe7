#include "staffui/pinfield.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace holdfast::ui {

QLineEdit *makePinField(QLineEdit *edit, const QString &objectName, const QString &accessibleName)
{
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), edit));
    return edit;
}

} // namespace holdfast::ui
