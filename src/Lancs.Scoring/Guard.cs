using System;
using System.Runtime.CompilerServices;

namespace Lancs.Scoring;

/// <summary>Argument checks shared by the whole library, so every message has the same shape.</summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="value"/>, or throws when it is <see langword="null"/>.</summary>
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    /// <summary>Returns <paramref name="value"/>, or throws when it is <see langword="null"/>, empty or white space.</summary>
    public static string NotEmpty(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException("Value must not be empty or white space.", name);
        }

        return value;
    }
}
