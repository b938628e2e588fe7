#include "endofday/endofdayview.h"

#include "endofday/endofdaymodel.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
const auto headerKey = QStringLiteral("backoffice/endOfDayHeader");
}

EndOfDayView::EndOfDayView(store::Database &db, std::optional<Mode> mode, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_mode(mode)
    , m_model(new EndOfDayModel(this))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_exportAction(new QAction(tr("&Export CSV…"), this))
    , m_printAction(new QAction(tr("&Print…"), this))
{
    setObjectName(QStringLiteral("endOfDayView"));
    setAccessibleName(tr("End of day"));
    m_day->setObjectName(QStringLiteral("endOfDayDate"));
    m_day->setAccessibleName(tr("Day"));
    m_day->setCalendarPopup(true);
    m_exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    auto *row = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    row->addWidget(dayLabel);
    row->addWidget(m_day);
    row->addStretch();
    for (QAction *a : {m_exportAction, m_printAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setAccessibleName(a->text().remove(u'&'));
        row->addWidget(b);
    }
    m_table->setObjectName(QStringLiteral("endOfDayTable"));
    m_table->setAccessibleName(tr("Totals for the day"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->restoreState(QSettings().value(headerKey).toByteArray());
    m_status->setObjectName(QStringLiteral("endOfDayStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_day, &QDateEdit::dateChanged, this, &EndOfDayView::refresh);
    connect(m_exportAction, &QAction::triggered, this, &EndOfDayView::exportCsv);
    connect(m_printAction, &QAction::triggered, this, &EndOfDayView::print);
    refresh();
}

EndOfDayView::~EndOfDayView()
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void EndOfDayView::setDay(const QDate &day)
{
    m_day->setDate(day);
    refresh();
}

void EndOfDayView::refresh()
{
    const auto report = backoffice::EndOfDay(m_db).report(m_day->date(), m_mode);
    if (!report.ok()) {
        m_status->setText(report.error().userMessage());
        return;
    }
    m_model->setReport(*report);
    m_status->setText(report->currencies.size() > 1
                          ? tr("Orders in %1 are totalled apart, each in its own currency.")
                                .arg(QStringList(report->currencies).join(QStringLiteral(", ")).toUpper())
                          : QString());
    m_table->resizeColumnsToContents();
}

bool EndOfDayView::exportCsvTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->report().toCsv()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1").arg(path));
    return true;
}

bool EndOfDayView::printToPdf(const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument doc;
    doc.setHtml(m_model->toHtml());
    doc.print(&printer);
    return QFile::exists(path);
}

void EndOfDayView::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export end of day"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("end-of-day-%1.csv").arg(m_day->date().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportCsvTo(path); });
    dialog->open();
}

void EndOfDayView::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, printer](int result) {
        if (result == QDialog::Accepted) {
            QTextDocument doc;
            doc.setHtml(m_model->toHtml());
            doc.print(printer);
        }
        delete printer;
    });
    dialog->open();
}

} // namespace holdfast::ui
