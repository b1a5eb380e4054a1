namespace Amity.Tests.Infrastructure;

/// <summary>The sample press releases beside the project (../shared/corpus/dev); tests read them there and never copy them.</summary>
public static class SampleArticles
{
    public static string Folder { get; } = Find();

    public static string Path(string name) => System.IO.Path.Combine(Folder, name + ".txt");

    public static string Read(string name) => File.ReadAllText(Path(name));

    public const string GyeonggiLiaoning = "gyeonggi-liaoning-2024-04-24";

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus", "dev");
            if (Directory.Exists(candidate) && dir.Name != "amity-unused") return candidate;
        }
        throw new DirectoryNotFoundException("The sample corpus (shared/corpus/dev beside the repository) was not found above " + AppContext.BaseDirectory);
    }
}
