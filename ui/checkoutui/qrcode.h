// A QR code of a payment link, drawn crisp at any size (libqrencode).
#pragma once

#include <QImage>
#include <QString>

namespace holdfast::ui::qrcode {

// A black-on-white image with a quiet zone, `scale` pixels per module; null when the text cannot
// be encoded (too long).
QImage encode(const QString &text, int scale = 6);

} // namespace holdfast::ui::qrcode
