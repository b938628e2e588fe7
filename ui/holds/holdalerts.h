// Holds must never lapse unnoticed: watches the held authorisations and raises a notice once for
// each hold as it enters amber (under 48 hours) and again as it enters red (under 24 hours),
// including those already there when Holdfast starts. The window shows the notice (and the desktop's
// tray, where there is one); choosing it opens that hold.
#pragma once

#include "holds/heldmodel.h"

#include <QHash>
#include <QObject>

namespace holdfast::ui {

class HoldAlerts : public QObject
{
    Q_OBJECT
public:
    explicit HoldAlerts(HeldModel *model, QObject *parent = nullptr);

    // Compares the holds needing attention with those already announced. The model's
    // attentionChanged() calls it; call it once after connecting, for the holds there at start.
    void check();

Q_SIGNALS:
    // `text` names the most urgent of the holds that just crossed a line; `orderId` is that hold.
    void alert(const QString &text, qint64 orderId, bool urgent);
    void countChanged(int count);

private:
    HeldModel *m_model;
    QHash<qint64, backoffice::HoldDeadline::Level> m_announced;
    int m_count = -1;
};

} // namespace holdfast::ui
