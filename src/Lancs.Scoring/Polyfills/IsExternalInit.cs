#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Polyfill for netstandard2.0: enables <c>init</c> accessors and records.</summary>
internal static class IsExternalInit
{
}
#endif
