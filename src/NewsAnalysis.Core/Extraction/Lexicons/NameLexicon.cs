namespace NewsAnalysis.Core.Extraction.Lexicons;

/// <summary>Closed word lists that tell names from the words around them.</summary>
internal static class NameLexicon
{
    /// <summary>Words that precede a person's name without being part of it ("President", "Secretary").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Vice", "Prime", "Minister", "Secretary", "Ambassador", "Envoy", "Chancellor", "King", "Queen",
        "Prince", "Princess", "Pope", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman",
        "Governor", "Gov.", "Mayor", "Judge", "Justice", "General", "Gen.", "Lt.", "Col.", "Colonel", "Major",
        "Captain", "Capt.", "Admiral", "Adm.", "Sgt.", "Sergeant", "Commander", "Chief", "Director", "Chairman",
        "Chairwoman", "Chair", "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Foreign", "Defense", "Defence",
        "State", "Interior", "Finance", "Health", "Justice", "Attorney", "Speaker", "Leader", "Mr.", "Mrs.", "Ms.",
        "Dr.", "Prof.", "Professor", "Sheikh", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend", "Father",
        "Bishop", "Cardinal", "Ayatollah", "Emir", "Sultan", "Crown", "First", "CEO", "Executive", "Officer",
        "Nominee", "Candidate", "Presidential", "Democratic", "Republican", "Former", "Acting", "Deputy", "Assistant",
        "Special", "Counsel", "Adviser", "Advisor", "National", "Security", "Homeland", "Press", "Sec.", "Supreme",
        "Commerce", "Treasury", "Energy", "Education", "Labor", "Trade", "Economy", "Economic", "Agriculture",
        "Transportation", "Veterans", "Affairs", "Defense", "Army", "Navy", "Air", "Force", "U.N.", "UN", "U.S.",
        "House", "Senate", "Majority", "Minority", "Whip", "Councilman", "Councilwoman", "Lieutenant", "Sec",
    };

    /// <summary>
    /// The offices a title names ("Secretary of State", "Chancellor of the Exchequer", "Defense Secretary"): part of the title,
    /// never of the name after it, and no body of their own there (the State Department is named otherwise).
    /// </summary>
    public static readonly HashSet<string> Portfolios = new(StringComparer.Ordinal)
    {
        "State", "Defense", "Defence", "Foreign", "Interior", "Finance", "Exchequer", "Home", "Treasury", "Health", "Justice",
        "Commerce", "Energy", "Education", "Labor", "Labour", "Trade", "Economy", "Agriculture", "Transportation", "Transport",
        "Veterans", "Affairs", "Homeland", "Security", "Staff", "Intelligence", "Environment", "Housing", "Culture", "Industry",
        "Development", "Opposition", "Immigration", "Information", "Communications",
    };

    /// <summary>Title words that alone mark the name after them as a person.</summary>
    public static readonly HashSet<string> PersonTitleHeads = new(StringComparer.Ordinal)
    {
        "President", "Minister", "Secretary", "Ambassador", "Envoy", "Chancellor", "King", "Queen", "Prince",
        "Princess", "Pope", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Governor",
        "Gov.", "Mayor", "Judge", "Justice", "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "Admiral",
        "Adm.", "Sergeant", "Sgt.", "Commander", "Chief", "Director", "Chairman", "Chairwoman", "Spokesman",
        "Spokeswoman", "Spokesperson", "Speaker", "Leader", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor",
        "Sheikh", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend", "Bishop", "Cardinal", "Ayatollah", "Emir",
        "Sultan", "CEO", "Nominee", "Candidate", "Adviser", "Advisor", "Counsel", "Lieutenant", "Whip", "Officer",
    };

    /// <summary>Adjectives of nationality: part of a title ("Russian President"), never a person's name.</summary>
    public static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal)
    {
        "American", "Russian", "Syrian", "British", "French", "German", "Chinese", "Iranian", "Iraqi", "Israeli",
        "Palestinian", "Turkish", "Ukrainian", "Saudi", "Egyptian", "Jordanian", "Lebanese", "Afghan", "Pakistani",
        "Indian", "Japanese", "Korean", "North", "South", "Mexican", "Canadian", "Cuban", "Venezuelan", "Brazilian",
        "Italian", "Spanish", "Dutch", "Belgian", "Swiss", "Austrian", "Polish", "Greek", "Swedish", "Norwegian",
        "Danish", "Finnish", "Irish", "Scottish", "Welsh", "English", "European", "Asian", "African", "Arab",
        "Kurdish", "Yemeni", "Libyan", "Qatari", "Emirati", "Australian", "Nigerian", "Kenyan", "Western", "Eastern",
        "Soviet", "Belarusian", "Georgian", "Armenian", "Hungarian", "Czech", "Romanian", "Serbian", "Croatian",
        "Vietnamese", "Thai", "Filipino", "Indonesian", "Malaysian", "Sunni", "Shiite", "Shia", "Muslim", "Christian",
        "Jewish", "Catholic", "Islamist", "Federal", "U.S.", "US", "U.N.", "UN", "EU", "Democrat", "Republican",
    };

    /// <summary>Party labels that stand before a name without being part of it ("Democrat Hillary Clinton").</summary>
    public static readonly HashSet<string> PartyWords = new(StringComparer.Ordinal)
    {
        "Democrat", "Democratic", "Republican", "GOP", "Labour", "Tory", "Conservative", "Liberal",
    };

    /// <summary>Last words that make a name an organisation.</summary>
    public static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Ministry", "Council", "Party", "Commission", "Committee", "Department", "Agency", "University", "College",
        "Bank", "Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Ltd", "Co.", "Group", "Association", "Union", "Court",
        "Army", "Forces", "Force", "Navy", "Institute", "Foundation", "Times", "Post", "News", "Journal", "Company",
        "Airlines", "Airways", "Television", "TV", "Network", "Office", "Administration", "Authority", "Bureau",
        "Service", "Services", "Organization", "Organisation", "Federation", "League", "Club", "Church", "Assembly",
        "Parliament", "Congress", "Senate", "Cabinet", "Government", "Board", "Fund", "Trust", "Center", "Centre",
        "Campaign", "Coalition", "Alliance", "Movement", "Front", "Brigade", "Brigades", "Guard", "Police", "School",
        "Hospital", "Press", "Herald", "Tribune", "Telegraph", "Gazette", "Review", "Magazine", "Radio", "Studios",
        "Motors", "Industries", "Holdings", "Partners", "Capital", "Systems", "Technologies", "Observatory", "Caucus", "Globe",
    };

    /// <summary>Lower-case media words that make the capitalised name before them an organisation ("Mir television").</summary>
    public static readonly HashSet<string> MediaWords = new(StringComparer.Ordinal)
    {
        "television", "TV", "radio", "newspaper", "news", "magazine", "channel", "network", "daily", "weekly", "agency",
    };

    /// <summary>Prepositions after which an unknown name is most often a place ("an attack on Khan Sheikhoun").</summary>
    public static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "on", "outside", "across", "throughout", "toward", "towards", "into",
    };

    /// <summary>Capitalised words that are not names: sentence openers, function words, months and days.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His",
        "Her", "Their", "Our", "My", "Your", "Him", "Them", "Us", "Me", "Who", "What", "When", "Where", "Why", "How",
        "Which", "Whose", "Whom", "There", "Here", "But", "And", "Or", "Nor", "So", "Yet", "For", "If", "Then", "Than",
        "Because", "Although", "Though", "While", "Whilst", "After", "Before", "Since", "Until", "Unless", "As", "At",
        "By", "In", "On", "Of", "To", "From", "With", "Without", "Within", "Into", "Onto", "Over", "Under", "About",
        "Above", "Below", "Between", "Among", "Against", "During", "Despite", "Through", "Throughout", "Across",
        "Along", "Around", "Behind", "Beyond", "Near", "Off", "Out", "Up", "Down", "Upon", "Per", "Via", "Like",
        "Only", "Just", "Even", "Also", "Still", "Already", "Again", "Never", "Always", "Often", "Sometimes", "Now",
        "Today", "Tomorrow", "Yesterday", "Tonight", "Last", "Next", "First", "Second", "Third", "Finally", "Later",
        "Earlier", "Meanwhile", "However", "Moreover", "Furthermore", "Nevertheless", "Instead", "Indeed", "Perhaps",
        "Maybe", "Yes", "No", "Not", "Some", "Many", "Most", "More", "Much", "Few", "Several", "All", "Both", "Each",
        "Every", "Any", "Another", "Other", "Such", "Same", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
        "Eight", "Nine", "Ten", "Hundreds", "Thousands", "Millions", "Is", "Are", "Was", "Were", "Be", "Been", "Do",
        "Does", "Did", "Has", "Have", "Had", "Will", "Would", "Shall", "Should", "Can", "Could", "May", "Might",
        "Must", "Let", "Please", "Thank", "Thanks", "Well", "Oh", "Mr", "Mrs", "Ms", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.",
        "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "According", "Asked", "Speaking", "Read", "Click", "Watch",
        "See", "Update", "Updated", "Editor", "Note", "Photo", "Video", "Image", "Getty", "Images", "Advertisement",
        "Sources", "Officials", "Critics", "Supporters", "Analysts", "Experts", "People", "Police", "Authorities",
        "Why", "Whether", "Once", "Whatever", "Whoever", "Everyone", "Everybody", "Nobody", "Someone", "Somebody",
        "Nothing", "Something", "Everything", "Anything", "Asked", "Said", "Says", "Told", "Added", "Still",
        "Rather", "Already", "Together", "Otherwise", "Accordingly", "Overall", "Ultimately", "Recently",
        "Currently", "Previously", "Eventually", "Initially", "Apparently", "Clearly", "Obviously", "Certainly",
        "Surely", "Really", "Actually", "Basically", "Especially", "Particularly", "Unfortunately", "Fortunately",
    };

    /// <summary>Determiners and adjectives that precede common-noun phrases, not personal names ("a new Cold War").</summary>
    public static readonly HashSet<string> NonPersonLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "new", "these", "those", "its", "their", "our",
    };
}
