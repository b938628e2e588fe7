#include "mainwindow/tablecolumns.h"

#include <QApplication>
#include <QColor>
#include <QPalette>

#include <QHeaderView>
#include <QTableView>

namespace holdfast::ui {

void sizeColumnsToText(QTableView *table)
{
    table->setWordWrap(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    // Measuring a page's worth of rows is enough; a list of a million orders loads lazily anyway.
    header->setResizeContentsPrecision(200);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QColor attentionBackground(RowAttention level)
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QColor warning = level == RowAttention::Soon ? QColor(0xf0, 0xa0, 0x00) : QColor(0xd0, 0x20, 0x20);
    constexpr qreal amount = 0.28;
    return QColor::fromRgbF(base.redF() * (1 - amount) + warning.redF() * amount,
                            base.greenF() * (1 - amount) + warning.greenF() * amount,
                            base.blueF() * (1 - amount) + warning.blueF() * amount);
}

} // namespace holdfast::ui
