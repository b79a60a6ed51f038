// A JSON-RPC proxy for integration tests: an HTTP/1.1 server on a free loopback port
// (QTcpServer, in a thread of its own so that a test may block meanwhile) that
// forwards each POST to a real node and can, by rule:
//   - alter one field of one block's header in eth_getBlockByNumber answers,
//   - alter one field of one transaction of that block,
//   - alter the data of one log of one receipt in eth_getBlockReceipts answers,
//   - answer with an HTTP status (401, 500, 503, …) instead of forwarding,
//   - answer with malformed JSON, or with the node's answer cut in half,
//   - answer a request for one block with another block,
//   - go silent (read the request, never answer).
// JSON-RPC batches are handled element by element (matched to requests by id), and
// single calls alike: a rule about block N applies to every answer about block N, so
// the proxy behaves like a node that consistently lies about that block.
#pragma once

#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace bt::test {

struct ProxyRule {
    enum class Kind {
        HeaderField,  // eth_getBlockByNumber(block): result[field] = value
        TxField,      // eth_getBlockByNumber(block, true): result.transactions[txIndex][field] = value
        LogData,      // eth_getBlockReceipts(block): result[txIndex].logs[logIndex].data = value
        HttpStatus,   // answer `status` (no forwarding)
        Malformed,    // answer 200 with a body that is not JSON
        Truncated,    // answer 200 with the first half of the node's answer
        WrongBlock,   // ask the node for `otherBlock` where `block` was asked (eth_getBlockByNumber)
        Silent,       // never answer
    };
    Kind kind = Kind::HeaderField;
    // Which requests: those that ask for this block (eth_getBlockByNumber or
    // eth_getBlockReceipts, alone or in a batch); nullopt: every request.
    std::optional<std::uint64_t> block;
    // Only requests that carry this method (empty: any).
    QString method;
    std::string field;
    int txIndex = 0;
    int logIndex = 0;
    // The replacement; null: the original with its last hex digit changed.
    nlohmann::json value;
    int status = 0;
    std::uint64_t otherBlock = 0;
    int times = -1;  // how many requests it applies to; -1: all
};

class ProxyServer;

class TamperProxy {
public:
    explicit TamperProxy(QUrl upstream);
    ~TamperProxy();
    TamperProxy(const TamperProxy&) = delete;
    TamperProxy& operator=(const TamperProxy&) = delete;

    // Listens on 127.0.0.1 on a free port; false with error() set.
    bool start();
    void stop();
    QUrl url() const;
    const QString& error() const noexcept { return m_error; }

    // Thread-safe.
    void addRule(const ProxyRule& rule);
    void clearRules();
    int hits() const noexcept { return m_hits.load(); }          // times a rule changed something
    int requests() const noexcept { return m_requests.load(); }  // HTTP requests received

    // Helpers for the rules' hex values: "0x…" with its last hex digit changed.
    static std::string flipHex(const std::string& hex);

private:
    friend class ProxyServer;
    // The first rule that applies to a request asking for `blocks` with `methods`;
    // consumes one use of it.
    std::optional<ProxyRule> takeRequestRule(const std::vector<std::uint64_t>& blocks, const QStringList& methods);
    // Every answer rule (HeaderField, TxField, LogData) that applies; consumes uses.
    std::vector<ProxyRule> takeAnswerRules(const std::vector<std::uint64_t>& blocks, const QStringList& methods);

    QUrl m_upstream;
    QString m_error;
    int m_port = 0;
    QThread m_thread;
    ProxyServer* m_server = nullptr;
    mutable QMutex m_mutex;
    std::vector<ProxyRule> m_rules;
    std::atomic<int> m_hits{0};
    std::atomic<int> m_requests{0};
};

}  // namespace bt::test
