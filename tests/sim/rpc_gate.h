// A JSON-RPC gate for the simulator's bad-input tests: an HTTP/1.1 server on a free
// loopback port that forwards requests to a real node, except that it can answer
// eth_sendRawTransaction the way a node that does not accept raw transactions does
// ("method not found"), from the start or after letting some through. It runs in the
// test's thread: the simulator's blocking calls spin event loops that serve it.
#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace bt::test {

class RpcGate : public QObject {
public:
    explicit RpcGate(QUrl upstream, QObject* parent = nullptr);
    ~RpcGate() override;

    bool start();
    QUrl url() const;

    // -1: forward every raw transaction; n: refuse them once n have been forwarded.
    void refuseRawTransactionsAfter(int n) { m_limit = n; }
    int rawTransactionsForwarded() const noexcept { return m_forwarded; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& body);
    static void respond(QTcpSocket* socket, const QByteArray& body);

    QUrl m_upstream;
    QTcpServer* m_server = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_limit = -1;
    int m_forwarded = 0;
};

}  // namespace bt::test
