/**
 * One fixture build at a time across test workers: builds from one project folder share its
 * .astro/ folder (Astro writes its generated types there), so two at once could read each
 * other's half-written files. The lock is a directory, which the file system creates for one
 * caller only; a lock left by a worker that died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from './paths.ts';

const lockDir = path.join(tmpdir(), `cpms-build-lock-${createHash('sha1').update(projectRoot).digest('hex').slice(0, 12)}`);

function holderIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    // Just taken, and its holder not yet named: gone only if it stays so for a while.
    try {
      return Date.now() - statSync(lockDir).mtimeMs > 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/** Runs `work` while holding the project's build lock. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Taken: wait for it, or take over from a worker that died holding it.
      if (holderIsGone()) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
