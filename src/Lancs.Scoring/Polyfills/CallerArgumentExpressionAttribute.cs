#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Polyfill for netstandard2.0: lets <c>Guard</c> name the argument it checks.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class CallerArgumentExpressionAttribute : Attribute
{
    public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

    public string ParameterName { get; }
}
#endif
