global using Xunit;
global using Amity.Data;
global using Amity.Tests.Infrastructure;
global using Microsoft.Playwright;
