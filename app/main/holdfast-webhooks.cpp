// holdfast-webhooks: headless receiver for signed Stripe webhooks (several-tills setup).
#include <QCoreApplication>
#include <QCommandLineParser>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-webhooks"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Receives signed Stripe webhooks into the Holdfast database (not yet implemented)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    std::fputs("holdfast-webhooks: not yet implemented\n", stderr);
    return 2;
}
