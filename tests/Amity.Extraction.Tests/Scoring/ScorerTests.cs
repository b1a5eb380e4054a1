namespace Amity.Extraction.Tests.Scoring;

public class ScorerTests
{
    private static Extraction Gold(params ExtractedPerson[] people) => new() { People = people };

    [Fact]
    public void EveryGoldFileScoredAgainstItselfGivesOne()
    {
        var articles = TestCorpus.DevArticles.Concat(TestCorpus.OwnArticles).ToList();
        Assert.NotEmpty(articles);
        var report = Scorer.Score(articles.Select(a => (a.Name, a.Gold, a.Gold)));
        Assert.Equal(1.0, report.Overall.F1, 6);
        Assert.All(report.Categories, c => Assert.Equal(0, c.FalsePositives + c.FalseNegatives));
        Assert.All(report.Attributes, a => Assert.Equal(1.0, a.Accuracy, 6));
        Assert.EndsWith("overall F1 1.000", report.Format());
    }

    [Theory]
    [InlineData("Kim Dong-yeon", "Dong Yeon Kim")]
    [InlineData("KIM Dong Yeon", "Dong-Yeon Kim")]
    [InlineData("Ｋｉｍ Dong-yeon", "dong yeon kim")]
    [InlineData("Hanoi People's Committee", "Hanoi People’s Committee")]
    public void NamesMatchAsWordSets(string predicted, string gold)
    {
        var report = Scorer.Score(Gold(new ExtractedPerson { Name = predicted }), Gold(new ExtractedPerson { Name = gold }));
        Assert.Equal(1, report["people"].TruePositives);
    }

    [Fact]
    public void NamesWithDifferentWordsDoNotMatch()
    {
        var report = Scorer.Score(Gold(new ExtractedPerson { Name = "Dong Kim" }), Gold(new ExtractedPerson { Name = "Dong Yeon Kim" }));
        Assert.Equal((0, 1, 1), (report["people"].TruePositives, report["people"].FalsePositives, report["people"].FalseNegatives));
    }

    [Fact]
    public void GoldAliasesCount()
    {
        var gold = Gold(new ExtractedPerson { Name = "Dong Yeon Kim", Aliases = ["김동연"] });
        var report = Scorer.Score(Gold(new ExtractedPerson { Name = "김동연" }), gold);
        Assert.Equal(1.0, report.Overall.F1, 6);
    }

    [Fact]
    public void OptionalGoldRecordsNeitherRewardNorCost()
    {
        var gold = new Extraction
        {
            Organizations = [new() { Name = "Gyeonggi Province" }, new() { Name = "Shenyang", Optional = true }, new() { Name = "Dalian", Optional = true }],
        };
        var predicted = new Extraction { Organizations = [new() { Name = "Gyeonggi Province" }, new() { Name = "Shenyang" }] };
        var orgs = Scorer.Score(predicted, gold)["organizations"];
        Assert.Equal((1, 0, 0), (orgs.TruePositives, orgs.FalsePositives, orgs.FalseNegatives));
    }

    [Fact]
    public void APredictionPrefersTheRequiredGoldRecordOverAnOptionalTwin()
    {
        var gold = new Extraction { Organizations = [new() { Name = "Davos Forum", Optional = true }, new() { Name = "Davos Forum" }] };
        var predicted = new Extraction { Organizations = [new() { Name = "Davos Forum" }] };
        var orgs = Scorer.Score(predicted, gold)["organizations"];
        Assert.Equal((1, 0, 0), (orgs.TruePositives, orgs.FalsePositives, orgs.FalseNegatives));
    }

    [Theory]
    [InlineData("2024-06-15", "2024-06", true)]
    [InlineData("2024-06", "2024-06", true)]
    [InlineData("2024", "2024-06", false)]
    [InlineData("2024-07", "2024-06", false)]
    [InlineData("2024-06-15", "2024-06-16", false)]
    [InlineData("2024-06-15", "2024", true)]
    [InlineData(null, "2024", false)]
    [InlineData("2024", null, true)]
    public void DatesAgreeAtTheGoldPrecision(string? predicted, string? gold, bool agrees)
    {
        Assert.Equal(agrees, PartialDate.Agrees(predicted, gold));
        var g = new Extraction { Engagements = [new() { Kind = "meeting", Date = gold, Participants = ["Hao Feng"] }] };
        var p = new Extraction { Engagements = [new() { Kind = "meeting", Date = predicted, Participants = ["Hao Feng"] }] };
        Assert.Equal(agrees ? 1 : 0, Scorer.Score(p, g)["engagements"].TruePositives);
    }

    [Fact]
    public void EngagementsNeedHalfTheGoldParticipantsThroughAliases()
    {
        var gold = new Extraction
        {
            People = [new() { Name = "Dong Yeon Kim", Aliases = ["김동연"] }],
            Engagements = [new() { Kind = "meeting", Date = "2024-04-24", Participants = ["Dong Yeon Kim", "Hao Feng", "Li Leqing", "Sui Guomin"] }],
        };
        var half = new Extraction { Engagements = [new() { Kind = "visit", Date = "2024-04-24", Participants = ["김동연", "Feng Hao"] }] };
        var quarter = new Extraction { Engagements = [new() { Kind = "meeting", Date = "2024-04-24", Participants = ["Hao Feng", "Someone Else"] }] };
        Assert.Equal(1, Scorer.Score(half, gold)["engagements"].TruePositives);
        Assert.Equal(0, Scorer.Score(quarter, gold)["engagements"].TruePositives);
    }

    [Fact]
    public void MatchingIsOneToOneAndBestFirst()
    {
        var gold = new Extraction
        {
            Engagements =
            [
                new() { Kind = "meeting", Date = "2024-04", Participants = ["A B", "C D"] },
                new() { Kind = "meeting", Date = "2024-04-24", Participants = ["A B", "C D"] },
            ],
        };
        // The precise prediction could match either gold record; best first gives it the one only it can match.
        var predicted = new Extraction
        {
            Engagements =
            [
                new() { Kind = "meeting", Date = "2024-04-24", Participants = ["A B", "C D"] },
                new() { Kind = "meeting", Date = "2024-04-02", Participants = ["A B"] },
            ],
        };
        var e = Scorer.Score(predicted, gold)["engagements"];
        Assert.Equal((2, 0, 0), (e.TruePositives, e.FalsePositives, e.FalseNegatives));
    }

    [Fact]
    public void RelationshipsNeedTheSamePartiesAndSince()
    {
        var gold = new Extraction
        {
            Organizations = [new() { Name = "Gyeonggi Province", Aliases = ["Gyeonggi"] }],
            Relationships = [new() { Kind = "sister", Parties = ["Gyeonggi Province", "Liaoning Province"], Since = "1993" }],
        };
        var good = new Extraction { Relationships = [new() { Kind = "friendship", Parties = ["Liaoning Province", "Gyeonggi"], Since = "1993-05" }] };
        var wrongYear = new Extraction { Relationships = [new() { Kind = "sister", Parties = ["Liaoning Province", "Gyeonggi"], Since = "1994" }] };
        var extraParty = new Extraction { Relationships = [new() { Kind = "sister", Parties = ["Liaoning Province", "Gyeonggi", "Kanagawa"], Since = "1993" }] };
        Assert.Equal(1, Scorer.Score(good, gold)["relationships"].TruePositives);
        Assert.Equal(0, Scorer.Score(wrongYear, gold)["relationships"].TruePositives);
        Assert.Equal(0, Scorer.Score(extraParty, gold)["relationships"].TruePositives);
    }

    [Fact]
    public void AgreementsFallBackToPartiesWhenGoldListsNoSignatories()
    {
        var gold = new Extraction { Agreements = [new() { Date = "2025-03-12", Parties = ["Elbland Chamber of Crafts", "Songhua Department"] }] };
        var predicted = new Extraction { Agreements = [new() { Date = "2025-03-12", Parties = ["Elbland Chamber of Crafts"], Signatories = ["Wang Hui"] }] };
        Assert.Equal(1, Scorer.Score(predicted, gold)["agreements"].TruePositives);
    }

    [Fact]
    public void InvitationsNeedTheInviteeAndHalfTheEventWords()
    {
        var gold = new Extraction { Invitations = [new() { Event = "Summer Davos Forum", From = "Hao Feng", To = "Dong Yeon Kim" }] };
        var good = new Extraction { Invitations = [new() { Event = "the Davos Forum", To = "Kim Dong-yeon" }] };
        var wrongPerson = new Extraction { Invitations = [new() { Event = "Summer Davos Forum", To = "Hao Feng" }] };
        var wrongEvent = new Extraction { Invitations = [new() { Event = "Trade Expo", To = "Dong Yeon Kim" }] };
        Assert.Equal(1, Scorer.Score(good, gold)["invitations"].TruePositives);
        Assert.Equal(0, Scorer.Score(wrongPerson, gold)["invitations"].TruePositives);
        Assert.Equal(0, Scorer.Score(wrongEvent, gold)["invitations"].TruePositives);
    }

    [Fact]
    public void EventsMatchOnDateAndKindOrAThirdOfTheWords()
    {
        var gold = new Extraction
        {
            Events =
            [
                new() { Name = "Tri-regional youth sports exchange tournament", Kind = "tournament", Date = "2024-08" },
                new() { Name = "Liaoning Ballet performance", Kind = "performance" },
            ],
        };
        var predicted = new Extraction
        {
            Events =
            [
                new() { Name = "Football cup", Kind = "tournament", Date = "2024-08-03" },
                new() { Name = "Ballet gala", Kind = "performance" },
            ],
        };
        var e = Scorer.Score(predicted, gold)["events"];
        // The dated one matches by kind; the undated one needs half its words and "ballet" is only a third.
        Assert.Equal((1, 1, 1), (e.TruePositives, e.FalsePositives, e.FalseNegatives));
    }

    [Fact]
    public void AttributeAccuracyIsOverMatchedRecords()
    {
        var gold = new Extraction
        {
            Organizations = [new() { Name = "Liaoning Province", Aliases = ["Liaoning"] }],
            People = [new() { Name = "Hao Feng", Title = "Party Secretary", Organization = "Liaoning Province" }, new() { Name = "Li Leqing", Title = "Governor" }],
        };
        var predicted = new Extraction
        {
            People = [new() { Name = "Hao Feng", Title = "party secretary", Organization = "Liaoning" }, new() { Name = "Li Leqing", Title = "Mayor" }, new() { Name = "Nobody Here", Title = "Governor" }],
        };
        var report = Scorer.Score(predicted, gold);
        Assert.Equal(new AttributeScore("person title", 1, 2), report.Attributes.Single(a => a.Attribute == "person title"));
        Assert.Equal(new AttributeScore("person organization", 1, 1), report.Attributes.Single(a => a.Attribute == "person organization"));
    }

    [Fact]
    public void TheLastLineOfTheReportIsTheOverallF1()
    {
        var gold = Gold(new ExtractedPerson { Name = "A B" }, new ExtractedPerson { Name = "C D" });
        var predicted = Gold(new ExtractedPerson { Name = "A B" }, new ExtractedPerson { Name = "E F" });
        var lines = Scorer.Score(predicted, gold).Format(details: true).Split('\n');
        Assert.Equal("overall F1 0.500", lines[^1]);
    }

    [Fact]
    public void EmptyPredictionAgainstEmptyGoldIsPerfect() =>
        Assert.Equal(1.0, Scorer.Score(new Extraction(), new Extraction()).Overall.F1, 6);
}
