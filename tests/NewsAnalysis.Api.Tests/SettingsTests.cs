namespace NewsAnalysis.Api.Tests;

/// <summary>A bad setting stops start-up with a message that names it, before the database is touched.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Database:Provider", "Mysql", "Database:Provider")]
    [InlineData("Database:Provider", "7", "Database:Provider must be Sqlite or Postgres")]
    [InlineData("ConnectionStrings:News", "Server=nowhere;Colour=blue", "ConnectionStrings:News")]
    [InlineData("Seed:LoadSamples", "maybe", "Seed:LoadSamples")]
    [InlineData("Cors:AllowedOrigins:0", "localhost:5173", "Cors:AllowedOrigins:0")]
    [InlineData("Cors:AllowedOrigins:1", "http://localhost:3000/app", "Cors:AllowedOrigins:1")]
    [InlineData("Extraction:SentenceEncoder", "yes", "Extraction:SentenceEncoder")]
    [InlineData("Ingestion:Workers", "-1", "Workers must be 0 or more")]
    [InlineData("Ingestion:LeaseDuration", "soon", "Ingestion:LeaseDuration")]
    public void BadSetting_StopsStartUp_NamingIt(string key, string value, string expected)
    {
        using var factory = new NewsApiFactory().WithWebHostBuilder(builder => builder.UseSetting(key, value));

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, exception.ToString());
    }
}
