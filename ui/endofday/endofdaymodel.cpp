#include "endofday/endofdaymodel.h"

#include "domain/money.h"

#include <QFont>
#include <QLocale>

namespace holdfast::ui {

EndOfDayModel::EndOfDayModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EndOfDayModel::setReport(const backoffice::EndOfDayReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int EndOfDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int EndOfDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndOfDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const backoffice::EndOfDayRow &row = m_report.rows.at(index.row());
    const bool isTotal = row.group == backoffice::EndOfDayRow::Group::Total;
    const backoffice::DayTotals &t = row.totals;
    if (role == Qt::FontRole && isTotal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    const auto money = [&](qint64 minor) -> QVariant {
        return raw ? QVariant(minor) : QVariant(Money(minor, row.currency).format(QLocale()));
    };
    // The disputes row counts disputes, not orders: its order columns stay empty.
    if (!raw && row.group == backoffice::EndOfDayRow::Group::Disputes && index.column() >= OrdersColumn
        && index.column() <= RefundedColumn)
        return {};
    switch (index.column()) {
    case LabelColumn: {
        QString label = isTotal ? tr("Total")
                        : row.group == backoffice::EndOfDayRow::Group::State    ? tr("State: %1").arg(row.label)
                        : row.group == backoffice::EndOfDayRow::Group::Disputes ? tr("Disputes: %n opened", nullptr, int(t.disputes))
                                                                                : tr("Method: %1").arg(row.label);
        // A day in several currencies keeps each apart and says which is which.
        if (m_report.currencies.size() > 1)
            label = tr("%1 (%2)", "end of day row: label (currency code)").arg(label, row.currency.toUpper());
        return label;
    }
    case OrdersColumn:
        return raw ? QVariant(t.orders) : QVariant(QLocale().toString(t.orders));
    case AuthorisedColumn:
        return money(t.authorisedMinor);
    case CapturedColumn:
        return money(t.capturedMinor);
    case ReleasedColumn:
        return money(t.releasedMinor);
    case RefundedColumn:
        return money(t.refundedMinor);
    // Only the disputes row and the total speak of disputes; elsewhere the cells stay empty.
    case DisputedColumn:
        return raw || row.group == backoffice::EndOfDayRow::Group::Disputes || isTotal ? money(t.disputedMinor) : QVariant();
    case LostColumn:
        return raw || row.group == backoffice::EndOfDayRow::Group::Disputes || isTotal ? money(t.lostMinor) : QVariant();
    }
    return {};
}

QVariant EndOfDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Group");
    case OrdersColumn:
        return tr("Orders");
    case AuthorisedColumn:
        return tr("Authorised");
    case CapturedColumn:
        return tr("Captured");
    case ReleasedColumn:
        return tr("Released");
    case RefundedColumn:
        return tr("Refunded");
    case DisputedColumn:
        return tr("Disputed");
    case LostColumn:
        return tr("Lost");
    }
    return {};
}

QString EndOfDayModel::toHtml() const
{
    QString html = QStringLiteral("<h2>") + tr("End of day %1").arg(QLocale().toString(m_report.day, QLocale::LongFormat)).toHtmlEscaped()
                   + QStringLiteral("</h2><table border=1 cellspacing=0 cellpadding=4><tr>");
    for (int c = 0; c < ColumnCount; ++c)
        html += QStringLiteral("<th>") + headerData(c, Qt::Horizontal).toString().toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (int r = 0; r < rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < ColumnCount; ++c)
            html += (c ? QStringLiteral("<td align=right>") : QStringLiteral("<td>"))
                    + data(index(r, c)).toString().toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace holdfast::ui
