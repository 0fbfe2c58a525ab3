#include "serverlog.h"

#include <sys/stat.h>

#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "lykta.sync.server", QtInfoMsg)

namespace lykta::server {

namespace {

// systemd sets JOURNAL_STREAM to "<device>:<inode>" of the stream it connected to the journal
// (systemd.exec(5)); a match with standard error means journald reads this process's lines.
bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    struct stat st = {};
    if (stream.isEmpty() || ::fstat(STDERR_FILENO, &st) != 0)
        return false;
    const QByteArray mine = QByteArray::number(static_cast<qulonglong>(st.st_dev)) + ':' +
                            QByteArray::number(static_cast<qulonglong>(st.st_ino));
    return stream == mine;
}

} // namespace

void useServerLogFormat()
{
    if (stderrIsJournal()) {
        qSetMessagePattern(QStringLiteral(
            "%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
            "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{category}: %{message}"));
    } else {
        qSetMessagePattern(QStringLiteral("%{category}: %{if-warning}warning: %{endif}"
                                          "%{if-critical}error: %{endif}%{message}"));
    }
}

} // namespace lykta::server
