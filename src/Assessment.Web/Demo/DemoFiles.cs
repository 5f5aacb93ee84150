using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assessment.Web.Demo;

/// <summary>
/// Demo/Data/external-round.yaml (2026.1) and external-round-2026.2.yaml: a completed external round whose answers for
/// the seed cases are grounded in the seed papers (an explicit answer with its passage) or neutral
/// (<see cref="NeutralAnswer"/>), never generated. The 2026.1 file also brings the demo jurisdictions.
/// </summary>
public sealed class ExternalRoundFile
{
    public string Instrument { get; set; } = "";
    public string Name { get; set; } = "";
    public int OpensInDays { get; set; }
    public int ClosesInDays { get; set; }
    public List<string> Raters { get; set; } = [];
    public string Lead { get; set; } = "";
    public List<DemoJurisdiction> DemoJurisdictions { get; set; } = [];
    public List<GroundedCase> Cases { get; set; } = [];
}

/// <summary>One seed case: the answers its seed supports, each with the passage; every other scored item is neutral.</summary>
public sealed class GroundedCase
{
    public string Code { get; set; } = "";
    public Dictionary<string, GroundedAnswer> Answers { get; set; } = [];
    public Dictionary<string, string> Texts { get; set; } = [];
}

/// <summary>An answer in canonical answer text, the seed file that supports it and the passages quoted from it verbatim.</summary>
public sealed class GroundedAnswer
{
    public string Value { get; set; } = "";
    public string Seed { get; set; } = "";
    public List<string> Quotes { get; set; } = [];
}

/// <summary>A jurisdiction that exists only for the demo (an anonymized case of a seed).</summary>
public sealed class DemoJurisdiction
{
    public string Code { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Level { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Parent { get; set; }
}

/// <summary>
/// A self-assessor's claims about their own jurisdiction as answer levels (DemoAnswers.cs): not seed findings, which
/// the external rounds' cases carry with their passages.
/// </summary>
public sealed class Profile
{
    public string Code { get; set; } = "";
    public double Level { get; set; } = -1;
    public Dictionary<string, double> Levels { get; set; } = [];
    public Dictionary<string, string> Answers { get; set; } = [];
    public Dictionary<string, string> Texts { get; set; } = [];
}

/// <summary>Demo/Data/self-assessment-round.yaml: the open self-assessment round.</summary>
public sealed class SelfAssessmentRoundFile
{
    public string Instrument { get; set; } = "";
    public string Name { get; set; } = "";
    public int OpensInDays { get; set; }
    public int ClosesInDays { get; set; }
    public List<Participant> Participants { get; set; } = [];
}

/// <summary>A self-assessor in the open round; with a profile (its code is their jurisdiction), a few draft answers derived from it.</summary>
public sealed class Participant
{
    public string Account { get; set; } = "";
    public Profile? Profile { get; set; }
    public List<string> Answer { get; set; } = [];
    public Dictionary<string, string> Texts { get; set; } = [];
}

/// <summary>Demo/Data/self-assessment-published.yaml: a completed self-assessment round, reviewed and published.</summary>
public sealed class PublishedSelfAssessmentFile
{
    public string Instrument { get; set; } = "";
    public string Name { get; set; } = "";
    public int OpensInDays { get; set; }
    public int ClosesInDays { get; set; }
    public string Reviewer { get; set; } = "";
    public List<Respondent> Respondents { get; set; } = [];
}

/// <summary>A self-assessor whose submitted answers come from a profile (the profile's code is their jurisdiction).</summary>
public sealed class Respondent
{
    public string Account { get; set; } = "";
    public Profile Profile { get; set; } = new();
}

/// <summary>Something in the demo files does not fit (an instrument, a name): the message says which file and what.</summary>
public sealed class DemoDataException(string message) : Exception(message);

/// <summary>Reads the demo files embedded from Demo/Data/ (embedded, so the demo needs no files beside the app).</summary>
public static class DemoFiles
{
    public const string External = "external-round.yaml";
    public const string SelfAssessment = "self-assessment-round.yaml";
    public const string PublishedSelfAssessment = "self-assessment-published.yaml";
    public const string External2026_2 = "external-round-2026.2.yaml";
    public const string PublishedSelfAssessment2026_2 = "self-assessment-published-2026.2.yaml";

    public static ExternalRoundFile ReadExternal(string file = External) => Read<ExternalRoundFile>(file);

    public static SelfAssessmentRoundFile ReadSelfAssessment() => Read<SelfAssessmentRoundFile>(SelfAssessment);

    public static PublishedSelfAssessmentFile ReadPublishedSelfAssessment(string file = PublishedSelfAssessment) => Read<PublishedSelfAssessmentFile>(file);

    public static T Read<T>(string file)
    {
        using var stream = typeof(DemoFiles).Assembly.GetManifestResourceStream("Demo.Data." + file)
            ?? throw new DemoDataException($"Demo/Data/{file} is not embedded in Assessment.Web.");
        using var reader = new StreamReader(stream);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            // The merging parser resolves `<<: *anchor`, which the rounds use for answers shared by several cases.
            return deserializer.Deserialize<T>(new MergingParser(new Parser(reader)));
        }
        catch (YamlException e)
        {
            throw new DemoDataException($"Demo/Data/{file} line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
    }
}
