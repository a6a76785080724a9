#pragma once
// Accelerator: how QEMU runs guest code. "auto" is resolved by AcceleratorProbe before a domain
// is defined (KVM when a real guest answers under it, else TCG with a warning).

#include <QString>

#include <optional>

namespace Kiln::Core {

enum class Accelerator { Auto, Kvm, Tcg };

// "auto" | "kvm" | "tcg"
QString acceleratorName(Accelerator accelerator);
// Case-insensitive; nullopt for anything else.
std::optional<Accelerator> parseAccelerator(const QString &text);

} // namespace Kiln::Core
