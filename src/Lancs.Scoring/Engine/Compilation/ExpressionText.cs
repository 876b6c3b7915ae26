using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Writes an expression as its author wrote it, without the compiler's closure noise.</summary>
internal static class ExpressionText
{
    private static readonly Regex ClosureAccess = new(@"value\([^()]*\)\.", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Returns <c>e =&gt; (e.Residual &gt;= threshold)</c> rather than <c>e =&gt; (e.Residual &gt;= value(Rule+&lt;&gt;c__DisplayClass0_0).threshold)</c>.</summary>
    public static string Of(Expression expression) => ClosureAccess.Replace(expression.ToString(), string.Empty);
}
