namespace NewsAnalysis.Training.Evaluation;

/// <summary>One annotated attribution, in UTF-16 positions of the article text.</summary>
/// <param name="Id">The brat event id (E7), for finding it in the annotation file.</param>
/// <param name="Content">What was said: all Content fragments together.</param>
/// <param name="Source">Who said it, or null for an attribution annotated without a source.</param>
/// <param name="Cue">The words that mark the attribution ("said", "according to"), or null when not annotated.</param>
public sealed record GoldAttribution(string Id, TextSpanSet Content, TextSpanSet? Source, TextSpanSet? Cue);
