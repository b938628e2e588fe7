// What main() does to the QApplication before Holdfast is put together: names (which decide where
// settings and data live), the icon, and the chosen interface language. The acceptance tests call
// the same function, so they run the program a shop runs.
#pragma once

class QApplication;

namespace holdfast::ui {

void setUpApplication(QApplication &app);

} // namespace holdfast::ui
