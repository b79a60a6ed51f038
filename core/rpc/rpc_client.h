// JSON-RPC 2.0 over HTTP(S) on Qt Network: single calls and batches, extra request
// headers (e.g. "Authorization: Bearer …" for Besu / GoQuorum), bounded concurrency,
// timeouts, and retries with exponential backoff for transient failures.
//
// Lives in one thread (the one it was created in). Replies come back as raw bodies
// so that the caller can parse big batches off that thread. Secrets — header values,
// user info and query strings of the URL — never appear in errors or logs.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace bt {

struct RpcEndpoint {
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;  // extra request headers
    int timeoutMs = 30000;    // per attempt, without any byte moving
    int maxRetries = 4;       // transient failures only
    int retryBaseMs = 250;    // backoff: base * 2^attempt
    int maxInFlight = 4;      // concurrent HTTP requests

    // "https://node.example:8545/rpc": no user info, no query (they may hold keys).
    QString displayName() const;
    // Parses "Name: value" into headers; false on a malformed line.
    bool addHeader(const QString& line);
};

struct RpcError {
    enum class Kind { None, Network, Timeout, Http, Protocol, Rpc };
    Kind kind = Kind::None;
    int httpStatus = 0;
    int rpcCode = 0;
    QString endpoint;
    QString method;   // the first method of a batch, "+N more" appended
    QString message;  // what happened, without secrets

    bool ok() const noexcept { return kind == Kind::None; }
    QString toString() const;  // "eth_getBlockByNumber at http://…: HTTP 401 Unauthorized"
};

struct RpcReply {
    QByteArray body;  // the raw response body when ok
    RpcError error;
};

// A JSON-RPC call: method and params.
struct RpcCall {
    QString method;
    nlohmann::json params = nlohmann::json::array();
};

class RpcClient : public QObject {
    Q_OBJECT
public:
    explicit RpcClient(RpcEndpoint endpoint, QObject* parent = nullptr);
    ~RpcClient() override;

    using ReplyHandler = std::function<void(const RpcReply&)>;

    // Sends one call or a batch (ids 0..n-1, in order) as one HTTP POST.
    void send(const std::vector<RpcCall>& calls, ReplyHandler onReply);

    const RpcEndpoint& endpoint() const noexcept { return m_endpoint; }
    int inFlight() const noexcept { return m_inFlight; }
    int queued() const noexcept { return static_cast<int>(m_queue.size()); }

    // Parses the body of a single call: its "result", or the error it carries.
    static RpcError parseSingle(const QByteArray& body, const RpcCall& call, const QString& endpoint,
                                nlohmann::json& result);
    // Parses a batch body into results ordered by id; each element is the call's
    // result, or an error (the first error found is returned and the rest dropped).
    static RpcError parseBatch(const QByteArray& body, const std::vector<RpcCall>& calls, const QString& endpoint,
                               std::vector<nlohmann::json>& results);

private:
    struct Request;
    void pump();
    void start(std::shared_ptr<Request> req);
    void finished(QNetworkReply* reply, std::shared_ptr<Request> req);
    void retryOrFail(std::shared_ptr<Request> req, RpcError err);

    RpcEndpoint m_endpoint;
    QString m_display;
    QNetworkAccessManager* m_nam = nullptr;
    std::deque<std::shared_ptr<Request>> m_queue;
    int m_inFlight = 0;
};

}  // namespace bt
