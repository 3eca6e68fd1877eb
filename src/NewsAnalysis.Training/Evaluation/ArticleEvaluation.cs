namespace NewsAnalysis.Training.Evaluation;

/// <summary>How the analysis of one article compares with its gold attributions, for direct quotes and for all contents.</summary>
public sealed record ArticleEvaluation(PolnearArticle Article, StatementComparison Quotes, StatementComparison Attributions);
