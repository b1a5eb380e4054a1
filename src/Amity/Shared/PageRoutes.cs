using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Amity.Shared;

/// <summary>Each edit page also creates: "/partners/new" is the same page as "/partners/{id}/edit", without an id.</summary>
public static class PageRoutes
{
    public static void Add(PageConventionCollection conventions)
    {
        conventions.AddPageRoute("/Partners/Edit", "partners/new");
        conventions.AddPageRoute("/Partners/RelationshipEdit", "relationships/new");
        conventions.AddPageRoute("/People/Edit", "people/new");
        conventions.AddPageRoute("/Engagements/Edit", "engagements/new");
        conventions.AddPageRoute("/Agreements/Edit", "agreements/new");
        conventions.AddPageRoute("/Invitations/Edit", "invitations/new");
        conventions.AddPageRoute("/Events/Edit", "events/new");
        conventions.AddPageRoute("/News/Edit", "news/new");
    }
}
