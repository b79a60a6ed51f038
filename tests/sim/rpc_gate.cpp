#include "rpc_gate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <nlohmann/json.hpp>

namespace bt::test {

RpcGate::RpcGate(QUrl upstream, QObject* parent)
    : QObject(parent), m_upstream(std::move(upstream)), m_server(new QTcpServer(this)), m_nam(new QNetworkAccessManager(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RpcGate::onConnection);
}

RpcGate::~RpcGate() = default;

bool RpcGate::start() { return m_server->listen(QHostAddress::LocalHost, 0); }

QUrl RpcGate::url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())); }

void RpcGate::onConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void RpcGate::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buf = m_buffers[socket];
    buf += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0) return;
        qsizetype length = 0;
        for (const QByteArray& line : buf.left(headerEnd).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:")) length = l.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < headerEnd + 4 + length) return;
        const QByteArray body = buf.mid(headerEnd + 4, length);
        buf.remove(0, headerEnd + 4 + length);
        handle(socket, body);
    }
}

void RpcGate::respond(QTcpSocket* socket, const QByteArray& body)
{
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: ";
    out += QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(out);
}

void RpcGate::handle(QTcpSocket* socket, const QByteArray& body)
{
    const nlohmann::json request = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    const bool batch = request.is_array();
    int raw = 0;
    for (const auto& call : batch ? request : nlohmann::json::array({request}))
        if (call.is_object() && call.value("method", std::string()) == "eth_sendRawTransaction") ++raw;
    if (raw > 0 && m_limit >= 0 && m_forwarded + raw > m_limit) {
        // What a node that keeps eth_sendRawTransaction closed answers.
        nlohmann::json answers = nlohmann::json::array();
        for (const auto& call : batch ? request : nlohmann::json::array({request}))
            answers.push_back({{"jsonrpc", "2.0"},
                               {"id", call.value("id", nlohmann::json())},
                               {"error", {{"code", -32601}, {"message", "Method not found"}}}});
        const std::string text = batch ? answers.dump() : answers[0].dump();
        respond(socket, QByteArray::fromStdString(text));
        return;
    }
    m_forwarded += raw;
    QNetworkRequest req(m_upstream);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_nam->post(req, body);
    QPointer<QTcpSocket> target(socket);
    connect(reply, &QNetworkReply::finished, this, [reply, target] {
        if (target) respond(target, reply->readAll());
        reply->deleteLater();
    });
}

}  // namespace bt::test
