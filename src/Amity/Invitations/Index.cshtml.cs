using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.Invitations;

public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t) : ListPage
{
    public override string Title => t["Invitations"];
    public override string NewHref => "/invitations/new";
    public override string ExportName => "invitations";
    public override IEnumerable<SelectListItem>? Kinds => Choices.Of<InvitationAnswer>(t);
    public override string KindLabel => "Answer";

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["To what", "From", "To", "Given", "Answer by", "Answer"];
        var answer = query.KindAs<InvitationAnswer>(Problems);
        if (Problems.Any) return [];
        var ids = await InvitationsApi.Matching(db, query, answer).Select(i => i.Id).ToListAsync(ct);
        var invitations = await InvitationSummary.QueryAsync(db, i => ids.Contains(i.Id), ct);
        return [.. invitations.Select(i => new ListRow($"/invitations/{i.Id}/edit",
            [i.What.Length > 0 ? i.What : t["Invitation {0}", i.Id], i.From, i.To, Show.Date(i.GivenOn), Show.Date(i.RespondBy), t[Show.Words(i.Answer)]]))];
    }
}
