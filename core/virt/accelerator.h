#pragma once
// Accelerator: how QEMU runs guest code (also the infrastructure configuration's field: the catalog
// uses this one definition). "auto" is resolved by AcceleratorProbe before a domain
// is defined (KVM when a real guest answers under it, else TCG with a warning).

#include <QString>
#include <QStringView>

#include <optional>

namespace Kiln::Core {

enum class Accelerator { Auto, Kvm, Tcg };

// "auto" | "kvm" | "tcg"
QString acceleratorName(Accelerator accelerator);
// Case-insensitive; nullopt for anything else.
std::optional<Accelerator> parseAccelerator(QStringView text);

} // namespace Kiln::Core
