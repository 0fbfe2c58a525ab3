#include "pagetour.h"
#include "uilog.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>

#include <atomic>

namespace lykta::ui {

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

// Whether a page transition is still running under `item` (a StackView's push or pop).
bool transitionRunning(const QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    if (item->inherits("QQuickStackView") && item->property("busy").toBool())
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(), transitionRunning);
}

// Lets the page load and every transition finish, so no screenshot holds half of the page
// before; gives up after about ten seconds (a transition that never ends is the page's bug,
// and the screenshot shows it).
void settle(const QQuickItem *root)
{
    for (int i = 0; i < 10 || (i < 150 && transitionRunning(root)); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // The tour runs inside one event of the main loop, where objects a page left with
        // deleteLater() would never go: a closed form would stay, and its unsaved text would
        // make the next tab ask whether to keep it.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(20);
    }
}

// A dialog lives in the window's overlay, not in its page: one a page left open would stay
// over the pages shown after it. Closed, so each page is seen as a person coming to it sees it.
void closeDialogs(const QObject *window)
{
    const auto objects = window->findChildren<QObject *>();
    for (QObject *object : objects)
        if (object->inherits("QQuickPopup") && object->property("visible").toBool())
            QMetaObject::invokeMethod(object, "close");
}

// What a person can operate: every such item must have a name a screen reader can say.
enum class Control
{
    None,
    Button,    // buttons, switches, check boxes, delegates: their text can be the name
    TextInput, // text fields and areas: a placeholder can be the name, never the value
    Compound,  // combo and spin boxes, sliders: need Accessible.name; their parts are not asked
};

Control controlKind(const QQuickItem *item)
{
    if (item->inherits("QQuickComboBox") || item->inherits("QQuickSpinBox") ||
        item->inherits("QQuickSlider"))
        return Control::Compound;
    if (item->inherits("QQuickAbstractButton"))
        return Control::Button;
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) {
        // Read-only text (a selectable label) is not operated.
        return item->property("readOnly").toBool() ? Control::None : Control::TextInput;
    }
    return Control::None;
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

// Accessible.name, if QML set one (the attached object is a child of its item).
QString accessibleName(const QQuickItem *item)
{
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached"))
            return child->property("name").toString();
    }
    return {};
}

bool hasName(const QQuickItem *item, Control kind)
{
    if (hasLetter(accessibleName(item)))
        return true;
    switch (kind) {
    case Control::Button:
        // An icon-only button shows no text (AbstractButton.IconOnly is 0).
        return item->property("display").toInt() != 0 &&
               hasLetter(item->property("text").toString());
    case Control::TextInput:
        return hasLetter(item->property("placeholderText").toString());
    case Control::Compound:
    case Control::None:
        break;
    }
    return false;
}

// Where the control is declared, and a button's words; never a field's value, which could
// be someone's data.
QString describe(const QQuickItem *item, Control kind)
{
    const QQmlContext *context = qmlContext(item);
    const QString file = context ? context->baseUrl().fileName() : QString();
    const QString text =
        kind == Control::Button ? item->property("text").toString().left(40) : QString();
    return QStringLiteral("%1 in %2 (text \"%3\")")
        .arg(QString::fromLatin1(item->metaObject()->className()), file, text);
}

// Every visible, enabled control under `item` that has no name, described; returns how many
// controls were checked.
int findNameless(const QQuickItem *item, QStringList &out)
{
    if (!item->isVisible() || !item->isEnabled() || item->opacity() <= 0)
        return 0;
    const Control kind = controlKind(item);
    if (kind != Control::None && !hasName(item, kind))
        out << describe(item, kind);
    if (kind == Control::Compound)
        return 1; // its editor and indicators are parts of one control
    int checked = kind == Control::None ? 0 : 1;
    for (const QQuickItem *child : item->childItems())
        checked += findNameless(child, out);
    return checked;
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
        qCCritical(lcUi, "self-test: the window lists no pages");
        return 1;
    }
    if (!m_screenshotDir.isEmpty())
        QDir().mkpath(m_screenshotDir);
    int nameless = 0;
    int checked = 0;
    for (const QString &page : pages) {
        closeDialogs(m_window);
        QMetaObject::invokeMethod(m_window, "tourPage", Q_ARG(QVariant, page));
        settle(m_window->contentItem());
        QStringList missing;
        checked += findNameless(m_window->contentItem(), missing);
        for (const QString &m : std::as_const(missing))
            qCCritical(lcUi, "self-test: page %s: no accessible name for %s", qPrintable(page),
                       qPrintable(m));
        nameless += static_cast<int>(missing.size());
        if (!m_screenshotDir.isEmpty()) {
            const QString file = m_screenshotDir + '/' + page + ".png";
            if (!m_window->grabWindow().save(file)) {
                qCCritical(lcUi, "self-test: could not save %s", qPrintable(file));
                return 1;
            }
        }
    }
    if (nameless > 0) {
        qCCritical(lcUi, "self-test: %d controls without an accessible name", nameless);
        return 1;
    }
    if (s_warnings > 0) {
        qCCritical(lcUi, "self-test: %d warnings while showing %lld pages", s_warnings.load(),
                   static_cast<long long>(pages.size()));
        return 1;
    }
    qCInfo(lcUi,
           "self-test: %lld pages shown without warnings; %d controls checked, each has a name",
           static_cast<long long>(pages.size()), checked);
    return 0;
}

} // namespace lykta::ui
