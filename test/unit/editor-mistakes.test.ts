/**
 * Editor mistakes pinned without a build (see test/support/editor-mistakes.ts): each schema
 * mistake in test/fixtures/invalid/ parsed with its collection's schema, as the build parses it;
 * a dangling reference and a cross-file pipeline rule by running the build's own check on the
 * real content with the fixture laid over it. The message is the one the build prints.
 */
import { describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { editorMistakes, fixtureFile, fixtureFolder, invalidFixtures, mistakesOfKind } from '../support/editor-mistakes.ts';
import { readCollections, schemaProblems, type CollectionName } from '../support/collections.ts';

describe('the table of editor mistakes', () => {
  it('has a case for every fixture folder, and each kind is built once for real', () => {
    const folders = readdirSync(invalidFixtures, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(editorMistakes.map((m) => m.name).sort()).toEqual(folders);
    const kinds = [...new Set(editorMistakes.map((m) => m.kind))];
    for (const kind of kinds)
      expect(
        mistakesOfKind(kind).filter((m) => m.endToEnd),
        kind,
      ).toHaveLength(1);
  });
});

describe('schema mistakes: the file parsed with its collection’s schema', () => {
  it.each(mistakesOfKind('schema'))('$name', (mistake) => {
    const collection = mistake.file.split('/')[0] as CollectionName;
    const problems = schemaProblems(collection, fixtureFile(mistake));
    expect(problems.join('\n')).toMatch(mistake.message);
  });

  it('the real content parses without a problem (the parser is the build’s)', { timeout: 30_000 }, () => {
    expect(() => readCollections()).not.toThrow();
  });
});

describe('a dangling reference: the build’s reference check', () => {
  /** The check, imported afresh with the stand-in serving `entries`: it runs once per build and keeps its result. */
  async function referenceCheck(entries: ReturnType<typeof readCollections>) {
    vi.resetModules();
    (await import('../support/astro-content-stub.ts')).useCollections(entries);
    return (await import('../../src/content/integrity')).assertReferencesExist;
  }

  it.each(mistakesOfKind('reference'))('$name', async (mistake) => {
    const assertReferencesExist = await referenceCheck(readCollections(fixtureFolder(mistake)));
    await expect(assertReferencesExist()).rejects.toThrow(mistake.message);
    await expect(assertReferencesExist()).rejects.toThrow(`content/${mistake.file}`);
  });

  it('finds nothing wrong in the real content', async () => {
    const assertReferencesExist = await referenceCheck(readCollections());
    await expect(assertReferencesExist()).resolves.toBeUndefined();
  });
});

describe('a cross-file pipeline rule: the therapy collection’s checks', () => {
  /** The build's therapy loader, imported afresh with the stand-in serving `entries`. */
  async function loadTherapies(entries: ReturnType<typeof readCollections>) {
    vi.resetModules();
    (await import('../support/astro-content-stub.ts')).useCollections(entries);
    return (await import('../../src/content/therapies')).therapies();
  }

  it.each(mistakesOfKind('pipeline-rule'))('$name', async (mistake) => {
    const loading = loadTherapies(readCollections(fixtureFolder(mistake)));
    await expect(loading).rejects.toThrow(mistake.message);
    await expect(loading).rejects.toThrow(`content/${mistake.file}`);
  });

  it('finds nothing wrong in the real content', async () => {
    await expect(loadTherapies(readCollections())).resolves.not.toHaveLength(0);
  });
});
