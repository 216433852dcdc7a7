using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>
/// Issue #14 properties: the fold is a function of the set of messages (any permutation, any duplicates), applying a
/// message twice changes nothing, and a postponement or a delay never brings a deadline forward. Conversations are the
/// corpus and random walks through the transition tables (with messages that do not fit, at random gaps in time).
/// </summary>
public sealed class CaseProperties
{
    private static readonly DateTimeOffset At = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Arbitrary<(int Seed, CaseInstrument Instrument)> Walks =
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(CaseTransitions.Instruments.ToArray())).Select(t => (t.Item1, t.Item2)).ToArbitrary();

    private static readonly Arbitrary<(int Seed, string Name)> CorpusShuffles =
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(CaseCorpus.Names.ToArray())).Select(t => (t.Item1, t.Item2)).ToArbitrary();

    /// <summary>A random conversation: the opening, then rows of the table (mostly ones the state accepts), at random gaps.</summary>
    internal static List<MlatMessage> Walk(int seed, CaseInstrument instrument)
    {
        var random = new Random(seed);
        var rows = CaseTransitions.For(instrument);
        var builder = new CaseMessages(instrument);
        var opening = builder.Opening();
        var messages = new List<MlatMessage> { opening };
        var state = CaseState.Start(builder.Conversation).Apply(opening);
        var t = opening.Header.CreatedAt;
        for (var i = random.Next(3, 14); i > 0; i--)
        {
            var accepted = rows.Where(r => r.From.Contains(state.State) && r.From[0] != RequestState.NotStarted).ToList();
            var row = accepted.Count > 0 && random.Next(5) > 0 ? accepted[random.Next(accepted.Count)] : rows[random.Next(rows.Count)];
            var live = state.Measures.Where(m => m.State is MeasureState.Pending or MeasureState.Recognised or MeasureState.InProgress or MeasureState.Postponed).Select(m => m.Id).ToList();
            var m = builder.For(row, live.Count > 0 ? live[random.Next(live.Count)] : "m2");
            t = t.AddMinutes(random.Next(1, 60 * 24 * 40));
            m = m with { Header = m.Header with { CreatedAt = t } };
            if (m.Body is PostponementNotice p && random.Next(2) == 0)
            {
                var ids = state.Deadlines.Select(d => d.Id).Append("unknown-id").Where(_ => random.Next(2) == 0).ToList();
                m = m with { Body = p with { DeadlineRefs = ids.Count > 0 ? ids : null } };
            }

            if (m.Body is StatusUpdate u && random.Next(2) == 0)
            {
                var kind = random.Next(2) == 0 ? DelayedDeadline.RecognitionDecision : DelayedDeadline.Execution;
                var date = DateOnly.FromDateTime(t.UtcDateTime).AddDays(random.Next(-20, 120));
                m = m with { Body = u with { Delay = new Delay { Deadline = kind, NewEstimatedDate = date, Reason = Text() } } };
            }

            messages.Add(m);
            state = state.Apply(m);
        }

        return messages;
    }

    private static MultilingualText Text() => new() { Entries = [new TextEntry { Lang = LanguageCode.De, Text = "Verzögerung.", Original = true }] };

    private static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static string Fold(Guid conversation, IEnumerable<MlatMessage> messages)
        => CaseStateJson.ToJson(CaseState.Start(conversation).ApplyAll(messages), At);

    [Property(MaxTest = 150)]
    public Property Any_permutation_with_duplicates_of_a_random_conversation_gives_the_same_state() => Prop.ForAll(Walks, w =>
    {
        var messages = Walk(w.Seed, w.Instrument);
        var random = new Random(w.Seed ^ 0x5a5a);
        var conversation = messages[0].Header.ConversationId;
        var shuffled = Shuffle(messages.Concat(messages.Where(_ => random.Next(3) == 0)), random);
        return Fold(conversation, messages) == Fold(conversation, shuffled);
    });

    [Property(MaxTest = 60)]
    public Property Any_permutation_of_a_corpus_conversation_gives_the_same_state() => Prop.ForAll(CorpusShuffles, c =>
    {
        var messages = CaseCorpus.Load(c.Name).Select(m => m.Message).ToList();
        var conversation = messages[0].Header.ConversationId;
        return Fold(conversation, messages) == Fold(conversation, Shuffle(messages, new Random(c.Seed)));
    });

    [Property(MaxTest = 100)]
    public Property Applying_a_message_twice_changes_nothing() => Prop.ForAll(Walks, w =>
    {
        var messages = Walk(w.Seed, w.Instrument);
        var state = CaseState.Start(messages[0].Header.ConversationId).ApplyAll(messages);
        var json = CaseStateJson.ToJson(state, At);
        return messages.All(m => ReferenceEquals(state, state.Apply(m))) && json == CaseStateJson.ToJson(state.ApplyAll(messages), At);
    });

    [Property(MaxTest = 150)]
    public Property A_postponement_or_a_delay_never_brings_a_deadline_forward() => Prop.ForAll(Walks, w =>
    {
        var messages = Walk(w.Seed, w.Instrument).OrderBy(m => m, CaseState.CanonicalOrder.Instance).ToList();
        var state = CaseState.Start(messages[0].Header.ConversationId);
        foreach (var m in messages)
        {
            var next = state.Apply(m);
            if (m.Body is PostponementNotice or StatusUpdate)
            {
                foreach (var before in state.Deadlines)
                {
                    var after = next.Deadlines.Single(d => d.Id == before.Id);
                    if (after.DueAt < before.DueAt)
                    {
                        return false;
                    }

                }
            }

            state = next;
        }

        return true;
    });

    [Fact]
    public void The_walks_postpone_resume_and_delay_deadlines_so_the_property_above_has_something_to_check()
    {
        var moved = 0;
        var suspended = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var messages = Walk(seed, seed % 2 == 0 ? CaseInstrument.Eio : CaseInstrument.MutualLegalAssistance);
            var state = CaseState.Start(messages[0].Header.ConversationId);
            foreach (var m in messages.OrderBy(m => m, CaseState.CanonicalOrder.Instance))
            {
                var next = state.Apply(m);
                moved += next.Deadlines.Count(d => state.Deadlines.Any(b => b.Id == d.Id && b.DueAt < d.DueAt));
                suspended += next.Deadlines.Count(d => d.Status == DeadlineStatus.Suspended && state.Deadlines.Any(b => b.Id == d.Id && b.Status == DeadlineStatus.Open));
                state = next;
            }
        }

        Assert.True(moved > 5, $"deadlines moved later {moved} times");
        Assert.True(suspended > 20, $"deadlines suspended {suspended} times");
    }
}
