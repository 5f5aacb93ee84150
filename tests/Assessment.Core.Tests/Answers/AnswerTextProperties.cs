using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Core.Tests.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Assessment.Core.Tests.Answers;

/// <summary>An item and one answer to it in canonical form (or NA where the item allows it).</summary>
public sealed record ItemAnswer(Item Item, Answer Answer)
{
    public override string ToString() => $"{Item.Type} {Item.Id} na={Item.AllowNa}: {Answer}";
}

/// <summary>An item and text from someone's keyboard or spreadsheet, valid or not.</summary>
public sealed record ItemText(Item Item, string? Raw)
{
    public override string ToString() => $"{Item.Type} na={Item.AllowNa} '{Raw}'";
}

public static class AnswerArbitraries
{
    public static Arbitrary<ItemAnswer> ItemAnswer() => (
        from item in Generators.ItemGen
        from answer in Gen.Frequency(
            (item.AllowNa ? 1 : 0, Gen.Constant<Answer>(Answer.NotApplicable.Instance)),
            (item.Type == ItemType.Numeric ? 3 : 0, AnyFiniteNumber),
            (5, Generators.AnswerGen(item)))
        select new ItemAnswer(item, answer)).ToArbitrary();

    // Any bit pattern that is a finite double: tiny, huge, negative zero, long fractions.
    private static Gen<Answer> AnyFiniteNumber =>
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        let x = BitConverter.Int64BitsToDouble(((long)high << 32) | (uint)low)
        where double.IsFinite(x)
        select (Answer)new Answer.Number(x);

    // Near-misses of valid answers (other cases, spaces, separators, commas) as well as random text.
    public static Arbitrary<ItemText> ItemText() => (
        from item in Generators.ItemGen
        from raw in Gen.OneOf(
            Generators.TextGen.Select(t => (string?)t),
            Generators.AnswerGen(item).Select(a => (string?)AnswerText.Format(a)),
            Gen.Elements<string?>(null, "", " ", ";", "NA", "na", "1,5", "NaN", "-0", "0", "8", "YES", "k0; k9", "k0;;K1"))
        select new ItemText(item, raw)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(AnswerArbitraries)], MaxTest = 500)]
public class AnswerTextProperties
{
    [Property]
    public void Parsing_a_formatted_answer_gives_the_same_answer(ItemAnswer x)
    {
        var parse = AnswerText.Parse(x.Item, AnswerText.Format(x.Answer));
        Assert.True(parse.Ok, parse.Error);
        Assert.Equal(x.Answer, parse.Answer);
    }

    [Property]
    public void Formatting_a_parsed_canonical_text_gives_the_same_text(ItemAnswer x)
    {
        var canonical = AnswerText.Format(x.Answer);
        Assert.Equal(canonical, AnswerText.Format(AnswerText.Parse(x.Item, canonical).Answer!));
    }

    [Property]
    public void Any_text_either_parses_to_an_answer_the_scorer_accepts_or_gets_a_message_naming_the_item(ItemText x)
    {
        var parse = AnswerText.Parse(x.Item, x.Raw);
        if (parse.Ok)
        {
            Assert.Null(parse.Error);
            var score = Scorer.ItemScore(x.Item, parse.Answer); // throws if Parse let through what scoring refuses
            Assert.True(score is null or >= 0 and <= 1);
            // Whatever was accepted has a canonical text that reads back the same.
            if (parse.Answer is not null) Assert.Equal(parse.Answer, AnswerText.Parse(x.Item, AnswerText.Format(parse.Answer)).Answer);
        }
        else
        {
            Assert.Null(parse.Answer);
            Assert.StartsWith($"item {x.Item.Id}: ", parse.Error);
        }
    }
}
