#pragma once
// A small Expected<T, E> ("Result") used across Kiln: errors are values (STYLE.md, item 6).
// No Qt and no exceptions: kiln_toe (and the static kiln-agent) use it, and clang-14 used by the
// fuzzer build has no std::expected with libstdc++ 12.

#include <utility>
#include <variant>

namespace Kiln {

template <class E>
struct Unexpected {
    E error;
};

template <class E>
Unexpected<std::decay_t<E>> unexpected(E &&e)
{
    return {std::forward<E>(e)};
}

template <class T, class E>
class Expected
{
public:
    Expected(const T &value) : m_v(std::in_place_index<0>, value) {}
    Expected(T &&value) : m_v(std::in_place_index<0>, std::move(value)) {}
    template <class G>
    Expected(Unexpected<G> e) : m_v(std::in_place_index<1>, E(std::move(e.error))) {}

    bool has_value() const { return m_v.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    template <class U>
    T value_or(U &&fallback) const { return has_value() ? value() : T(std::forward<U>(fallback)); }

    E &error() & { return std::get<1>(m_v); }
    const E &error() const & { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

template <class E>
class Expected<void, E>
{
public:
    Expected() = default;
    template <class G>
    Expected(Unexpected<G> e) : m_error(E(std::move(e.error))), m_ok(false) {}

    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    void value() const {}
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_ok = true;
};

} // namespace Kiln
