using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Core.Tests.Domain;

public sealed class EntityTests
{
    [Theory]
    [InlineData("Barack Obama", "Obama")]
    [InlineData("Hillary Rodham Clinton", "Clinton")]
    [InlineData("Bill O'Reilly", "O'Reilly")]
    [InlineData("Ban Ki-moon", "Ki-moon")]
    [InlineData("Jean-Luc  Picard ", "Picard")]
    [InlineData("Obama", null)]
    [InlineData(" Obama ", null)]
    [InlineData("", null)]
    public void SurnameOf_IsTheLastWordOfANameOfTwoWordsOrMore(string name, string? surname) =>
        Assert.Equal(surname, Entity.SurnameOf(name));

    [Fact]
    public void Surname_FollowsTheName()
    {
        var entity = new Entity { Name = "Putin", Type = EntityType.Person, Key = "person:putin" };
        Assert.Null(entity.Surname);

        entity.Name = "Vladimir Putin";

        Assert.Equal("Putin", entity.Surname);
    }
}
