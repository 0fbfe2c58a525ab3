#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace lykta::ui {

// `lykta --self-test [--screenshots DIR]`: shows every page of the loaded window in turn,
// optionally saving each as a PNG, and fails if QML reported any warning on the way, or if a
// visible, enabled control on a page (button, switch, delegate, text field, combo or spin box)
// has neither Accessible.name nor visible text that names it. The window names its pages
// (pageNames()) and shows one by name (tourPage(name)); both the staff app's and the kiosk's do.
class PageTour : public QObject
{
    Q_OBJECT

public:
    PageTour(QQuickWindow *window, QString screenshotDir, QObject *parent = nullptr);

    // Installs a message handler that counts QML warnings; call before loading QML.
    static void watchWarnings();
    // Runs the tour; returns the process exit code.
    int run();

private:
    QQuickWindow *m_window;
    QString m_screenshotDir;
};

} // namespace lykta::ui
