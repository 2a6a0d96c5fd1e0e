namespace XinfangBot.Commands;

/// <summary><c>help</c>: the verbs of the main program.</summary>
internal sealed class HelpCommand : ICommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        Console.WriteLine("""
            XinfangBot — 信访与法律途径指引机器人
              run (默认)                       运行机器人：配置了 Telegram:BotToken 时连接 Telegram，否则打开终端对话
              chat                             终端对话
              ask "<问题>" [--json]             回答一个问题
              answer --jsonl [--in F] [--out F] 批量回答（每行一个 JSON）
              eval <set.jsonl> [--min-… X]      评测
              kb validate|import|export|list|show|search|history|status …  知识库管理
              kb draft|drafts|publish|discard|restore …  草稿、发布、恢复历史版本
              stats [--json|--csv] [--from D] [--to D]  统计（问题数、渠道、转人工、案件、反馈、未解答）
              bench [--iterations N] [--steps] 测量回答延迟和启动时间
              users add|list|disable|reset|link …  工作人员账号（密码从标准输入读取）
              cases list|drafts [--json]       案件队列和由案件生成的常见问题草稿
              backup <新文件>                   运行中备份数据库（一致的副本，权限 0600）
            工作台（网页）随 run 启动，地址 Web:Urls（默认 http://127.0.0.1:5080）
            配置：appsettings.json、环境变量（如 Telegram__BotToken）、命令行 --Section:Key 值
            """);
        return Task.FromResult(0);
    }
}
