#pragma once
// Kiln's version, as set in the top-level CMakeLists.txt.
namespace Kiln::Core {
const char *version();
}
