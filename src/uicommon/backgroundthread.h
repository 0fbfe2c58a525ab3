#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <type_traits>

namespace lykta::ui {

// The one way Lykta's screens do work off the UI thread: a named thread of its own on which
// jobs run one after another, in the order given. A job that reads or writes the store opens
// a connection of its own on that thread (a store connection belongs to one thread). Used by
// the staff app's reads (ReadWorker), its sync (SyncController), its follow-up figures and
// access-log fetches (Workspace::background), and the kiosk's sync (KioskSync).
class BackgroundThread : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundThread(const QString &name, QObject *parent = nullptr);
    // Lets the job under way finish; jobs not begun are dropped, and adopted objects deleted.
    ~BackgroundThread() override;

    // `object` (without a parent) lives on this thread from now on, and is deleted there when
    // the thread ends. Its slots run here; its signals reach the UI thread queued.
    void adopt(QObject *object);

    // Runs `work()` on this thread.
    template <class Work>
    void post(Work work)
    {
        QMetaObject::invokeMethod(m_home, std::move(work), Qt::QueuedConnection);
    }

    // Runs `work()` on this thread and waits for it, after every job posted before it. Never
    // from this thread.
    template <class Work>
    void postAndWait(Work work)
    {
        QMetaObject::invokeMethod(m_home, std::move(work), Qt::BlockingQueuedConnection);
    }

    // Runs `work()` on this thread, then `done(result)` on this object's thread (the UI's) if
    // `context` still exists by then.
    template <class Work, class Done>
    void run(QObject *context, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work &>;
        post([this, context = QPointer<QObject>(context), work = std::move(work),
              done = std::move(done)]() mutable {
            auto result = std::make_shared<Result>(work());
            QMetaObject::invokeMethod(
                this,
                [context = std::move(context), done = std::move(done), result]() mutable {
                    if (context)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // Waits until every job posted so far has run (their results may still be on their way).
    void waitForDone();

private:
    QThread m_thread;
    QObject *m_home = nullptr; // lives on m_thread; jobs are queued to it
};

} // namespace lykta::ui
