#pragma once
// A small JSON value with an ordered object, a writer and a parser. kiln_toe has no Qt, yet the
// executor writes detailedoutput.json / chaining.json, persists its ExecutionState, and the static
// kiln-agent speaks JSON Lines to the host: they all use this one type.

#include "diagnostic.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Kiln::Toe {

class Json
{
public:
    enum class Type { Null, Bool, Int, Double, String, Array, Object };
    using Member = std::pair<std::string, Json>;

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : m_type(Type::Bool), m_int(b ? 1 : 0) {}
    Json(int i) : m_type(Type::Int), m_int(i) {}
    Json(long i) : m_type(Type::Int), m_int(i) {}
    Json(long long i) : m_type(Type::Int), m_int(i) {}
    Json(unsigned i) : m_type(Type::Int), m_int(i) {}
    Json(unsigned long i) : m_type(Type::Int), m_int(static_cast<long long>(i)) {}
    Json(unsigned long long i) : m_type(Type::Int), m_int(static_cast<long long>(i)) {}
    Json(double d) : m_type(Type::Double), m_double(d) {}
    Json(const char *s) : m_type(Type::String), m_string(s) {}
    Json(std::string s) : m_type(Type::String), m_string(std::move(s)) {}
    Json(std::string_view s) : m_type(Type::String), m_string(s) {}

    static Json array() { Json j; j.m_type = Type::Array; return j; }
    static Json object() { Json j; j.m_type = Type::Object; return j; }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Double; }
    bool isInt() const { return m_type == Type::Int; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool(bool fallback = false) const { return m_type == Type::Bool ? m_int != 0 : fallback; }
    long long toInt(long long fallback = 0) const;
    double toDouble(double fallback = 0) const;
    // The string value; for other types an empty string (use asText() to render scalars).
    const std::string &toString() const;
    std::string toString(const std::string &fallback) const { return isString() ? m_string : fallback; }
    // Scalars as text ("true", "12", "1.5", the string itself); arrays/objects as compact JSON.
    std::string asText() const;

    // Arrays
    size_t size() const { return m_type == Type::Array ? m_items.size() : m_type == Type::Object ? m_members.size() : 0; }
    const std::vector<Json> &items() const { return m_items; }
    std::vector<Json> &items() { return m_items; }
    void push_back(Json value);
    const Json &operator[](size_t index) const;

    // Objects (members keep insertion order; setting an existing key replaces its value)
    const std::vector<Member> &members() const { return m_members; }
    Json &operator[](std::string_view key);      // inserts null when absent (turns null into an object)
    const Json &operator[](std::string_view key) const; // a null value when absent
    const Json *find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    void set(std::string_view key, Json value) { (*this)[key] = std::move(value); }
    bool remove(std::string_view key);

    bool operator==(const Json &other) const;
    bool operator!=(const Json &other) const { return !(*this == other); }

    // indent < 0: compact, one line (JSON Lines). indent >= 0: pretty with that many spaces.
    // Invalid UTF-8 in strings is replaced by U+FFFD so the output is always valid JSON.
    std::string dump(int indent = -1) const;
    void dumpTo(std::string &out, int indent = -1, int level = 0) const;

    // Parses one JSON text (trailing whitespace allowed). Errors carry line:column.
    static Result<Json> parse(std::string_view text, const std::string &file = {});

private:
    Type m_type = Type::Null;
    long long m_int = 0;
    double m_double = 0;
    std::string m_string;
    std::vector<Json> m_items;
    std::vector<Member> m_members;
};

// Appends s as a quoted JSON string literal to out.
void jsonQuote(std::string &out, std::string_view s);

} // namespace Kiln::Toe
