// The day's totals for closing up: per order state and per payment method, how much was authorised,
// captured, released (held but given back) and refunded - from the orders created that day and
// their payment attempts, and the money customers' banks disputed or took back that day. Exportable
// as CSV. Amounts stay integer minor units throughout.
#pragma once

#include "domain/orderstate.h"
#include "store/storeerror.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
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
    // Disputes: opened that day (chargebacks and inquiries, by Stripe's time) and lost that day,
    // whenever their orders were taken.
    qint64 disputes = 0;
    qint64 disputedMinor = 0;
    qint64 lostMinor = 0;
    void add(const DayTotals &other);
};

struct EndOfDayRow
{
    enum class Group { State, PaymentMethod, Disputes, Total };
    Group group = Group::State;
    QString currency; // the rows of each currency come together, its total last
    QString key;      // "authorised" / "manual" / "total"…: stable, for CSV and tests
    QString label;    // translated
    DayTotals totals;
};

struct EndOfDayReport
{
    QDate day;
    // Each currency the day's orders were priced in, in the order first seen; money in different
    // currencies is never added together.
    QStringList currencies;
    QList<EndOfDayRow> rows;

    // The day's total in `currency` (zero when it had no order in it).
    DayTotals totalFor(const QString &currency) const;
    // Plain-number CSV (minor units converted with the currency's exponent, '.' decimal point) so a
    // spreadsheet reads it in any locale; one total line per currency.
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
