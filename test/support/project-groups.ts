/**
 * When each test project runs, and how many of its files at once (vitest.config.ts).
 *
 * The projects that start no browser run first, a file per core: their files are mostly Node's
 * own work, one process each. The browser files run after them, one at a time: each already
 * checks a few pages at once in its Chromium, which keeps both cores of this machine busy, and
 * two files at once made the page checks slower (six pages at once: 294 s, against 217 s).
 * Projects in one group must agree on their number of workers.
 */
export const nodeGroup = { sequence: { groupOrder: 0 }, maxWorkers: '100%' };
export const browserGroup = { sequence: { groupOrder: 1 }, maxWorkers: 1 };
