using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlat.Sdk.Conformance;

/// <summary>
/// The kit's side of the conformance adapter protocol (<see cref="Protocol"/>, docs/conformance.md): a product under
/// test runs one long-lived adapter process that reads one JSON request per line and writes one JSON answer per line.
/// This client speaks it over the two streams it is given (the CLI's <c>mlat conformance run --implementation</c> hands
/// it the standard input and output of the process it starts); it never starts a process itself. Requests are sent one
/// at a time, in order. Set it as <see cref="ConformanceOptions.Adapter"/>.
/// </summary>
public sealed class ConformanceAdapterClient : IConformanceProduct, IAsyncDisposable
{
    /// <summary>The protocol name and version, sent in the <c>hello</c> request and expected back.</summary>
    public const string Protocol = "mlat-conformance-adapter/1";

    internal static readonly IReadOnlySet<string> AllOperations = new HashSet<string>(StringComparer.Ordinal)
    {
        "validate", "verify", "negotiate", "convert", "sign", "decrypt", "encrypt",
    };

    private readonly StreamWriter requests;
    private readonly StreamReader answers;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly TimeSpan timeout;
    private long nextId;
    private string? broken;

    /// <summary>Creates a client over an adapter's input and output.</summary>
    /// <param name="toAdapter">Where requests are written (the adapter's standard input).</param>
    /// <param name="fromAdapter">Where answers are read (the adapter's standard output).</param>
    /// <param name="command">How the adapter was started, for the report until the adapter names its product.</param>
    /// <param name="timeout">How long one answer may take; <see langword="null"/>: two minutes.</param>
    public ConformanceAdapterClient(Stream toAdapter, Stream fromAdapter, string command, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(toAdapter);
        ArgumentNullException.ThrowIfNull(fromAdapter);
        ArgumentNullException.ThrowIfNull(command);
        requests = new StreamWriter(toAdapter, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
        answers = new StreamReader(fromAdapter, new UTF8Encoding(false));
        this.timeout = timeout ?? TimeSpan.FromMinutes(2);
        Name = command;
    }

    /// <summary>The product the adapter named in its <c>hello</c> answer, or the command before the handshake.</summary>
    public string Name { get; private set; }

    /// <summary>The operations the adapter said it implements; empty before <see cref="HelloAsync"/>.</summary>
    public IReadOnlySet<string> Operations { get; private set; } = new HashSet<string>();

    /// <summary>
    /// The handshake: sends <c>{"op": "hello", "protocol": ...}</c> and reads the product's name and operations.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Null when the adapter speaks the protocol, else why not (no content of the answer).</returns>
    public async Task<string?> HelloAsync(CancellationToken cancellationToken = default)
    {
        var answer = await CallAsync(new JsonObject { ["op"] = "hello", ["protocol"] = Protocol }, cancellationToken).ConfigureAwait(false);
        if (answer["error"] is not null)
        {
            return "the adapter did not complete the handshake: " + Describe(answer);
        }

        if ((string?)answer["protocol"] != Protocol)
        {
            return "the adapter does not speak " + Protocol;
        }

        Name = (string?)answer["product"] is { Length: > 0 } product ? product : Name;
        Operations = (answer["operations"] as JsonArray ?? []).Select(o => o?.GetValueKind() == JsonValueKind.String ? (string)o! : string.Empty)
            .Where(AllOperations.Contains).ToHashSet(StringComparer.Ordinal);
        return null;
    }

    /// <summary>Sends one request and reads its answer. A broken or silent adapter gives <c>{"error": ...}</c>.</summary>
    async Task<JsonObject> IConformanceProduct.CallAsync(JsonObject request, CancellationToken cancellationToken)
        => await CallAsync(request, cancellationToken).ConfigureAwait(false);

    private async Task<JsonObject> CallAsync(JsonObject request, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (broken is not null)
            {
                return new JsonObject { ["error"] = broken };
            }

            var id = ++nextId;
            request["id"] = id;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await requests.WriteLineAsync(request.ToJsonString().AsMemory(), limit.Token).ConfigureAwait(false);
                await requests.FlushAsync(limit.Token).ConfigureAwait(false);
                var line = await answers.ReadLineAsync(limit.Token).ConfigureAwait(false);
                if (line is null)
                {
                    broken = "the adapter closed its output";
                    return new JsonObject { ["error"] = broken };
                }

                if (JsonNode.Parse(line) is not JsonObject answer)
                {
                    broken = "the adapter answered a line that is not a JSON object";
                    return new JsonObject { ["error"] = broken };
                }

                if (answer["id"] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || v.GetValue<long>() != id)
                {
                    broken = string.Create(CultureInfo.InvariantCulture, $"the adapter answered out of turn (expected id {id})");
                    return new JsonObject { ["error"] = broken };
                }

                return answer;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                broken = string.Create(CultureInfo.InvariantCulture, $"the adapter did not answer within {timeout.TotalSeconds:0} s");
                return new JsonObject { ["error"] = broken };
            }
            catch (Exception ex) when (ex is IOException or JsonException or FormatException or InvalidOperationException)
            {
                broken = "the adapter's output broke off or is not JSON lines (" + ex.GetType().Name + ")";
                return new JsonObject { ["error"] = broken };
            }
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Closes the adapter's input, which asks it to end.</summary>
    /// <returns>When the input is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await requests.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The adapter already ended.
        }

        answers.Dispose();
        turn.Dispose();
    }

    internal static string Describe(JsonObject answer)
    {
        var text = answer["error"] is JsonValue e && e.GetValueKind() == JsonValueKind.String ? (string)e! : "an error";
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}

/// <summary>A product the kit asks protocol requests: this SDK in process, or an adapter process.</summary>
internal interface IConformanceProduct
{
    string Name { get; }

    IReadOnlySet<string> Operations { get; }

    Task<JsonObject> CallAsync(JsonObject request, CancellationToken cancellationToken);
}
