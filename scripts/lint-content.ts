/**
 * `npm run check` step: lints every MDX page for mistakes that build but read badly.
 * Prints "file:line message" and exits non-zero when anything is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintMdx } from '../src/lib/mdx-lint.ts';

const root = path.join(import.meta.dirname, '..', 'src', 'content');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
let count = 0;
for (const file of files) {
  for (const problem of lintMdx(readFileSync(path.join(root, file), 'utf8'))) {
    console.error(`src/content/${file}:${problem.line} ${problem.message}`);
    count++;
  }
}
if (count > 0) {
  console.error(`\n${count} problem(s) in MDX pages.`);
  process.exit(1);
}
console.log(`MDX lint: ${files.length} pages, no problems.`);
