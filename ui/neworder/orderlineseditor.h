// The lines of a phone order: description, quantity, unit price. Enter in a price field adds the
// next line; amounts are parsed strictly in the user's locale and marked at the field when wrong.
#pragma once

#include "domain/order.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace holdfast::ui {

class OrderLinesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit OrderLinesEditor(const QString &currency, QWidget *parent = nullptr);

    int lineCount() const { return int(m_rows.size()); }
    void addLine();
    // The lines when every non-empty row is valid (and there is at least one); otherwise nullopt,
    // with the offending field marked and *problem saying why.
    std::optional<QList<OrderLine>> lines(QString *problem, QWidget **badField = nullptr) const;
    // Sum of the valid lines, for the running total; nullopt while a field is wrong.
    std::optional<qint64> totalMinor() const;
    QLineEdit *descriptionField(int row) const;
    QSpinBox *quantityField(int row) const;
    QLineEdit *priceField(int row) const;

signals:
    void changed();
    // Enter on an empty last line: the person is done with lines.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QLineEdit *description;
        QSpinBox *quantity;
        QLineEdit *price;
    };
    bool rowIsEmpty(const Row &row) const;
    static void mark(QWidget *field, bool bad);

    QString m_currency;
    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace holdfast::ui
