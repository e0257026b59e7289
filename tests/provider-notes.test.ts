// @vitest-environment node
/**
 * Citations of the provider notes stay valid: every `docs/providers/<p>.md §N` in the code names a note that exists
 * and a section it has (a heading `## N.` or `### N.M`), every bare `§N` inside a note names one of its own
 * sections, and nothing cites the old research files that are not in the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const NOTES = 'docs/providers';
const SCANNED = ['src', 'mocks', 'tests', 'contract', 'e2e', 'scripts'];
const THIS_FILE = relative(ROOT, __filename);

export interface Citation {
  note: string;
  section: string;
  line: number;
}

/** `docs/providers/dbc.md §4.2`, `… §1, §6`, `… §2–§5`, `… §4.5 and §9`: every section after the note's path. */
export function citationsIn(text: string): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(/docs\/providers\/([\w-]+)\.md((?:\s*(?:,|–|-|and)?\s*§\d+(?:\.\d+)*)*)/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    const note = match[1] ?? '';
    const sections = [...(match[2] ?? '').matchAll(/§(\d+(?:\.\d+)*)/g)].map((s) => s[1] ?? '');
    for (const section of sections) found.push({ note, section, line });
  }
  return found;
}

/** The section numbers a note defines: `## 4. Tasks (VMs)` → 4, `### 4.2 Create parameters` → 4.2. */
export function headingNumbers(markdown: string): Set<string> {
  const numbers = new Set<string>();
  for (const match of markdown.matchAll(/^#{2,4}\s+(\d+(?:\.\d+)*)\.?\s/gm)) if (match[1]) numbers.add(match[1]);
  return numbers;
}

/** A `§N` in code that does not follow a note's path: a citation whose note the reader cannot find. */
export function orphanSections(text: string): string[] {
  const stripped = text.replace(/docs\/providers\/([\w-]+)\.md((?:\s*(?:,|–|-|and)?\s*§\d+(?:\.\d+)*)*)/g, '');
  return stripped.split('\n').filter((line) => /§\s*\d/.test(line));
}

/** The research files that are not in the repository, cited the old way. */
const OLD_CITATIONS: RegExp[] = [
  /(?<!providers\/)\b(?:dbc|zstack|idc51_vsd)\.md\b/,
  /shared\/research/,
  /\bresearch §/,
  /\bfact sheet/i,
  /\bFS §/,
];

export function oldCitations(text: string): string[] {
  return text.split('\n').filter((line) => OLD_CITATIONS.some((pattern) => pattern.test(line)));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|js|mjs|cjs|md)$/.test(name) && !name.endsWith('.gen.ts') ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const notePath = (note: string) => `${NOTES}/${note}.md`;

describe('provider notes', () => {
  const scanned = SCANNED.flatMap(filesUnder).filter((file) => file !== THIS_FILE);

  it('every docs/providers citation names an existing note and section', () => {
    const sections = new Map<string, Set<string>>();
    const broken: string[] = [];
    let count = 0;
    for (const file of scanned) {
      for (const { note, section, line } of citationsIn(read(file))) {
        count++;
        if (!sections.has(note)) sections.set(note, existsSync(join(ROOT, notePath(note))) ? headingNumbers(read(notePath(note))) : new Set());
        if (!sections.get(note)?.has(section)) broken.push(`${file}:${line} cites ${notePath(note)} §${section}`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it('every § inside a note names one of its own sections', () => {
    const notes = filesUnder(NOTES).filter((file) => file.endsWith('.md') && !file.endsWith('README.md'));
    expect(notes.map((file) => file.slice(NOTES.length + 1)).sort()).toEqual(['dbc.md', 'idc51.md', 'vsd.md', 'zstack.md']);
    const broken: string[] = [];
    for (const file of notes) {
      const text = read(file);
      const own = headingNumbers(text);
      for (const [, section] of text.matchAll(/§(\d+(?:\.\d+)*)/g)) if (section && !own.has(section)) broken.push(`${file} §${section}`);
    }
    expect(broken).toEqual([]);
  });

  it('every § in code belongs to a docs/providers citation', () => {
    const code = scanned.filter((file) => !file.endsWith('.md'));
    const found = code.flatMap((file) => orphanSections(read(file)).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('nothing cites the old research files (dbc.md, zstack.md, idc51_vsd.md, "research §", the fact sheets)', () => {
    const found = scanned.flatMap((file) => oldCitations(read(file)).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('the checkers catch a missing section, a missing note and an old citation', () => {
    const notes = { dbc: headingNumbers('# DBC\n\n## 4. Tasks (VMs)\n\n### 4.2 Create parameters\n\n## 6. Snapshots\n') };
    const cited = citationsIn('/** x (docs/providers/dbc.md §4.2, §6) and docs/providers/dbc.md §2–§5; docs/providers/nope.md §1 */');
    expect(cited.map((c) => `${c.note} §${c.section}`)).toEqual(['dbc §4.2', 'dbc §6', 'dbc §2', 'dbc §5', 'nope §1']);
    expect(cited.filter((c) => !(c.note === 'dbc' && notes.dbc.has(c.section))).map((c) => c.section)).toEqual(['2', '5', '1']);
    expect(oldCitations('// the node masks the ip (dbc.md §5)\n// ok: docs/providers/dbc.md §5\n// (research §1.4)')).toHaveLength(2);
    expect(oldCitations('/** see docs/providers/zstack.md §4 */')).toEqual([]);
    expect(orphanSections('// GET with the §3 conventions\n// docs/providers/zstack.md §5 and §2–§4')).toEqual(['// GET with the §3 conventions']);
  });
});
