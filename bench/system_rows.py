"""The system rows of the benchmark suite (issue 10): the game as a program under one Xvfb,
against the floors of its own dependencies. bench/run.py calls measure(); on its own:

    python3 bench/system_rows.py BUILD_DIR [--runs N]

Every figure is a ratio taken per pair, the two sides run alternately, then the median and
the min-max over the pairs:

- launch to the first title frame: `respect --frames 1` / `bench-floor first-frame`
- launch to the first dialogue frame: `respect --level accessible-counter.xml
  --input-script first-dialogue.txt` (its start encounter is drawn on frame 1; the script
  quits at step 1, before frame 2 is drawn) / the same floor
- the same with a generated 2,000-encounter campaign installed (20 levels of 100
  encounters added to campaign.xml in a copy of the data folder) / the small campaign
- resident memory 10 s after launch in that scenario / `bench-floor redraw`
- CPU (user+sys) over 10 s while its first dialogue waits for input / `bench-floor redraw`
  (which redraws at 60 Hz)
- office frame time (the map with its whole cast, the player walking), median and p99 of
  `--frame-times` / `bench-floor frames` (500 sprites and 4 texts, no frame limit)
- physics step of the largest map: `bench-physics ours` / `bench-physics bare`

Launches are timed by hyperfine (each side its own hyperfine run per pair). Everything runs
with ALSOFT_DRIVERS=null and private XDG folders, so no real save or setting is touched.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DISPLAY = ':99'
LEVEL = 'accessible-counter.xml'   # a start encounter: its dialogue is on the first frame
OFFICE_MAP = 'maps/ground-floor.tmx'
OFFICE_FRAMES = 600
FLOOR_FRAMES = 600
CPU_SECONDS = 10.0
RSS_AFTER = 10.0
PHYSICS_STEPS = 200000
LAUNCH_RUNS = 5                    # hyperfine runs per side and pair


class Xvfb:
    """One virtual display for the whole run."""

    def __enter__(self):
        if not shutil.which('Xvfb'):
            raise SystemExit('bench/system_rows.py: needs Xvfb (apt package xvfb)')
        lock = f'/tmp/.X{DISPLAY[1:]}-lock'
        if os.path.exists(lock):
            raise SystemExit(f'bench/system_rows.py: display {DISPLAY} is taken ({lock})')
        self.process = subprocess.Popen(['Xvfb', DISPLAY, '-screen', '0', '1280x1024x24',
                                         '-nolisten', 'tcp'],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists(f'/tmp/.X11-unix/X{DISPLAY[1:]}'):
                break
            time.sleep(0.05)
        else:
            self.process.kill()
            raise SystemExit('bench/system_rows.py: Xvfb did not start')
        return self

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait()


def renderer(env):
    try:
        out = subprocess.run(['glxinfo', '-B'], capture_output=True, text=True, env=env,
                             timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return 'unknown (glxinfo -B failed; apt package mesa-utils)'
    for line in out.splitlines():
        if 'OpenGL renderer string' in line:
            return line.split(':', 1)[1].strip()
    return 'unknown'


def copy_data(target):
    """A data folder of our own (assets, levels, locales) that rows may add levels to."""
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(target)
    for folder in ('assets', 'levels', 'locales'):
        shutil.copytree(os.path.join(ROOT, folder), os.path.join(target, folder))
    return target


def map_spawns(map_file):
    """The names of the spawn points of a map (Tiled XML), player-start excluded."""
    import xml.etree.ElementTree as ET
    names = []
    for group in ET.parse(map_file).getroot().iter('objectgroup'):
        if group.get('name') == 'spawns':
            names += [o.get('name') for o in group.iter('object')
                      if o.get('name') and o.get('name') != 'player-start']
    return names


def write_office_level(data):
    """levels/bench-office.xml: the ground floor with every character of the map (the full
    cast), each with a talk encounter, and nothing that starts by itself."""
    cast = map_spawns(os.path.join(data, 'levels', OFFICE_MAP))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<level id="bench-office" version="1" map="{OFFICE_MAP}" minutes="10" lang="en">',
           '  <meta><title>The whole office</title><summary>A benchmark.</summary>'
           '<dimension ref="language"/></meta>', '  <cast>']
    for name in cast:
        out.append(f'    <character id="{name}" name="{name}" role="colleague"/>')
    out.append('  </cast>')
    for name in cast:
        out.append(f'  <encounter id="talk-{name}" with="{name}" trigger="talk">'
                   f'<node id="start"><say who="{name}">Hello.</say>'
                   '<choice goto="done"><text>Hello.</text><score dimension="language" delta="1"/>'
                   '<feedback rule="serve-in-own-language">Fine.</feedback></choice></node>'
                   '<node id="done"><end outcome="respectful"/></node></encounter>')
    out += ['  <debrief><question>What did you notice?</question></debrief>', '</level>']
    with open(os.path.join(data, 'levels/bench-office.xml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    return len(cast)


def install_big_campaign(data, levels=20, encounters=100):
    """Adds `levels` generated levels of `encounters` encounters each to the campaign."""
    ink = os.path.join(data, 'story.ink')
    campaign_path = os.path.join(data, 'levels/campaign.xml')
    with open(campaign_path, encoding='utf-8') as f:
        campaign = f.read()
    generated = os.path.join(data, 'levels/generated.xml')
    subprocess.run([sys.executable, os.path.join(ROOT, 'bench/generate-story.py'),
                    str(encounters), generated, ink], check=True, stdout=subprocess.DEVNULL)
    with open(generated, encoding='utf-8') as f:
        story = f.read()
    os.remove(generated)
    os.remove(ink)
    entries = []
    for i in range(levels):
        name = f'bench-{i:02d}.xml'
        with open(os.path.join(data, 'levels', name), 'w', encoding='utf-8') as f:
            f.write(story.replace(f'id="bench-{encounters}"', f'id="bench-{i:02d}"', 1))
        entries.append(f'  <scenario file="{name}" requires="sample-first-day"/>')
    campaign = campaign.replace('</campaign>', '\n'.join(entries) + '\n</campaign>')
    with open(campaign_path, 'w', encoding='utf-8') as f:
        f.write(campaign)
    return levels * encounters


def private_env(base, home, settings=None):
    """The environment of one side: the display, silent audio, XDG folders of its own."""
    env = dict(base)
    for key, sub in (('XDG_DATA_HOME', 'data'), ('XDG_CONFIG_HOME', 'config'),
                     ('XDG_CACHE_HOME', 'cache'), ('XDG_STATE_HOME', 'state')):
        env[key] = os.path.join(home, sub)
        os.makedirs(env[key], exist_ok=True)
    if settings is not None:
        os.makedirs(os.path.join(env['XDG_CONFIG_HOME'], 'respect'), exist_ok=True)
        with open(os.path.join(env['XDG_CONFIG_HOME'], 'respect/settings.json'), 'w') as f:
            json.dump(settings, f)
    return env


def hyperfine_median(command, env, work, log=print):
    """Median wall-clock seconds of `command` over LAUNCH_RUNS runs after one warm-up.
    bench-floor started right after another client left Xvfb aborts now and then (a few
    launches in a hundred) inside SFML's sf::Window constructor, before it draws anything:
    such a hyperfine run is said and run again, up to 5 times."""
    export = os.path.join(work, 'hyperfine.json')
    attempts = 5
    for attempt in range(1, attempts + 1):
        done = subprocess.run(['hyperfine', '--shell=none', '--warmup', '1', '--runs',
                               str(LAUNCH_RUNS), '--style', 'none', '--export-json', export,
                               ' '.join(command)], env=env, capture_output=True, text=True)
        if done.returncode == 0:
            break
        problem = (done.stdout + done.stderr).strip().splitlines()
        if attempt == attempts:
            raise SystemExit(f'bench/system_rows.py: hyperfine {" ".join(command)} failed:\n'
                             + '\n'.join(problem[-20:]))
        log(f'warning: hyperfine {" ".join(command)} failed ({problem[0] if problem else "?"}); '
            'running it again')
    with open(export) as f:
        result = json.load(f)['results'][0]
    return result['median']


def cpu_ticks(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def rss_kib(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0


def idle_sample(command, env):
    """Starts `command`, then returns (resident KiB RSS_AFTER s after launch, CPU seconds
    (user+sys) from 2 s to 2 + CPU_SECONDS s after launch), and stops it."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        started = time.monotonic()
        time.sleep(2.0)
        ticks = cpu_ticks(process.pid)
        time.sleep(RSS_AFTER - (time.monotonic() - started))
        rss = rss_kib(process.pid)
        time.sleep(2.0 + CPU_SECONDS - (time.monotonic() - started))
        cpu = (cpu_ticks(process.pid) - ticks) / os.sysconf('SC_CLK_TCK')
        if process.poll() is not None:
            raise SystemExit(f'bench/system_rows.py: {command[0]} ended early')
        return rss, cpu
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def office_frame_times(respect, data, script, env, work):
    times = os.path.join(work, 'frame-times.txt')
    subprocess.run([respect, '--data', data, '--level', 'bench-office.xml', '--input-script',
                    script, '--frames', str(OFFICE_FRAMES), '--frame-times', times],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(times) as f:
        values = [float(line) for line in f if line.strip()]
    drawn = len(values)
    # The first frames load textures and compile shaders: leave out the first tenth, as
    # bench-floor does.
    kept = values[len(values) // 10:]
    return {'median': statistics.median(kept), 'p99': percentile(kept, 0.99), 'drawn': drawn}


def run_json(command, env=None):
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def write_scripts(work):
    first_dialogue = os.path.join(work, 'first-dialogue.txt')
    with open(first_dialogue, 'w') as f:
        # Frame 1 runs step 0 and draws the start encounter's dialogue; step 1 quits
        # before frame 2 is drawn.
        f.write('# quit right after the first frame (the first dialogue frame)\n1 quit\n')
    walk = os.path.join(work, 'walk.txt')
    with open(walk, 'w') as f:
        # Back and forth on the open floor by the entrance, a move key always held.
        f.write('# the player walks right and left, never standing still\n')
        step = 0
        while step < OFFICE_FRAMES + 60:
            f.write(f'{step} right for 60\n{step + 60} left for 60\n')
            step += 120
    return first_dialogue, walk


def measure(build, runs, log=print):
    """Returns (renderer, rows): each row (name, pairs of (ours, floor), unit, goal(ratio,
    ours, floor) -> bool, goal text)."""
    respect = os.path.join(build, 'respect')
    floor = os.path.join(build, 'bench/bench-floor')
    physics = os.path.join(build, 'bench/bench-physics')
    for program in (respect, floor, physics):
        if not os.path.exists(program):
            raise SystemExit(f'bench/system_rows.py: {program} is not built')
    work = os.path.join(build, 'system')
    os.makedirs(work, exist_ok=True)
    small = copy_data(os.path.join(work, 'data-small'))
    cast = write_office_level(small)
    big = copy_data(os.path.join(work, 'data-big'))
    encounters = install_big_campaign(big)
    first_dialogue, walk = write_scripts(work)
    homes = tempfile.mkdtemp(prefix='respect-bench-')
    base = dict(os.environ, DISPLAY=DISPLAY, ALSOFT_DRIVERS='null')
    base.pop('RESPECT_DATA', None)

    def env_for(name, settings=None):
        return private_env(base, os.path.join(homes, name), settings)

    try:
        with Xvfb():
            gl = renderer(base)
            log(f'renderer: {gl}')
            floor_env = env_for('floor')
            title_env = env_for('title')
            dialogue_env = env_for('dialogue')
            big_env = env_for('big')
            # The dialogue waits at once: whole lines, no typewriter animation to wait for.
            idle_env = env_for('idle', {'typewriterSpeed': 0})
            office_env = env_for('office')
            floor_first = [floor, 'first-frame']
            dialogue = [respect, '--data', small, '--level', LEVEL, '--input-script',
                        first_dialogue]
            dialogue_big = [respect, '--data', big, '--level', LEVEL, '--input-script',
                            first_dialogue]

            pairs = {key: [] for key in ('title', 'dialogue', 'big', 'rss', 'cpu', 'median',
                                         'p99', 'physics')}
            for i in range(runs):
                log(f'system rows: pair {i + 1} of {runs}')
                ours = hyperfine_median([respect, '--data', small, '--frames', '1'], title_env,
                                        work, log)
                theirs = hyperfine_median(floor_first, floor_env, work, log)
                pairs['title'].append((ours, theirs))
                ours = hyperfine_median(dialogue, dialogue_env, work, log)
                theirs = hyperfine_median(floor_first, floor_env, work, log)
                pairs['dialogue'].append((ours, theirs))
                ours = hyperfine_median(dialogue_big, big_env, work, log)
                theirs = hyperfine_median(dialogue, dialogue_env, work, log)
                pairs['big'].append((ours, theirs))
                if i < min(runs, 3):  # 24 s a pair: three pairs at most
                    rss, cpu = idle_sample([respect, '--data', small, '--level', LEVEL],
                                           idle_env)
                    floor_rss, floor_cpu = idle_sample([floor, 'redraw', '14'], floor_env)
                    pairs['rss'].append((rss / 1024, floor_rss / 1024))
                    pairs['cpu'].append((cpu, floor_cpu))
                frames = office_frame_times(respect, small, walk, office_env, work)
                if frames['drawn'] < OFFICE_FRAMES * 0.95:
                    log(f'warning: the office drew only {frames["drawn"]} of {OFFICE_FRAMES} '
                        'frames while the player walked')
                floor_frames = run_json([floor, 'frames', str(FLOOR_FRAMES)], floor_env)
                pairs['median'].append((frames['median'], floor_frames['median']))
                pairs['p99'].append((frames['p99'], floor_frames['p99']))
                ours = run_json([physics, 'ours', str(PHYSICS_STEPS)])
                theirs = run_json([physics, 'bare', str(PHYSICS_STEPS)])
                pairs['physics'].append((ours['usPerStep'], theirs['usPerStep']))
    finally:
        shutil.rmtree(homes, ignore_errors=True)

    def seconds(value):
        return f'{value:.3f} s'

    def ms(value):
        return f'{value:.2f} ms'

    def mib(value):
        return f'{value:.0f} MiB'

    def cpu(value):
        return f'{value:.2f} s CPU in {CPU_SECONDS:.0f} s'

    def us(value):
        return f'{value:.2f} µs'

    rows = [
        ('launch to first title frame (`respect --frames 1`) / bare SFML first frame '
         '(`bench-floor first-frame`)', pairs['title'], seconds,
         lambda r, o, t: r <= 1.3, '<= 1.3x'),
        (f'launch to first dialogue frame (`--level {LEVEL}` + input script) / bare SFML first '
         'frame', pairs['dialogue'], seconds, lambda r, o, t: r <= 1.5, '<= 1.5x'),
        (f'the same with a generated {encounters:,}-encounter campaign installed / the small '
         'campaign', pairs['big'], seconds, lambda r, o, t: r <= 1.1, '<= 1.1x'),
        (f'resident memory {RSS_AFTER:.0f} s after launch in a scenario / bare SFML redrawing',
         pairs['rss'], mib, lambda r, o, t: r <= 1.3, '<= 1.3x'),
        (f'CPU (user+sys) over {CPU_SECONDS:.0f} s while a dialogue waits for input / bare SFML '
         'redrawing at 60 Hz', pairs['cpu'], cpu, lambda r, o, t: r <= 0.1, '<= 0.1x'),
        (f'office frame time, median (ground floor, full cast of {cast}, walking; '
         f'`--frame-times`) / bare SFML 500 sprites + 4 texts', pairs['median'], ms,
         lambda r, o, t: r <= 1.2, '<= 1.2x'),
        ('office frame time, p99 / the same floor', pairs['p99'], ms,
         lambda r, o, t: o <= 16.7, 'ours <= 16.7 ms'),
        (f'physics step of the largest map ({PHYSICS_STEPS:,} steps walking; OfficeWorld) / '
         'bare Box2D with the same bodies', pairs['physics'], us,
         lambda r, o, t: r <= 1.2, '<= 1.2x'),
    ]
    return gl, rows


def table_lines(rows):
    lines = []
    for name, pairs, unit, goal, goal_text in rows:
        ratios = [a / b for a, b in pairs]
        median = statistics.median(ratios)
        ours = statistics.median(a for a, _ in pairs)
        theirs = statistics.median(b for _, b in pairs)
        met = goal(median, ours, theirs)
        lines.append(f'| {name} | {median:.2f}x | {min(ratios):.2f}-{max(ratios):.2f} | '
                     f'{unit(ours)} | {unit(theirs)} | {goal_text} | {"yes" if met else "NO"} |')
    return lines


def main():
    build = sys.argv[1]
    runs = int(sys.argv[sys.argv.index('--runs') + 1]) if '--runs' in sys.argv else 5
    _, rows = measure(build, runs)
    for line in table_lines(rows):
        print(line)


if __name__ == '__main__':
    main()
