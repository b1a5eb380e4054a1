using System.Globalization;
using Amity.Shared;

namespace Amity.Tests.Shared;

public class NamesTests
{
    [Fact]
    public void ANameIsTaggedWithTheLanguageItsScriptIsWrittenIn()
    {
        Assert.Equal("ko", Names.Lang("김동연"));
        Assert.Equal("zh", Names.Lang("郝鹏"));
        Assert.Equal("ja", Names.Lang("神奈川県庁 かながわ"));
        Assert.Null(Names.Lang("Hao Feng"));
        Assert.Null(Names.Lang(null));
    }

    [Fact]
    public void NamesSortByTheReadersCollationIgnoringCaseAndAccentsWithLatinHangulAndHanziEachInOrder()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
            string[] names = ["zhao Hengxin", "Ümit Aksoy", "김동연", "Dong Yeon Kim", "郝鹏", "염종현", "abe Shinzo"];
            var sorted = names.OrderBy(n => n, Names.Comparer).ToList();
            Assert.Equal(["abe Shinzo", "Dong Yeon Kim", "Ümit Aksoy", "zhao Hengxin"], sorted.Take(4));
            Assert.True(sorted.IndexOf("김동연") < sorted.IndexOf("염종현"), string.Join(", ", sorted));
            Assert.Contains("郝鹏", sorted.Skip(4));
        }
        finally { CultureInfo.CurrentCulture = previous; }
    }
}
