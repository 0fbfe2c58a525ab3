// Each value a form edits has a change signal of its own. A field writes what is typed into its
// editor as it changes; were the signal shared, that write would make every other field re-read
// the editor and put back what it held over what the person is still typing.

#include "bookingeditor.h"
#include "casenoteeditor.h"
#include "childeditor.h"
#include "conversationeditor.h"
#include "familycloser.h"
#include "familyeditor.h"
#include "groupeditor.h"
#include "guardianeditor.h"
#include "helplineeditor.h"
#include "infocardeditor.h"
#include "kiosksettingseditor.h"
#include "programmeplanner.h"
#include "seriesoutcomeeditor.h"
#include "sessioneditor.h"
#include "taskeditor.h"
#include "templateeditor.h"

#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace lykta::app;

namespace {

using Factory = std::function<std::unique_ptr<EditorBase>()>;

template <typename T>
Factory make()
{
    return [] {
        return std::make_unique<T>();
    };
}

// Properties that say which record the form is about: setting one loads the form again, so
// it says `loaded`, with every value.
bool selectsTheRecord(const QMetaProperty &p)
{
    const QByteArray name = p.name();
    return name.endsWith("Id") || name == "step" || name == "textLanguage";
}

// A value different from the one the editor holds, of the property's type.
QVariant another(const QVariant &held)
{
    switch (held.typeId()) {
    case QMetaType::QString:
        return held.toString() + QStringLiteral("x");
    case QMetaType::Int:
        return held.toInt() + 1;
    case QMetaType::Bool:
        return !held.toBool();
    case QMetaType::QStringList:
        return held.toStringList() + QStringList{QStringLiteral("x")};
    default:
        return {};
    }
}

} // namespace

Q_DECLARE_METATYPE(Factory)

class TestEditorNotify : public QObject
{
    Q_OBJECT

private slots:
    void writingOneValueSignalsOnlyThatValue_data()
    {
        QTest::addColumn<Factory>("factory");
        QTest::newRow("BookingEditor") << make<BookingEditor>();
        QTest::newRow("CaseNoteEditor") << make<CaseNoteEditor>();
        QTest::newRow("ChildEditor") << make<ChildEditor>();
        QTest::newRow("ConversationEditor") << make<ConversationEditor>();
        QTest::newRow("FamilyCloser") << make<FamilyCloser>();
        QTest::newRow("FamilyEditor") << make<FamilyEditor>();
        QTest::newRow("GroupEditor") << make<GroupEditor>();
        QTest::newRow("GuardianEditor") << make<GuardianEditor>();
        QTest::newRow("HelplineEditor") << make<HelplineEditor>();
        QTest::newRow("InfoCardEditor") << make<InfoCardEditor>();
        QTest::newRow("KioskSettingsEditor") << make<KioskSettingsEditor>();
        QTest::newRow("ProgrammePlanner") << make<ProgrammePlanner>();
        QTest::newRow("SeriesOutcomeEditor") << make<SeriesOutcomeEditor>();
        QTest::newRow("SessionEditor") << make<SessionEditor>();
        QTest::newRow("TaskEditor") << make<TaskEditor>();
        QTest::newRow("TemplateEditor") << make<TemplateEditor>();
    }

    void writingOneValueSignalsOnlyThatValue()
    {
        QFETCH(Factory, factory);
        const std::unique_ptr<EditorBase> editor = factory();
        const QMetaObject *meta = editor->metaObject();

        // Every change signal of the editor, watched at once.
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        QList<QByteArray> signalNames;
        for (int i = 0; i < meta->methodCount(); ++i) {
            const QMetaMethod m = meta->method(i);
            if (m.methodType() == QMetaMethod::Signal && m.parameterCount() == 0 &&
                m.name() != "destroyed" && !signalNames.contains(m.name())) {
                signalNames.append(m.name());
                spies.push_back(std::make_unique<QSignalSpy>(editor.get(), m));
            }
        }

        int edited = 0;
        for (int i = EditorBase::staticMetaObject.propertyCount(); i < meta->propertyCount(); ++i) {
            const QMetaProperty p = meta->property(i);
            if (!p.isWritable() || selectsTheRecord(p))
                continue;
            QVERIFY2(p.hasNotifySignal(), p.name());
            QVERIFY2(p.notifySignal().name() != "loaded",
                     QByteArray(p.name()) + " is edited in a form but shares the signal `loaded`");
            const QVariant value = another(p.read(editor.get()));
            QVERIFY2(value.isValid(), QByteArray(p.name()) + ": a type this test cannot vary");
            for (auto &spy : spies)
                spy->clear();
            QVERIFY(p.write(editor.get(), value));
            QCOMPARE(p.read(editor.get()), value);
            for (qsizetype s = 0; s < signalNames.size(); ++s) {
                const bool own = signalNames.at(s) == p.notifySignal().name();
                const QByteArray what = QByteArray(p.name()) + " said " + signalNames.at(s);
                QVERIFY2(spies.at(s)->count() == (own ? 1 : 0), what.constData());
            }
            ++edited;
        }
        QVERIFY2(edited >= 3, "an editor edits at least three values");
    }
};

QTEST_GUILESS_MAIN(TestEditorNotify)
#include "tst_editornotify.moc"
