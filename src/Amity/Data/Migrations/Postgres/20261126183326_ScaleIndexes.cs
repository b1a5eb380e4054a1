using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Signatory_PersonId",
                table: "Signatory");

            migrationBuilder.DropIndex(
                name: "IX_RelationshipParty_OrganizationId",
                table: "RelationshipParty");

            migrationBuilder.DropIndex(
                name: "IX_Participant_OrganizationId",
                table: "Participant");

            migrationBuilder.DropIndex(
                name: "IX_Participant_PersonId",
                table: "Participant");

            migrationBuilder.DropIndex(
                name: "IX_EventOrganization_OrganizationId",
                table: "EventOrganization");

            migrationBuilder.DropIndex(
                name: "IX_ArticleLink_OrganizationId",
                table: "ArticleLink");

            migrationBuilder.DropIndex(
                name: "IX_ArticleLink_PersonId",
                table: "ArticleLink");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParty_OrganizationId",
                table: "AgreementParty");

            migrationBuilder.CreateIndex(
                name: "IX_Signatory_PersonId_AgreementId",
                table: "Signatory",
                columns: new[] { "PersonId", "AgreementId" });

            migrationBuilder.CreateIndex(
                name: "IX_RelationshipParty_OrganizationId_RelationshipId",
                table: "RelationshipParty",
                columns: new[] { "OrganizationId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_Participant_OrganizationId_EngagementId",
                table: "Participant",
                columns: new[] { "OrganizationId", "EngagementId" });

            migrationBuilder.CreateIndex(
                name: "IX_Participant_PersonId_EngagementId",
                table: "Participant",
                columns: new[] { "PersonId", "EngagementId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventOrganization_OrganizationId_EventId",
                table: "EventOrganization",
                columns: new[] { "OrganizationId", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleLink_OrganizationId_ArticleId",
                table: "ArticleLink",
                columns: new[] { "OrganizationId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleLink_PersonId_ArticleId",
                table: "ArticleLink",
                columns: new[] { "PersonId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParty_OrganizationId_AgreementId",
                table: "AgreementParty",
                columns: new[] { "OrganizationId", "AgreementId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Signatory_PersonId_AgreementId",
                table: "Signatory");

            migrationBuilder.DropIndex(
                name: "IX_RelationshipParty_OrganizationId_RelationshipId",
                table: "RelationshipParty");

            migrationBuilder.DropIndex(
                name: "IX_Participant_OrganizationId_EngagementId",
                table: "Participant");

            migrationBuilder.DropIndex(
                name: "IX_Participant_PersonId_EngagementId",
                table: "Participant");

            migrationBuilder.DropIndex(
                name: "IX_EventOrganization_OrganizationId_EventId",
                table: "EventOrganization");

            migrationBuilder.DropIndex(
                name: "IX_ArticleLink_OrganizationId_ArticleId",
                table: "ArticleLink");

            migrationBuilder.DropIndex(
                name: "IX_ArticleLink_PersonId_ArticleId",
                table: "ArticleLink");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParty_OrganizationId_AgreementId",
                table: "AgreementParty");

            migrationBuilder.CreateIndex(
                name: "IX_Signatory_PersonId",
                table: "Signatory",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RelationshipParty_OrganizationId",
                table: "RelationshipParty",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Participant_OrganizationId",
                table: "Participant",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Participant_PersonId",
                table: "Participant",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EventOrganization_OrganizationId",
                table: "EventOrganization",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleLink_OrganizationId",
                table: "ArticleLink",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleLink_PersonId",
                table: "ArticleLink",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParty_OrganizationId",
                table: "AgreementParty",
                column: "OrganizationId");
        }
    }
}
