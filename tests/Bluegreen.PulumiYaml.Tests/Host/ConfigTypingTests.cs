using Bluegreen.PulumiYaml.Evaluation;

namespace Bluegreen.PulumiYaml.Tests.Host;

/// <summary>The YAML host's string-to-value conversion of config (pulumi-yaml server.go Run) and Go's %v for numbers.</summary>
public class ConfigTypingTests
{
    [Theory]
    [InlineData("1.10", 1.1)]
    [InlineData("20240101", 20240101)]
    [InlineData("0", 0)]
    [InlineData("0.5", 0.5)]
    [InlineData("+5", 5)]
    [InlineData("-7", -7)]
    [InlineData("1e3", 1000)]
    [InlineData(".5", 0.5)]
    public void Parse_NumericText_BecomesANumber(string text, double expected) =>
        Assert.Equal(new NumberValue(expected), ConfigTyping.Parse(text));

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("t", true)]
    [InlineData("F", false)]
    [InlineData("false", false)]
    public void Parse_ParseBoolText_BecomesABoolean(string text, bool expected) =>
        Assert.Equal(new BooleanValue(expected), ConfigTyping.Parse(text));

    [Theory]
    [InlineData("042")]
    [InlineData("0x10")]
    [InlineData("v20240101")]
    [InlineData("1.4.0")]
    [InlineData("yes")]
    [InlineData("1_000")]
    [InlineData("blue")]
    public void Parse_OtherText_StaysAString(string text) =>
        Assert.Equal(new StringValue(text), ConfigTyping.Parse(text));

    [Fact]
    public void Parse_Json_BecomesListObjectStringOrNull()
    {
        Assert.Equal("[\"subnet-a\",\"subnet-b\"]", ConfigTyping.Parse("[\"subnet-a\",\"subnet-b\"]").ToCanonicalText());
        Assert.Equal("{\"a\":1}", ConfigTyping.Parse("{\"a\": 1}").ToCanonicalText());
        Assert.Equal(new StringValue("quoted"), ConfigTyping.Parse("\"quoted\""));
        Assert.Equal(new NullValue(), ConfigTyping.Parse("null"));
    }

    [Fact]
    public void Parse_InfinityAndNaN_AreNumbersAsForParseFloat()
    {
        Assert.Equal(double.PositiveInfinity, Assert.IsType<NumberValue>(ConfigTyping.Parse("Inf")).Value);
        Assert.True(double.IsNaN(Assert.IsType<NumberValue>(ConfigTyping.Parse("nan")).Value));
        Assert.Equal(double.NegativeInfinity, Assert.IsType<NumberValue>(ConfigTyping.Parse("-infinity")).Value);
        Assert.Equal(new StringValue("+nan"), ConfigTyping.Parse("+nan"));
        Assert.Equal(new StringValue("1e400"), ConfigTyping.Parse("1e400"));
    }

    [Theory]
    [InlineData(8080, "8080")]
    [InlineData(100000, "100000")]
    [InlineData(1000000, "1e+06")]
    [InlineData(20240101, "2.0240101e+07")]
    [InlineData(1.1, "1.1")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-2.5, "-2.5")]
    public void FloatV_FormatsLikeGoPercentV(double value, string expected) =>
        Assert.Equal(expected, GoFormat.FloatV(value));
}
