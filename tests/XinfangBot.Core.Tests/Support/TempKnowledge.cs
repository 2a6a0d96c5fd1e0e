namespace XinfangBot.Core.Tests.Support;

/// <summary>A throwaway knowledge folder: one small law and whatever guide/FAQ files a test writes.</summary>
public sealed class TempKnowledge : IDisposable
{
    public const string Law = """
        ---
        id: test-law
        kind: law
        title: 测试条例
        short_title: 《测试条例》
        source: test
        effective: 2022-05-01
        reviewed: 2026-11-25
        status: published
        ---
        # 测试条例

        ## 第一章 总则

        第一条 为了测试，制定本条例。

        第二条 信访人可以自收到书面答复之日起30日内请求复查。

        复查机关应当予以答复。

        第三条 本条例自2022年5月1日起施行。

        """;

    public TempKnowledge()
    {
        Folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "kb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "laws"));
        Directory.CreateDirectory(Path.Combine(Folder, "guides"));
        Directory.CreateDirectory(Path.Combine(Folder, "faq"));
        Write("laws/test-law.md", Law);
    }

    public string Folder { get; }

    public static string Guide(string slug, string cites = "[test-law#2]", string extra = "", string status = "published") => $"""
        ---
        id: guide/{slug}
        kind: guide
        title: 测试指引 {slug}
        summary: 这是结论。
        channels: [petition]
        keywords: [复查]
        cites: {cites}
        {extra}
        reviewed: 2026-11-25
        status: {status}
        ---
        ## 怎么办
        1. 第一步。

        """;

    public void Write(string relative, string text) =>
        File.WriteAllText(Path.Combine(Folder, relative), text.Replace("\r\n", "\n", StringComparison.Ordinal));

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
