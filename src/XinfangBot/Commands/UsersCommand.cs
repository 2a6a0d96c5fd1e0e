using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using XinfangBot.Core.Staff;

namespace XinfangBot.Commands;

/// <summary>
/// <c>users add|list|disable|reset|link</c>: staff accounts for the console and the Telegram admin chat (CONTRACTS §7).
/// Passwords are read from standard input, never from the command line; no account exists by default.
/// Exit codes: 0 done, 1 refused (name taken, no such account, password too short), 2 usage.
/// </summary>
internal sealed class UsersCommand(StaffDirectory staff, AuditLog audit) : ICommand
{
    private const string Usage = """
        用法:
          users add <用户名> --role admin|reviewer|curator   （密码从标准输入读取）
          users list [--json]
          users disable <用户名>
          users reset <用户名>                              （新密码从标准输入读取）
          users link <用户名> <Telegram 用户 id>
        """;

    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var sub = args.Count > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToList();
        var positional = CommandLine.Positionals(rest, "--role");
        var code = sub switch
        {
            "add" when positional.Count == 1 => Add(positional[0], CommandLine.Option(rest, "--role")),
            "list" when positional.Count == 0 => List(CommandLine.Flag(rest, "--json")),
            "disable" when positional.Count == 1 => Disable(positional[0]),
            "reset" when positional.Count == 1 => Reset(positional[0]),
            "link" when positional.Count == 2 => Link(positional[0], positional[1]),
            _ => Usage2(),
        };
        return Task.FromResult(code);
    }

    private int Add(string name, string? role)
    {
        if (!StaffRoles.IsKnown(role) || !StaffDirectory.IsValidName(name))
        {
            return Usage2(StaffRoles.IsKnown(role) ? "用户名只能用2到32个字母、数字、点、横线或下划线。" : "--role 必须是 admin、reviewer 或 curator。");
        }

        if (staff.Find(name) is not null)
        {
            return Refuse($"用户 {name} 已存在。");
        }

        var password = ReadPassword();
        if (password is null)
        {
            return Refuse($"密码至少 {staff.Options.MinPasswordLength} 个字符（从标准输入读取）。");
        }

        staff.Add(name, role!, password);
        audit.Record(Environment.UserName, "cli", "user-add", name, role);
        Console.WriteLine($"已创建 {name}（{role}）。");
        return 0;
    }

    private int List(bool json)
    {
        var accounts = staff.List();
        if (json)
        {
            var array = new JsonArray(accounts.Select(a => (JsonNode)new JsonObject
            {
                ["name"] = a.Name,
                ["role"] = a.Role,
                ["active"] = !a.Disabled,
                ["telegram_user_id"] = a.TelegramUserId,
                ["locked"] = a.LockedUntilUtc is { } until && until > DateTime.UtcNow,
            }).ToArray());
            Console.WriteLine(array.ToJsonString());
            return 0;
        }

        foreach (var a in accounts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Name}\t{a.Role}\t{(a.Disabled ? "disabled" : "active")}\t{(a.TelegramUserId is { } t ? "telegram:" + t : "-")}"));
        }

        return 0;
    }

    private int Disable(string name)
    {
        if (!staff.Disable(name))
        {
            return Refuse($"没有用户 {name}。");
        }

        audit.Record(Environment.UserName, "cli", "user-disable", name);
        Console.WriteLine($"已停用 {name}，其登录立即失效。");
        return 0;
    }

    private int Reset(string name)
    {
        if (staff.Find(name) is null)
        {
            return Refuse($"没有用户 {name}。");
        }

        var password = ReadPassword();
        if (password is null)
        {
            return Refuse($"密码至少 {staff.Options.MinPasswordLength} 个字符（从标准输入读取）。");
        }

        staff.Reset(name, password);
        audit.Record(Environment.UserName, "cli", "user-reset", name);
        Console.WriteLine($"已重置 {name} 的密码并解除锁定。");
        return 0;
    }

    private int Link(string name, string telegramUser)
    {
        if (!long.TryParse(telegramUser, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return Usage2("Telegram 用户 id 是正整数（在 Telegram 里给 @userinfobot 发消息可以查到）。");
        }

        if (!staff.Link(name, id))
        {
            return Refuse($"没有用户 {name}。");
        }

        audit.Record(Environment.UserName, "cli", "user-link", name, "telegram");
        Console.WriteLine($"已把 Telegram 用户 {id} 关联到 {name}。");
        return 0;
    }

    /// <summary>The password: one line from redirected input, or typed without echo on a terminal.</summary>
    private string? ReadPassword()
    {
        string? password;
        if (Console.IsInputRedirected)
        {
            password = Console.In.ReadLine();
        }
        else
        {
            Console.Error.Write("密码: ");
            var typed = new StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
                {
                    typed.Length--;
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    typed.Append(key.KeyChar);
                }
            }

            Console.Error.WriteLine();
            password = typed.ToString();
        }

        password = password?.TrimEnd('\r', '\n');
        return password is null || password.Length < staff.Options.MinPasswordLength ? null : password;
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    private static int Usage2(string? message = null)
    {
        if (message is not null)
        {
            Console.Error.WriteLine(message);
        }

        Console.Error.WriteLine(Usage);
        return 2;
    }
}
