#include "backoffice/endofday.h"

#include "domain/currency.h"
#include "store/disputelog.h"
#include "store/orderstore.h"
#include "store/paymentattempts.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace holdfast::backoffice {

void DayTotals::add(const DayTotals &o)
{
    orders += o.orders;
    authorisedMinor += o.authorisedMinor;
    capturedMinor += o.capturedMinor;
    releasedMinor += o.releasedMinor;
    refundedMinor += o.refundedMinor;
    disputes += o.disputes;
    disputedMinor += o.disputedMinor;
    lostMinor += o.lostMinor;
}

namespace {

// The store keeps how a payment was taken as its capture method; that is what splits the day.
QString methodLabel(const QString &method)
{
    if (method == QLatin1String("manual"))
        return QCoreApplication::translate("EndOfDay", "Held, then captured (manual capture)");
    if (method.isEmpty())
        return QCoreApplication::translate("EndOfDay", "No payment");
    return QCoreApplication::translate("EndOfDay", "Paid at once (automatic capture)");
}

QString plainAmount(qint64 minor, int exponent)
{
    QString digits = QString::number(qAbs(minor)).rightJustified(exponent + 1, u'0');
    if (exponent > 0)
        digits.insert(digits.size() - exponent, u'.');
    return minor < 0 ? QStringLiteral("-") + digits : digits;
}

} // namespace

store::Result<EndOfDayReport> EndOfDay::report(const QDate &day, std::optional<Mode> mode, const QTimeZone &zone)
{
    EndOfDayReport report;
    report.day = day;
    store::OrderQuery query;
    query.mode = mode;
    // The day as the till's clock shows it: midnight to midnight in `zone`, however long that day
    // is (23 or 25 hours when the clocks change).
    query.createdFrom = QDateTime(day, QTime(0, 0), zone);
    query.createdTo = QDateTime(day.addDays(1), QTime(0, 0), zone);
    query.sortColumn = store::OrderQuery::SortColumn::Created;
    query.sortOrder = Qt::AscendingOrder;
    query.limit = 500;
    struct CurrencyRows
    {
        QMap<QString, EndOfDayRow> byState;
        QMap<QString, EndOfDayRow> byMethod;
        DayTotals total;
        std::optional<DayTotals> disputes;
    };
    QHash<QString, CurrencyRows> perCurrency;
    store::OrderStore orders(m_db);
    store::PaymentAttempts attempts(m_db);
    for (;;) {
        const auto page = orders.list(query);
        if (!page.ok())
            return page.error();
        for (const Order &order : *page) {
            if (!report.currencies.contains(order.currency))
                report.currencies.append(order.currency);
            CurrencyRows &rows = perCurrency[order.currency];
            DayTotals t;
            t.orders = 1;
            QString method;
            const auto list = attempts.forOrder(order.id);
            if (!list.ok())
                return list.error();
            for (const PaymentAttempt &a : *list) {
                if (!a.captureMethod.isEmpty() && !a.paymentIntentId.isEmpty())
                    method = a.captureMethod;
                t.authorisedMinor += a.amountAuthorisedMinor;
                t.capturedMinor += a.amountCapturedMinor;
                t.refundedMinor += a.amountRefundedMinor;
                // A hold given back: the uncaptured rest after a partial capture, or all of a cancelled/expired one.
                if (a.amountCapturedMinor > 0 || a.status == QLatin1String("canceled"))
                    t.releasedMinor += qMax<qint64>(0, a.amountAuthorisedMinor - a.amountCapturedMinor);
            }
            const QString stateKey = orderstate::name(order.state);
            EndOfDayRow &s = rows.byState[stateKey];
            s.group = EndOfDayRow::Group::State;
            s.currency = order.currency;
            s.key = stateKey;
            s.label = orderstate::displayName(order.state);
            s.totals.add(t);
            EndOfDayRow &m = rows.byMethod[method];
            m.group = EndOfDayRow::Group::PaymentMethod;
            m.currency = order.currency;
            m.key = method.isEmpty() ? QStringLiteral("none") : method;
            m.label = methodLabel(method);
            m.totals.add(t);
            rows.total.add(t);
        }
        if (page->size() < query.limit)
            break;
        query.offset += query.limit;
    }
    // Disputes of the day, whenever their orders were taken: a currency with nothing else that day
    // still gets its rows.
    const auto disputes = store::DisputeLog(m_db).totals(query.createdFrom, query.createdTo, mode);
    if (!disputes.ok())
        return disputes.error();
    QStringList disputeCurrencies = disputes->keys();
    std::sort(disputeCurrencies.begin(), disputeCurrencies.end());
    for (const QString &code : std::as_const(disputeCurrencies)) {
        const store::DisputeTotals &d = disputes->value(code);
        if (!report.currencies.contains(code))
            report.currencies.append(code);
        DayTotals t;
        t.disputes = d.opened;
        t.disputedMinor = d.openedMinor;
        t.lostMinor = d.lostMinor;
        perCurrency[code].disputes = t;
        perCurrency[code].total.add(t);
    }
    for (const QString &code : std::as_const(report.currencies)) {
        const CurrencyRows &rows = perCurrency[code];
        for (OrderState state : orderstate::all()) {
            if (rows.byState.contains(orderstate::name(state)))
                report.rows.append(rows.byState.value(orderstate::name(state)));
        }
        for (const EndOfDayRow &row : rows.byMethod)
            report.rows.append(row);
        if (rows.disputes) {
            EndOfDayRow row;
            row.group = EndOfDayRow::Group::Disputes;
            row.currency = code;
            row.key = QStringLiteral("disputes");
            row.label = QCoreApplication::translate("EndOfDay", "Disputes");
            row.totals = *rows.disputes;
            report.rows.append(row);
        }
        EndOfDayRow total;
        total.group = EndOfDayRow::Group::Total;
        total.currency = code;
        total.key = QStringLiteral("total");
        total.label = QCoreApplication::translate("EndOfDay", "Total");
        total.totals = rows.total;
        report.rows.append(total);
    }
    return report;
}

DayTotals EndOfDayReport::totalFor(const QString &currency) const
{
    for (const EndOfDayRow &row : rows)
        if (row.group == EndOfDayRow::Group::Total && row.currency == currency)
            return row.totals;
    return {};
}

QByteArray EndOfDayReport::toCsv() const
{
    // -> QString: with QStringBuilder an auto return would be a builder referring to the local copy.
    const auto quote = [](const QString &s) -> QString {
        QString q = s;
        q.replace(u'"', QStringLiteral("\"\""));
        return QStringLiteral("\"") + q + QStringLiteral("\"");
    };
    QString csv = QStringLiteral(
        "day,group,key,label,currency,orders,authorised,captured,released,refunded,disputes,disputed,lost_to_disputes\n");
    for (const EndOfDayRow &row : rows) {
        const int exponent = qMax(0, currency::exponent(row.currency));
        const DayTotals &t = row.totals;
        const QString group = row.group == EndOfDayRow::Group::State           ? QStringLiteral("state")
                              : row.group == EndOfDayRow::Group::PaymentMethod ? QStringLiteral("payment_method")
                              : row.group == EndOfDayRow::Group::Disputes      ? QStringLiteral("disputes")
                                                                                : QStringLiteral("total");
        csv += QStringList{day.toString(Qt::ISODate), group, row.key, quote(row.label), row.currency,
                           QString::number(t.orders), plainAmount(t.authorisedMinor, exponent),
                           plainAmount(t.capturedMinor, exponent), plainAmount(t.releasedMinor, exponent),
                           plainAmount(t.refundedMinor, exponent), QString::number(t.disputes),
                           plainAmount(t.disputedMinor, exponent), plainAmount(t.lostMinor, exponent)}
                   .join(u',')
               + u'\n';
    }
    return csv.toUtf8();
}

} // namespace holdfast::backoffice
