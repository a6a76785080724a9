#include "logsource.h"

namespace Kiln::Core {

LogSource::~LogSource() = default;

} // namespace Kiln::Core
