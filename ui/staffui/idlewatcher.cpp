#include "staffui/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace holdfast::ui {

IdleWatcher::IdleWatcher(std::chrono::minutes timeout, holdfast::Clock clock, QObject *parent)
    : QObject(parent), m_lock(timeout, std::move(clock))
{
    m_tick.setInterval(std::chrono::seconds(5));
    connect(&m_tick, &QTimer::timeout, this, &IdleWatcher::check);
}

void IdleWatcher::setTimeout(std::chrono::minutes timeout)
{
    m_lock.setTimeout(timeout);
}

void IdleWatcher::start()
{
    if (!m_running)
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_lock.noteActivity();
    m_tick.start();
}

void IdleWatcher::stop()
{
    if (m_running)
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_tick.stop();
}

void IdleWatcher::check()
{
    if (m_running && m_lock.isDue()) {
        stop();
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lock.noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace holdfast::ui
