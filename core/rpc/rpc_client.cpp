#include "rpc/rpc_client.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace bt {

QString RpcEndpoint::displayName() const
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

bool RpcEndpoint::addHeader(const QString& line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0) return false;
    const QString name = line.left(colon).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (name.isEmpty() || name.contains(u' ')) return false;
    headers.append({name.toLatin1(), value.toUtf8()});
    return true;
}

QString RpcError::toString() const
{
    QString s = method.isEmpty() ? QStringLiteral("request") : method;
    s += QStringLiteral(" at ") + endpoint + QStringLiteral(": ");
    switch (kind) {
    case Kind::None: return s + QStringLiteral("ok");
    case Kind::Network: s += QStringLiteral("network error: "); break;
    case Kind::Timeout: s += QStringLiteral("timed out: "); break;
    case Kind::Http: s += QStringLiteral("HTTP %1: ").arg(httpStatus); break;
    case Kind::Protocol: s += QStringLiteral("malformed response: "); break;
    case Kind::Rpc: s += QStringLiteral("node error %1: ").arg(rpcCode); break;
    }
    return s + message;
}

struct RpcClient::Request {
    QByteArray body;
    QString method;
    ReplyHandler onReply;
    int attempt = 0;
};

RpcClient::RpcClient(RpcEndpoint endpoint, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_display(m_endpoint.displayName()),
      m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
}

RpcClient::~RpcClient() = default;

void RpcClient::send(const std::vector<RpcCall>& calls, ReplyHandler onReply)
{
    auto req = std::make_shared<Request>();
    nlohmann::json body;
    if (calls.size() == 1) {
        body = {{"jsonrpc", "2.0"}, {"id", 0}, {"method", calls[0].method.toStdString()}, {"params", calls[0].params}};
    } else {
        body = nlohmann::json::array();
        for (std::size_t i = 0; i < calls.size(); ++i)
            body.push_back({{"jsonrpc", "2.0"}, {"id", i}, {"method", calls[i].method.toStdString()},
                            {"params", calls[i].params}});
    }
    const std::string text = body.dump();
    req->body = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
    req->method = calls.empty() ? QString() : calls[0].method;
    if (calls.size() > 1) req->method += QStringLiteral(" (+%1 more)").arg(calls.size() - 1);
    req->onReply = std::move(onReply);
    m_queue.push_back(std::move(req));
    pump();
}

void RpcClient::pump()
{
    while (m_inFlight < m_endpoint.maxInFlight && !m_queue.empty()) {
        auto req = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(req));
    }
}

void RpcClient::start(std::shared_ptr<Request> req)
{
    QNetworkRequest nr(m_endpoint.url);
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : m_endpoint.headers) nr.setRawHeader(name, value);
    nr.setTransferTimeout(m_endpoint.timeoutMs);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    ++m_inFlight;
    QNetworkReply* reply = m_nam->post(nr, req->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, req] { finished(reply, req); });
}

void RpcClient::finished(QNetworkReply* reply, std::shared_ptr<Request> req)
{
    --m_inFlight;
    reply->deleteLater();
    RpcError err;
    err.endpoint = m_display;
    err.method = req->method;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto netError = reply->error();
    if (status != 0 && status != 200) {
        err.kind = RpcError::Kind::Http;
        err.httpStatus = status;
        err.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (status == 401 || status == 403) err.message += QStringLiteral(" (check the authentication header)");
    } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
        err.kind = RpcError::Kind::Timeout;
        err.message = QStringLiteral("no answer within %1 ms").arg(m_endpoint.timeoutMs);
    } else if (netError != QNetworkReply::NoError) {
        err.kind = RpcError::Kind::Network;
        err.message = reply->errorString();
        // QNetworkReply's text repeats the full URL; keep only the part without secrets.
        err.message.replace(m_endpoint.url.toString(), m_display);
    }
    if (!err.ok()) {
        retryOrFail(std::move(req), std::move(err));
    } else {
        RpcReply r;
        r.body = reply->readAll();
        r.error = err;
        auto handler = std::move(req->onReply);
        pump();
        handler(r);
        return;
    }
    pump();
}

void RpcClient::retryOrFail(std::shared_ptr<Request> req, RpcError err)
{
    const bool transient = err.kind == RpcError::Kind::Network || err.kind == RpcError::Kind::Timeout ||
                           (err.kind == RpcError::Kind::Http &&
                            (err.httpStatus == 429 || err.httpStatus == 502 || err.httpStatus == 503 ||
                             err.httpStatus == 504));
    if (transient && req->attempt < m_endpoint.maxRetries) {
        const int delay = m_endpoint.retryBaseMs * (1 << req->attempt) +
                          static_cast<int>(QRandomGenerator::global()->bounded(m_endpoint.retryBaseMs));
        ++req->attempt;
        ++m_inFlight;  // the slot stays taken while waiting, so retries do not overtake the limit
        QTimer::singleShot(delay, this, [this, req] {
            --m_inFlight;
            start(req);
        });
        return;
    }
    if (transient && req->attempt > 0) err.message += QStringLiteral(" (after %1 retries)").arg(req->attempt);
    RpcReply r;
    r.error = std::move(err);
    auto handler = std::move(req->onReply);
    handler(r);
}

namespace {

RpcError protocolError(const QString& endpoint, const QString& method, QString message)
{
    RpcError e;
    e.kind = RpcError::Kind::Protocol;
    e.endpoint = endpoint;
    e.method = method;
    e.message = std::move(message);
    return e;
}

RpcError rpcErrorOf(const nlohmann::json& obj, const QString& endpoint, const QString& method)
{
    RpcError e;
    e.kind = RpcError::Kind::Rpc;
    e.endpoint = endpoint;
    e.method = method;
    const auto& err = obj["error"];
    if (err.is_object()) {
        if (err.contains("code") && err["code"].is_number_integer()) e.rpcCode = err["code"].get<int>();
        if (err.contains("message") && err["message"].is_string())
            e.message = QString::fromStdString(err["message"].get<std::string>()).left(500);
    } else {
        e.message = QStringLiteral("error without details");
    }
    return e;
}

}  // namespace

RpcError RpcClient::parseSingle(const QByteArray& body, const RpcCall& call, const QString& endpoint,
                                nlohmann::json& result)
{
    nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (doc.is_discarded())
        return protocolError(endpoint, call.method,
                             QStringLiteral("not JSON (%1 bytes, starts with \"%2\")")
                                 .arg(body.size())
                                 .arg(QString::fromUtf8(body.left(40))));
    if (!doc.is_object()) return protocolError(endpoint, call.method, QStringLiteral("not a JSON-RPC object"));
    if (doc.contains("error") && !doc["error"].is_null()) return rpcErrorOf(doc, endpoint, call.method);
    auto it = doc.find("result");
    if (it == doc.end()) return protocolError(endpoint, call.method, QStringLiteral("no result"));
    result = std::move(*it);
    return {};
}

RpcError RpcClient::parseBatch(const QByteArray& body, const std::vector<RpcCall>& calls, const QString& endpoint,
                               std::vector<nlohmann::json>& results)
{
    if (calls.size() == 1) {
        results.resize(1);
        return parseSingle(body, calls[0], endpoint, results[0]);
    }
    const QString first = calls.empty() ? QString() : calls[0].method;
    nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (doc.is_discarded())
        return protocolError(endpoint, first,
                             QStringLiteral("not JSON (%1 bytes, starts with \"%2\")")
                                 .arg(body.size())
                                 .arg(QString::fromUtf8(body.left(40))));
    if (doc.is_object() && doc.contains("error")) return rpcErrorOf(doc, endpoint, first);  // batch refused whole
    if (!doc.is_array()) return protocolError(endpoint, first, QStringLiteral("batch answer is not an array"));
    results.assign(calls.size(), nlohmann::json());
    std::vector<bool> seen(calls.size(), false);
    for (auto& item : doc) {
        if (!item.is_object() || !item.contains("id") || !item["id"].is_number_unsigned())
            return protocolError(endpoint, first, QStringLiteral("batch element without a numeric id"));
        const auto id = item["id"].get<std::size_t>();
        if (id >= calls.size() || seen[id])
            return protocolError(endpoint, first, QStringLiteral("unexpected or repeated id %1").arg(id));
        seen[id] = true;
        if (item.contains("error") && !item["error"].is_null()) return rpcErrorOf(item, endpoint, calls[id].method);
        auto it = item.find("result");
        if (it == item.end()) return protocolError(endpoint, calls[id].method, QStringLiteral("no result"));
        results[id] = std::move(*it);
    }
    for (std::size_t i = 0; i < calls.size(); ++i)
        if (!seen[i]) return protocolError(endpoint, calls[i].method, QStringLiteral("no answer in the batch"));
    return {};
}

}  // namespace bt
