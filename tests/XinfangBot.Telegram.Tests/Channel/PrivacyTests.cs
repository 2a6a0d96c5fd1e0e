using System.Text;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class PrivacyTests
{
    private const long Chat = 9001;
    private const string IdCard = "110101199003071234";
    private const string Mobile = "13812345678";
    private const string BankCard = "6222020200112233445";
    private const string Name = "张三丰";

    [Fact]
    public async Task Conversation_WithIdCardPhoneAndBankCard_NeverReachesTheDatabaseFileOrTheLogsUnmasked()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);
        var text = $"我是{Name}，身份证{IdCard}，手机{Mobile}，工资卡{BankCard}，工地老板拖欠工资三个月怎么办？";

        api.SendText(Chat, text);
        api.SendText(Chat, $"补充：我的电话是 {Mobile[..3]} {Mobile[3..7]} {Mobile[7..]}", edited: true);
        await api.WaitForSentAsync(Chat, 2);
        await bot.StopAsync();

        var files = Directory.GetFiles(Path.GetDirectoryName(bot.DatabasePath)!, Path.GetFileNameWithoutExtension(bot.DatabasePath) + "*");
        var bytes = files.SelectMany(File.ReadAllBytes).ToArray();
        Assert.NotEqual(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("[身份证号]")));
        foreach (var secret in new[] { IdCard, Mobile, BankCard, $"{Mobile[..3]} {Mobile[3..7]} {Mobile[7..]}" })
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
        }

        var stored = BotHost.Inspect(bot.DatabasePath, s => s.Recent($"telegram:{Chat}", 10)).Where(m => m.Direction == MessageDirection.In).Select(m => m.Text).ToList();
        Assert.Contains("[身份证号]", stored[0], StringComparison.Ordinal);
        Assert.Contains("[手机号]", stored[0], StringComparison.Ordinal);
        Assert.Contains("[银行卡号]", stored[0], StringComparison.Ordinal);
        Assert.Contains("[手机号]", stored[1], StringComparison.Ordinal);

        var visible = bot.Logs.Lines.Where(l => l.Level >= LogLevel.Information).ToList();
        Assert.NotEmpty(visible);
        Assert.DoesNotContain(visible, l => l.Message.Contains(Name, StringComparison.Ordinal) || l.Message.Contains("拖欠工资三个月", StringComparison.Ordinal)
            || l.Message.Contains(Mobile, StringComparison.Ordinal) || l.Message.Contains(IdCard, StringComparison.Ordinal));
    }
}
