#include "pagetour.h"

#include <QCoreApplication>
#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>

#include <atomic>

namespace lykta::app {

namespace {

std::atomic_int s_warnings{0};
QtMessageHandler s_previous = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        ++s_warnings;
    if (s_previous)
        s_previous(type, context, message);
}

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
}

} // namespace

PageTour::PageTour(QQuickWindow *window, QString screenshotDir, QObject *parent)
    : QObject(parent), m_window(window), m_screenshotDir(std::move(screenshotDir))
{}

void PageTour::watchWarnings()
{
    s_previous = qInstallMessageHandler(countWarnings);
}

int PageTour::run()
{
    QVariant names;
    QMetaObject::invokeMethod(m_window, "pageNames", Q_RETURN_ARG(QVariant, names));
    const QStringList pages = names.toStringList();
    if (pages.isEmpty()) {
        qCritical("self-test: the window lists no pages");
        return 1;
    }
    if (!m_screenshotDir.isEmpty())
        QDir().mkpath(m_screenshotDir);
    for (const QString &page : pages) {
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, page));
        settle();
        if (!m_screenshotDir.isEmpty()) {
            const QString file = m_screenshotDir + '/' + page + ".png";
            if (!m_window->grabWindow().save(file)) {
                qCritical("self-test: could not save %s", qPrintable(file));
                return 1;
            }
        }
    }
    if (s_warnings > 0) {
        qCritical("self-test: %d warnings while showing %lld pages", s_warnings.load(),
                  static_cast<long long>(pages.size()));
        return 1;
    }
    qInfo("self-test: %lld pages shown without warnings", static_cast<long long>(pages.size()));
    return 0;
}

} // namespace lykta::app
