namespace Assessment.Cli.Tests;

/// <summary>Runs the command line in-process against files in a fresh temp folder.</summary>
public sealed class CliRun : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("assessment-cli-").FullName;

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>
    /// A small instrument whose numbers are worked out by hand in the tests: two layers (B weighs 3), four items
    /// of four types, one technology and two organization items, stages at 0 and 50.
    /// </summary>
    public const string Instrument = """
        id: cli-test
        version: "1"
        title: {zh: 测试量表, en: Test instrument}
        stages:
          - {id: low, min: 0, title: {zh: 低, en: Low}}
          - {id: high, min: 50, title: {zh: 高, en: High}}
        layers:
          - id: a
            title: {zh: 甲层, en: Layer A}
            indicators:
              - id: a.one
                title: {zh: 甲一, en: A one}
                items:
                  - {id: q1, type: likert, text: {zh: 问题一, en: Question one}, axis: technology, allow_na: true}
                  - {id: q2, type: boolean, text: {zh: 问题二, en: Question two}, axis: organization, allow_na: true}
          - id: b
            title: {zh: 乙层, en: Layer B}
            weight: 3
            indicators:
              - id: b.one
                title: {zh: 乙一, en: B one}
                items:
                  - id: q3
                    type: numeric
                    text: {zh: 问题三, en: Question three}
                    anchors: [[0, 0], [100, 1]]
                  - id: q4
                    type: choice
                    text: {zh: 问题四, en: Question four}
                    axis: organization
                    options:
                      - {key: none, score: 0, text: {zh: 无, en: None}}
                      - {key: part, score: 0.5, text: {zh: 部分, en: Partly}}
                      - {key: full, score: 1, text: {zh: 全部, en: Fully}}
                  - {id: q5, type: text, text: {zh: 说明, en: Notes}}
        """;

    /// <summary>
    /// X: q1 = (1 + 0.5)/2 = 0.75; q2 = 1 (r2 said NA); q3 = (0.4 + 0.6)/2 = 0.5; q4 = (0.5 + 0)/2 = 0.25 (r2 left it).
    /// a.one = 100 (0.75 + 1)/2 = 87.5; b.one = 100 (0.5 + 0.25)/2 = 37.5; composite = (87.5 + 3 x 37.5)/4 = 50 -> high.
    /// T = 75; O = (1 + 0.25)/2 = 62.5 -> IV. Completeness = (1 + 1 + 1 + 0.5)/4 = 0.875.
    /// Y: only q2 = NA. a.one = 0 (q1 unanswered, q2 excluded); composite 0; T = 0; O = 0 (q4) -> I; completeness 1/4.
    /// </summary>
    public const string Answers = """
        jurisdiction,rater,item,value
        X,r1,q1,5
        X,r2,q1,3
        X,r1,q2,yes
        X,r2,q2,NA
        X,r1,q3,40
        X,r2,q3,"60"
        X,r1,q4,part
        X,r1,q5,"a note, with a comma"
        Y,r1,q2,na
        """;
}
