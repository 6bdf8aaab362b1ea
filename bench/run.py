#!/usr/bin/env python3
"""The measuring half of tools/bench: runs each comparison's two sides alternately, several
times, and prints (and writes to bench/RESULTS.md) the median and min-max of each ratio.

    bench/run.py BUILD_DIR INKJS_DIR [--runs N]

Every figure is a ratio measured in the same run against a floor or a peer, because these
machines are shared and noisy.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time

import system_rows

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_json(command, env=None):
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    build, inkjs = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[sys.argv.index('--runs') + 1]) if '--runs' in sys.argv else 5
    stories = os.path.join(build, 'stories')
    os.makedirs(stories, exist_ok=True)
    level = os.path.join(stories, 'story-5000.xml')
    ink = os.path.join(stories, 'story-5000.ink')
    compiled = os.path.join(stories, 'story-5000.json')
    env = dict(os.environ, INKJS_DIR=inkjs)
    node_bench = ['node', os.path.join(ROOT, 'bench/ink/ink-bench.js')]
    if not os.path.exists(compiled):
        subprocess.run([sys.executable, os.path.join(ROOT, 'bench/generate-story.py'), '5000',
                        level, ink], check=True)
        subprocess.run(node_bench + ['compile', ink, compiled], check=True, env=env)
    dialogue = os.path.join(build, 'bench/bench-dialogue')

    # name: (ours, theirs, how the ratio is read, goal test, goal text)
    rows = [
        ('dialogue runner (the engine\'s Runner, as inkjs\'s Story): choices per second on a random play-through of 100,000 choices of the 5,000-encounter story, ours / inkjs',
         lambda: run_json([dialogue, 'run', level, '100000', '7'])['perSecond'],
         lambda: run_json(node_bench + ['play', compiled, '100000', '7'], env)['perSecond'],
         'ours/theirs', lambda r: r >= 100, '>= 100x inkjs'),
        ('the same choices per second through the game\'s LevelSession (also scores, feedback and the record of play for saves and the debrief), ours / inkjs',
         lambda: run_json([dialogue, 'play', level, '100000', '7'])['perSecond'],
         lambda: run_json(node_bench + ['play', compiled, '100000', '7'], env)['perSecond'],
         'ours/theirs', lambda r: r >= 100, '>= 100x inkjs'),
        ('load the 5,000-encounter level / inkjs loading its compiled JSON',
         lambda: run_json([dialogue, 'load', level])['ms'],
         lambda: run_json(node_bench + ['load', compiled], env)['ms'],
         'ours/theirs', lambda r: r <= 0.2, '<= 0.2x'),
        ('load the 5,000-encounter level / tinyxml2 parse-only',
         lambda: run_json([dialogue, 'load', level])['ms'],
         lambda: run_json([dialogue, 'parse', level])['ms'],
         'ours/theirs', lambda r: r <= 2.5, '<= 2.5x'),
        ('check the 5,000-encounter level / tinyxml2 parse-only',
         lambda: run_json([dialogue, 'check', level])['ms'],
         lambda: run_json([dialogue, 'parse', level])['ms'],
         'ours/theirs', lambda r: r <= 4, '<= 4x'),
    ]
    lines = ['| what | ratio (median) | min-max | ours (median) | floor or peer (median) | goal | met |',
             '|---|---:|---:|---:|---:|---|---|']
    for name, ours, theirs, _, goal, goal_text in rows:
        pairs = []
        for _ in range(runs):
            a = ours()
            b = theirs()
            pairs.append((a, b, a / b))
        ratios = [p[2] for p in pairs]
        median = statistics.median(ratios)
        unit = '/s' if 'choices' in name else ' ms'
        lines.append(f'| {name} | {median:.2f}x | {min(ratios):.2f}-{max(ratios):.2f} | '
                     f'{statistics.median(p[0] for p in pairs):,.1f}{unit} | '
                     f'{statistics.median(p[1] for p in pairs):,.1f}{unit} | {goal_text} | '
                     f'{"yes" if goal(median) else "NO"} |')
        print(lines[-1], flush=True)

    renderer, system = system_rows.measure(build, runs, log=lambda text: print(text, flush=True))
    for line in system_rows.table_lines(system):
        lines.append(line)
        print(line, flush=True)

    header = [
        '# Benchmark results', '',
        f'Last run: {time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}, `tools/bench --runs {runs}` '
        f'on {platform.node()} ({os.cpu_count()} cores, {platform.platform()}), renderer: {renderer}.',
        'Each row runs its two sides alternately; the ratio is taken per pair, then the median '
        'and the range over the pairs.',
        'The system rows (bench/system_rows.py) run under one Xvfb with ALSOFT_DRIVERS=null and '
        'private XDG folders; launches are hyperfine medians of '
        f'{system_rows.LAUNCH_RUNS} runs per side and pair; the floors are bench-floor (bare SFML '
        'with the game\'s font and a sprite sheet), bench-physics bare (bare Box2D) and the small '
        'campaign.',
        'What each row measures, why a row misses its goal and what was tried: '
        '[bench/README.md](README.md).', '']
    with open(os.path.join(ROOT, 'bench/RESULTS.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(header + lines) + '\n')


if __name__ == '__main__':
    main()
