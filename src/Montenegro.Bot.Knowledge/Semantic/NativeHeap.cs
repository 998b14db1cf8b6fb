using System.Runtime.InteropServices;

namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>
/// Hands memory that ONNX Runtime has freed back to the system. glibc keeps freed heap pages for reuse,
/// so after encoding a set of passages their activations would stay resident for the life of the bot
/// (measured: README.md). A no-op where there is no glibc (Windows, macOS, musl).
/// </summary>
internal static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Returns freed native heap memory to the system, if the C library can.</summary>
    public static void Trim()
    {
        if (_unavailable)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
