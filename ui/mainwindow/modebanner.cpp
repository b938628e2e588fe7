#include "mainwindow/modebanner.h"

namespace holdfast::ui {

ModeBanner::ModeBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("modeBanner"));
    setAlignment(Qt::AlignCenter);
    setMargin(6);
    setMode(Mode::Training);
}

void ModeBanner::setMode(Mode mode)
{
    m_mode = mode;
    // Fixed colours on purpose: the banner must look the same in light and dark palettes.
    switch (mode) {
    case Mode::Training:
        setText(tr("TRAINING MODE — practice only, no real money moves"));
        setStyleSheet(QStringLiteral("QLabel { background: #f5a623; color: #1a1a1a; font-weight: bold; "
                                     "font-size: 14pt; border-bottom: 3px solid #b36b00; }"));
        break;
    case Mode::Test:
        setText(tr("TEST MODE — Stripe test keys, no real money moves"));
        setStyleSheet(QStringLiteral("QLabel { background: #3d7ebf; color: white; font-weight: bold; "
                                     "font-size: 12pt; }"));
        break;
    case Mode::Live:
        setText(tr("LIVE — real payments"));
        setStyleSheet(QStringLiteral("QLabel { background: #1e7d32; color: white; font-weight: bold; "
                                     "font-size: 11pt; }"));
        break;
    }
    setAccessibleName(text());
}

} // namespace holdfast::ui
