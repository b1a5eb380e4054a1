using System.Globalization;
using System.Linq.Expressions;
using Amity.Data;

namespace Amity.Api;

/// <summary>
/// Keeps records whose partial date (stored as canonical text) reaches into [from, to].
/// Text order is first-day order, so "on or before to" is a plain comparison; "on or after from" must also keep
/// the year and month that contain <c>from</c>, whose text sorts before it though their span reaches it.
/// </summary>
public static class DateFilter
{
    public static IQueryable<T> Within<T>(this IQueryable<T> source, Expression<Func<T, string?>> date, DateOnly? from, DateOnly? to)
    {
        if (from is { } f)
        {
            var (day, year, month) = PartialDate.LowerBound(f);
            source = source.Where(Compose(date, d => d != null && (d.CompareTo(day) >= 0 || d == year || d == month)));
        }
        if (to is { } t)
        {
            var last = t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            source = source.Where(Compose(date, d => d != null && d.CompareTo(last) <= 0));
        }
        return source;
    }

    private static Expression<Func<T, bool>> Compose<T>(Expression<Func<T, string?>> selector, Expression<Func<string?, bool>> test)
    {
        var body = new Replace(test.Parameters[0], selector.Body).Visit(test.Body);
        return Expression.Lambda<Func<T, bool>>(body, selector.Parameters);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
