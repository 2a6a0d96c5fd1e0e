namespace XinfangBot.Core.Storage;

/// <summary>The configured database cannot be used (a folder, read-only, not a LiteDB file); the message names the key.</summary>
public sealed class StorageConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
