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
                    return string.Join("; ", options.Failures);
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
}
