#include "protocol.h"

#include <array>
#include <utility>

namespace lykta::sync::protocol {

namespace {

constexpr std::array<std::pair<ApiError, std::string_view>, 19> kCodes = {{
    {ApiError::Unauthorized, "unauthorized"},
    {ApiError::BadCode, "bad_code"},
    {ApiError::CodeUsed, "code_used"},
    {ApiError::CodeExpired, "code_expired"},
    {ApiError::CodeLocked, "code_locked"},
    {ApiError::DeviceExists, "device_exists"},
    {ApiError::Forbidden, "forbidden"},
    {ApiError::DeviceMismatch, "device_mismatch"},
    {ApiError::BadRequest, "bad_request"},
    {ApiError::Malformed, "malformed"},
    {ApiError::TooLarge, "too_large"},
    {ApiError::UnsupportedMedia, "unsupported_media"},
    {ApiError::NotFound, "not_found"},
    {ApiError::Internal, "internal"},
    {ApiError::Unavailable, "unavailable"},
    {ApiError::Throttled, "throttled"},
    {ApiError::Erase, "erase"},
    {ApiError::StaffInactive, "staff_inactive"},
    {ApiError::Compacted, "compacted"},
}};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<std::string> unescape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

void escapeInto(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            u == '-' || u == '_' || u == '.' || u == '~' || u == ',') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
}

// JSON string contents for code-like text: printable ASCII kept, the rest dropped.
void jsonInto(std::string &out, std::string_view text)
{
    for (const char c : text) {
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            out += c;
    }
}

} // namespace

const char *toString(ApiError error)
{
    for (const auto &[e, name] : kCodes) {
        if (e == error)
            return name.data();
    }
    return "unknown";
}

ApiError apiErrorFromString(std::string_view code)
{
    for (const auto &[e, name] : kCodes) {
        if (name == code)
            return e;
    }
    return ApiError::Unknown;
}

std::string errorBody(ApiError error, std::string_view detail)
{
    std::string out = "{\"error\":\"";
    out += toString(error);
    out += '"';
    if (!detail.empty()) {
        out += ",\"detail\":\"";
        jsonInto(out, detail.substr(0, 200));
        out += '"';
    }
    out += "}\n";
    return out;
}

namespace {

// The text of `"key":"..."` in an error body (errorBody writes no escapes), or nullopt.
std::optional<std::string_view> errorField(std::string_view body, std::string_view key)
{
    const std::string quoted = "\"" + std::string(key) + "\":\"";
    const auto at = body.find(quoted);
    if (at == std::string_view::npos)
        return std::nullopt;
    const auto start = at + quoted.size();
    const auto end = body.find('"', start);
    if (end == std::string_view::npos)
        return std::nullopt;
    return body.substr(start, end - start);
}

} // namespace

ApiError parseErrorBody(std::string_view body)
{
    const auto code = errorField(body, "error");
    return code ? apiErrorFromString(*code) : ApiError::Unknown;
}

std::string parseErrorDetail(std::string_view body)
{
    return std::string(errorField(body, "detail").value_or(std::string_view()));
}

std::string encodeForm(const Form &form)
{
    std::string out;
    for (const auto &[key, value] : form) {
        if (!out.empty())
            out += '&';
        escapeInto(out, key);
        out += '=';
        escapeInto(out, value);
    }
    return out;
}

std::optional<Form> decodeForm(std::string_view text)
{
    if (text.size() > kMaxFormBytes)
        return std::nullopt;
    Form form;
    while (!text.empty()) {
        const auto amp = text.find('&');
        const std::string_view pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos)
            return std::nullopt;
        auto key = unescape(pair.substr(0, eq));
        auto value = unescape(pair.substr(eq + 1));
        if (!key || !value || key->empty() || form.size() >= kMaxFormFields)
            return std::nullopt;
        if (!form.emplace(std::move(*key), std::move(*value)).second)
            return std::nullopt; // a repeated field is ambiguous: refuse it
    }
    return form;
}

} // namespace lykta::sync::protocol
