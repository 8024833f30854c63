using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bluegreen.Synth;

/// <summary>
/// A thin layer over YamlDotNet's emitter with the house style: block collections indented by two, every string value
/// double-quoted, keys plain when they are plain identifiers, no line folding, LF line endings.
/// </summary>
internal sealed partial class YamlEventWriter
{
    private static readonly HashSet<string> ReservedPlainWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    };

    private readonly System.Text.StringBuilder _text = new();
    private readonly Emitter _emitter;

    public YamlEventWriter(string headerComment)
    {
        // A StringWriter over a StringBuilder holds no unmanaged resources; the builder is what we keep.
        _emitter = new Emitter(new StringWriter(_text) { NewLine = "\n" }, new EmitterSettings(2, int.MaxValue, false, 1024, indentSequences: true, newLine: "\n"));
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new Comment(headerComment, false));
        _emitter.Emit(new DocumentStart(null, null, true));
    }

    public void BeginMap(bool empty = false) =>
        _emitter.Emit(new MappingStart(null, null, true, empty ? MappingStyle.Flow : MappingStyle.Block));

    public void EndMap() => _emitter.Emit(new MappingEnd());

    public void BeginList(bool empty = false) =>
        _emitter.Emit(new SequenceStart(null, null, true, empty ? SequenceStyle.Flow : SequenceStyle.Block));

    public void EndList() => _emitter.Emit(new SequenceEnd());

    public void Key(string key) =>
        Scalar(PlainKeyPattern().IsMatch(key) && !ReservedPlainWords.Contains(key) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted, key);

    /// <summary>A string exactly as given (already escaped for Pulumi's <c>${...}</c> syntax), double-quoted.</summary>
    public void Text(string value) => Scalar(ScalarStyle.DoubleQuoted, value);

    public void Integer(int value) => Scalar(ScalarStyle.Plain, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Boolean(bool value) => Scalar(ScalarStyle.Plain, value ? "true" : "false");

    public void Entry(string key, string value)
    {
        Key(key);
        Text(value);
    }

    /// <summary>Closes the document and returns the whole text.</summary>
    public string Finish()
    {
        _emitter.Emit(new DocumentEnd(true));
        _emitter.Emit(new StreamEnd());
        return _text.ToString();
    }

    private void Scalar(ScalarStyle style, string value) =>
        _emitter.Emit(new Scalar(null, null, value, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain));

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.:/-]*$")]
    private static partial Regex PlainKeyPattern();
}
