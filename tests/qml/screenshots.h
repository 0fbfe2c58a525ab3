#pragma once

// Saves what a window shows, as a person sees it, for docs/screenshots: the Qt Quick Tests
// that run against a real lykta-server (scripts/screenshots) hand it to QML as `Screenshots`.

#include <QDir>
#include <QObject>
#include <QQuickWindow>

namespace lykta::test {

class Screenshots : public QObject
{
    Q_OBJECT
    // Empty: no screenshots are taken.
    Q_PROPERTY(QString dir MEMBER m_dir CONSTANT)

public:
    explicit Screenshots(QString dir) : m_dir(std::move(dir)) {}

    Q_INVOKABLE bool save(QQuickWindow *window, const QString &name) const
    {
        if (m_dir.isEmpty() || !window)
            return true;
        QDir().mkpath(m_dir);
        return window->grabWindow().save(m_dir + '/' + name + ".png");
    }

private:
    QString m_dir;
};

} // namespace lykta::test
