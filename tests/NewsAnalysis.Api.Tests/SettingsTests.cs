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
    [InlineData("Extraction:AccurateEntities", "maybe", "Extraction:AccurateEntities")]
    [InlineData("Ingestion:Workers", "-1", "Workers must be 0 or more")]
    [InlineData("Ingestion:LeaseDuration", "soon", "Ingestion:LeaseDuration")]
    [InlineData("Access:AnonymousRead", "maybe", "Access:AnonymousRead")]
    [InlineData("RateLimits:Enabled", "perhaps", "RateLimits:Enabled")]
    [InlineData("RateLimits:RequestsPerMinute", "0", "RateLimits:RequestsPerMinute must be 1 to 1,000,000")]
    [InlineData("RateLimits:WritesPerMinute", "-5", "RateLimits:WritesPerMinute must be 1 to 1,000,000")]
    [InlineData("Fetching:AllowedNetworks:0", "10.0.0.0/33", "every AllowedNetworks entry must be a network in CIDR notation")]
    [InlineData("Fetching:MaxRedirects", "50", "MaxRedirects must be 0 to 20")]
    [InlineData("Fetching:Timeout", "later", "Fetching:Timeout")]
    [InlineData("Feeds:Enabled", "maybe", "Feeds:Enabled")]
    [InlineData("Feeds:MaxItemsPerPoll", "0", "MaxItemsPerPoll 1 to 1,000")]
    public void BadSetting_StopsStartUp_NamingIt(string key, string value, string expected)
    {
        using var factory = new NewsApiFactory().WithWebHostBuilder(builder => builder.UseSetting(key, value));

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, exception.ToString());
    }

    [Fact]
    public void AccurateEntitiesWithoutTheEncoder_StopsStartUp_NamingBoth()
    {
        using var factory = new NewsApiFactory().WithWebHostBuilder(builder => builder
            .UseSetting("Extraction:SentenceEncoder", "false")
            .UseSetting("Extraction:AccurateEntities", "true"));

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Extraction:AccurateEntities needs Extraction:SentenceEncoder", exception.ToString());
    }
}
