#include "neworder/orderlineseditor.h"

#include "domain/money.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace holdfast::ui {

OrderLinesEditor::OrderLinesEditor(const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("orderLines"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(new QLabel(tr("Description"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("Qty"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("Unit price"), this), 0, 2);
    m_grid->setColumnStretch(0, 1);
    addLine();
}

void OrderLinesEditor::addLine()
{
    const int n = int(m_rows.size());
    Row row{new QLineEdit(this), new QSpinBox(this), new QLineEdit(this)};
    row.description->setObjectName(QStringLiteral("lineDescription%1").arg(n));
    row.description->setAccessibleName(tr("Line %1 description").arg(n + 1));
    row.quantity->setObjectName(QStringLiteral("lineQuantity%1").arg(n));
    row.quantity->setAccessibleName(tr("Line %1 quantity").arg(n + 1));
    row.quantity->setRange(1, 9999);
    row.price->setObjectName(QStringLiteral("linePrice%1").arg(n));
    row.price->setAccessibleName(tr("Line %1 unit price").arg(n + 1));
    row.price->setAlignment(Qt::AlignRight);
    row.price->setPlaceholderText(Money(0, m_currency).formatPlain());
    for (QWidget *w : {static_cast<QWidget *>(row.description), static_cast<QWidget *>(row.quantity),
                       static_cast<QWidget *>(row.price)})
        w->installEventFilter(this);
    connect(row.description, &QLineEdit::textChanged, this, &OrderLinesEditor::changed);
    connect(row.quantity, &QSpinBox::valueChanged, this, &OrderLinesEditor::changed);
    connect(row.price, &QLineEdit::textChanged, this, [this, price = row.price] {
        mark(price, false);
        emit changed();
    });
    m_grid->addWidget(row.description, n + 1, 0);
    m_grid->addWidget(row.quantity, n + 1, 1);
    m_grid->addWidget(row.price, n + 1, 2);
    if (!m_rows.isEmpty())
        setTabOrder(m_rows.constLast().price, row.description);
    setTabOrder(row.description, row.quantity);
    setTabOrder(row.quantity, row.price);
    m_rows.append(row);
    emit changed();
}

bool OrderLinesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    const Row &last = m_rows.constLast();
    if (watched == last.price || watched == last.quantity || watched == last.description) {
        if (rowIsEmpty(last) && m_rows.size() > 1) {
            emit finished();
            return true;
        }
        if (watched == last.price) {
            addLine();
            m_rows.constLast().description->setFocus();
            return true;
        }
    }
    // Enter elsewhere moves on like Tab, so the whole form works without the mouse.
    focusNextChild();
    return true;
}

bool OrderLinesEditor::rowIsEmpty(const Row &row) const
{
    return row.description->text().trimmed().isEmpty() && row.price->text().trimmed().isEmpty();
}

void OrderLinesEditor::mark(QWidget *field, bool bad)
{
    field->setProperty("invalid", bad);
    field->setStyleSheet(bad ? QStringLiteral("border: 2px solid #c62828;") : QString());
}

std::optional<QList<OrderLine>> OrderLinesEditor::lines(QString *problem, QWidget **badField) const
{
    QList<OrderLine> result;
    for (const Row &row : m_rows) {
        if (rowIsEmpty(row))
            continue;
        const auto bad = [&](QWidget *field, const QString &why) {
            mark(field, true);
            if (problem)
                *problem = why;
            if (badField)
                *badField = field;
            return std::nullopt;
        };
        if (row.description->text().trimmed().isEmpty())
            return bad(row.description, tr("Describe what is being sold on every line."));
        Money::ParseError error = Money::ParseError::None;
        const Money price = Money::parse(row.price->text(), m_currency, QLocale(), &error);
        if (!price.isValid())
            return bad(row.price, Money::errorMessage(error, m_currency));
        if (price.isZero())
            return bad(row.price, tr("A line needs a price above zero."));
        mark(row.price, false);
        result.append({row.description->text().trimmed(), row.quantity->value(), price.minorUnits()});
    }
    if (result.isEmpty()) {
        if (problem)
            *problem = tr("Add at least one line with a price.");
        if (badField)
            *badField = m_rows.constFirst().description;
        return std::nullopt;
    }
    return result;
}

std::optional<qint64> OrderLinesEditor::totalMinor() const
{
    qint64 total = 0;
    for (const Row &row : m_rows) {
        if (rowIsEmpty(row))
            continue;
        const Money price = Money::parse(row.price->text(), m_currency, QLocale());
        if (!price.isValid())
            return std::nullopt;
        const auto line = OrderLine{QString(), row.quantity->value(), price.minorUnits()}.totalMinor();
        if (!line || __builtin_add_overflow(total, *line, &total))
            return std::nullopt;
    }
    return total;
}

QLineEdit *OrderLinesEditor::descriptionField(int row) const
{
    return m_rows.value(row).description;
}

QSpinBox *OrderLinesEditor::quantityField(int row) const
{
    return m_rows.value(row).quantity;
}

QLineEdit *OrderLinesEditor::priceField(int row) const
{
    return m_rows.value(row).price;
}

} // namespace holdfast::ui
