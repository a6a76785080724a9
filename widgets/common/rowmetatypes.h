#pragma once
// The catalog's row types as Qt meta types, so they travel in QVariants (item models) and
// signal arguments. Widgets include this instead of core/catalog/rows.h: the declarations must
// come before any use, in every translation unit (moc files included).
#include "core/catalog/rows.h"

#include <QMetaType>

Q_DECLARE_METATYPE(Kiln::Core::ImageRow)
Q_DECLARE_METATYPE(Kiln::Core::ComponentRow)
Q_DECLARE_METATYPE(Kiln::Core::RecipeRow)
Q_DECLARE_METATYPE(Kiln::Core::PipelineRow)
Q_DECLARE_METATYPE(Kiln::Core::BuildRow)
Q_DECLARE_METATYPE(Kiln::Core::DistributionTarget)
