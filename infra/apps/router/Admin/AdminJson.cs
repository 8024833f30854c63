using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bluegreen.Infra.Local.Routing.Contracts;

namespace Bluegreen.Router.Admin;

/// <summary>Reads admin request bodies and writes answers, turning malformed JSON into a 400 that says what is wrong.</summary>
internal static class AdminJson
{
    /// <summary>Answers are read by people with curl too: quotes in messages stay \" instead of \u0022.</summary>
    private static readonly RoutingJsonContext Readable = new(new JsonSerializerOptions(RoutingJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Larger bodies are refused; a snapshot of hundreds of instances is a few tens of KB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type)
        where T : class
    {
        if (context.Request.ContentLength is > MaxBodyBytes)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.");
            return null;
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted);
            if (value is null)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The body is JSON null; send a JSON object.");
            }

            return value;
        }
        catch (JsonException failure)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"The body is not a valid {type.Type.Name}: {failure.Message}");
            return null;
        }
    }

    public static Task WriteAsync<T>(HttpContext context, int statusCode, T value, JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(value, (JsonTypeInfo<T>)Readable.GetTypeInfo(type.Type)!, contentType: null, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string error, IReadOnlyList<string>? details = null) =>
        WriteAsync(context, statusCode, new AdminError { Error = error, Details = details ?? [] }, RoutingJsonContext.Default.AdminError);
}
