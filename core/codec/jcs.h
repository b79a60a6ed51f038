// RFC 8785 JSON Canonicalization Scheme (JCS), the byte form behind the
// `jcs-sha256` event-hash scheme: SHA-256 over the canonical form of an EPCIS event.
//
// The parser is strict RFC 8259 plus the I-JSON rules RFC 8785 relies on: UTF-8
// only, no lone surrogates, no duplicate member names, numbers that are finite
// doubles. Where the published implementations disagree (the "policy" cases of
// shared/testdata/jcs) it follows the plain RFC 8785 text; see jcs.cpp.
//
// It does not go through nlohmann::json on purpose: that drops duplicate names
// and the number text, both of which canonicalization must see.
#pragma once

#include "bytes.h"
#include "result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bt::jcs {

// Nesting bound of arrays and objects: deeper input fails with TooDeep instead of
// exhausting the stack. EPCIS documents nest about 8 deep.
inline constexpr std::size_t kMaxDepth = 512;

// Canonicalizes one JSON text after another, keeping its buffers between calls so
// that an indexer hashing many documents does not allocate per document.
class Canonicalizer {
public:
    // Replaces `out` with the canonical form of `jsonText`. On failure `out` holds
    // unspecified partial output and the error names what is wrong, the byte offset
    // in `jsonText`, and in `field` the path of members/indices leading to it.
    Status canonicalize(std::string_view jsonText, std::string& out);

private:
    struct Member {
        std::size_t nameBegin;   // decoded name in m_names
        std::size_t nameSize;
        std::size_t nameOffset;  // where the name starts in the input
        std::size_t chunkBegin;  // "name":value in the output, without the separating comma
        std::size_t chunkEnd;
    };

    Status value(std::size_t depth);
    Status object(std::size_t depth);
    Status array(std::size_t depth);
    Status string(std::string& decoded);
    void appendToken(std::size_t begin, std::string_view decoded);
    Status number();
    Status literal(std::string_view word);
    void skipWhitespace() noexcept;
    Error syntaxError(std::size_t offset, std::string detail) const;
    std::string_view nameOf(const Member& m) const noexcept { return {m_names.data() + m.nameBegin, m.nameSize}; }

    std::string_view m_in;
    std::size_t m_pos = 0;
    std::string* m_out = nullptr;
    std::string m_names;            // decoded names of the members of the open objects
    std::vector<Member> m_members;  // members of the open objects, innermost last
    std::string m_scratch;          // a string value, decoded
    std::string m_reorder;          // an object's members while they are put in order
};

// The canonical form of `jsonText` (one JSON text, any whitespace, UTF-8).
Result<std::string> canonicalize(std::string_view jsonText);

// SHA-256 of the canonical form: the `jcs-sha256` event hash.
Result<Hash32> jcsSha256(std::string_view jsonText);

// ECMAScript Number.prototype.toString of `value` (RFC 8785 3.2.2.3); -0 gives "0".
// NaN and the infinities fail with JsonNumberNotRepresentable.
Result<std::string> serializeNumber(double value);
// Appends the same to `out`; false (and nothing appended) for NaN and the infinities.
bool appendNumber(std::string& out, double value);

// The JCS string literal, quotes included, of the string made of `codePoints`
// (RFC 8785 3.2.2.2). A surrogate code point fails with JsonLoneSurrogate, one above
// U+10FFFF with JsonInvalidUtf8; the offset is the index in `codePoints`.
Result<std::string> serializeString(std::u32string_view codePoints);
// Appends the JCS string literal of `utf8`, which the caller guarantees is valid UTF-8.
void appendString(std::string& out, std::string_view utf8);

// The member-name order of RFC 8785 3.2.3: by UTF-16 code units, compared as
// unsigned integers. Both arguments must be valid UTF-8.
bool utf16Less(std::string_view a, std::string_view b) noexcept;

}  // namespace bt::jcs
