#include "checkoutui/qrcode.h"

#include <qrencode.h>

#include <memory>

namespace holdfast::ui::qrcode {

QImage encode(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || scale < 1)
        return {};
    constexpr int quietZone = 4; // modules of white around the code, as the standard asks
    const int modules = code->width;
    const int side = (modules + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x)
            if (code->data[y * modules + x] & 1)
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + quietZone) * scale + dx, (y + quietZone) * scale + dy, 1);
    return image;
}

} // namespace holdfast::ui::qrcode
