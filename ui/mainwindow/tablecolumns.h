// Lists read at a glance: every column as wide as what it shows, one line per row.
#pragma once

class QColor;
class QTableView;

namespace holdfast::ui {

// Columns sized to their text (header and the rows loaded so far, re-measured as they change),
// never wrapped onto a second line; a list wider than its pane scrolls sideways rather than cut a
// cell. Call after setModel() and after restoring a saved header (its widths no longer apply; the
// sort order it carries does).
void sizeColumnsToText(QTableView *table);

// A row that needs attention: the warning colour tinted over the palette's base, so its text stays
// readable in light and dark themes. Amber for soon, red for now.
enum class RowAttention { Soon, Now };
QColor attentionBackground(RowAttention level);

} // namespace holdfast::ui
