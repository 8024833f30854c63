using System.Diagnostics.CodeAnalysis;

namespace Bluegreen.Release;

/// <summary>A value read from user input, or every reason it could not be, each saying how to fix it.</summary>
public sealed class Parsed<T>
    where T : class
{
    public Parsed(T value)
    {
        Value = value;
        Errors = [];
    }

    public Parsed(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed parse needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<string> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;
}
