#include "backgroundthread.h"

namespace lykta::ui {

BackgroundThread::BackgroundThread(const QString &name, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(name);
    m_home = new QObject;
    adopt(m_home);
    m_thread.start();
}

BackgroundThread::~BackgroundThread()
{
    m_thread.quit();
    m_thread.wait();
}

void BackgroundThread::adopt(QObject *object)
{
    object->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, object, &QObject::deleteLater);
}

void BackgroundThread::waitForDone()
{
    postAndWait([] {});
}

} // namespace lykta::ui
