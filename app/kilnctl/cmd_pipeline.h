#pragma once
// `kilnctl pipeline start NAME [--follow]` (registered in the pipeline family of cmd_configs.cpp).

#include "cli.h"

namespace Kiln::Ctl {

int pipelineStart(Context &ctx, const QStringList &args);

} // namespace Kiln::Ctl
