using System;
using System.Collections.Generic;

namespace Lancs.Scoring.Engine.Compilation;

/// <summary>Strongly connected components (Tarjan's algorithm): rules that feed each other, directly or through others.</summary>
internal sealed partial class DependencyGraph
{
    private void FindComponents()
    {
        var order = new int[_rules.Count];
        var low = new int[_rules.Count];
        var onStack = new bool[_rules.Count];
        var stack = new Stack<int>();
        var counter = 0;
        for (var i = 0; i < _rules.Count; i++)
        {
            order[i] = -1;
        }

        void Visit(int rule)
        {
            order[rule] = low[rule] = counter++;
            stack.Push(rule);
            onStack[rule] = true;
            foreach (var producer in _producers[rule])
            {
                if (order[producer] < 0)
                {
                    Visit(producer);
                    low[rule] = Math.Min(low[rule], low[producer]);
                }
                else if (onStack[producer])
                {
                    low[rule] = Math.Min(low[rule], order[producer]);
                }
            }

            if (low[rule] == order[rule])
            {
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    _component[member] = _components;
                }
                while (member != rule);

                _components++;
            }
        }

        for (var i = 0; i < _rules.Count; i++)
        {
            if (order[i] < 0)
            {
                Visit(i);
            }
        }
    }
}
