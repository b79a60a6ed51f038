#include "rpc/blocking_rpc.h"

#include <QEventLoop>

namespace bt {

BlockingRpc::BlockingRpc(RpcEndpoint endpoint) : m_client(std::make_unique<RpcClient>(std::move(endpoint))) {}

BlockingRpc::~BlockingRpc() = default;

std::optional<QByteArray> BlockingRpc::post(const std::vector<RpcCall>& calls)
{
    QEventLoop loop;
    std::optional<RpcReply> reply;
    m_client->send(calls, [&](const RpcReply& r) {
        reply = r;
        loop.quit();
    });
    if (!reply) loop.exec();
    if (!reply->error.ok()) {
        m_error = reply->error;
        return std::nullopt;
    }
    m_error = {};
    return reply->body;
}

std::optional<nlohmann::json> BlockingRpc::call(const QString& method, nlohmann::json params)
{
    std::vector<RpcCall> calls{{method, std::move(params)}};
    auto body = post(calls);
    if (!body) return std::nullopt;
    nlohmann::json result;
    m_error = RpcClient::parseSingle(*body, calls[0], m_client->endpoint().displayName(), result);
    if (!m_error.ok()) return std::nullopt;
    return result;
}

std::optional<std::vector<nlohmann::json>> BlockingRpc::batch(const std::vector<RpcCall>& calls)
{
    auto body = post(calls);
    if (!body) return std::nullopt;
    std::vector<nlohmann::json> results;
    m_error = RpcClient::parseBatch(*body, calls, m_client->endpoint().displayName(), results);
    if (!m_error.ok()) return std::nullopt;
    return results;
}

std::optional<std::vector<nlohmann::json>> BlockingRpc::batchRaw(const std::vector<RpcCall>& calls)
{
    auto body = post(calls);
    if (!body) return std::nullopt;
    nlohmann::json doc = nlohmann::json::parse(body->constBegin(), body->constEnd(), nullptr, false);
    if (calls.size() == 1 && doc.is_object()) doc = nlohmann::json::array({doc});
    if (!doc.is_array()) {
        m_error.kind = RpcError::Kind::Protocol;
        m_error.message = QStringLiteral("batch answer is not an array");
        return std::nullopt;
    }
    std::vector<nlohmann::json> out(calls.size());
    for (auto& item : doc) {
        if (!item.is_object() || !item.contains("id") || !item["id"].is_number_unsigned()) continue;
        const auto id = item["id"].get<std::size_t>();
        if (id < out.size()) out[id] = std::move(item);
    }
    return out;
}

}  // namespace bt
