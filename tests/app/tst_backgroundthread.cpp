// ui::BackgroundThread, the one way the screens work off the UI thread: jobs run in the order
// given on a thread of their own, each result comes back on the UI thread, and a result whose
// page has gone is dropped rather than handed to it.

#include "backgroundthread.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using lykta::ui::BackgroundThread;

class TestBackgroundThread : public QObject
{
    Q_OBJECT

private slots:
    void jobsRunInOrderOffTheUiThreadAndAnswerOnIt()
    {
        BackgroundThread background(QStringLiteral("lykta-test"));
        QObject page;
        std::vector<int> answers;
        std::vector<bool> ranElsewhere, answeredHere;
        for (int i = 0; i < 5; ++i) {
            background.run(
                &page,
                [i] {
                    return std::pair{i, QThread::currentThread()->objectName() ==
                                            QStringLiteral("lykta-test")};
                },
                [&](std::pair<int, bool> result) {
                    answers.push_back(result.first);
                    ranElsewhere.push_back(result.second);
                    answeredHere.push_back(QThread::currentThread() == thread());
                });
        }
        QTRY_COMPARE(answers.size(), std::size_t(5));
        QCOMPARE(answers, (std::vector<int>{0, 1, 2, 3, 4}));
        QCOMPARE(ranElsewhere, std::vector<bool>(5, true));
        QCOMPARE(answeredHere, std::vector<bool>(5, true));
    }

    void aResultWhosePageHasGoneIsDropped()
    {
        BackgroundThread background(QStringLiteral("lykta-test"));
        auto page = std::make_unique<QObject>();
        std::atomic_bool release = false;
        bool answered = false;
        background.run(
            page.get(),
            [&] {
                while (!release)
                    QThread::msleep(1);
                return 1;
            },
            [&](int) { answered = true; });
        page.reset(); // the person left the page while the job ran
        release = true;
        background.waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(answered, false);
    }

    void waitForDoneWaitsForEveryJobPostedBefore()
    {
        BackgroundThread background(QStringLiteral("lykta-test"));
        std::atomic_int done = 0;
        for (int i = 0; i < 3; ++i)
            background.post([&] {
                QThread::msleep(20);
                ++done;
            });
        background.waitForDone();
        QCOMPARE(done.load(), 3);
    }

    void anAdoptedObjectLivesOnTheThreadAndGoesWithIt()
    {
        QPointer<QObject> worker;
        {
            BackgroundThread background(QStringLiteral("lykta-test"));
            worker = new QObject;
            background.adopt(worker);
            QThread *on = nullptr;
            background.postAndWait([&] { on = worker->thread(); });
            QCOMPARE(on->objectName(), QStringLiteral("lykta-test"));
            QVERIFY(on != thread());
        }
        QVERIFY(worker.isNull());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundThread)
#include "tst_backgroundthread.moc"
