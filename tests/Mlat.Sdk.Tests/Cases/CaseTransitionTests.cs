using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>
/// Every row of every transition table is exercised: a breadth-first walk from the opening message reaches each state
/// the table names, and in each reached state applies a message built for every row that accepts it; the row must be
/// the one taken, and lead where the table says. Rows that no walk reaches fail the test by id.
/// </summary>
public sealed class CaseTransitionTests
{
    public static TheoryData<CaseInstrument> Instruments() => [.. CaseTransitions.Instruments];

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Every_transition_of_the_table_is_taken_and_leads_where_the_table_says(CaseInstrument instrument)
    {
        var rows = CaseTransitions.For(instrument);
        var builder = new CaseMessages(instrument);
        var opened = CaseState.Start(builder.Conversation).Apply(builder.Opening());
        Assert.Equal(RequestState.Issued, opened.State);
        Assert.Empty(opened.Findings);

        var taken = new HashSet<string>(StringComparer.Ordinal) { rows[0].Id };
        var seen = new HashSet<RequestState> { opened.State };
        var frontier = new Queue<CaseState>([opened]);
        while (frontier.Count > 0)
        {
            var state = frontier.Dequeue();
            foreach (var row in rows.Where(r => r.From.Contains(state.State) && r.From[0] != RequestState.NotStarted))
            {
                // A partial message must leave a live measure; with fewer than two live, it would be whole.
                var live = state.Measures.Where(m => m.State is MeasureState.Pending or MeasureState.Recognised or MeasureState.AlternativeMeasure
                    or MeasureState.InProgress or MeasureState.Postponed or MeasureState.PartiallyExecuted).Select(m => m.Id).ToList();
                if (row.Condition == TransitionCondition.Partial && live.Count < 2)
                {
                    continue;
                }

                var next = state.Apply(builder.For(row, live.Count > 0 ? live[^1] : "m2"));
                Assert.True(next.Events.Count == state.Events.Count + 1,
                    $"{row.Id} ({row.MessageType} {row.Condition}) in {state.State}: not applied: " + string.Join(", ", next.Findings.Skip(state.Findings.Count).Select(f => f.Finding.Code)));
                var e = next.Events[^1];
                Assert.Equal(row.Id, e.TransitionId);
                Assert.Equal(state.State, e.From);
                if (row.ReturnsToPrevious)
                {
                    Assert.NotEqual(state.State, e.To);
                }
                else
                {
                    Assert.Equal(row.To ?? state.State, e.To);
                }

                taken.Add(row.Id);
                if (seen.Add(next.State))
                {
                    frontier.Enqueue(next);
                }
            }
        }

        Assert.Empty(rows.Select(r => r.Id).Except(taken));
    }

    [Fact]
    public void Row_ids_are_unique_and_every_row_of_a_table_names_a_message_type_of_release_1_2()
    {
        var all = CaseTransitions.Instruments.SelectMany(CaseTransitions.For).ToList();
        Assert.Equal(all.Count, all.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, r => Assert.Contains(r.MessageType.ToString(), StandardCatalogue.MessageTypesByVersion["1.2"]));
        Assert.True(all.Count > 100, $"{all.Count} rows");
    }

    [Fact]
    public void A_message_type_foreign_to_the_instrument_is_a_finding_and_changes_nothing()
    {
        var builder = new CaseMessages(CaseInstrument.Eio);
        var opened = CaseState.Start(builder.Conversation).Apply(builder.Opening());
        var row = CaseTransitions.For(CaseInstrument.Epoc).First(r => r.MessageType == MessageType.EnforcingAuthorityDecision);
        var after = opened.Apply(builder.For(row));

        Assert.Equal(opened.State, after.State);
        Assert.Equal(opened.Events.Count, after.Events.Count);
        var f = Assert.Single(after.Findings);
        Assert.Equal((FindingCodes.FlowNotInInstrument, "/header/messageType", RequestState.Issued), (f.Finding.Code, f.Finding.Pointer, f.StateMet));
        Assert.Equal(FindingCategory.Flow, f.Finding.Category);
    }

    [Fact]
    public void Evidence_after_a_whole_withdrawal_is_applied_only_when_the_withdrawal_still_wants_it()
    {
        var builder = new CaseMessages(CaseInstrument.Eio);
        var rows = CaseTransitions.For(CaseInstrument.Eio);
        var withdrawal = builder.For(rows.First(r => r.MessageType == MessageType.WithdrawalNotice && r.Condition == TransitionCondition.Whole));
        var evidence = builder.For(rows.First(r => r.MessageType == MessageType.EvidenceTransmission));
        var opened = CaseState.Start(builder.Conversation).Apply(builder.Opening());

        var wanted = opened.Apply(withdrawal).Apply(evidence);
        Assert.Empty(wanted.Findings);
        Assert.Equal(MessageType.EvidenceTransmission, wanted.Events[^1].MessageType);

        var unwanted = opened.Apply(withdrawal with { Body = (WithdrawalNotice)withdrawal.Body with { ObtainedEvidenceStillRequired = false } }).Apply(evidence);
        var f = Assert.Single(unwanted.Findings);
        Assert.Equal((FindingCodes.FlowAfterWithdrawal, RequestState.Withdrawn), (f.Finding.Code, f.StateMet));
        Assert.DoesNotContain(unwanted.Events, e => e.MessageType == MessageType.EvidenceTransmission);
        Assert.DoesNotContain(MessageType.EvidenceTransmission, unwanted.AllowedNext.Single(a => a.Side == CaseSide.Executing).MessageTypes);
        Assert.Contains(MessageType.EvidenceTransmission, wanted.AllowedNext.Single(a => a.Side == CaseSide.Executing).MessageTypes);
    }
}
