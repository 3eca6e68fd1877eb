namespace NewsAnalysis.Core.Extraction.Lexicons;

/// <summary>The words of descriptor sources: "a spokesman", "two senior officials", "the ministry's statement".</summary>
internal static class DescriptorLexicon
{
    /// <summary>Words that open a descriptor ("a spokesman", "his aides", "two officials").</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "another", "his", "her", "their", "its", "one", "two", "three", "several", "some", "many",
        "other", "both", "most", "these", "those", "this", "our", "my",
    };

    /// <summary>Nouns that head a descriptor source: people, bodies and documents that can say something.</summary>
    public static readonly HashSet<string> DescriptorHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source", "sources",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts",
        "lawyer", "lawyers", "attorney", "attorneys", "police", "authorities", "witness", "witnesses", "resident",
        "residents", "statement", "report", "reports", "study", "survey", "poll", "polls", "document", "letter",
        "filing", "complaint", "lawsuit", "ministry", "government", "campaign", "administration", "committee",
        "agency", "department", "officer", "officers", "investigators", "prosecutors", "prosecutor", "critics",
        "supporters", "opponents", "leader", "leaders", "president", "minister", "secretary", "ambassador", "envoy",
        "chief", "director", "executive", "executives", "chairman", "chairwoman", "senator", "senators", "candidate",
        "nominee", "governor", "mayor", "judge", "doctor", "doctors", "researchers", "scientists", "economists",
        "people", "voters", "group", "groups", "organization", "party", "members", "man", "woman", "men", "women",
        "father", "mother", "son", "daughter", "friend", "friends", "neighbor", "neighbour", "representative",
        "representatives", "diplomat", "diplomats", "commander", "general", "military", "army", "lawmakers",
        "legislators", "republicans", "democrats", "activists", "protesters", "workers", "employees", "host",
        "reporter", "reporters", "journalist", "journalists", "newspaper", "paper", "website", "article", "book",
        "memo", "email", "tweet", "data", "figures", "research", "findings", "evidence", "court", "ruling", "staff",
        "staffer", "staffers", "operative", "operatives", "strategist", "strategists", "pollster", "pollsters",
        "insiders", "insider", "observers", "commentators", "columnist", "editor", "editorial", "board", "panel",
        "council", "congressman", "congresswoman", "spokesmen", "parents", "family", "families", "victims",
        "nominees", "candidates", "allies", "ally", "rival", "rivals", "opponent", "challenger", "incumbent",
        "businessman", "billionaire", "mogul", "star", "actor", "actress", "singer", "author", "professor",
        "teacher", "student", "students", "officer", "trooper", "sheriff", "agent", "agents", "inspector",
        "inspectors", "coach", "player", "players", "fans", "audience", "crowd", "rally", "memoir", "interview",
        "release", "announcement", "assessment", "estimate", "estimates", "forecast", "analysis",
    };
}
