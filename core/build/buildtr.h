#pragma once
// The translation context of core/build's free functions and plain structs (user-visible strings
// go through tr(): STYLE.md, item 12).

#include <QCoreApplication>

namespace Kiln::Core {

struct BuildTr {
    Q_DECLARE_TR_FUNCTIONS(Kiln::Core::Build)
};

} // namespace Kiln::Core
