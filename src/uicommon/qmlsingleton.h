#pragma once

#include <QJSEngine>
#include <QQmlEngine>
#include <QThread>

namespace lykta::ui {

// A QML singleton that C++ builds (main.cpp, a test) and hands to QML. The class derives from
// QmlSingleton<Class> after QObject and declares QML_SINGLETON; QML's engine then calls the
// create() below, which returns the instance set before the engine loaded, owned by C++.
template <class T>
class QmlSingleton
{
public:
    static T *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        Q_ASSERT(!engine || s_instance->thread() == engine->thread());
        return s_instance;
    }
    static void setInstance(T *instance) { s_instance = instance; }
    static T *instance() { return s_instance; }

private:
    static inline T *s_instance = nullptr;
};

} // namespace lykta::ui
