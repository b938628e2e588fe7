#include "sandbox/formdecoder.h"

#include <QJsonArray>
#include <QStringDecoder>

#include <algorithm>
#include <memory>
#include <vector>

namespace holdfast::sandbox {

namespace {

// An intermediate tree: arrays are only known once every child name has been seen.
struct Node
{
    bool leaf = false;
    QString value;
    std::vector<std::pair<QString, std::unique_ptr<Node>>> children;

    Node *child(const QString &name, bool append)
    {
        if (!append) {
            for (auto &[key, node] : children) {
                if (key == name)
                    return node.get();
            }
        }
        children.emplace_back(name, std::make_unique<Node>());
        return children.back().second.get();
    }
};

bool isIndex(const QString &name)
{
    if (name.isEmpty())
        return true;
    bool ok = false;
    const int index = name.toInt(&ok);
    return ok && index >= 0 && name.size() <= 6;
}

QJsonValue toJson(const Node &node)
{
    if (node.leaf)
        return node.value;
    const bool array = std::all_of(node.children.begin(), node.children.end(),
                                   [](const auto &c) { return isIndex(c.first); });
    if (array && !node.children.empty()) {
        std::vector<std::pair<int, const Node *>> ordered;
        int position = 0;
        for (const auto &[key, child] : node.children) {
            // "[]" appends in order; "[N]" sorts by N. Mixed use keeps input order for the appends.
            ordered.emplace_back(key.isEmpty() ? position : key.toInt(), child.get());
            ++position;
        }
        std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonArray out;
        for (const auto &entry : ordered)
            out.append(toJson(*entry.second));
        return out;
    }
    QJsonObject out;
    for (const auto &[key, child] : node.children)
        out.insert(key, toJson(*child));
    return out;
}

bool decodeComponent(QByteArray raw, QString *out)
{
    raw.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

bool decodeForm(const QByteArray &encoded, QJsonObject *out, QString *error, const FormLimits &limits)
{
    Node root;
    const QList<QByteArray> pairs = encoded.split('&');
    int count = 0;
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        if (++count > limits.maxParameters) {
            *error = QStringLiteral("Too many parameters (more than %1).").arg(limits.maxParameters);
            return false;
        }
        const qsizetype eq = pair.indexOf('=');
        QString name;
        QString value;
        if (!decodeComponent(eq < 0 ? pair : pair.left(eq), &name)
            || !decodeComponent(eq < 0 ? QByteArray() : pair.mid(eq + 1), &value)) {
            *error = QStringLiteral("Invalid UTF-8 in request parameters.");
            return false;
        }
        // Split "a[b][c]" into a, b, c; "[]" yields an empty segment meaning append.
        const qsizetype open = name.indexOf(QLatin1Char('['));
        QStringList segments{open < 0 ? name : name.left(open)};
        if (segments.first().isEmpty()) {
            *error = QStringLiteral("Invalid parameter name: %1").arg(name.left(100));
            return false;
        }
        qsizetype pos = open;
        while (pos >= 0 && pos < name.size()) {
            const qsizetype close = name.indexOf(QLatin1Char(']'), pos);
            if (name.at(pos) != QLatin1Char('[') || close < 0) {
                *error = QStringLiteral("Invalid parameter name: %1").arg(name.left(100));
                return false;
            }
            segments.append(name.mid(pos + 1, close - pos - 1));
            if (segments.size() > limits.maxDepth + 1) {
                *error = QStringLiteral("Parameters are nested too deeply (more than %1 levels).").arg(limits.maxDepth);
                return false;
            }
            pos = close + 1;
        }
        Node *node = &root;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (node->leaf) {
                *error = QStringLiteral("Conflicting values for parameter %1.").arg(segments.first());
                return false;
            }
            const bool last = i == segments.size() - 1;
            const bool append = segments.at(i).isEmpty() && i > 0;
            node = node->child(segments.at(i), append);
            if (last) {
                if (!node->children.empty() || (node->leaf && !append)) {
                    // Repeating a scalar or mixing scalar and nested forms is ambiguous: refuse it.
                    if (!node->children.empty() || node->value != value) {
                        *error = QStringLiteral("Conflicting values for parameter %1.").arg(segments.first());
                        return false;
                    }
                }
                node->leaf = true;
                node->value = value;
            }
        }
    }
    // The top level is always an object, even when every name happens to be a number.
    QJsonObject result;
    for (const auto &[key, child] : root.children)
        result.insert(key, toJson(*child));
    *out = result;
    return true;
}

QString firstBracketName(const QString &root, const QJsonValue &value)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        return firstBracketName(root + u'[' + object.begin().key() + u']', object.begin().value());
    }
    return root;
}

} // namespace holdfast::sandbox
