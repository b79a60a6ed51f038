// Codec benchmarks, each measured beside a baseline in the same run:
//   keccak-256 (ours)            vs OpenSSL SHA3-256, on 64-byte and 8 KiB inputs;
//   sender recovery (ours)       vs a bare libsecp256k1 recover loop, 1 thread;
//   sender recovery on 2 threads vs ours on 1 thread.
// Each figure is the median of several rounds; the rounds alternate between the
// candidate and its baseline so that machine noise hits both alike.
//
//   bench_codec [--rounds N] [--seconds S]
#include "codec/keccak.h"
#include "codec/signature.h"

#include <openssl/evp.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using namespace bt;
using Clock = std::chrono::steady_clock;

namespace {

double g_seconds = 0.3;  // per round and per candidate

// Runs `op` (which does `batch` units of work per call) for about g_seconds and
// returns units per second.
double rate(const std::function<void()>& op, double batch)
{
    const auto start = Clock::now();
    double units = 0;
    double elapsed = 0;
    do {
        op();
        units += batch;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < g_seconds);
    return units / elapsed;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Pair {
    double candidate;
    double baseline;
};

Pair measurePair(int rounds, const std::function<double()>& candidate, const std::function<double()>& baseline)
{
    std::vector<double> c, b;
    for (int i = 0; i < rounds; ++i) {
        c.push_back(candidate());
        b.push_back(baseline());
    }
    return {median(c), median(b)};
}

volatile std::uint8_t g_sink;

void benchKeccak(int rounds, std::size_t size)
{
    std::vector<std::uint8_t> data(size);
    for (std::size_t i = 0; i < size; ++i) data[i] = static_cast<std::uint8_t>(i * 31 + 7);
    EVP_MD* sha3 = EVP_MD_fetch(nullptr, "SHA3-256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const double perCall = size <= 64 ? 1000 : 20;
    auto ours = [&] {
        return rate([&] {
            for (int i = 0; i < int(perCall); ++i) {
                Hash32 h = keccak256(data);
                data[0] ^= h.bytes[0];
            }
        }, perCall * double(size));
    };
    auto openssl = [&] {
        return rate([&] {
            unsigned char out[32];
            unsigned int len = 0;
            for (int i = 0; i < int(perCall); ++i) {
                // The usual way to hash with OpenSSL 3: a reused context, a pre-fetched MD.
                EVP_DigestInit_ex(ctx, sha3, nullptr);
                EVP_DigestUpdate(ctx, data.data(), data.size());
                EVP_DigestFinal_ex(ctx, out, &len);
                data[0] ^= out[0];
            }
        }, perCall * double(size));
    };
    Pair p = measurePair(rounds, ours, openssl);
    std::printf("keccak256 %5zu B   ours %9.1f MB/s   OpenSSL SHA3-256 %9.1f MB/s   ratio %.2f  (goal >= 0.80, backend %s)\n",
                size, p.candidate / 1e6, p.baseline / 1e6, p.candidate / p.baseline, keccakBackend());
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(sha3);
}

struct SignedDigest {
    Hash32 digest;
    Signature sig;
};

std::vector<SignedDigest> makeSignatures(int n)
{
    std::vector<SignedDigest> v;
    for (int i = 0; i < n; ++i) {
        PrivateKey key;
        key.bytes = sha256(asBytes("key" + std::to_string(i))).bytes;
        SignedDigest s;
        s.digest = keccak256(asBytes("message" + std::to_string(i)));
        s.sig = *sign(s.digest, key);
        v.push_back(s);
    }
    return v;
}

// The baseline: libsecp256k1 alone, parse + recover + serialize, no hashing of the key.
void bareRecover(const SignedDigest& s)
{
    unsigned char compact[64];
    auto r = s.sig.r.toBigEndian32();
    auto ss = s.sig.s.toBigEndian32();
    std::memcpy(compact, r.data(), 32);
    std::memcpy(compact + 32, ss.data(), 32);
    secp256k1_ecdsa_recoverable_signature rs;
    secp256k1_pubkey pk;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(secp256k1_context_static, &rs, compact, s.sig.yParity) ||
        !secp256k1_ecdsa_recover(secp256k1_context_static, &pk, &rs, s.digest.data()))
        std::abort();
    unsigned char out[65];
    size_t len = 65;
    secp256k1_ec_pubkey_serialize(secp256k1_context_static, out, &len, &pk, SECP256K1_EC_UNCOMPRESSED);
    g_sink = out[1];
}

void ourRecover(const SignedDigest& s)
{
    auto a = recoverAddress(s.digest, s.sig);
    g_sink = a->bytes[0];
}

double recoverRate(int threads, void (*fn)(const SignedDigest&), const std::vector<SignedDigest>& sigs)
{
    std::atomic<long> total{0};
    std::vector<std::thread> pool;
    const auto start = Clock::now();
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            long n = 0;
            std::size_t i = std::size_t(t) * 97;
            while (std::chrono::duration<double>(Clock::now() - start).count() < g_seconds) {
                for (int k = 0; k < 64; ++k) fn(sigs[(i++) % sigs.size()]);
                n += 64;
            }
            total += n;
        });
    }
    for (auto& th : pool) th.join();
    return double(total.load()) / std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv)
{
    int rounds = 7;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--seconds" && i + 1 < argc) g_seconds = std::atof(argv[++i]);
        else {
            std::fprintf(stderr, "usage: bench_codec [--rounds N] [--seconds S]\n");
            return 2;
        }
    }
    std::printf("bench_codec: %d rounds of %.2f s per candidate, medians; %u hardware threads\n", rounds, g_seconds,
                std::thread::hardware_concurrency());
    benchKeccak(rounds, 64);
    benchKeccak(rounds, 8192);

    auto sigs = makeSignatures(256);
    Pair one = measurePair(rounds, [&] { return recoverRate(1, ourRecover, sigs); },
                           [&] { return recoverRate(1, bareRecover, sigs); });
    std::printf("recover 1 thread    ours %9.0f /s    bare libsecp256k1 %9.0f /s    ratio %.2f  (goal >= 0.90)\n",
                one.candidate, one.baseline, one.candidate / one.baseline);
    Pair two = measurePair(rounds, [&] { return recoverRate(2, ourRecover, sigs); },
                           [&] { return recoverRate(1, ourRecover, sigs); });
    std::printf("recover 2 threads   ours %9.0f /s    ours on 1 thread  %9.0f /s    ratio %.2f  (goal >= 1.70)\n",
                two.candidate, two.baseline, two.candidate / two.baseline);
    return 0;
}
