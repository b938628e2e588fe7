// The coloured strip that says which mode Holdfast is in; impossible to miss in training and live.
#pragma once

#include "domain/mode.h"

#include <QLabel>

namespace holdfast::ui {

class ModeBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ModeBanner(QWidget *parent = nullptr);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

private:
    Mode m_mode = Mode::Training;
};

} // namespace holdfast::ui
