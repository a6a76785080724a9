#pragma once
// UTF-8 for step output: the protocol wants valid text in every chunk and never a chunk ending in
// the middle of a character, while a step writes arbitrary bytes in arbitrary pieces.

#include <cstddef>
#include <string>
#include <string_view>

namespace Kiln::Agent {

// Appends the valid UTF-8 of in to out, each invalid byte replaced by U+FFFD, stopping before
// out would exceed maxOut bytes and — unless final — before an incomplete sequence at the end of
// in (it may be completed by the next piece). Returns how many bytes of in were consumed.
size_t appendSanitizedUtf8(std::string &out, std::string_view in, size_t maxOut, bool final);

} // namespace Kiln::Agent
