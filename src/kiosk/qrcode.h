#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace lykta::kiosk {

// A QR code of `text` (libqrencode, error correction M), black on white with the quiet zone
// of four modules the standard asks for, each module a whole number of pixels so a tablet's
// camera reads it off another tablet's screen: the enrollment code on the staff app's Tablets
// page, and a helpline's web address on the kiosk, for a phone to take along.
class QrCode : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // Modules on a side without the quiet zone (21 for version 1); 0 when there is nothing
    // to draw (no text, or too long for a QR code).
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    static constexpr int kQuietZone = 4;

    explicit QrCode(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int modules() const { return m_matrix.width(); }

    // The code without its quiet zone, one pixel per module (white 0xff, black 0); null when
    // there is nothing to encode or it does not fit a QR code.
    static QImage encode(const QString &text);
    // The code drawn `size` pixels square at most: whole-pixel modules, centred, on white.
    static QImage render(const QImage &matrix, int size);

    void paint(QPainter *painter) override;

signals:
    void textChanged();

private:
    QString m_text;
    QImage m_matrix; // without the quiet zone
};

} // namespace lykta::kiosk
