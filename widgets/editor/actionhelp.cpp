#include "actionhelp.h"

#include "core/toe/actions.h"
#include "core/toe/yamledit.h"

#include <QEvent>
#include <QFontDatabase>

namespace Kiln::Widgets {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString html(std::string_view s) { return qs(s).toHtmlEscaped(); }

// `code` spans in the registry's descriptions become <code>.
QString withCode(std::string_view s)
{
    QString text = html(s);
    QString out;
    bool open = false;
    for (QChar c : text) {
        if (c == u'`') {
            out += open ? QStringLiteral("</code>") : QStringLiteral("<code>");
            open = !open;
        } else {
            out += c;
        }
    }
    if (open)
        out += QStringLiteral("</code>");
    return out;
}

} // namespace

ActionHelp::ActionHelp(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("ActionHelp"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"action")
            showAction(url.path());
    });
    render();
}

void ActionHelp::showAction(const QString &action)
{
    if (action == m_action && m_rendered)
        return;
    m_action = action;
    render();
}

void ActionHelp::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ActionHelp::render()
{
    m_rendered = true;
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QString h = QStringLiteral("<style>code, pre { font-family: '%1'; } td { padding: 2px 6px 2px 0; vertical-align: top; }"
                               " .dim { color: %2; }</style>")
                    .arg(mono, dim);
    const Toe::ActionInfo *a = Toe::findAction(m_action.toStdString());
    if (!a) {
        h += QStringLiteral("<p class=\"dim\">%1</p>").arg(tr("Place the cursor in a step to see what its action does. The action modules:"));
        h += QStringLiteral("<table>");
        for (const Toe::ActionInfo &info : Toe::actionModules())
            h += QStringLiteral("<tr><td><a href=\"action:%1\">%1</a></td><td>%2</td></tr>").arg(html(info.name), html(info.summary));
        h += QStringLiteral("</table>");
        setHtml(h);
        return;
    }
    h += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>").arg(html(a->name), withCode(a->summary), withCode(a->details));
    h += QStringLiteral("<p class=\"dim\">%1</p>").arg(tr("Runs on %1.").arg(qs(Toe::platformNames(a->platforms)).toHtmlEscaped()));
    if (a->shape == Toe::InputShape::List)
        h += QStringLiteral("<p>%1</p>").arg(tr("<b>inputs</b> is a list: each entry is one operation with the fields below."));
    else if (a->shape == Toe::InputShape::Expression)
        h += QStringLiteral("<p>%1</p>").arg(tr("<b>inputs</b> is one condition, written like a step's <code>if</code>."));
    if (a->inputsOptional)
        h += QStringLiteral("<p class=\"dim\">%1</p>").arg(tr("The step may leave out <code>inputs</code>."));
    if (!a->inputs.empty()) {
        h += QStringLiteral("<h4>%1</h4><table>").arg(tr("Inputs"));
        for (const Toe::InputField &f : a->inputs) {
            QString meta = qs(Toe::inputTypeName(f.type)).toHtmlEscaped();
            if (f.required)
                meta += QStringLiteral(", <b>%1</b>").arg(tr("required"));
            if (!f.defaultValue.empty())
                meta += QStringLiteral(", ") + tr("default %1").arg(QStringLiteral("<code>%1</code>").arg(html(f.defaultValue)));
            QString allowed;
            for (std::string_view v : f.allowedValues)
                allowed += (allowed.isEmpty() ? QString() : QStringLiteral(", ")) + html(v);
            h += QStringLiteral("<tr><td><code>%1</code></td><td>%2<br><span class=\"dim\">%3</span>%4</td></tr>")
                     .arg(html(f.name), withCode(f.description), meta,
                          allowed.isEmpty() ? QString() : QStringLiteral("<br><span class=\"dim\">%1</span>").arg(tr("one of: %1").arg(allowed)));
        }
        h += QStringLiteral("</table>");
    }
    if (!a->outputs.empty()) {
        h += QStringLiteral("<h4>%1</h4><table>").arg(tr("Outputs"));
        for (const Toe::ActionOutput &o : a->outputs)
            h += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>").arg(html(o.name), withCode(o.description));
        h += QStringLiteral("</table><p class=\"dim\">%1</p>")
                 .arg(tr("Use an output in a later step as <code>{{ phase.step.outputs.name }}</code>."));
    }
    h += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(tr("Example"), QString::fromStdString(Toe::exampleStepYaml(*a)).toHtmlEscaped());
    h += QStringLiteral("<p><a href=\"action:\">%1</a></p>").arg(tr("All action modules"));
    setHtml(h);
}

} // namespace Kiln::Widgets
