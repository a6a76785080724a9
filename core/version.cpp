#include "version.h"
namespace Kiln::Core {
const char *version() { return KILN_VERSION; }
}
