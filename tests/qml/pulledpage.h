#pragma once

// A large page pulled into the app's store, as a first sync of a unit with many notes brings
// it: its records wait for the search index (Store::unindexed) until indexAll(), which does
// what the sync thread does after a sync (Store::indexQueued until none wait) and tells the
// lists, as SyncController does when the indexing ends.

#include "store/store.h"
#include "workspace.h"

#include <QObject>
#include <QTemporaryDir>

namespace lykta::test {

class PulledPage : public QObject
{
    Q_OBJECT

public:
    PulledPage(store::Store &store, app::Workspace &workspace, store::Actor actor)
        : m_store(store), m_workspace(workspace), m_actor(std::move(actor))
    {}

    // `count` notes of the actor's unit written on another device and pulled here; returns how
    // many records then wait for the search index (-1 on failure).
    Q_INVOKABLE int applyNotes(int count, const QString &body)
    {
        store::StoreOptions options;
        options.database.path = m_dir.filePath("other.db").toStdString();
        auto other = store::Store::open(options);
        if (!other ||
            !(*other)->write(m_actor, {store::ChangeKind::Create, "unit", m_actor.unitId, {}}))
            return -1;
        std::vector<store::Change> notes;
        for (int i = 0; i < count; ++i)
            notes.push_back({store::ChangeKind::Create,
                             "note",
                             {},
                             {{"kind", std::string("case")},
                              {"author", m_actor.staffId},
                              {"body", body.toStdString() + " " + std::to_string(i)},
                              {"status", std::string("draft")}}});
        if (!(*other)->write(m_actor, notes))
            return -1;
        auto outbox = (*other)->outbox();
        if (!outbox || !m_store.applyRemote(*outbox, 1))
            return -1;
        m_workspace.notifyChanged();
        auto waiting = m_store.unindexed();
        return waiting ? static_cast<int>(*waiting) : -1;
    }

    Q_INVOKABLE bool indexAll()
    {
        for (;;) {
            auto left = m_store.indexQueued(std::chrono::milliseconds(20));
            if (!left)
                return false;
            if (*left == 0)
                break;
        }
        m_workspace.notifyChanged();
        return true;
    }

private:
    QTemporaryDir m_dir;
    store::Store &m_store;
    app::Workspace &m_workspace;
    store::Actor m_actor;
};

} // namespace lykta::test
