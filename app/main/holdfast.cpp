// holdfast: the till and back-office application.
#include "holdfastversion.h"
#include "diagnostics/logging.h"
#include "application/applicationsetup.h"
#include "application/tillapplication.h"
#include "diagnostics/hardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <cstring>

namespace {

// --version and --help must work without a display (packages and scripts call them).
bool handledWithoutGui(int argc, char *argv[], int *exitCode)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("Holdfast %s\n", HOLDFAST_VERSION);
            *exitCode = 0;
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: holdfast [--version] [--help]\n\n"
                        "Holdfast: point of sale and back office for shops that take payment through Stripe.\n"
                        "It starts in training mode (no real money) until Stripe keys are set up.\n");
            *exitCode = 0;
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    int exitCode = 0;
    if (handledWithoutGui(argc, argv, &exitCode))
        return exitCode;

    holdfast::logging::installRedactingHandler();
    // Release builds keep keys out of core dumps and away from other processes of the same user.
    holdfast::hardening::protectProcessMemory();
    QApplication app(argc, argv);
    holdfast::ui::setUpApplication(app);

    holdfast::ui::TillApplication till;
    if (!till.start())
        return 1;
    return app.exec();
}
