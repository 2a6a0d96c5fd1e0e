using System.Net;

namespace XinfangBot.Web.Rendering;

/// <summary>HTML encoding for every piece of data put into a page (Chinese stays readable, markup is escaped).</summary>
internal static class H
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Encodes a value for a URL query.</summary>
    public static string Q(string? text) => Uri.EscapeDataString(text ?? string.Empty);
}
