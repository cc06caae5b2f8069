import { readRepoFile } from './repo-files';

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** Dockerfile instructions, with line continuations joined and comments dropped. */
function instructions(source: string): Instruction[] {
  const logical = source
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return logical
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

function stages(all: Instruction[]): Stage[] {
  const result: Stage[] = [];
  for (const instruction of all) {
    if (instruction.keyword === 'FROM') {
      const [from, as, name] = instruction.args.split(/\s+/);
      result.push({ from, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      result.at(-1)?.instructions.push(instruction);
    }
  }
  return result;
}

function stageText(stage: Stage | undefined): string {
  return (stage?.instructions ?? []).map((i) => `${i.keyword} ${i.args}`).join('\n');
}

const all = instructions(readRepoFile('deploy/Dockerfile'));
const globalArgs = Object.fromEntries(
  all
    .slice(
      0,
      all.findIndex((i) => i.keyword === 'FROM'),
    )
    .filter((i) => i.keyword === 'ARG')
    .map((i) => i.args.split('=') as [string, string]),
);
const byName = new Map(stages(all).map((stage) => [stage.name, stage]));
const runtime = stages(all).at(-1)!;

describe('deploy/Dockerfile', () => {
  it('builds on a Node LTS (an even major, 22 or later), Debian slim', () => {
    const image = runtime.from.replace(/^\$\{(\w+)\}$/, (_, name: string) => globalArgs[name] ?? '');
    const match = /^node:(\d+)-bookworm-slim$/.exec(image);
    expect(match).not.toBeNull();
    const major = Number(match![1]);
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(22);
  });

  it('is multi-stage: the build stage installs everything and compiles, for the service in SERVICE', () => {
    const build = stageText(byName.get('build'));
    expect(build).toMatch(/npm ci\b/);
    expect(build).toMatch(/npm run build\b/);
    expect(build).toMatch(/ARG SERVICE\b/);
    expect(build).toContain(`require('./apps/\${SERVICE}/src/main.js')`);
    expect(build).toContain('/out/dist/main.js');
    expect(JSON.parse(readRepoFile('package.json')).scripts.build).toBeDefined();
  });

  it('ships production dependencies only', () => {
    expect(stageText(byName.get('production-deps'))).toMatch(/npm ci --omit=dev\b/);
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(copies).toContain('--from=production-deps /app/node_modules ./node_modules');
    expect(copies.some((args) => args.startsWith('--from=build ') && args.endsWith(' ./dist'))).toBe(true);
    expect(runtime.instructions.some((i) => i.keyword === 'RUN' && /npm (ci|install)/.test(i.args))).toBe(
      false,
    );
  });

  it('runs as a non-root user', () => {
    const users = runtime.instructions.filter((i) => i.keyword === 'USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('starts `node dist/main.js` in exec form, so node is PID 1 and receives SIGTERM', () => {
    const cmd = runtime.instructions.filter((i) => i.keyword === 'CMD');
    expect(cmd).toHaveLength(1);
    expect(JSON.parse(cmd[0].args)).toEqual(['node', 'dist/main.js']);
    expect(runtime.instructions.some((i) => i.keyword === 'ENTRYPOINT')).toBe(false);
    expect(stageText(runtime)).toMatch(/ENV NODE_ENV=production/);
  });

  it('has a .dockerignore that keeps local installs, builds and caches out of the context', () => {
    const ignored = readRepoFile('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.git', '**/node_modules', 'dist', '.cache']));
  });
});
