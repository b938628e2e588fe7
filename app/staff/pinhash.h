// PIN hashing with Argon2id (libsodium crypto_pwhash_str): the stored string carries its own salt and
// cost, so verification needs nothing else. A PIN is never stored or logged in clear.
#pragma once

#include <QByteArray>
#include <QString>

namespace holdfast::staff {

// 4 to 12 digits, and not a trivially guessed one (all the same digit, or a run like 1234 / 4321).
bool isAcceptablePin(const QString &pin, QString *whyNot = nullptr);
// An "$argon2id$…" string; empty only if libsodium cannot work (out of memory).
QByteArray hashPin(const QString &pin);
bool verifyPin(const QByteArray &hash, const QString &pin);

} // namespace holdfast::staff
