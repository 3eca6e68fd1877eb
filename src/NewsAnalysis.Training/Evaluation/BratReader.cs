using System.Globalization;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// Parses brat standoff (<c>.ann</c>) text: text-bound annotations (T) and events (E). Other kinds
/// (notes, relations, attributes) are skipped, and so are lines that do not start an annotation:
/// the text column of a span that crosses a line break continues on the next line.
/// </summary>
public static class BratReader
{
    public static BratAnnotations Parse(string content)
    {
        var textBounds = new Dictionary<string, BratTextBound>(StringComparer.Ordinal);
        var events = new List<BratEvent>();
        foreach (var line in content.Split('\n'))
        {
            var columns = line.TrimEnd('\r').Split('\t');
            if (columns.Length < 2 || columns[0].Length < 2 || !columns[0][1..].All(char.IsAsciiDigit))
            {
                continue;
            }

            switch (columns[0][0])
            {
                case 'T' when columns.Length >= 3 && ParseTextBound(columns[0], columns[1]) is { } textBound:
                    textBounds[textBound.Id] = textBound;
                    break;
                case 'E' when ParseEvent(columns[0], columns[1]) is { } bratEvent:
                    events.Add(bratEvent);
                    break;
            }
        }

        return new BratAnnotations(textBounds, events);
    }

    private static BratTextBound? ParseTextBound(string id, string labelAndOffsets)
    {
        var space = labelAndOffsets.IndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        var fragments = new List<BratFragment>();
        foreach (var part in labelAndOffsets[(space + 1)..].Split(';'))
        {
            var numbers = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (numbers.Length != 2
                || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                return null;
            }

            fragments.Add(new BratFragment(start, end));
        }

        return new BratTextBound(id, labelAndOffsets[..space], fragments);
    }

    private static BratEvent? ParseEvent(string id, string body)
    {
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var (type, trigger) = SplitRole(parts[0]);
        var arguments = parts.Skip(1)
            .Select(SplitRole)
            .Where(a => a.Role.Length > 0 && a.Target.Length > 0)
            .Select(a => new BratArgument(a.Role, a.Target))
            .ToList();
        return new BratEvent(id, type, trigger, arguments);
    }

    private static (string Role, string Target) SplitRole(string part)
    {
        var colon = part.LastIndexOf(':');
        return colon < 0 ? (part, "") : (part[..colon], part[(colon + 1)..]);
    }
}
