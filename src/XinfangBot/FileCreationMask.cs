using System.Runtime.InteropServices;

namespace XinfangBot;

/// <summary>
/// Files the program creates (the database and its log, the search index, exports) are readable by its own user only:
/// the process umask is set to 077 on Linux, whatever the shell or service manager left.
/// </summary>
internal static class FileCreationMask
{
    public static void RestrictToOwner()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = Umask(0b000_111_111);
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for this one blittable call
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint Umask(uint mask);
#pragma warning restore SYSLIB1054
}
