using Microsoft.Extensions.Options;
using XinfangBot.Core.Storage;

namespace XinfangBot;

/// <summary>Recognises configuration errors however deep the host wrapped them, so they exit 3 naming the key.</summary>
internal static class StartupErrors
{
    public static string? ConfigurationMessage(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case OptionsValidationException options:
                    return string.Join("; ", options.Failures.Select(f => WithSection(f, options.OptionsType)));
                case StorageConfigurationException storage:
                    return storage.Message;
                case InvalidOperationException binding when binding.Message.Contains("configuration value", StringComparison.OrdinalIgnoreCase):
                    // "Failed to convert configuration value at 'Storage:RetentionDays' to type 'System.Int32'."
                    return binding.Message;
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    return aggregate.InnerExceptions.Select(ConfigurationMessage).FirstOrDefault(m => m is not null);
            }
        }

        return null;
    }

    /// <summary>"… members: 'RetentionDays' with the error …" names the member; the key is Section:Member.</summary>
    public static string WithSection(string failure, Type optionsType)
    {
        var section = optionsType.GetField("SectionName")?.GetValue(null) as string;
        return section is null ? failure
            : System.Text.RegularExpressions.Regex.Replace(failure, @"members: '(\w+)'", m => $"members: '{section}:{m.Groups[1].Value}'");
    }
}
