#include "mainwindow/tablecolumns.h"

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

} // namespace holdfast::ui
