// Finding and reading the shared test vectors.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace bt::test {

// The vectors folder: $envVar if set, else <source>/../shared/testdata/<sub>.
inline std::filesystem::path vectorsDir(const char* envVar, const char* sub)
{
    if (const char* v = std::getenv(envVar); v && *v) return std::filesystem::path(v);
    std::filesystem::path src = std::getenv("BT_SOURCE_DIR") ? std::getenv("BT_SOURCE_DIR") : ".";
    return src / ".." / "shared" / "testdata" / sub;
}

// Every *.json below `dir`, sorted, so runs are repeatable.
inline std::vector<std::filesystem::path> jsonFiles(const std::filesystem::path& dir)
{
    std::vector<std::filesystem::path> out;
    if (!std::filesystem::is_directory(dir)) return out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

inline std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Parses a JSON file; on failure returns nullopt and `error` says why.
inline std::optional<nlohmann::json> readJson(const std::filesystem::path& p, std::string& error)
{
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        error = "cannot open " + p.string();
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(in);
    } catch (const std::exception& e) {
        error = "cannot parse " + p.string() + ": " + e.what();
        return std::nullopt;
    }
}

inline QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace bt::test
