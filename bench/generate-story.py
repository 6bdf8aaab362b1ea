#!/usr/bin/env python3
"""Writes the same generated story as a Respect level and as ink source, so the dialogue
runner, the loader and the checker can be compared with inkjs on equal content.

    bench/generate-story.py ENCOUNTERS OUT.xml OUT.ink

Each encounter: two lines (the second shown only after the trust variable reaches 3),
three choices (one once-only, one that raises trust, one that costs a point on a Diversity
Code dimension), each leading to a node with a reply and an end. ink gets one knot per
encounter with the same lines, conditions, choices and variable, diverting to the next.
"""
import sys


def level(count):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<level id="bench-{count}" version="1" minutes="600" lang="en">',
           '  <meta><title>Generated story</title><summary>A benchmark.</summary>'
           '<dimension ref="language"/></meta>',
           '  <cast><character id="ana" name="Ana" role="colleague"/></cast>',
           '  <vars><var name="trust" type="int" value="0"/></vars>']
    for i in range(count):
        out.append(f'  <encounter id="e{i}" with="ana" trigger="talk">')
        out.append(f'    <note>Encounter {i} of the generated story.</note>')
        out.append('    <node id="start">')
        out.append(f'      <say who="ana">Good morning, this is encounter {i}. How can I help?</say>')
        out.append(f'      <say who="narrator" when="trust &gt;= 3">She trusts you by now ({i}).</say>')
        out.append(f'      <choice goto="kind"><text>Answer kindly ({i}).</text>'
                   '<set var="trust" add="1"/><score dimension="language" delta="1"/>'
                   '<feedback rule="serve-in-own-language">Kind and clear.</feedback></choice>')
        out.append(f'      <choice goto="short" once="true"><text>Answer briefly ({i}).</text></choice>')
        out.append(f'      <choice goto="rude"><text>Ignore the question ({i}).</text>'
                   '<score dimension="language" delta="-1"/>'
                   '<feedback rule="serve-in-own-language">That shuts her out.</feedback></choice>')
        out.append('    </node>')
        for node, reply, outcome in (('kind', 'Thank you!', 'respectful'),
                                     ('short', 'I see.', 'neutral'),
                                     ('rude', 'Oh.', 'hurtful')):
            out.append(f'    <node id="{node}"><say who="ana">{reply} ({i})</say>'
                       f'<end outcome="{outcome}"/></node>')
        out.append('  </encounter>')
    out.append('  <debrief><question>What did you notice?</question></debrief>')
    out.append('</level>')
    return '\n'.join(out) + '\n'


def ink(count):
    out = ['VAR trust = 0', 'VAR score = 0', '-> e0', '']
    for i in range(count):
        following = f'e{i + 1}' if i + 1 < count else 'END'
        out.append(f'=== e{i} ===')
        out.append(f'Ana: Good morning, this is encounter {i}. How can I help?')
        out.append(f'{{trust >= 3: She trusts you by now ({i}).}}')
        out.append(f'+ [Answer kindly ({i}).]')
        out.append('  ~ trust = trust + 1')
        out.append('  ~ score = score + 1')
        out.append(f'  Ana: Thank you! ({i})')
        out.append(f'  -> {following}')
        out.append(f'* [Answer briefly ({i}).]')
        out.append(f'  Ana: I see. ({i})')
        out.append(f'  -> {following}')
        out.append(f'+ [Ignore the question ({i}).]')
        out.append('  ~ score = score - 1')
        out.append(f'  Ana: Oh. ({i})')
        out.append(f'  -> {following}')
        out.append('')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    count = int(sys.argv[1])
    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write(level(count))
    with open(sys.argv[3], 'w', encoding='utf-8') as f:
        f.write(ink(count))
