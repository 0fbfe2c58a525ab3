#include "commandline.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <optional>

namespace lykta::server {

namespace {

constexpr std::array kModes{"serve",     "admin",  "backup", "restore",
                            "retention", "report", "compact"};

std::optional<long long> number(const std::string &text, long long low, long long high)
{
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high)
        return std::nullopt;
    return value;
}

// Applies a value to the command line; a message when the value is not one the option takes.
using Apply = std::function<std::optional<std::string>(CommandLine &, const std::string &)>;

struct Option
{
    std::string_view name; // without the leading --
    bool serveOnly;
    bool takesValue;
    Apply apply;
};

// An option whose value is kept as it is given (a path, an address, a database URL).
Apply text(std::string &(*field)(CommandLine &))
{
    return [field](CommandLine &c, const std::string &v) -> std::optional<std::string> {
        field(c) = v;
        return std::nullopt;
    };
}

// A switch: given, it does `set`.
Apply flag(void (*set)(CommandLine &))
{
    return [set](CommandLine &c, const std::string &) -> std::optional<std::string> {
        set(c);
        return std::nullopt;
    };
}

// A whole number from `low` to `high`, times `scale` (seconds to milliseconds).
template <class T>
Apply whole(T &(*field)(CommandLine &), std::string_view name, long long low, long long high,
            long long scale = 1)
{
    return [=](CommandLine &c, const std::string &v) -> std::optional<std::string> {
        const auto n = number(v, low, high);
        if (!n)
            return "--" + std::string(name) + " takes a number from " + std::to_string(low) +
                   " to " + std::to_string(high) + ", not \"" + v + "\"";
        field(c) = static_cast<T>(*n * scale);
        return std::nullopt;
    };
}

// Every option of every command; `serve`'s are listed in packaging/server.conf as well.
const std::vector<Option> kOptions{
    {"db", false, true, text([](CommandLine &c) -> std::string & { return c.db; })},
    {"db-key-file", false, true, text([](CommandLine &c) -> std::string & { return c.dbKeyFile; })},
    {"migration-backup-dir", false, true,
     text([](CommandLine &c) -> std::string & { return c.migrationBackupDir; })},
    {"listen", true, true, text([](CommandLine &c) -> std::string & { return c.serve.host; })},
    {"port", true, true,
     whole<int>([](CommandLine &c) -> int & { return c.serve.port; }, "port", 0, 65535)},
    {"port-file", true, true,
     text([](CommandLine &c) -> std::string & { return c.serve.portFile; })},
    {"tls-cert", true, true, text([](CommandLine &c) -> std::string & { return c.serve.tlsCert; })},
    {"tls-key", true, true, text([](CommandLine &c) -> std::string & { return c.serve.tlsKey; })},
    {"insecure-http", true, false, flag([](CommandLine &c) { c.serve.insecureHttp = true; })},
    {"threads", true, true,
     whole<int>([](CommandLine &c) -> int & { return c.serve.threads; }, "threads", 1, 1024)},
    {"max-connections-per-address", true, true,
     whole<int>([](CommandLine &c) -> int & { return c.serve.maxConnectionsPerAddress; },
                "max-connections-per-address", 0, 100000)},
    {"retention-daily", true, false, flag([](CommandLine &c) { c.serve.retentionDaily = true; })},
    {"full-pull-burst", true, true,
     whole<std::int64_t>([](CommandLine &c) -> std::int64_t & { return c.serve.fullPulls.burst; },
                         "full-pull-burst", 1, 1000)},
    {"full-pull-interval", true, true,
     whole<std::int64_t>(
         [](CommandLine &c) -> std::int64_t & { return c.serve.fullPulls.intervalMs; },
         "full-pull-interval", 1, 86400, 1000)},
    {"metrics-token-file", true, true,
     text([](CommandLine &c) -> std::string & { return c.serve.metricsTokenFile; })},
    {"quiet", true, false, flag([](CommandLine &c) { c.serve.accessLog = false; })},
};

const Option *find(std::string_view name)
{
    const auto it = std::find_if(kOptions.begin(), kOptions.end(),
                                 [&](const Option &o) { return o.name == name; });
    return it == kOptions.end() ? nullptr : &*it;
}

} // namespace

std::vector<std::string> optionNames()
{
    std::vector<std::string> names;
    for (const Option &o : kOptions)
        names.emplace_back(o.name);
    return names;
}

std::variant<std::vector<std::string>, UsageError> readConfigFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return UsageError{"--config " + path + ": " + file.errorString().toStdString()};
    static const QRegularExpression line(QStringLiteral("^([a-z-]+)\\s*(?:=\\s*(.*?))?\\s*$"));
    std::vector<std::string> words;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith('#'))
            continue;
        const auto where = path + ":" + std::to_string(number) + ": ";
        const auto m = line.match(text);
        const Option *option = m.hasMatch() ? find(m.captured(1).toStdString()) : nullptr;
        if (!option)
            return UsageError{where + "not an option of lykta-server: \"" + text.toStdString() +
                              "\""};
        const QString value = m.captured(2);
        if (option->takesValue) {
            if (value.isEmpty())
                return UsageError{where + std::string(option->name) + " needs a value"};
            words.push_back("--" + std::string(option->name));
            words.push_back(value.toStdString());
        } else if (value.isEmpty() || value == "yes" || value == "true") {
            words.push_back("--" + std::string(option->name));
        } else if (value != "no" && value != "false") {
            return UsageError{where + std::string(option->name) + " is yes or no, not \"" +
                              value.toStdString() + "\""};
        }
    }
    return words;
}

Parsed parseCommandLine(const std::vector<std::string> &args, const std::string &defaultDb)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help")
        return ShowHelp{};
    if (args[0] == "--version")
        return ShowVersion{};
    CommandLine c;
    c.mode = args[0];
    c.db = defaultDb;
    if (std::find(kModes.begin(), kModes.end(), c.mode) == kModes.end())
        return UsageError{"unknown command \"" + c.mode + "\""};

    // The configuration file's words first, so the command line's own win.
    std::vector<std::string> words;
    std::vector<std::string> given;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--config" && i + 1 < args.size()) {
            auto read = readConfigFile(args[++i]);
            if (auto *error = std::get_if<UsageError>(&read))
                return *error;
            const auto &fromFile = std::get<std::vector<std::string>>(read);
            words.insert(words.end(), fromFile.begin(), fromFile.end());
        } else {
            given.push_back(args[i]);
        }
    }
    const std::size_t fromConfig = words.size();
    words.insert(words.end(), given.begin(), given.end());

    const bool serve = c.mode == "serve";
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string &word = words[i];
        const bool configured = i < fromConfig;
        if (serve && word == "--help")
            return ShowHelp{};
        const Option *option = word.rfind("--", 0) == 0 ? find(word.substr(2)) : nullptr;
        if (option && option->serveOnly && !serve) {
            // The shared file configures serve; other commands take what they need of it.
            if (configured) {
                i += option->takesValue ? 1 : 0;
                continue;
            }
            option = nullptr;
        }
        if (!option) {
            if (serve)
                return UsageError{"unknown option " + word};
            c.rest.push_back(word);
            continue;
        }
        std::string value;
        if (option->takesValue) {
            if (i + 1 >= words.size())
                return UsageError{word + " needs a value"};
            value = words[++i];
        }
        if (auto refused = option->apply(c, value))
            return UsageError{*refused};
    }
    return c;
}

} // namespace lykta::server
