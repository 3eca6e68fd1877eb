using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Core.Tests.Pages;

public sealed class BoilerplateNamesTests
{
    [Theory]
    [InlineData("social-share-bar", true)]
    [InlineData("fbpopup", true)]
    [InlineData("articleByline", true)]
    [InlineData("c-entry-hero c-entry-hero--default", true)]
    [InlineData("p-dek", true)]
    [InlineData("poll", true)]
    [InlineData("ad-slot", true)]
    [InlineData("ads", true)]
    [InlineData("sign-up-form", true)]
    [InlineData("content-header__row", true)]
    [InlineData("main-content", false)]
    [InlineData("article-body story-text", false)]
    [InlineData("pollution-chart", false)]
    [InlineData("headway loaded", false)]
    [InlineData("entry-content", false)]
    public void IsFurniture_ReadsTheWordsOfClassNames(string classes, bool furniture)
    {
        Assert.Equal(furniture, BoilerplateNames.IsFurniture(classes, null, null));
    }

    [Theory]
    [InlineData("navigation", true)]
    [InlineData("complementary", true)]
    [InlineData("main", false)]
    [InlineData("article", false)]
    public void IsFurniture_ReadsTheRole(string role, bool furniture)
    {
        Assert.Equal(furniture, BoilerplateNames.IsFurniture(null, null, role));
    }

    [Fact]
    public void IsFurniture_ReadsTheIdToo()
    {
        Assert.True(BoilerplateNames.IsFurniture("box", "comments", null));
    }
}
