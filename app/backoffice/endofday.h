// The day's totals for closing up: per order state and per payment method, how much was authorised,
// captured, released (held but given back) and refunded - from the orders created that day and
// their payment attempts. Exportable as CSV. Amounts stay integer minor units throughout.
#pragma once

#include "domain/orderstate.h"
#include "store/storeerror.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace holdfast {
enum class Mode;
}
namespace holdfast::store {
class Database;
}

namespace holdfast::backoffice {

struct DayTotals
{
    qint64 orders = 0;
    qint64 authorisedMinor = 0;
    qint64 capturedMinor = 0;
    qint64 releasedMinor = 0;
    qint64 refundedMinor = 0;
    void add(const DayTotals &other);
};

struct EndOfDayRow
{
    enum class Group { State, PaymentMethod };
    Group group = Group::State;
    QString key;   // "authorised" / "manual"…: stable, for CSV and tests
    QString label; // translated
    DayTotals totals;
};

struct EndOfDayReport
{
    QDate day;
    QString currency; // the shop's one currency; mixed days keep the first and count the rest apart
    QList<EndOfDayRow> rows;
    DayTotals total;
    qint64 otherCurrencyOrders = 0;

    // Plain-number CSV (minor units converted with the currency's exponent, '.' decimal point) so a
    // spreadsheet reads it in any locale.
    QByteArray toCsv() const;
};

class EndOfDay
{
public:
    explicit EndOfDay(store::Database &db) : m_db(db) {}
    // Orders created on `day` in `zone` (the till's local day by default).
    store::Result<EndOfDayReport> report(const QDate &day, std::optional<Mode> mode,
                                         const QTimeZone &zone = QTimeZone::systemTimeZone());

private:
    store::Database &m_db;
};

} // namespace holdfast::backoffice
