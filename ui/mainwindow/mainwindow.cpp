#include "mainwindow/mainwindow.h"

#include "mainwindow/modebanner.h"
#include "mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

// A hidden strip in `layout`: a wrapping message named `textName`, and a row the caller fills with
// its buttons (returned).
QHBoxLayout *addMessageBar(QVBoxLayout *layout, const QString &barName, const QString &textName, QWidget **bar,
                           QLabel **text)
{
    *bar = new QWidget(layout->parentWidget());
    (*bar)->setObjectName(barName);
    (*bar)->setAutoFillBackground(true);
    auto *row = new QHBoxLayout(*bar);
    *text = new QLabel(*bar);
    (*text)->setObjectName(textName);
    (*text)->setWordWrap(true);
    row->addWidget(*text, 1);
    (*bar)->hide();
    layout->addWidget(*bar);
    return row;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new ModeBanner(central);
    layout->addWidget(m_banner);

    // The strip for a standing notice (keychain unreadable: training), then the one for an alert
    // (a hold about to lapse). Both stay hidden until there is something to say.
    QHBoxLayout *noticeButtons = addMessageBar(layout, QStringLiteral("noticeBar"), QStringLiteral("noticeText"),
                                               &m_noticeBar, &m_notice);
    m_noticeBar->setStyleSheet(QStringLiteral("#noticeBar { background: #fff3cd; color: #5c4400; }"));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_noticeBar);
    dismiss->setObjectName(QStringLiteral("dismissNotice"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the notice"));
    connect(dismiss, &QToolButton::clicked, m_noticeBar, &QWidget::hide);
    noticeButtons->addWidget(dismiss);

    QHBoxLayout *alertButtons = addMessageBar(layout, QStringLiteral("alertBar"), QStringLiteral("alertText"),
                                              &m_alertBar, &m_alert);
    QFont strong = m_alert->font();
    strong.setBold(true);
    m_alert->setFont(strong);
    auto *show = new QPushButton(tr("Sho&w"), m_alertBar);
    show->setObjectName(QStringLiteral("openAlert"));
    connect(show, &QPushButton::clicked, this, [this] {
        m_alertBar->hide();
        Q_EMIT alertOpened();
    });
    auto *later = new QToolButton(m_alertBar);
    later->setObjectName(QStringLiteral("dismissAlert"));
    later->setText(tr("Later"));
    later->setAccessibleName(tr("Dismiss the alert until the next one"));
    connect(later, &QToolButton::clicked, m_alertBar, &QWidget::hide);
    alertButtons->addWidget(show);
    alertButtons->addWidget(later);

    // The places keep the width of their longest name; the page gets all the rest.
    auto *placesAndPage = new QHBoxLayout;
    m_places = new QListWidget(central);
    m_places->setObjectName(QStringLiteral("placesList"));
    m_places->setAccessibleName(tr("Places"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("placePages"));
    placesAndPage->addWidget(m_places);
    placesAndPage->addWidget(m_pages, 1);
    layout->addLayout(placesAndPage, 1);
    setCentralWidget(central);

    addPlace(QStringLiteral("orders"), tr("Orders"), tr("No orders yet. Press Ctrl+N to take one."),
             QKeySequence(Qt::CTRL | Qt::Key_1));
    addPlace(QStringLiteral("held"), tr("Held authorisations"), tr("No payments are waiting to be captured."),
             QKeySequence(Qt::CTRL | Qt::Key_2));
    addPlace(QStringLiteral("payments"), tr("Payments"), tr("Payments from Stripe appear here."),
             QKeySequence(Qt::CTRL | Qt::Key_3));
    addPlace(QStringLiteral("events"), tr("Events"), tr("Events from Stripe appear here."),
             QKeySequence(Qt::CTRL | Qt::Key_4));
    addPlace(QStringLiteral("disputes"), tr("Disputes"), tr("Disputed payments appear here."),
             QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(m_places, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_places, &QListWidget::currentRowChanged, this, &MainWindow::showPlaceShortcuts);
    m_places->setCurrentRow(0);

    m_modeStatus = new QLabel(this);
    m_modeStatus->setObjectName(QStringLiteral("modeStatus"));
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_modeStatus);
    statusBar()->addWidget(m_connectionStatus, 1);
    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    QFont bold = m_signedIn->font();
    bold.setBold(true);
    m_signedIn->setFont(bold);
    statusBar()->addPermanentWidget(m_signedIn);

    buildMenus();
    m_primary = addToolBar(tr("Actions"));
    m_primary->setObjectName(QStringLiteral("primaryToolbar"));
    m_primary->setMovable(false);
    m_primary->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_primary->addAction(m_newOrder);
    setMode(Mode::Training);
    setConnectionState(tr("not connected"));
    resize(1100, 700);
}

void MainWindow::addPlace(const QString &id, const QString &title, const QString &emptyText,
                          const QKeySequence &key)
{
    m_placeIds.append(id);
    m_placeTitles.append(title);
    auto *item = new QListWidgetItem(title, m_places);
    item->setData(Qt::UserRole, id);
    // As wide as the longest place with a count beside it, so the lists get the rest of the width.
    int widest = 0;
    for (const QString &t : std::as_const(m_placeTitles))
        widest = qMax(widest, m_places->fontMetrics().horizontalAdvance(tr("%1 (%2)").arg(t).arg(99)));
    m_places->setFixedWidth(widest + 2 * m_places->frameWidth() + 10);
    auto *empty = new QLabel(emptyText, m_pages);
    empty->setObjectName(id + QStringLiteral("Page"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages->addWidget(empty);

    auto *action = new QAction(title, this);
    action->setShortcut(key);
    action->setToolTip(tr("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, id] { showPlace(id); });
    addAction(action);
    m_shortcutActions.append(action);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newOrder = m_newOrder = file->addAction(tr("&New order"));
    newOrder->setObjectName(QStringLiteral("newOrderAction"));
    newOrder->setShortcut(QKeySequence::New);
    connect(newOrder, &QAction::triggered, this, &MainWindow::newOrderRequested);
    m_shortcutActions.prepend(newOrder);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_shortcutActions.append(quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (QAction *a : std::as_const(m_shortcutActions))
        if (a != newOrder && a != quit)
            go->addAction(a);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_shortcutActions, this);
        dialog.exec();
    });
    m_shortcutActions.append(shortcuts);
    QAction *about = help->addAction(tr("&About Holdfast"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Holdfast"),
                       tr("<h3>Holdfast %1</h3><p>Point of sale and back office for shops that take "
                          "payment through Stripe.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setMode(Mode mode)
{
    m_banner->setMode(mode);
    switch (mode) {
    case Mode::Training:
        m_modeStatus->setText(tr("Training"));
        break;
    case Mode::Test:
        m_modeStatus->setText(tr("Test mode"));
        break;
    case Mode::Live:
        m_modeStatus->setText(tr("Live"));
        break;
    }
    updateTitle();
}

Mode MainWindow::mode() const
{
    return m_banner->mode();
}

void MainWindow::setShopName(const QString &name)
{
    m_shopName = name;
    updateTitle();
}

void MainWindow::setConnectionState(const QString &text)
{
    m_connectionStatus->setText(text);
}

void MainWindow::setSignedIn(const QString &name, const QString &role)
{
    m_signedIn->setText(tr("Signed in: %1 (%2)").arg(name, role));
    m_signedIn->setAccessibleName(m_signedIn->text());
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_noticeBar->setVisible(!text.isEmpty());
}

void MainWindow::showAlert(const QString &text, bool urgent)
{
    m_alert->setText(text);
    m_alert->setAccessibleName(text);
    m_alertBar->setStyleSheet(urgent ? QStringLiteral("#alertBar { background: #c62828; } #alertText { color: white; }")
                                     // Not the training banner's orange: a pale amber with a strong edge.
                                     : QStringLiteral("#alertBar { background: #fff4d6; border-left: 6px solid #b26a00; }"
                                                      " #alertText { color: #5c3700; }"));
    m_alertBar->show();
}

void MainWindow::addPrimaryAction(QAction *action)
{
    m_primary->addAction(action);
}

void MainWindow::setPlaceCount(const QString &placeId, int count)
{
    const int index = int(m_placeIds.indexOf(placeId));
    if (index < 0)
        return;
    const QString title = count > 0 ? tr("%1 (%2)").arg(m_placeTitles.at(index)).arg(count) : m_placeTitles.at(index);
    m_places->item(index)->setText(title);
    m_places->item(index)->setData(Qt::AccessibleTextRole, title);
}

void MainWindow::setPlacePage(const QString &placeId, QWidget *page)
{
    const int index = int(m_placeIds.indexOf(placeId));
    if (index < 0)
        return;
    QWidget *old = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_places->currentRow());
}

void MainWindow::setPlaceShortcuts(const QString &placeId, const QList<QAction *> &actions)
{
    m_placeShortcuts.insert(placeId, actions);
    showPlaceShortcuts();
}

void MainWindow::showPlaceShortcuts()
{
    const QString current = currentPlace();
    for (auto it = m_placeShortcuts.cbegin(); it != m_placeShortcuts.cend(); ++it) {
        for (QAction *a : it.value()) {
            if (it.key() == current)
                addAction(a);
            else
                removeAction(a);
        }
    }
}

void MainWindow::showPlace(const QString &placeId)
{
    const int index = int(m_placeIds.indexOf(placeId));
    if (index >= 0)
        m_places->setCurrentRow(index);
}

QString MainWindow::currentPlace() const
{
    return m_placeIds.value(m_places->currentRow());
}

void MainWindow::updateTitle()
{
    QString title = m_shopName.isEmpty() ? tr("Holdfast") : tr("Holdfast — %1").arg(m_shopName);
    if (mode() == Mode::Training)
        title += QLatin1Char(' ') + tr("(TRAINING MODE: no real money)");
    else if (mode() == Mode::Test)
        title += QLatin1Char(' ') + tr("(test mode)");
    setWindowTitle(title);
}

} // namespace holdfast::ui
