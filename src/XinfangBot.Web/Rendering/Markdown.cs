using Markdig;

namespace XinfangBot.Web.Rendering;

/// <summary>Knowledge Markdown to HTML for previews (Markdig; raw HTML in the text is shown as text, never run).</summary>
internal static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown ?? string.Empty, Pipeline);

    /// <summary>The body of a knowledge file (what follows the front matter), or the whole text when there is none.</summary>
    public static string Body(string raw)
    {
        var text = (raw ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        return end < 0 ? text : text[(end + 5)..];
    }
}
