// Why a Stripe object could not be read: which field and what was wrong with it.
#pragma once

#include <QString>

namespace holdfast {

struct ParseError
{
    QString field;
    QString reason;
    QString toString() const { return field.isEmpty() ? reason : field + QStringLiteral(": ") + reason; }
};

} // namespace holdfast
