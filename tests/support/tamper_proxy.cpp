#include "tamper_proxy.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>
#include <map>

namespace bt::test {

namespace {

// One JSON-RPC call of a request, as the proxy sees it.
struct SeenCall {
    nlohmann::json id;
    QString method;
    std::optional<std::uint64_t> block;  // for eth_getBlockByNumber / eth_getBlockReceipts by number
};

std::optional<std::uint64_t> quantity(const nlohmann::json& j)
{
    if (!j.is_string()) return std::nullopt;
    const std::string s = j.get<std::string>();
    if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) return std::nullopt;
    try {
        return std::stoull(s.substr(2), nullptr, 16);
    } catch (...) {
        return std::nullopt;
    }
}

std::vector<SeenCall> callsOf(const nlohmann::json& request)
{
    std::vector<SeenCall> out;
    auto one = [&out](const nlohmann::json& c) {
        if (!c.is_object()) return;
        SeenCall s;
        s.id = c.value("id", nlohmann::json());
        s.method = QString::fromStdString(c.value("method", std::string()));
        const auto params = c.value("params", nlohmann::json::array());
        if ((s.method == QLatin1String("eth_getBlockByNumber") || s.method == QLatin1String("eth_getBlockReceipts")) &&
            params.is_array() && !params.empty())
            s.block = quantity(params[0]);
        out.push_back(std::move(s));
    };
    if (request.is_array())
        for (const auto& c : request) one(c);
    else
        one(request);
    return out;
}

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200: return "OK";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

bool ruleMatches(const ProxyRule& r, const std::vector<std::uint64_t>& blocks, const QStringList& methods)
{
    if (r.times == 0) return false;
    if (!r.method.isEmpty() && !methods.contains(r.method)) return false;
    if (r.block && std::find(blocks.begin(), blocks.end(), *r.block) == blocks.end()) return false;
    return true;
}

bool isAnswerRule(ProxyRule::Kind k)
{
    return k == ProxyRule::Kind::HeaderField || k == ProxyRule::Kind::TxField || k == ProxyRule::Kind::LogData;
}

}  // namespace

std::string TamperProxy::flipHex(const std::string& hex)
{
    if (hex.size() <= 2) return "0x01";  // "0x": empty data gets one byte
    std::string out = hex;
    char& c = out.back();
    static const char digits[] = "0123456789abcdef";
    int v = 0;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
    c = digits[(v + 1) % 16];  // the first digit is kept, so a quantity stays canonical
    return out;
}

// Lives in the proxy's thread.
class ProxyServer : public QObject {
public:
    explicit ProxyServer(TamperProxy& owner) : m_owner(owner) {}

    bool listen(QString& error, int& port)
    {
        m_server = new QTcpServer(this);
        m_nam = new QNetworkAccessManager(this);
        m_nam->setAutoDeleteReplies(true);
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            error = m_server->errorString();
            return false;
        }
        port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                m_conns[s] = Conn{};
                connect(s, &QTcpSocket::readyRead, this, [this, s] { pump(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    m_conns.erase(s);
                    s->deleteLater();
                });
            }
        });
        return true;
    }

    void shutdown()
    {
        if (m_server) m_server->close();
        for (auto& [s, c] : m_conns) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
        m_conns.clear();
    }

private:
    struct Conn {
        QByteArray buffer;
        bool busy = false;
    };

    void pump(QTcpSocket* s)
    {
        auto it = m_conns.find(s);
        if (it == m_conns.end()) return;
        Conn& c = it->second;
        c.buffer += s->readAll();
        if (c.busy) return;
        const qsizetype end = c.buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        qsizetype length = 0;
        const QList<QByteArray> lines = c.buffer.left(end).split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (c.buffer.size() < end + 4 + length) return;
        const QByteArray body = c.buffer.mid(end + 4, length);
        c.buffer.remove(0, end + 4 + length);
        c.busy = true;
        ++m_owner.m_requests;
        handle(s, body);
    }

    void reply(QTcpSocket* s, int status, const QByteArray& body)
    {
        auto it = m_conns.find(s);
        if (it == m_conns.end()) return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status) + "\r\n";
        head += "Content-Type: application/json\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "Connection: keep-alive\r\n\r\n";
        s->write(head + body);
        it->second.busy = false;
        if (!it->second.buffer.isEmpty()) pump(s);
    }

    void handle(QTcpSocket* s, const QByteArray& body)
    {
        nlohmann::json request = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        const std::vector<SeenCall> calls = request.is_discarded() ? std::vector<SeenCall>{} : callsOf(request);
        std::vector<std::uint64_t> blocks;
        QStringList methods;
        for (const auto& c : calls) {
            methods << c.method;
            if (c.block) blocks.push_back(*c.block);
        }
        const std::optional<ProxyRule> rule = m_owner.takeRequestRule(blocks, methods);
        QByteArray forward = body;
        if (rule) {
            switch (rule->kind) {
            case ProxyRule::Kind::HttpStatus:
                ++m_owner.m_hits;
                return reply(s, rule->status, "{\"message\":\"" + reasonOf(rule->status) + " (tamper proxy)\"}");
            case ProxyRule::Kind::Malformed:
                ++m_owner.m_hits;
                return reply(s, 200, "{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":[\"0x1\",,}<html>");
            case ProxyRule::Kind::Silent:
                ++m_owner.m_hits;
                return;  // the connection stays busy: nothing more is answered on it
            case ProxyRule::Kind::WrongBlock: {
                auto rewrite = [&rule](nlohmann::json& c) {
                    if (!c.is_object() || c.value("method", std::string()) != "eth_getBlockByNumber") return false;
                    auto& params = c["params"];
                    if (!params.is_array() || params.empty() || quantity(params[0]) != rule->block) return false;
                    params[0] = "0x" + QByteArray::number(qulonglong(rule->otherBlock), 16).toStdString();
                    return true;
                };
                bool changed = false;
                if (request.is_array())
                    for (auto& c : request) changed = rewrite(c) || changed;
                else
                    changed = rewrite(request);
                if (changed) ++m_owner.m_hits;
                const std::string text = request.dump();
                forward = QByteArray(text.data(), qsizetype(text.size()));
                break;
            }
            default: break;
            }
        }
        QNetworkRequest nr(m_owner.m_upstream);
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        nr.setTransferTimeout(20000);
        QNetworkReply* r = m_nam->post(nr, forward);
        QPointer<QTcpSocket> sock(s);
        connect(r, &QNetworkReply::finished, this, [this, r, sock, rule, calls, blocks, methods] {
            if (!sock) return;
            if (r->error() != QNetworkReply::NoError &&
                r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
                return reply(sock, 502, "{\"message\":\"the node behind the proxy did not answer\"}");
            QByteArray answer = r->readAll();
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (rule && rule->kind == ProxyRule::Kind::Truncated) {
                ++m_owner.m_hits;
                return reply(sock, status, answer.left(answer.size() / 2));
            }
            const std::vector<ProxyRule> edits = m_owner.takeAnswerRules(blocks, methods);
            if (!edits.empty()) answer = edit(answer, calls, edits);
            reply(sock, status, answer);
        });
    }

    QByteArray edit(const QByteArray& answer, const std::vector<SeenCall>& calls, const std::vector<ProxyRule>& edits)
    {
        nlohmann::json doc = nlohmann::json::parse(answer.constBegin(), answer.constEnd(), nullptr, false);
        if (doc.is_discarded()) return answer;
        auto apply = [&](nlohmann::json& item) {
            if (!item.is_object() || !item.contains("result")) return;
            const SeenCall* call = nullptr;
            for (const auto& c : calls)
                if (c.id == item["id"]) call = &c;
            if (!call || !call->block) return;
            nlohmann::json& result = item["result"];
            for (const ProxyRule& e : edits) {
                if (e.block && *e.block != *call->block) continue;
                nlohmann::json* target = nullptr;
                std::string field = e.field;
                if (e.kind == ProxyRule::Kind::HeaderField && call->method == QLatin1String("eth_getBlockByNumber") &&
                    result.is_object()) {
                    target = &result;
                } else if (e.kind == ProxyRule::Kind::TxField && call->method == QLatin1String("eth_getBlockByNumber") &&
                           result.is_object() && result["transactions"].is_array() &&
                           int(result["transactions"].size()) > e.txIndex &&
                           result["transactions"][std::size_t(e.txIndex)].is_object()) {
                    target = &result["transactions"][std::size_t(e.txIndex)];
                } else if (e.kind == ProxyRule::Kind::LogData && call->method == QLatin1String("eth_getBlockReceipts") &&
                           result.is_array() && int(result.size()) > e.txIndex) {
                    auto& logs = result[std::size_t(e.txIndex)]["logs"];
                    if (logs.is_array() && int(logs.size()) > e.logIndex) target = &logs[std::size_t(e.logIndex)];
                    field = "data";
                }
                if (!target || !target->contains(field)) continue;
                nlohmann::json& v = (*target)[field];
                v = e.value.is_null() ? nlohmann::json(TamperProxy::flipHex(v.is_string() ? v.get<std::string>() : "0x"))
                                      : e.value;
                ++m_owner.m_hits;
            }
        };
        if (doc.is_array())
            for (auto& item : doc) apply(item);
        else
            apply(doc);
        const std::string text = doc.dump();
        return QByteArray(text.data(), qsizetype(text.size()));
    }

    TamperProxy& m_owner;
    QTcpServer* m_server = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    std::map<QTcpSocket*, Conn> m_conns;
};

TamperProxy::TamperProxy(QUrl upstream) : m_upstream(std::move(upstream)) {}

TamperProxy::~TamperProxy() { stop(); }

bool TamperProxy::start()
{
    stop();
    m_thread.setObjectName(QStringLiteral("tamper-proxy"));
    m_thread.start();
    m_server = new ProxyServer(*this);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    bool ok = false;
    QString error;
    int port = 0;
    QMetaObject::invokeMethod(m_server, [&] { ok = m_server->listen(error, port); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        m_error = QStringLiteral("the proxy cannot listen: %1").arg(error);
        stop();
        return false;
    }
    m_port = port;
    return true;
}

void TamperProxy::stop()
{
    if (!m_server) return;
    ProxyServer* server = m_server;
    QMetaObject::invokeMethod(server, [server] { server->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();  // finished() deleted the server in its thread
    m_server = nullptr;
}

QUrl TamperProxy::url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

void TamperProxy::addRule(const ProxyRule& rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.push_back(rule);
}

void TamperProxy::clearRules()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

std::optional<ProxyRule> TamperProxy::takeRequestRule(const std::vector<std::uint64_t>& blocks, const QStringList& methods)
{
    QMutexLocker lock(&m_mutex);
    for (ProxyRule& r : m_rules) {
        if (isAnswerRule(r.kind) || !ruleMatches(r, blocks, methods)) continue;
        if (r.times > 0) --r.times;
        return r;
    }
    return std::nullopt;
}

std::vector<ProxyRule> TamperProxy::takeAnswerRules(const std::vector<std::uint64_t>& blocks, const QStringList& methods)
{
    QMutexLocker lock(&m_mutex);
    std::vector<ProxyRule> out;
    for (ProxyRule& r : m_rules) {
        if (!isAnswerRule(r.kind) || !ruleMatches(r, blocks, methods)) continue;
        if (r.times > 0) --r.times;
        out.push_back(r);
    }
    return out;
}

}  // namespace bt::test
