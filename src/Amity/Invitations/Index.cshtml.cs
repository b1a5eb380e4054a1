using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Invitations;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage<Invitation>
{
    public override string Title => t["Invitations"];
    public override string NewHref => "/invitations/new";
    public override string ExportName => "invitations";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<InvitationAnswer>(t);
    public override string KindLabel => "Answer";

    protected override IQueryable<Invitation>? Matching(ListQuery query)
    {
        Headers = ["To what", "From", "To", "Given", "Answer by", "Answer"];
        var answer = query.KindAs<InvitationAnswer>(Problems);
        return Problems.Any ? null : InvitationsApi.Matching(db, query, answer);
    }

    protected override IOrderedQueryable<Invitation> Ordered(IQueryable<Invitation> matching) => matching.SoonestToAnswerFirst();

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var invitations = await InvitationSummary.QueryAsync(db, i => EF.Parameter(ids).Contains(i.Id), ct);
        return [.. InOrder(invitations, ids, i => i.Id).Select(i => new ListRow($"/invitations/{i.Id}/edit",
            [i.What.Length > 0 ? i.What : t["Invitation {0}", i.Id], i.From, i.To, Show.Date(i.GivenOn), Show.Date(i.RespondBy), t[Show.Words(i.Answer)]]))];
    }
}
