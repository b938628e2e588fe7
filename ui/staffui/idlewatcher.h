// Watches the application for keyboard and mouse activity and emits idle() once the configured idle
// time has passed (staff::IdleLock does the arithmetic, with an injectable clock).
#pragma once

#include "staff/idlelock.h"

#include <QObject>
#include <QTimer>

namespace holdfast::ui {

class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(std::chrono::minutes timeout, holdfast::Clock clock = holdfast::systemClock(),
                         QObject *parent = nullptr);

    void setTimeout(std::chrono::minutes timeout);
    // How often the clock is read (5 s by default).
    void setTickInterval(std::chrono::milliseconds interval) { m_tick.setInterval(interval); }
    // Starts watching (after sign-in); stop() while the lock screen shows.
    void start();
    void stop();
    // Checks now rather than at the next tick (tests call it after moving their clock).
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    staff::IdleLock m_lock;
    QTimer m_tick;
    bool m_running = false;
};

} // namespace holdfast::ui
