namespace Bluegreen.Engines;

internal enum OperationResult
{
    Succeeded,

    /// <summary>Already as asked; nothing was changed.</summary>
    Unchanged,

    /// <summary>A safety check said no; nothing was changed.</summary>
    Refused,

    Failed,
}
