#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace lykta::kiosk {

QrCode::QrCode(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    // Sharp module edges: no smoothing between black and white.
    setAntialiasing(false);
    setFillColor(Qt::white);
}

void QrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = encode(text);
    const int side = m_matrix.isNull() ? 0 : (m_matrix.width() + 2 * kQuietZone) * 6;
    setImplicitSize(side, side);
    emit textChanged();
    update();
}

QImage QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    QImage matrix(code->width, code->width, QImage::Format_Grayscale8);
    matrix.fill(0xff);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) // bit 0: a dark module
                matrix.setPixel(x, y, qRgb(0, 0, 0));
        }
    }
    return matrix;
}

QImage QrCode::render(const QImage &matrix, int size)
{
    if (matrix.isNull() || size <= 0)
        return {};
    const int total = matrix.width() + 2 * kQuietZone;
    const int module = std::max(1, size / total);
    const int side = total * module;
    QImage out(side, side, QImage::Format_Grayscale8);
    out.fill(0xff);
    QPainter painter(&out);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (qGray(matrix.pixel(x, y)) < 128)
                painter.fillRect((x + kQuietZone) * module, (y + kQuietZone) * module, module,
                                 module, Qt::black);
        }
    }
    return out;
}

void QrCode::paint(QPainter *painter)
{
    const int size = static_cast<int>(std::min(width(), height()));
    const QImage image = render(m_matrix, size);
    if (image.isNull())
        return;
    // At a whole pixel, so no module is smeared over two.
    painter->drawImage(QPoint((static_cast<int>(width()) - image.width()) / 2,
                              (static_cast<int>(height()) - image.height()) / 2),
                       image);
}

} // namespace lykta::kiosk
