#pragma once

#include <QLoggingCategory>

// lykta.sync.server: one line per event of the running server (start, stop, refusals, daily
// retention, and with the access log each request's method, path, status, sizes and request
// id). Never case data, names, tokens or a client's address. Filtered like every Qt category,
// e.g. QT_LOGGING_RULES="lykta.sync.server.info=false".
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace lykta::server {

// How lykta-server's lines look: "<category>: <message>", with "warning: " or "error: " before
// the message of one that is. When standard error goes to the systemd journal (JOURNAL_STREAM
// names it), each line starts with its syslog priority instead ("<6>", "<4>", "<3>"), which
// journald reads as the entry's level. QT_MESSAGE_PATTERN still overrides both.
void useServerLogFormat();

} // namespace lykta::server
