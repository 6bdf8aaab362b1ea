// Checks every statement of an xAPI outbox (one JSON statement per line) with Learning
// Locker's validator (npm package xapi-validation). Prints each problem as
// FILE:LINE: path: message and exits 1 when there is any.
// Usage: node validate-xapi.js FILE.jsonl...   (NODE_PATH must reach xapi-validation)
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

let problems = 0;
let statements = 0;
for (const file of process.argv.slice(2)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    statements += 1;
    let statement;
    try {
      statement = JSON.parse(text);
    } catch (error) {
      problems += 1;
      console.log(`${file}:${index + 1}: not JSON: ${error.message}`);
      return;
    }
    for (const warning of validate(statement)) {
      problems += 1;
      const kind = warning.typeName ? `not a valid ${warning.typeName}` : warning.name;
      console.log(`${file}:${index + 1}: ${warning.path.join('.')}: ${kind}: ` +
                  JSON.stringify(warning.data));
    }
  });
}
console.log(`${statements} statements, ${problems} problems`);
process.exit(problems === 0 && statements > 0 ? 0 : 1);
