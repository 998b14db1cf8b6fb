using System.Diagnostics;
using System.Globalization;
using Montenegro.Bot.Knowledge;

namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// What a start costs for the whole knowledge base, not just the Lucene index: a copy of data/ with a synthetic
/// source of N passages added (one paragraph each, unlisted, as an operator might drop in a file), loaded once
/// with <see cref="KnowledgeBaseLoader"/>: wall and CPU time, and resident memory afterwards.
/// </summary>
internal static class EngineLoadSurvey
{
    public static void Run(int size)
    {
        var inv = CultureInfo.InvariantCulture;
        var folder = Path.Combine(Path.GetTempPath(), $"mbot-scale-data-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(BenchmarkData.DataPath))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            using (var real = KnowledgeBaseLoader.Load(BenchmarkData.DataPath))
            using (var writer = new StreamWriter(Path.Combine(folder, "synthetic.txt")))
            {
                writer.WriteLine("Synthetic news digest");
                writer.WriteLine();
                foreach (var passage in new SyntheticCorpus(real, size))
                {
                    writer.WriteLine(passage.Text);
                    writer.WriteLine();
                }
            }

            GC.Collect();
            var before = ProcessMemory.Resident;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using var knowledge = KnowledgeBaseLoader.Load(folder);
            var wall = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            GC.Collect();
            Console.WriteLine(string.Create(inv,
                $"KnowledgeBaseLoader.Load with {size:N0} synthetic passages ({knowledge.Passages.Count:N0} passages in all): {wall:F1} s wall, {cpuSeconds:F1} s CPU, resident memory +{(ProcessMemory.Resident - before) / 1048576.0:F0} MB, load {ProcessMemory.LoadAverage}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
