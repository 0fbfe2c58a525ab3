// The only file that knows libcurl.
#include "transport.h"

#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/version.h"

#include <curl/curl.h>

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <random>

namespace lykta::sync::client {

namespace {

using protocol::ApiError;

struct Answer
{
    long status = 0;
    std::string body;
    std::string contentType;
};

std::once_flag g_curlInit;

// "lykta/<release>": the server keeps the release as the device's app version.
const std::string kUserAgent = std::string(protocol::kUserAgentPrefix) + std::string(kVersion);

std::string newRequestId()
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(random()));
    return text;
}

ErrorClass classify(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return ErrorClass::Network;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_WRITE_ERROR: // an answer beyond the wire cap
        return ErrorClass::Fatal;
    default:
        return ErrorClass::Transient; // timeouts, resets, a cut transfer, a failed handshake
    }
}

ErrorClass classifyStatus(long status, ApiError error)
{
    if (status == 401 && error == ApiError::Unauthorized)
        return ErrorClass::Unauthorized;
    if (status == 410 && error == ApiError::Erase)
        return ErrorClass::Erase;
    if (error == ApiError::CodeLocked || error == ApiError::BadCode)
        return ErrorClass::Fatal;
    if (status == 408 || status == 429 || status >= 500)
        return ErrorClass::Transient;
    return ErrorClass::Fatal;
}

std::size_t onWrite(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *body = static_cast<std::string *>(user);
    const std::size_t n = size * count;
    if (body->size() + n > limits::kMaxWireBytes + 4096)
        return 0; // ends the transfer with CURLE_WRITE_ERROR
    body->append(data, n);
    return n;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::atomic<bool> *>(user)->load() ? 1 : 0;
}

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// This device only: no packet to it leaves the machine.
bool isLoopback(const std::string &host)
{
    if (host == "localhost" || host == "[::1]")
        return true;
    in_addr v4{};
    return inet_pton(AF_INET, host.c_str(), &v4) == 1 &&
           (ntohl(v4.s_addr) >> 24) == 127; // 127.0.0.0/8
}

// One URL part as libcurl's parser sees it (lower-cased: scheme and host are case-blind).
std::string urlPart(CURLU *url, CURLUPart part)
{
    char *text = nullptr;
    if (curl_url_get(url, part, &text, 0) != CURLUE_OK || !text)
        return {};
    std::string out = text;
    curl_free(text);
    return lowered(std::move(out));
}

void startCurl()
{
    std::call_once(g_curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

class CurlTransport : public Transport
{
public:
    explicit CurlTransport(TransportOptions options)
        : m_options(std::move(options)), m_url(checkServerUrl(m_options.baseUrl))
    {
        startCurl();
        m_curl = curl_easy_init();
        m_plainHttp = m_url && m_url->starts_with("http://");
    }
    ~CurlTransport() override { curl_easy_cleanup(m_curl); }
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    TransportResult<Health> health() override
    {
        auto answer = request("GET", std::string(protocol::kHealthPath), {}, {}, false);
        if (!answer)
            return answer.error();
        const auto form = protocol::decodeForm(answer->body);
        if (!form || !form->contains("status"))
            return TransportError{ErrorClass::Fatal, 200, ApiError::Unknown, "health body"};
        Health h;
        h.status = form->at("status");
        h.format = form->contains("format") ? std::atoi(form->at("format").c_str()) : 0;
        h.schema = form->contains("schema") ? std::atoi(form->at("schema").c_str()) : 0;
        curl_header *date = nullptr;
        if (curl_easy_header(m_curl, "Date", 0, CURLH_HEADER, -1, &date) == CURLHE_OK && date &&
            date->value) {
            if (const time_t at = curl_getdate(date->value, nullptr); at > 0)
                h.serverTimeMs = static_cast<std::int64_t>(at) * 1000;
        }
        return h;
    }

    TransportResult<Enrollment> enroll(const EnrollRequest &request) override
    {
        namespace e = protocol::enroll;
        protocol::Form form{{std::string(e::kCode), request.code},
                            {std::string(e::kDevice), std::to_string(request.device)},
                            {std::string(e::kName), request.name}};
        if (!request.replaces.empty())
            form.emplace(std::string(e::kReplaces), request.replaces);
        auto answer = this->request("POST", std::string(protocol::kEnrollPath),
                                    protocol::encodeForm(form), protocol::kFormType, false);
        if (!answer)
            return answer.error();
        const auto out = protocol::decodeForm(answer->body);
        if (!out || !out->contains(e::kToken) || !out->contains(e::kKind))
            return TransportError{ErrorClass::Fatal, 200, ApiError::Unknown, "enroll body"};
        Enrollment en;
        en.token = out->find(e::kToken)->second;
        en.kind = out->find(e::kKind)->second;
        if (auto it = out->find(e::kDevice); it != out->end())
            std::from_chars(it->second.data(), it->second.data() + it->second.size(), en.device);
        if (auto it = out->find(e::kStaff); it != out->end())
            en.staffId = it->second;
        if (auto it = out->find(e::kStaffName); it != out->end())
            en.staffName = it->second;
        if (auto it = out->find(e::kUnits); it != out->end()) {
            std::string_view rest = it->second;
            while (!rest.empty()) {
                const auto comma = rest.find(',');
                if (comma != 0)
                    en.units.emplace_back(rest.substr(0, comma));
                rest =
                    comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            }
        }
        return en;
    }

    TransportResult<PushResponse> push(const Batch &batch, const std::string &resumeEpoch) override
    {
        std::string resume;
        if (!resumeEpoch.empty())
            resume = std::string(protocol::kResumeHeader) + ": " + resumeEpoch;
        if (!m_firstFormPush) {
            auto answer = post<PushResponse>(protocol::kPushPath, batch, decodePushResponse, resume,
                                             WireForm::Compact);
            // A server from before the compact form cannot read its class version and refuses
            // the body, having taken nothing of it: it is sent the first form from now on.
            if (answer || answer.error().apiError != ApiError::Malformed ||
                answer.error().serverDetail != toString(CodecError::UnsupportedVersion))
                return answer;
            m_firstFormPush = true;
        }
        return post<PushResponse>(protocol::kPushPath, batch, decodePushResponse, resume,
                                  WireForm::First);
    }

    TransportResult<AuditReceipt> uploadAudit(const AuditUpload &upload) override
    {
        return post<AuditReceipt>(protocol::kAuditPath, upload, decodeAuditReceipt);
    }

    // An envelope posted and an envelope answered (push, audit upload).
    template <class Answer, class Message, class Decode, class... Form>
    TransportResult<Answer> post(std::string_view path, const Message &message, Decode decode,
                                 const std::string &extraHeader = {}, Form... form)
    {
        auto body = encode(message, form...);
        if (!body)
            return TransportError{ErrorClass::Fatal, 0, ApiError::TooLarge, toString(body.error())};
        auto answer = request("POST", std::string(path), std::move(*body), protocol::kEnvelopeType,
                              true, extraHeader);
        if (!answer)
            return answer.error();
        auto decoded = decode(answer->body);
        if (!decoded) // damaged on the way: both are idempotent, so sending again is safe
            return TransportError{ErrorClass::Transient, 200, ApiError::Unknown,
                                  toString(decoded.error())};
        return std::move(*decoded);
    }

    TransportResult<Batch> pull(std::uint64_t since, std::uint32_t limit) override
    {
        return get(pullPath(since, limit), decodeBatch);
    }

    TransportResult<StatePage> pullState(std::uint64_t since, std::uint32_t limit) override
    {
        auto page = get(pullPath(since, limit) + "&" + std::string(protocol::kPullForm) + "=" +
                            std::string(protocol::kStateForm),
                        decodeStatePage);
        if (!page && page.error().detail == toString(CodecError::WrongType))
            return TransportError{ErrorClass::Fatal, 200, ApiError::Unknown,
                                  std::string(kNoStatePages)};
        return page;
    }

    static std::string pullPath(std::uint64_t since, std::uint32_t limit)
    {
        return std::string(protocol::kPullPath) + "?since=" + std::to_string(since) +
               "&limit=" + std::to_string(limit) + "&" + std::string(protocol::kWireParam) + "=" +
               std::string(protocol::kCompactWire);
    }

    // A GET answered with an envelope; one damaged on the way is transient (a GET is safe to
    // send again).
    template <class T>
    TransportResult<T> get(const std::string &path,
                           Result<T, CodecError> (*decode)(std::string_view))
    {
        auto answer = request("GET", path, {}, {}, true);
        if (!answer)
            return answer.error();
        auto decoded = decode(answer->body);
        if (!decoded)
            return TransportError{ErrorClass::Transient, 200, ApiError::Unknown,
                                  toString(decoded.error())};
        return std::move(*decoded);
    }

    TransportResult<ReportDownload> report(const ReportQuery &query) override
    {
        namespace q = protocol::report;
        std::string path(protocol::kReportPath);
        char separator = '?';
        for (const auto &[key, value] : {std::pair{q::kUnit, &query.unit},
                                         {q::kFrom, &query.from},
                                         {q::kTo, &query.to},
                                         {q::kFormat, &query.format}}) {
            path += separator;
            path += key;
            path += '=' + escape(*value);
            separator = '&';
        }
        auto answer = request("GET", path, {}, {}, true);
        if (!answer)
            return answer.error();
        return ReportDownload{std::move(answer->body), std::move(answer->contentType)};
    }

    TransportResult<ServerAudit> auditExtract(const std::string &subject) override
    {
        return get(std::string(protocol::kAuditPath) + '?' + std::string(protocol::kAuditSubject) +
                       '=' + escape(subject),
                   decodeServerAudit);
    }

    TransportResult<UnitDevices> unitDevices(const std::string &unit) override
    {
        return get(std::string(protocol::kManageDevicesPath) + '?' +
                       std::string(protocol::manage::kUnit) + '=' + escape(unit),
                   decodeUnitDevices);
    }

    TransportResult<IssuedCode> issueCode(const CodeRequest &code) override
    {
        namespace m = protocol::manage;
        protocol::Form form{{std::string(m::kUnit), code.unit},
                            {std::string(m::kKind), code.kiosk ? "kiosk" : "staff"}};
        if (!code.kiosk)
            form.emplace(std::string(m::kStaff), code.staff);
        auto out = postForm(protocol::kManageCodePath, form);
        if (!out)
            return out.error();
        IssuedCode issued;
        if (auto it = out->find(m::kCode); it != out->end())
            issued.code = it->second;
        if (auto it = out->find(m::kExpires); it != out->end())
            std::from_chars(it->second.data(), it->second.data() + it->second.size(),
                            issued.expiresMs);
        if (issued.code.empty())
            return TransportError{ErrorClass::Fatal, 200, ApiError::Unknown, "code body"};
        return issued;
    }

    TransportResult<bool> revokeDevice(DeviceId device, bool erase) override
    {
        namespace m = protocol::manage;
        auto out = postForm(protocol::kManageRevokePath,
                            {{std::string(m::kDevice), std::to_string(device)},
                             {std::string(m::kErase), erase ? "1" : "0"}});
        if (!out)
            return out.error();
        return true;
    }

    TransportResult<StaffChange> setStaffActive(const std::string &staff, bool active) override
    {
        namespace m = protocol::manage;
        auto out =
            postForm(protocol::kManageStaffPath, {{std::string(m::kStaff), staff},
                                                  {std::string(m::kActive), active ? "1" : "0"}});
        if (!out)
            return out.error();
        StaffChange change;
        if (auto it = out->find(m::kRevoked); it != out->end())
            std::from_chars(it->second.data(), it->second.data() + it->second.size(),
                            change.devicesRevoked);
        if (auto it = out->find(m::kExpired); it != out->end())
            std::from_chars(it->second.data(), it->second.data() + it->second.size(),
                            change.codesExpired);
        return change;
    }

    TransportResult<bool> confirmErased() override
    {
        auto out = postForm(protocol::kErasedPath, {});
        if (!out)
            return out.error();
        return true;
    }

    std::string answeredEpoch() const override
    {
        std::lock_guard lock(m_answered);
        return m_epoch;
    }
    void setToken(const std::string &token) override { m_options.token = token; }
    TransferStats stats() const override
    {
        std::lock_guard lock(m_answered);
        return m_stats;
    }
    void cancel() override { m_cancelled = true; }
    void resetCancel() override { m_cancelled = false; }

private:
    // A form posted with the token and a form answered (the manager's requests).
    TransportResult<protocol::Form> postForm(std::string_view path, const protocol::Form &form)
    {
        auto answer = request("POST", std::string(path), protocol::encodeForm(form),
                              protocol::kFormType, true);
        if (!answer)
            return answer.error();
        auto out = protocol::decodeForm(answer->body);
        if (!out)
            return TransportError{ErrorClass::Fatal, 200, ApiError::Unknown, "form body"};
        return std::move(*out);
    }

    std::string escape(const std::string &text)
    {
        char *escaped = curl_easy_escape(m_curl, text.data(), static_cast<int>(text.size()));
        std::string out = escaped ? escaped : "";
        curl_free(escaped);
        return out;
    }

    // `extraHeader`: one more "Name: value" line, or empty.
    TransportResult<Answer> request(const char *method, const std::string &path, std::string body,
                                    std::string_view contentType, bool auth,
                                    const std::string &extraHeader = {})
    {
        if (!m_curl)
            return TransportError{ErrorClass::Fatal, 0, ApiError::Unknown, "curl_easy_init"};
        if (m_cancelled)
            return TransportError{ErrorClass::Transient, 0, ApiError::Unknown, "cancelled"};
        if (!m_url) // refused before libcurl is asked for anything
            return m_url.error();
        curl_easy_reset(m_curl); // keeps the open connection for the next request
        const std::string url = *m_url + path;
        const std::string requestId = newRequestId();

        curl_slist *headers = nullptr;
        headers = curl_slist_append(headers, "Accept:"); // nothing to negotiate
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
        headers = curl_slist_append(
            headers, (std::string(protocol::kRequestIdHeader) + ": " + requestId).c_str());
        if (auth && !m_options.token.empty())
            headers = curl_slist_append(
                headers,
                ("Authorization: " + std::string(protocol::kBearerPrefix) + m_options.token)
                    .c_str());
        if (!contentType.empty())
            headers =
                curl_slist_append(headers, ("Content-Type: " + std::string(contentType)).c_str());
        if (!extraHeader.empty())
            headers = curl_slist_append(headers, extraHeader.c_str());

        Answer answer;
        char errorText[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(m_curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(m_curl, CURLOPT_USERAGENT, kUserAgent.c_str());
        // Exactly the scheme checkServerUrl() allowed, and no redirect anywhere but https; plain
        // http to this device never goes through a proxy (which would carry it off the device).
        curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, m_plainHttp ? "http" : "https");
        curl_easy_setopt(m_curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
        curl_easy_setopt(m_curl, CURLOPT_FOLLOWLOCATION, 0L);
        if (m_plainHttp)
            curl_easy_setopt(m_curl, CURLOPT_PROXY, "");
        curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT_MS,
                         static_cast<long>(m_options.connectTimeout.count()));
        curl_easy_setopt(m_curl, CURLOPT_TIMEOUT_MS,
                         static_cast<long>(m_options.requestTimeout.count()));
        curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT,
                         static_cast<long>(m_options.lowSpeedBytes));
        curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME,
                         static_cast<long>(m_options.lowSpeedTime.count()));
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, m_options.verifyPeer ? 1L : 0L);
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, m_options.verifyPeer ? 2L : 0L);
        if (!m_options.caFile.empty())
            curl_easy_setopt(m_curl, CURLOPT_CAINFO, m_options.caFile.c_str());
        curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, errorText);
        curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, onWrite);
        curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &answer.body);
        curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, &m_cancelled);
        if (std::string_view(method) == "POST") {
            curl_easy_setopt(m_curl, CURLOPT_POST, 1L);
            curl_easy_setopt(m_curl, CURLOPT_POSTFIELDS, body.data());
            curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(body.size()));
        } else {
            curl_easy_setopt(m_curl, CURLOPT_HTTPGET, 1L);
        }

        const CURLcode rc = curl_easy_perform(m_curl);
        curl_slist_free_all(headers);
        countTransfer();
        if (rc != CURLE_OK) {
            const std::string detail = errorText[0] ? errorText : curl_easy_strerror(rc);
            return TransportError{m_cancelled ? ErrorClass::Transient : classify(rc), 0,
                                  ApiError::Unknown, m_cancelled ? "cancelled" : detail};
        }
        curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &answer.status);
        if (const char *type = nullptr;
            curl_easy_getinfo(m_curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
            answer.contentType = type;
        if (answer.status != 200) {
            const ApiError error = protocol::parseErrorBody(answer.body);
            return TransportError{classifyStatus(answer.status, error),
                                  static_cast<int>(answer.status),
                                  error,
                                  std::string(protocol::toString(error)),
                                  retryAfter(),
                                  protocol::parseErrorDetail(answer.body)};
        }
        curl_header *epoch = nullptr;
        if (curl_easy_header(m_curl, std::string(protocol::kEpochHeader).c_str(), 0, CURLH_HEADER,
                             -1, &epoch) == CURLHE_OK &&
            epoch && epoch->value && *epoch->value) {
            std::lock_guard lock(m_answered);
            m_epoch = epoch->value;
        }
        return answer;
    }

    // The last answer's Retry-After: delay-seconds or an HTTP date (RFC 9110); 0 when absent.
    std::chrono::seconds retryAfter()
    {
        curl_header *header = nullptr;
        const std::string name(protocol::kRetryAfterHeader);
        if (curl_easy_header(m_curl, name.c_str(), 0, CURLH_HEADER, -1, &header) != CURLHE_OK ||
            !header || !header->value)
            return std::chrono::seconds(0);
        const std::string_view value(header->value);
        std::int64_t seconds = 0;
        if (const auto [end, ec] =
                std::from_chars(value.data(), value.data() + value.size(), seconds);
            ec == std::errc() && end == value.data() + value.size())
            return std::chrono::seconds(std::max<std::int64_t>(0, seconds));
        const time_t at = curl_getdate(header->value, nullptr);
        if (at <= 0)
            return std::chrono::seconds(0);
        return std::chrono::seconds(std::max<std::int64_t>(0, at - std::time(nullptr)));
    }

    void countTransfer()
    {
        long requestBytes = 0, headerBytes = 0;
        curl_off_t uploaded = 0, downloaded = 0;
        curl_easy_getinfo(m_curl, CURLINFO_REQUEST_SIZE, &requestBytes);
        curl_easy_getinfo(m_curl, CURLINFO_HEADER_SIZE, &headerBytes);
        curl_easy_getinfo(m_curl, CURLINFO_SIZE_UPLOAD_T, &uploaded);
        curl_easy_getinfo(m_curl, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
        std::lock_guard lock(m_answered);
        ++m_stats.requests;
        // REQUEST_SIZE is the request line and headers; the body is counted apart.
        m_stats.bytesSent += static_cast<std::uint64_t>(requestBytes + uploaded);
        m_stats.bytesReceived += static_cast<std::uint64_t>(headerBytes + downloaded);
    }

    TransportOptions m_options;
    TransportResult<std::string> m_url;
    bool m_plainHttp = false;
    CURL *m_curl = nullptr;
    // The figures and the epoch are read from any thread (a session's page asked for ahead).
    mutable std::mutex m_answered;
    TransferStats m_stats;
    std::string m_epoch; // the last push or pull answer's protocol::kEpochHeader
    std::atomic<bool> m_cancelled{false};
    // The server refused a compact push: it is from before that form (protocol::kWireParam).
    bool m_firstFormPush = false;
};

} // namespace

const char *toString(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Transient:
        return "transient";
    case ErrorClass::Network:
        return "network";
    case ErrorClass::PerRecord:
        return "per-record";
    case ErrorClass::Fatal:
        return "fatal";
    case ErrorClass::Unauthorized:
        return "unauthorized";
    case ErrorClass::Erase:
        return "erase";
    }
    return "fatal";
}

TransportResult<std::string> checkServerUrl(std::string_view typed)
{
    const auto refuse = [](std::string_view why) {
        return TransportError{ErrorClass::Fatal, 0, ApiError::Unknown, std::string(why)};
    };
    std::string text(typed);
    const auto blank = [](unsigned char c) {
        return std::isspace(c) != 0;
    };
    text.erase(text.begin(), std::find_if_not(text.begin(), text.end(), blank));
    text.erase(std::find_if_not(text.rbegin(), text.rend(), blank).base(), text.end());
    if (text.find("://") == std::string::npos)
        text = "https://" + text; // typed without a scheme: never plain http
    while (text.ends_with('/'))
        text.pop_back(); // the paths are appended with their own slash
    startCurl();
    CURLU *url = curl_url();
    if (!url)
        return refuse(kBadServer);
    const bool parsed = curl_url_set(url, CURLUPART_URL, text.c_str(), 0) == CURLUE_OK;
    const std::string scheme = parsed ? urlPart(url, CURLUPART_SCHEME) : std::string();
    const std::string host = parsed ? urlPart(url, CURLUPART_HOST) : std::string();
    curl_url_cleanup(url);
    if (host.empty() || (scheme != "https" && scheme != "http"))
        return refuse(kBadServer);
    if (scheme == "http" && !isLoopback(host))
        return refuse(kInsecureServer);
    return scheme + text.substr(text.find("://")); // "HTTP://" is "http://"
}

TransportOptions::TransportOptions()
    : connectTimeout(limits::kConnectTimeout), requestTimeout(limits::kRequestTimeout),
      lowSpeedBytes(limits::kLowSpeedBytes), lowSpeedTime(limits::kLowSpeedTime)
{}

std::unique_ptr<Transport> makeCurlTransport(TransportOptions options)
{
    return std::make_unique<CurlTransport>(std::move(options));
}

} // namespace lykta::sync::client
