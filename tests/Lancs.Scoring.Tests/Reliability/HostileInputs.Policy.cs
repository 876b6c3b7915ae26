using System.Collections.Generic;
using System.Linq;

namespace Lancs.Scoring.Tests.Reliability;

/// <summary>The policy files' cases: every bad policy stops the command (exit code 2) with a message naming the field.</summary>
public static partial class HostileInputs
{
    private static IEnumerable<HostileCase> Policy()
    {
        yield return Pol("P001", "an empty object: the published policy", "{}", Ok("residual 12 or above"));
        yield return Pol("P002", "a threshold of 15", "{ \"inclusionThreshold\": 15 }", Ok("residual 15 or above"));
        yield return Pol("P003", "threshold 0", "{ \"inclusionThreshold\": 0 }", Usage("inclusionThreshold: 0 is outside 1-25, the range of the 5x5 matrix."));
        yield return Pol("P004", "threshold 26", "{ \"inclusionThreshold\": 26 }", Usage("inclusionThreshold: 26 is outside 1-25"));
        yield return Pol("P005", "the threshold as a string", "{ \"inclusionThreshold\": \"12\" }", Usage("inclusionThreshold: \"12\" is not a whole number"));
        yield return Pol("P006", "a fractional threshold", "{ \"inclusionThreshold\": 12.5 }", Usage("inclusionThreshold: 12.5 is not a whole number"));
        yield return Pol("P007", "a threshold of 1e400", "{ \"inclusionThreshold\": 1e400 }", Usage("inclusionThreshold: 1e400 is not a whole number"));
        yield return Pol("P008", "the same key twice (JSON would keep the last)", "{ \"inclusionThreshold\": 12, \"inclusionThreshold\": 16 }", Usage("inclusionThreshold: given 2 times; give each field once."));
        yield return Pol("P009", "the name three times", "{ \"name\": \"a\", \"name\": \"b\", \"name\": \"c\" }", Usage("name: given 3 times"));
        yield return Pol("P010", "an unknown field", "{ \"threshold\": 12 }", Usage("threshold: unknown field; the fields are name, inclusionThreshold"));
        yield return Pol("P011", "a name of 200 characters", "{ \"name\": \"" + new string('n', 200) + "\" }", Ok(new string('n', 200) + ": residual 12"));
        yield return Pol("P012", "a name of 201 characters", "{ \"name\": \"" + new string('n', 201) + "\" }",
            Usage("name: '" + new string('n', 200) + "… (201 characters in all)' is 201 characters; a name or label is at most 200 characters of visible text"));
        yield return Pol("P013", "a name with a line break", "{ \"name\": \"two\\nlines\" }", Usage("name: 'two\\u000Alines' is 9 characters and holds control or invisible characters"));
        yield return Pol("P014", "a label with a zero-width space", "{ \"corporateRegisterLabel\": \"corporate\\u200B\" }", Usage("corporateRegisterLabel: 'corporate\\u200B' is 10 characters and holds control or invisible characters"));
        yield return Pol("P015", "an empty name", "{ \"name\": \"\" }", Usage("name: \"\" is not a non-empty string."));
        yield return Pol("P016", "a null name", "{ \"name\": null }", Usage("name: null is not a non-empty string."));
        yield return Pol("P017", "a boolean that is a string", "{ \"riskHigherIsBetter\": \"yes\" }", Usage("riskHigherIsBetter: \"yes\" is not true or false."));
        yield return Pol("P018", "a similarity above 1", "{ \"descriptionSimilarity\": 1.5 }", Usage("descriptionSimilarity: 1.5 is not a number from 0 to 1"));
        yield return Pol("P019", "an unknown matching", "{ \"matching\": \"ByTitle\" }", Usage("matching: 'ByTitle' is not"));
        yield return Pol("P020", "a trailing comma", "{ \"inclusionThreshold\": 15, }", Ok("residual 15 or above"));
        yield return Pol("P021", "comments", "// the council's\n{ /* raised */ \"inclusionThreshold\": 16 }", Ok("residual 16 or above"));
        yield return Pol("P022", "a byte-order mark", "\uFEFF{ \"inclusionThreshold\": 15 }", Ok("residual 15 or above"));
        yield return Pol("P023", "UTF-16 with a byte-order mark", "utf16:{ \"inclusionThreshold\": 15 }", Ok("residual 15 or above"));
        yield return Pol("P024", "not JSON", "{", Usage("(file): not valid JSON"));
        yield return Pol("P025", "an empty file", string.Empty, Usage("(file): not valid JSON"));
        yield return Pol("P026", "an array, not an object", "[]", Usage("(file): the policy must be a JSON object"));
        yield return Pol("P027", "nesting 100 deep", "{ \"name\": " + string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)) + " }", Usage("(file): not valid JSON"));
        yield return Pol("P028", "a Latin-1 byte in the name", "{ \"name\": \"Caf{xE9}\" }", Usage("the policy file is not UTF-8 text"));
        yield return Pol("P029", "a policy of 2 MiB (a 2-million-character name)", "{ \"name\": \"" + new string('n', 2 << 20) + "\" }",
            Usage("larger than 1,048,576 bytes, the limit for an input policy file"));
        yield return Pol("P030", "several problems at once, each named", "{ \"inclusionThreshold\": 40, \"riskHigherIsBetter\": 1 }",
            Usage("inclusionThreshold: 40 is outside 1-25, the range of the 5x5 matrix."));
    }
}
