// Shared by the fuzz targets: a property check that stops the run, and quiet Qt logging.
// The same sources build as libFuzzer targets (HOLDFAST_FUZZ=ON, clang) and as corpus replay
// tests (replay_main.cpp) in the normal build.
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace holdfast::fuzz {

// A broken property is a finding exactly like a crash: print what failed and abort, so libFuzzer
// writes the input out as a crash reproducer and the replay test fails.
[[noreturn]] inline void propertyFailed(const char *file, int line, const char *what, const QString &detail)
{
    std::fprintf(stderr, "\nFUZZ PROPERTY FAILED at %s:%d: %s\n", file, line, what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// Quiet logging: targets run millions of inputs and the code under test logs on the way. Debug
// and info lines are switched off; warnings are dropped, a qFatal still aborts (as it always does).
inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", message.toUtf8().constData());
            std::abort();
        }
    });
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: the fuzzer's buffer is only valid during the call, and some code keeps data.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Takes structured values off the front of a fuzz input; returns zeros and empty strings once the
// input runs out, so every input, however short, builds something.
class Reader
{
public:
    Reader(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool empty() const { return m_pos >= m_size; }
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    // 0..bound-1 (bound > 0).
    int below(int bound) { return int(byte() % unsigned(bound)); }
    bool flag() { return byte() & 1; }
    // A length byte (capped at maxLength) and that many bytes.
    QByteArray chunk(int maxLength)
    {
        const size_t length = std::min<size_t>(size_t(below(maxLength + 1)), m_size - std::min(m_pos, m_size));
        QByteArray out(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(length));
        m_pos += length;
        return out;
    }
    // Text as a person or a server would give it: the bytes read as UTF-8 (bad sequences replaced).
    QString text(int maxLength) { return QString::fromUtf8(chunk(maxLength)); }
    QByteArray rest()
    {
        QByteArray out(reinterpret_cast<const char *>(m_data + std::min(m_pos, m_size)),
                       qsizetype(m_size - std::min(m_pos, m_size)));
        m_pos = m_size;
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace holdfast::fuzz

#define FUZZ_CHECK(cond, detail)                                                                       \
    do {                                                                                               \
        if (!(cond))                                                                                   \
            ::holdfast::fuzz::propertyFailed(__FILE__, __LINE__, #cond, (detail));                     \
    } while (false)
