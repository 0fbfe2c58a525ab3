#pragma once

#include "backgroundthread.h"
#include "conversationservice.h"
#include "familyservice.h"
#include "groupservice.h"
#include "identificationservice.h"
#include "qmlsingleton.h"
#include "store/store.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace lykta::app {

class ReadWorker;

// What the signed-in staff member works in: the open store, the domain services on it, and
// who is acting. main.cpp builds the one instance and hands it to QML as a singleton; models
// take it as a property, so nothing else reaches for a global.
class Workspace : public QObject, public ui::QmlSingleton<Workspace>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    QML_UNCREATABLE("Workspace is built by main.cpp")
    Q_PROPERTY(QString unitName READ unitName NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(bool hasActor READ hasActor NOTIFY actorChanged)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // Whether the staff member has the manager role (set by the server): the manager's
    // pages under "Mer" show only then.
    Q_PROPERTY(bool isManager READ isManager NOTIFY changed)

public:
    Workspace(store::Store &store, store::Actor actor, bool demo, QObject *parent = nullptr);

    QString unitName() const;
    QString staffName() const;
    bool demo() const { return m_demo; }
    int revision() const { return m_revision; }
    bool isManager();

    store::Store &store() { return m_store; }
    const store::Actor &actor() const { return m_actor; }
    // Nobody acts before the device is enrolled (or the demo unit is seeded): there is no
    // local stand-in identity whose writes a server would later refuse.
    bool hasActor() const { return !m_actor.staffId.empty(); }
    // Enrollment (again) as a staff member: every page and list follows without a restart.
    void setActor(store::Actor actor);
    // The demo only (Mer → Prova som): act as another of the fictional unit's staff, to see
    // Lykta as its manager or a colleague sees it. False outside the demo unit or for
    // someone not in it; "" is the demo's own anhörigkonsulent, Maja. An enrolled tablet
    // (scripts/run enrolls the demo as Maja) never switches person: the server would refuse
    // another person's changes from it.
    Q_INVOKABLE bool actAsDemoPerson(const QString &staffId);
    // The demo only: a staff member of the demo unit with this role ("manager", "content" or
    // "staff"), "" when there is none. Used by the self-test to show the manager's pages.
    Q_INVOKABLE QString demoPersonWithRole(const QString &role) const;
    domain::FamilyService &families() { return m_families; }
    domain::GroupService &groups() { return m_groups; }
    domain::ConversationService &conversations() { return m_conversations; }
    // Holds identifications between "check" and "confirm", for every form.
    domain::IdentificationService &identification() { return m_identification; }

    // Where large reads run off the UI thread; null (tests of a model alone) reads on
    // store() in the caller's thread.
    ReadWorker *reader() const { return m_reader; }
    void setReader(ReadWorker *reader) { m_reader = reader; }

    // Models call this after a write so every list showing the data refreshes.
    void notifyChanged();
    // After a note, conversation or amendment is signed: it should reach the server soon.
    void notifySigned() { emit noteSigned(); }

    // Reads too large for the UI thread (the follow-up figures, the server's part of an
    // access-log extract) run on this thread, one at a time, each with a connection of its own
    // opened with these options. Without options (tests on a plain store that do not set them)
    // such reads happen on the calling thread.
    void setStoreOptions(store::StoreOptions options) { m_storeOptions = std::move(options); }
    const std::optional<store::StoreOptions> &storeOptions() const { return m_storeOptions; }
    ui::BackgroundThread &background() { return m_background; }
    // Before the data key is wiped (the app locks): lets every background read finish and
    // close its connection.
    void waitForBackgroundReads() { m_background.waitForDone(); }

signals:
    void changed();
    void actorChanged();
    void noteSigned();

private:
    store::Store &m_store;
    store::Actor m_actor;
    bool m_demo;
    int m_revision = 0;
    ReadWorker *m_reader = nullptr;
    domain::FamilyService m_families;
    domain::GroupService m_groups;
    domain::ConversationService m_conversations;
    domain::IdentificationService m_identification;
    std::optional<store::StoreOptions> m_storeOptions;
    // Last, so it is the first to go.
    ui::BackgroundThread m_background{QStringLiteral("lykta-background")};
};

} // namespace lykta::app
