// Help → Keyboard shortcuts: every shortcut the main window knows, read from its actions.
#pragma once

#include <QDialog>

namespace holdfast::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace holdfast::ui
