// The till's main window: places on the left, the place's list in the middle, mode always visible.
#pragma once

#include "domain/mode.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace holdfast::ui {

class ModeBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    void setShopName(const QString &name);
    // "sandbox on 127.0.0.1:4242", "api.stripe.com", "offline — retrying"…
    void setConnectionState(const QString &text);
    // Who every action is attributed to: "Signed in: Maria (Manager)", always in the status bar.
    void setSignedIn(const QString &name, const QString &role);
    // A notice that stays under the mode banner until closed (e.g. "Stripe keys unreadable: training").
    void showNotice(const QString &text);
    // A notice that something needs doing (a hold about to lapse), with Show to go to it.
    void showAlert(const QString &text, bool urgent);
    // "Held authorisations (2)": how many things in a place need someone.
    void setPlaceCount(const QString &placeId, int count);
    // Adds a button for `action` to the toolbar under the banner (New order is there from the start).
    void addPrimaryAction(QAction *action);
    // Replaces the page shown for a place (Orders, Held authorisations, Payments, Events).
    void setPlacePage(const QString &placeId, QWidget *page);
    // Shortcuts of a place that work from anywhere in the window while that place is shown (and
    // only then: two places may use the same keys for their own selection).
    void setPlaceShortcuts(const QString &placeId, const QList<QAction *> &actions);
    void showPlace(const QString &placeId);
    QString currentPlace() const;
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }

signals:
    void newOrderRequested();
    // Show was pressed on the alert.
    void alertOpened();

private:
    void buildMenus();
    void addPlace(const QString &id, const QString &title, const QString &emptyText, const QKeySequence &key);
    void updateTitle();
    void showAbout();

    ModeBanner *m_banner = nullptr;
    QListWidget *m_places = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_modeStatus = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_signedIn = nullptr;
    QWidget *m_noticeBar = nullptr;
    QLabel *m_notice = nullptr;
    QWidget *m_alertBar = nullptr;
    QLabel *m_alert = nullptr;
    QStringList m_placeTitles;
    QToolBar *m_primary = nullptr;
    QAction *m_newOrder = nullptr;
    QString m_shopName;
    QStringList m_placeIds;
    QHash<QString, QList<QAction *>> m_placeShortcuts;
    void showPlaceShortcuts();
    QList<QAction *> m_shortcutActions;
};

} // namespace holdfast::ui
