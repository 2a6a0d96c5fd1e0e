using XinfangBot.Telegram.Commands;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Content;

public sealed class TelegramTextsTests
{
    [Fact]
    public void Load_ShippedFile_HasEveryTextAndPlaceholder()
    {
        var texts = SharedTexts.Texts;

        Assert.Contains("{id}", texts.AdminEscalation, StringComparison.Ordinal);
        Assert.Contains("{kind}", texts.AdminEscalation, StringComparison.Ordinal);
        Assert.Contains("{messages}", texts.ForgetDone, StringComparison.Ordinal);
        Assert.Contains("{retention}", texts.Privacy, StringComparison.Ordinal);
        Assert.Contains("{text}", texts.Edited, StringComparison.Ordinal);
        Assert.Equal(["crisis", "human-request", "threat", "unresolved"], texts.EscalationKinds.Keys.Order());
        Assert.All(texts.Roadmap.SelectMany(d => d.Topics), id => Assert.NotNull(SharedKnowledge.Knowledge.Current.Get(id)));
    }

    [Theory]
    [InlineData("non_text:", "# non_text:", "NonText")]
    [InlineData("non_text:", "non_txt:", "non_txt")]
    public void Load_TextMissingOrMisspelt_FailsNamingIt(string key, string replacement, string named)
    {
        var path = Path.Combine(Path.GetTempPath(), $"xfb-texts-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(SharedKnowledge.PromptsPath, TelegramTexts.FileName)).Replace(key, replacement, StringComparison.Ordinal));
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => TelegramTexts.Load(path));
            Assert.Contains(named, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(180, "最后一次聊天后满180天自动删除")]
    [InlineData(0, "一直保存，直到你用 /forget 删除")]
    public void Privacy_StatesWhatHowLongAndHowToDelete(int days, string retention)
    {
        var text = PrivacyCommand.Text(SharedTexts.Texts, days);

        Assert.Contains(retention, text, StringComparison.Ordinal);
        Assert.Contains("打码", text, StringComparison.Ordinal);
        Assert.Contains("有用/没用", text, StringComparison.Ordinal);
        Assert.Contains("案件记录", text, StringComparison.Ordinal);
        Assert.Contains("/forget", text, StringComparison.Ordinal);
    }
}
