// Every shipped catalogue is complete and consistent with its sources, lupdate finds nothing new to
// translate, and the compiled catalogues really change the interface and the formats.
#include "application/languages.h"
#include "domain/money.h"
#include "keystore/keyformat.h"
#include "keystore/keystoreerror.h"
#include "staff/authorizer.h"
#include "staff/inmemorystaffrepository.h"
#include "staff/pinhash.h"
#include "stripe/stripeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace holdfast;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList forms; // one translation, or the numerus forms
};

QList<Message> readCatalogue(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            current.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).remove(QLatin1Char('L')));
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("&&"), QString());
    // HTML entities in rich text are not mnemonics.
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#\\d+;"));
    t.remove(entity);
    return int(t.count(QLatin1Char('&')));
}

// Plural forms Qt uses per language (see Qt Linguist's numerus rules).
int numerusForms(const QString &language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    if (lang == QLatin1String("ja") || lang == QLatin1String("zh"))
        return 1;
    if (lang == QLatin1String("pl") || lang == QLatin1String("ru") || lang == QLatin1String("cs"))
        return 3;
    return 2;
}

QString sourceDir()
{
    return qEnvironmentVariable("HOLDFAST_SOURCE_DIR");
}

QStringList catalogues()
{
    return QDir(sourceDir() + QStringLiteral("/translations"))
        .entryList({QStringLiteral("holdfast_*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shipsGermanFrenchAndSpanish()
    {
        const QStringList files = catalogues();
        for (const char *lang : {"de", "fr", "es", "en"})
            QVERIFY2(files.contains(QStringLiteral("holdfast_%1.ts").arg(QLatin1String(lang))), lang);
    }

    void everyCatalogueIsCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : catalogues())
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyCatalogueIsCompleteAndConsistent()
    {
        QFETCH(QString, file);
        QString language;
        QString error;
        const QList<Message> messages =
            readCatalogue(sourceDir() + QStringLiteral("/translations/") + file, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" / \"") + m.source.left(60) + QLatin1Char('"');
            if (m.obsolete) {
                problems << QStringLiteral("obsolete (run the update_translations target): ") + where;
                continue;
            }
            if (m.unfinished)
                problems << QStringLiteral("unfinished: ") + where;
            if (m.numerus && m.forms.size() != numerusForms(language))
                problems << QStringLiteral("%1 plural forms, %2 expected: ").arg(m.forms.size()).arg(numerusForms(language))
                                + where;
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: ") + where;
                    continue;
                }
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(form);
                // A plural form may leave the number out ("one item" for n = 1), never add one.
                if (m.numerus) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << QStringLiteral("placeholders %1 ≠ %2: ").arg(got.join(QLatin1Char(',')),
                                                                              expected.join(QLatin1Char(',')))
                                    + where;
                if (accelerators(form) != accelerators(m.source))
                    problems << QStringLiteral("keyboard accelerator (&) count differs: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources, into copies: no message may come out unfinished or new.
    void lupdateFindsNothingNewToTranslate()
    {
        const QString lupdate = qEnvironmentVariable("HOLDFAST_LUPDATE");
        QVERIFY2(QFile::exists(lupdate), "HOLDFAST_LUPDATE names lupdate");
        QTemporaryDir dir;
        QStringList args{sourceDir() + QStringLiteral("/app"), sourceDir() + QStringLiteral("/ui"),
                         QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-no-obsolete"),
                         QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts")};
        for (const QString &file : catalogues()) {
            QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/") + file, dir.filePath(file)));
            args << dir.filePath(file);
        }
        QProcess run;
        run.start(lupdate, args);
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        const QString output = QString::fromUtf8(run.readAllStandardOutput());
        for (const QString &file : catalogues()) {
            QString language;
            QString error;
            const QList<Message> fresh = readCatalogue(dir.filePath(file), &language, &error);
            const QList<Message> committed =
                readCatalogue(sourceDir() + QStringLiteral("/translations/") + file, &language, &error);
            QStringList untranslated;
            for (const Message &m : fresh)
                if (m.unfinished || m.forms.join(QString()).trimmed().isEmpty())
                    untranslated << m.context + QStringLiteral(" / ") + m.source;
            QVERIFY2(untranslated.isEmpty(),
                     qPrintable(file + QStringLiteral(" — new or changed strings without a translation (run "
                                                      "the update_translations target, then translate):\n")
                                + untranslated.join(QLatin1Char('\n'))));
            QVERIFY2(fresh.size() == committed.size(),
                     qPrintable(QStringLiteral("%1: sources have %2 messages, the catalogue %3; run the "
                                               "update_translations target\n%4")
                                    .arg(file).arg(fresh.size()).arg(committed.size()).arg(output)));
        }
    }

    void compiledCataloguesAreOfferedAndUsed_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("quit");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&File") << QStringLiteral("&Quit");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&File") << QStringLiteral("&Quit");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&File") << QStringLiteral("&Quit");
    }

    void compiledCataloguesAreOfferedAndUsed()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QString, quit);
        const QString qmDir = qEnvironmentVariable("HOLDFAST_QM_DIR");
        const QList<ui::Language> languages = ui::availableLanguages(qmDir);
        QStringList codes;
        for (const ui::Language &l : languages)
            codes << l.code;
        QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
        QVERIFY(codes.contains(QStringLiteral("en")));

        QVERIFY(ui::installLanguage(QCoreApplication::instance(), code, qmDir));
        const QString translatedFile = QCoreApplication::translate("holdfast::ui::MainWindow", "&File");
        const QString translatedQuit = QCoreApplication::translate("holdfast::ui::MainWindow", "&Quit");
        QVERIFY2(translatedFile != file, qPrintable(translatedFile));
        QVERIFY2(translatedQuit != quit, qPrintable(translatedQuit));
        // Plurals: the singular and plural of a numerus message differ.
        const QString one = QCoreApplication::translate("holdfast::staff::StaffAccounts",
                                                        "Wrong PIN. %n attempt(s) left before the account is locked.",
                                                        nullptr, 1);
        const QString many = QCoreApplication::translate("holdfast::staff::StaffAccounts",
                                                         "Wrong PIN. %n attempt(s) left before the account is locked.",
                                                         nullptr, 3);
        QVERIFY2(one.contains(QLatin1Char('1')) && many.contains(QLatin1Char('3'))
                     && QString(one).remove(QLatin1Char('1')) != QString(many).remove(QLatin1Char('3'))
                     && !one.startsWith(QLatin1String("Wrong PIN")),
                 qPrintable(one + QStringLiteral(" | ") + many));
        // Formats follow the language: the default locale now is the chosen one.
        QCOMPARE(QLocale().language(), QLocale(code).language());
        const QString amount = Money(123450, QStringLiteral("usd")).format(QLocale());
        QVERIFY2(amount.contains(QStringLiteral(",50")), qPrintable(amount));
        const QString date = QLocale().toString(QDate(2026, 11, 27), QLocale::LongFormat);
        const QString english = QLocale(QLocale::English, QLocale::UnitedStates).toString(QDate(2026, 11, 27), QLocale::LongFormat);
        QVERIFY2(date != english && date.contains(QStringLiteral("27")), qPrintable(date));
    }

    // Messages made in the core (not in widgets) are looked up under the context lupdate filed them
    // in: each call below is the real function a screen shows, and each must come back translated.
    void coreMessagesAreTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void coreMessagesAreTranslated()
    {
        QFETCH(QString, code);
        const QString qmDir = qEnvironmentVariable("HOLDFAST_QM_DIR");
        auto messages = [] {
            QStringList out;
            staff::InMemoryStaffRepository repo;
            staff::StaffAccounts accounts(repo);
            out << accounts.createFirstManager(QString(), QStringLiteral("2580")).problem; // StaffAccounts
            const qint64 boss = accounts.createFirstManager(QStringLiteral("Ada"), QStringLiteral("2580")).id;
            out << accounts.setActive(boss, false).problem;
            out << accounts.checkPin(boss, QStringLiteral("0000")).userMessage().section(u'.', 0, 0); // PinCheck
            QString why;
            staff::isAcceptablePin(QStringLiteral("1234"), &why); // Pin policy
            out << why;
            staff::Authorizer authorizer(accounts, [](const staff::AuditRecord &) {});
            out << authorizer.authorize(999, staff::Action::Capture).userMessage(); // Authorizer + Role
            out << staff::roleTitle(staff::Role::Staff) << staff::actionTitle(staff::Action::Refund);
            out << keystore::checkKeySet({}).problems.value(0);               // KeyFormat
            out << keystore::userMessage(keystore::KeyStoreError::NoKeychain); // KeyStore
            out << stripe::StripeError::make(stripe::StripeError::Kind::Timeout, {}).userMessage();
            out << stripe::StripeError::messageForCode(QStringLiteral("amount_too_small"));
            return out;
        };
        QVERIFY(ui::installLanguage(QCoreApplication::instance(), QStringLiteral("en"), qmDir));
        const QStringList english = messages();
        QVERIFY(ui::installLanguage(QCoreApplication::instance(), code, qmDir));
        const QStringList translated = messages();
        QCOMPARE(translated.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(!english.at(i).isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(translated.at(i) != english.at(i),
                     qPrintable(QStringLiteral("message %1 stayed English in %2: %3").arg(i).arg(code, english.at(i))));
        }
        QVERIFY(ui::installLanguage(QCoreApplication::instance(), QStringLiteral("en"), qmDir));
    }

    void englishPluralsReadNaturally()
    {
        const QString qmDir = qEnvironmentVariable("HOLDFAST_QM_DIR");
        QVERIFY(ui::installLanguage(QCoreApplication::instance(), QStringLiteral("en"), qmDir));
        const QString one = QCoreApplication::translate(
            "holdfast::staff::StaffAccounts", "Wrong PIN. %n attempt(s) left before the account is locked.", nullptr, 1);
        QVERIFY2(!one.contains(QStringLiteral("(s)")), qPrintable(one));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
