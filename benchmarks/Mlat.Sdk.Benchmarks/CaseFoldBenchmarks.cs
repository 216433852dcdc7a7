using BenchmarkDotNet.Attributes;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Benchmarks;

/// <summary>
/// Folding a 200-message conversation into its case (issue 14: target ≤ 1.2×) against reading the same 200 messages
/// (strict read + bind to the C# model, what a node does anyway before folding). The conversation is the EIO of
/// samples/cases/eio-partial-execution-postponement — request, acknowledgement, recognition, a partial execution
/// report — followed by 196 evidence transmissions cloned from its evidence message with fresh ids, one minute apart:
/// each one takes a transition (EIO-16), so the fold does its full work per message. Every message is checked valid once.
/// </summary>
[Config(typeof(BenchConfig))]
public class CaseFoldBenchmarks
{
    /// <summary>The number of messages of the conversation.</summary>
    public const int Count = 200;

    private static readonly string[] OpeningFiles = ["01-AssistanceRequest.json", "02-AcknowledgementOfReceipt.json", "03-RecognitionDecision.json", "04-ExecutionReport.json"];

    private (byte[] Bytes, MessageType Type)[] _encoded = [];
    private MlatMessage[] _messages = [];
    private Guid _conversation;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(RepoPaths.Samples, "cases", "eio-partial-execution-postponement");
        MlatMessage Load(string file) => MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(folder, file))).MessageOrThrow();
        var opening = OpeningFiles.Select(Load).ToList();
        var evidence = Load("07-EvidenceTransmission.json");
        var start = opening[^1].Header.CreatedAt;
        var messages = new List<MlatMessage>(opening);
        for (var i = messages.Count; i < Count; i++)
        {
            messages.Add(evidence with { Header = evidence.Header with { MessageId = Guid.CreateVersion7(start.AddMinutes(i)), CreatedAt = start.AddMinutes(i) } });
        }

        _messages = [.. messages];
        _conversation = opening[0].Header.ConversationId;
        _encoded = [.. messages.Select(m => (MlatJson.SerializeToUtf8Bytes(m), m.Header.MessageType))];
        foreach (var (bytes, _) in _encoded)
        {
            MlatValidator.Default.Validate(bytes).MessageOrThrow();
        }

        var state = Fold();
        if (state.Events.Count != Count || state.Findings.Count != 0 || state.State != RequestState.InExecution)
        {
            throw new InvalidOperationException("The generated conversation does not fold as intended.");
        }
    }

    [Benchmark(Baseline = true, Description = "read 200 messages: strict read + bind")]
    public int Read()
    {
        var n = 0;
        foreach (var (bytes, type) in _encoded)
        {
            using var read = StrictJsonReader.Read(bytes, ReaderLimits.Default);
            n += MlatJson.Bind(read.Document!.RootElement, type).Header.MessageId == Guid.Empty ? 0 : 1;
        }

        return n;
    }

    [Benchmark(Description = "fold 200 messages: CaseState.ApplyAll")]
    public CaseState Fold() => CaseState.Start(_conversation).ApplyAll(_messages);
}
