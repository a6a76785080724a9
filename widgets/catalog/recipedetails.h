#pragma once
// The details of one image recipe version/build: base image, the ordered components with their
// parameter values, disk size and working directory; the recipe as the YAML `kilnctl apply`
// takes; and a diff against another version of the same recipe.
#include "widgets/common/rowmetatypes.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class DetailForm;
class DocumentViewer;
class VersionCompare;

class RecipeDetails : public QWidget
{
    Q_OBJECT
public:
    explicit RecipeDetails(Core::Catalog &catalog, QWidget *parent = nullptr);

    void showRecipe(qint64 id);
    const Core::RecipeRow &recipe() const { return m_recipe; }
    DetailForm *form() const { return m_form; }
    QTableWidget *components() const { return m_components; }
    VersionCompare *compare() const { return m_compare; }
    // The recipe as a resource document (YAML).
    static QString toYaml(const Core::RecipeRow &recipe);

Q_SIGNALS:
    void loaded(const Kiln::Core::RecipeRow &recipe);

private:
    void fill(const Core::RecipeRow &r);

    Core::Catalog &m_catalog;
    Core::RecipeRow m_recipe;
    quint64 m_token = 0;
    QLabel *m_title;
    QTabWidget *m_tabs;
    DetailForm *m_form;
    QTableWidget *m_components;
    DocumentViewer *m_viewer;
    VersionCompare *m_compare;
};

} // namespace Kiln::Widgets
