// holdfast-sandbox: a Stripe-compatible server for training mode and tests.
#include <QCoreApplication>
#include <QCommandLineParser>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Stripe-compatible sandbox for Holdfast training mode and tests (not yet implemented)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    std::fputs("holdfast-sandbox: not yet implemented\n", stderr);
    return 2;
}
