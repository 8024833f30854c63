using Bluegreen.Stacks.Config;

namespace Bluegreen.Tests.Stacks;

/// <summary>
/// The tag rule follows pulumi-yaml server.go <c>Run</c>, which turns config text into a number or boolean
/// (ParseInt, ParseBool, ParseFloat, json.Unmarshal) unless it starts with "0" but not "0.".
/// </summary>
public class ImageTagRuleTests
{
    [Theory]
    [InlineData("1.10", "the number 1.1")]
    [InlineData("20240101", "the number 2.0240101e+07")]
    [InlineData("1000000", "the number 1e+06")]
    [InlineData("42", "the number 42")]
    [InlineData("0", "the number 0")]
    [InlineData("0.5", "the number 0.5")]
    [InlineData("2.0", "the number 2")]
    [InlineData("1e5", "the number 100000")]
    [InlineData("1.5e-7", "the number 1.5e-07")]
    [InlineData("True", "the boolean true")]
    [InlineData("t", "the boolean true")]
    [InlineData("F", "the boolean false")]
    [InlineData("inf", "the number +Inf")]
    [InlineData("NaN", "the number NaN")]
    [InlineData("null", "null")]
    [InlineData("[\"a\"]", "a list")]
    public void HostReading_NamesWhatTheProgramGetsInsteadOfText(string text, string reading) =>
        Assert.Equal(reading, PulumiConfigText.HostReading(text));

    [Theory]
    [InlineData("v1.10")]
    [InlineData("042")]
    [InlineData("0x1F")]
    [InlineData("1.4.0")]
    [InlineData("1e400")]
    [InlineData("tRUE")]
    [InlineData("-nan")]
    [InlineData("2024.11.22-abc_1")]
    public void HostReading_TextTheHostKeeps_IsNull(string text) => Assert.Null(PulumiConfigText.HostReading(text));

    [Fact]
    public void Check_ANumberLikeTag_SaysWhatTheHostReadsAndHowToFixIt()
    {
        Assert.Equal(
            "\"20240101\" is not a usable image tag: it must be text Pulumi passes on unchanged, but its YAML host reads \"20240101\" as "
            + "the number 2.0240101e+07; put a letter in front, e.g. \"v20240101\".",
            ImageTagRule.Check("20240101"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-rc1")]
    [InlineData("v 2")]
    public void Check_ATagARegistryRejects_NamesTheShape(string tag) =>
        Assert.EndsWith("must be 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-' (e.g. v2 or 1.4.0).", ImageTagRule.Check(tag));

    [Theory]
    [InlineData("v20240101")]
    [InlineData("1.4.0")]
    [InlineData("042")]
    public void Check_UsableTags_PassWithoutAMessage(string tag) => Assert.Null(ImageTagRule.Check(tag));

    [Fact]
    public void Quoted_LongValues_AreShortenedInTheMiddle()
    {
        var value = new string('a', 70) + "-end-of-value";

        Assert.Equal("\"" + new string('a', 47) + "…" + "-end-of-value"[1..] + "\"", Quoted.Shortened(value));
        Assert.Equal("\"short\"", Quoted.Shortened("short"));
    }
}
