using System.Globalization;
using System.Text;

namespace XinfangBot.Web.Rendering;

/// <summary>Bar charts as inline SVG rendered on the server (no script, no external files; CSP-safe attributes only).</summary>
internal static class SvgChart
{
    private const string Bar = "#0b5cad";

    /// <summary>Vertical bars, one per label (e.g. per day), with the value above each bar.</summary>
    public static string Columns(string title, IReadOnlyList<(string Label, double Value)> data)
    {
        if (data.Count == 0)
        {
            return string.Empty;
        }

        const int height = 180, top = 20, bottom = 40;
        var width = Math.Max(320, 40 + (data.Count * 36));
        var max = Math.Max(1, data.Max(d => d.Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{H.E(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"30\" y1=\"{height - bottom}\" x2=\"{width - 5}\" y2=\"{height - bottom}\" stroke=\"#9fb3c8\"/>");
        for (var i = 0; i < data.Count; i++)
        {
            var (label, value) = data[i];
            var h = (height - top - bottom) * value / max;
            var x = 36 + (i * 36);
            var y = height - bottom - h;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y:F1}\" width=\"24\" height=\"{h:F1}\" fill=\"{Bar}\"><title>{H.E(label)}: {value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 12}\" y=\"{y - 4:F1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1f2933\">{value}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 12}\" y=\"{height - bottom + 14}\" font-size=\"10\" text-anchor=\"end\" fill=\"#616e7c\" transform=\"rotate(-40 {x + 12} {height - bottom + 14})\">{H.E(label)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per label (e.g. per channel), longest first.</summary>
    public static string Rows(string title, IReadOnlyList<(string Label, double Value)> data)
    {
        if (data.Count == 0)
        {
            return string.Empty;
        }

        const int row = 24, labelWidth = 230, barWidth = 360;
        var height = (data.Count * row) + 10;
        var max = Math.Max(1, data.Max(d => d.Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{H.E(title)}\" width=\"{labelWidth + barWidth + 60}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barWidth + 60} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < data.Count; i++)
        {
            var (label, value) = data[i];
            var w = barWidth * value / max;
            var y = 5 + (i * row);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1f2933\">{H.E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{w:F1}\" height=\"16\" fill=\"{Bar}\"><title>{H.E(label)}: {value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 6:F1}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#1f2933\">{value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
