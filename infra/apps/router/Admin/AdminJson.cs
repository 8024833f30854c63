using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bluegreen.Local.Contracts.Routing;
using Microsoft.AspNetCore.Http.Features;

namespace Bluegreen.Router.Admin;

/// <summary>Reads admin request bodies and writes answers, turning malformed JSON into a 400 that says what is wrong.</summary>
internal static class AdminJson
{
    /// <summary>Larger bodies are refused; a snapshot of hundreds of instances is a few tens of KB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Answers are read by people with curl too: quotes in messages stay \" instead of \u0022.</summary>
    private static readonly RoutingJsonContext Readable = new(new JsonSerializerOptions(RoutingJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <returns>The body, or null after answering 413 when it is too large.</returns>
    public static async Task<string?> ReadBodyAsync(HttpContext context)
    {
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize = MaxBodyBytes;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            return await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException failure) when (failure.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.");
            return null;
        }
    }

    /// <returns>The request, or null after answering 400 (or 413).</returns>
    public static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type)
        where T : class
    {
        if (await ReadBodyAsync(context) is not { } body)
        {
            return null;
        }

        string problem;
        try
        {
            if (JsonSerializer.Deserialize(body, type) is { } value)
            {
                return value;
            }

            problem = "the body is JSON null; send a JSON object.";
        }
        catch (JsonException failure)
        {
            problem = failure.Message;
        }

        await WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"The body is not a valid {type.Type.Name}: {problem}");
        return null;
    }

    public static Task WriteAsync<T>(HttpContext context, int statusCode, T value, JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = statusCode;
        var readable = (JsonTypeInfo<T>)Readable.GetTypeInfo(type.Type)!;
        return context.Response.WriteAsJsonAsync(value, readable, contentType: null, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string error, IReadOnlyList<string>? details = null) =>
        WriteAsync(context, statusCode, new AdminError { Error = error, Details = details ?? [] }, RoutingJsonContext.Default.AdminError);
}
