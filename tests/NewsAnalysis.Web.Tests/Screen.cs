namespace NewsAnalysis.Web.Tests;

/// <summary>A browser window the page must work in.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Screen Laptop = new("laptop", 1366, 900, false);

    /// <summary>The desktop size issue 19 was tested at.</summary>
    public static readonly Screen Desktop = new("desktop", 1400, 900, false);

    /// <summary>A phone held upright (iPhone 12 to 15 size).</summary>
    public static readonly Screen Phone = new("phone", 390, 844, true);

    public static TheoryData<string> Names => ["desktop", "phone"];

    public static Screen Named(string name) => name == "phone" ? Phone : Desktop;

    public override string ToString() => Name;
}
