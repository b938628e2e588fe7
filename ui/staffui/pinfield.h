// Every PIN field in Holdfast behaves the same: hidden as typed, digits only (at most 12), no
// predictive text or input history, and a name for screen readers.
#pragma once

#include <QString>

class QLineEdit;

namespace holdfast::ui {

// Makes `edit` a PIN field and returns it.
QLineEdit *makePinField(QLineEdit *edit, const QString &objectName, const QString &accessibleName);

} // namespace holdfast::ui
