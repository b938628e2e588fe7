// The main() of the fuzz targets in a normal (non-libFuzzer) build: runs every file named on the
// command line, or every file inside a named folder, through LLVMFuzzerTestOneInput once. CI uses
// it to replay the seed corpus and every crash reproducer kept there; a finding aborts the process.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray content = file.readAll();
    std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(content.size()));
    // A heap copy of exactly the input's size, as libFuzzer passes it, so an over-read is caught by
    // the sanitizers in a sanitized build instead of landing in QByteArray's spare capacity.
    auto *copy = new uint8_t[size_t(content.size()) + 1];
    std::memcpy(copy, content.constData(), size_t(content.size()));
    LLVMFuzzerTestOneInput(copy, size_t(content.size()));
    delete[] copy;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    int files = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QStringList names = QDir(arg).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &name : names) {
                ok = runFile(QDir(arg).filePath(name)) && ok;
                ++files;
            }
        } else {
            ok = runFile(arg) && ok;
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 2;
    }
    std::fprintf(stderr, "%d input(s) replayed without a finding\n", files);
    return ok ? 0 : 1;
}
