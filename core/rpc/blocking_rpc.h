// A blocking façade over RpcClient for sequential tools (the simulator, tests):
// each call runs a local event loop until its answer arrives. Not for the GUI thread.
#pragma once

#include "rpc/rpc_client.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace bt {

class BlockingRpc {
public:
    explicit BlockingRpc(RpcEndpoint endpoint);
    ~BlockingRpc();
    BlockingRpc(const BlockingRpc&) = delete;
    BlockingRpc& operator=(const BlockingRpc&) = delete;

    // The call's result, or nullopt with lastError() set.
    std::optional<nlohmann::json> call(const QString& method, nlohmann::json params = nlohmann::json::array());
    // One result per call, in order; nullopt if the request or any call failed.
    std::optional<std::vector<nlohmann::json>> batch(const std::vector<RpcCall>& calls);
    // Like batch(), but per-call errors are kept: each element holds either
    // {"result": …} or {"error": {code, message}}. nullopt only if the request failed.
    std::optional<std::vector<nlohmann::json>> batchRaw(const std::vector<RpcCall>& calls);

    const RpcError& lastError() const noexcept { return m_error; }
    const RpcEndpoint& endpoint() const noexcept { return m_client->endpoint(); }

private:
    std::optional<QByteArray> post(const std::vector<RpcCall>& calls);
    std::unique_ptr<RpcClient> m_client;
    RpcError m_error;
};

}  // namespace bt
