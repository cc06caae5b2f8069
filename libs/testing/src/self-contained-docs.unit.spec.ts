import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The project explains itself from its own files: no code, test or document cites a design note, an issue or a
// text that is not in the repository, and every relative link of the Markdown documents leads to a file that is.
const root = path.resolve(__dirname, '../../..');
const scannedDirs = ['apps', 'libs', 'docs', 'e2e', 'bench', 'deploy', 'scripts', 'infra'];
const scannedRootFiles = [
  'README.md',
  'eslint.config.mjs',
  'jest.config.js',
  'jest.preset.js',
  'jest.unit.config.js',
  'docker-compose.yml',
];
const thisFile = path.relative(root, __filename).split(path.sep).join('/');

/** What would cite a document outside the repository, and why it is refused. */
const outsideCitations: { pattern: RegExp; why: string }[] = [
  { pattern: /\.\.\/shared\b/, why: 'a path out of the repository into a shared folder' },
  { pattern: /\bshared\/design\b/, why: 'the design notes outside the repository' },
  { pattern: /\.\.\/seed\//, why: 'a path out of the repository into the seed folder' },
  {
    pattern: /\b(?:DOMAIN|ARCHITECTURE|CONSOLE|CONVENTIONS|LOCAL-KAFKA)\.md\b/,
    why: 'a design note outside the repository (docs/ has the project’s own)',
  },
  { pattern: /\b[Ii]ssues? #?\d+/, why: 'an issue of the tracker, not a file of the repository' },
  { pattern: /\b(?:from|in|see|by) the issue\b|\bthe issue's\b/i, why: 'an issue of the tracker' },
  {
    pattern: /\bthe seed's\b|\bseed text\b|what-is-product-management/i,
    why: 'a source text outside the repository (docs/domain.md explains the domain)',
  },
];

function trackedFiles(): string[] {
  const scope = [...scannedDirs, ...scannedRootFiles];
  let files: string[];
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--', ...scope], { cwd: root, encoding: 'utf8' });
    files = output.split('\0').filter(Boolean);
  } catch {
    // Not a git checkout: every file of the scope but what the build and installs produce.
    files = [...scannedRootFiles, ...scannedDirs.flatMap((dir) => walk(dir))];
  }
  return files.filter(
    (file) => fs.existsSync(path.join(root, file)) && fs.statSync(path.join(root, file)).isFile(),
  );
}

function walk(dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      return ['node_modules', 'dist', '.cache', 'coverage', '.git'].includes(entry.name)
        ? []
        : walk(relative);
    }
    return [relative];
  });
}

function textOf(file: string): string | undefined {
  const buffer = fs.readFileSync(path.join(root, file));
  return buffer.includes(0) ? undefined : buffer.toString('utf8');
}

const files = trackedFiles();
const texts = new Map(
  files.flatMap((file) => {
    const text = textOf(file);
    return text === undefined ? [] : [[file, text] as const];
  }),
);

function citationsOutsideTheRepository(): string[] {
  const found: string[] = [];
  for (const [file, text] of texts) {
    if (file === thisFile) continue;
    text.split('\n').forEach((line, index) => {
      for (const { pattern, why } of outsideCitations) {
        const match = pattern.exec(line);
        if (match) found.push(`${file}:${index + 1}: "${match[0]}" (${why})`);
      }
    });
  }
  return found;
}

/** Markdown without fenced code blocks and inline code, where brackets and parentheses are code, not links. */
function proseOf(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

function linkTargets(markdown: string): string[] {
  const prose = proseOf(markdown);
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

function isMarkdownDocument(file: string): boolean {
  return file.endsWith('.md') && (file.startsWith('docs/') || path.posix.basename(file).startsWith('README'));
}

function brokenRelativeLinks(): string[] {
  const broken: string[] = [];
  for (const [file, text] of texts) {
    if (!isMarkdownDocument(file)) continue;
    for (const target of linkTargets(text)) {
      if (target.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const bare = decodeURIComponent(target.replace(/[#?].*$/, ''));
      const resolved = bare.startsWith('/')
        ? path.join(root, bare)
        : path.resolve(path.dirname(path.join(root, file)), bare);
      const inside = path.relative(root, resolved);
      if (inside.startsWith('..') || path.isAbsolute(inside)) {
        broken.push(`${file}: ${target} leads out of the repository`);
      } else if (!fs.existsSync(resolved)) {
        broken.push(`${file}: ${target} does not exist`);
      }
    }
  }
  return broken;
}

/** `docs/<file>.md` named in code or documents, with the section after it when one is quoted. */
function missingDocsReferences(): string[] {
  const missing: string[] = [];
  const reference = /(?<![\w/.-])docs\/([\w/.-]+\.md)(?:[,:]?\s*"([^"]+)")?/g;
  for (const [file, text] of texts) {
    if (file === thisFile) continue;
    for (const match of text.matchAll(reference)) {
      const document = path.join(root, 'docs', match[1]!);
      if (!fs.existsSync(document)) {
        missing.push(`${file}: docs/${match[1]} does not exist`);
        continue;
      }
      const section = match[2];
      const headings = fs
        .readFileSync(document, 'utf8')
        .split('\n')
        .filter((line) => /^#{1,6} /.test(line))
        .map((line) => line.replace(/^#{1,6} /, '').trim());
      if (section !== undefined && !headings.includes(section)) {
        missing.push(`${file}: docs/${match[1]} has no section "${section}"`);
      }
    }
  }
  return missing;
}

describe('the repository explains itself', () => {
  it('scans the tracked code and documents', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(texts.has('docs/architecture.md')).toBe(true);
    expect(texts.has('docs/domain.md')).toBe(true);
    expect(texts.has('README.md')).toBe(true);
  });

  it('cites no document outside the repository', () => {
    expect(citationsOutsideTheRepository()).toEqual([]);
  });

  it('links only to files that exist in the repository', () => {
    expect(brokenRelativeLinks()).toEqual([]);
  });

  it('names only docs (and sections of them) that exist', () => {
    expect(missingDocsReferences()).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('recognise citations of documents outside the repository', () => {
    const cited = (line: string) => outsideCitations.some(({ pattern }) => pattern.test(line));
    // The samples are built from parts, so this file does not itself cite what it tests for.
    expect(cited(['// see ..', 'shared', 'design', 'notes'].join('/'))).toBe(true);
    expect(cited(`as ${'DOMAIN'}.md says`)).toBe(true);
    expect(cited(`(${'Issue'} 8)`)).toBe(true);
    expect(cited(`fixed in ${'issue'} #2`)).toBe(true);
    expect(cited('Targets (from the issue): ...')).toBe(true);
    expect(cited("The seed's RHiNO")).toBe(true);
    expect(cited('see docs/domain.md and docs/architecture.md')).toBe(false);
    expect(cited('parsed.error.issues[0]')).toBe(false);
    expect(cited("'issue-management'")).toBe(false);
  });

  it('find links in prose, not in code', () => {
    const markdown = [
      'See [the domain](domain.md#roles) and [a site](https://example.com), [top](#top).',
      '[ref]: ../README.md',
      '`[not](a-link.md)`',
      '```ts',
      'const x = [a](b);',
      '```',
    ].join('\n');
    expect(linkTargets(markdown)).toEqual(['domain.md#roles', 'https://example.com', '#top', '../README.md']);
  });
});
