// The ink side of the dialogue comparison, on node with inkjs 2.x (npm inkjs; MIT).
//
//   node ink-bench.js compile STORY.ink STORY.json     compile once (not timed here)
//   node ink-bench.js load STORY.json                  time loading the compiled story
//   node ink-bench.js play STORY.json CHOICES SEED     random play-through, choices/s
//
// Prints one JSON line: what was measured, in milliseconds and per second. The random
// choices use the same small generator as bench-dialogue (xorshift32), so both make a
// uniform pick among the choices offered.
'use strict';
const fs = require('fs');
const path = require('path');
const inkRoot = process.env.INKJS_DIR || path.join(__dirname, 'node_modules', 'inkjs');
const { Story, Compiler } = require(path.join(inkRoot, 'dist', 'ink-full.js'));

function now() { return Number(process.hrtime.bigint()) / 1e6; }

function xorshift(seed) {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state % n;
  };
}

const [mode, file, ...rest] = process.argv.slice(2);
if (mode === 'compile') {
  const story = new Compiler(fs.readFileSync(file, 'utf8')).Compile();
  fs.writeFileSync(rest[0], story.ToJson());
} else if (mode === 'load') {
  const text = fs.readFileSync(file, 'utf8');
  const start = now();
  const story = new Story(text);
  const ms = now() - start;
  if (!story.canContinue) throw new Error('story does not start');
  console.log(JSON.stringify({ what: 'ink load', ms }));
} else if (mode === 'play') {
  const wanted = Number(rest[0]);
  const pick = xorshift(Number(rest[1] || 1));
  const story = new Story(fs.readFileSync(file, 'utf8'));
  let choices = 0;
  const start = now();
  while (choices < wanted) {
    story.ContinueMaximally();
    const offered = story.currentChoices.length;
    if (offered === 0) {
      story.ResetState(); // the end: play again
      continue;
    }
    story.ChooseChoiceIndex(pick(offered));
    ++choices;
  }
  const ms = now() - start;
  console.log(JSON.stringify({ what: 'ink play', choices, ms, perSecond: choices / (ms / 1000) }));
} else {
  console.error('usage: node ink-bench.js compile|load|play ...');
  process.exit(2);
}
