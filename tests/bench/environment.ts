import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { relative, resolve } from 'node:path';
import { defaultBuildDir } from '../harness/launch';
import { REPO_ROOT } from '../harness/repo-paths';

export interface Environment {
  /** When the benchmark started, ISO 8601. */
  date: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  /** 1, 5 and 15 minute load averages when the benchmark started: other work on the machine skews timings. */
  loadAverage: number[];
  /** `--version` output of the binaries the harness launches; null when a binary is missing. */
  browsers: { chromium: string | null; firefox: string | null };
  build: { dir: string; builtAt: string | null };
  git: { commit: string | null; dirty: boolean };
}

/** Same defaults as tests/harness/chromium.ts and firefox.ts. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function commandOutput(command: string, args: string[]): string | null {
  // stdout only: Debian's chromium wrapper script prints shell noise on stderr.
  const result = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0 || !result.stdout) return null;
  return result.stdout.trim() || null;
}

function manifestTime(dir: string): string | null {
  try {
    return statSync(resolve(dir, 'manifest.json')).mtime.toISOString();
  } catch {
    return null;
  }
}

export function describeEnvironment(startedAt: Date): Environment {
  const cpuList = cpus();
  const buildDir = defaultBuildDir('chromium');
  return {
    date: startedAt.toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    browsers: {
      chromium: commandOutput(CHROMIUM_PATH, ['--version']),
      firefox: commandOutput(FIREFOX_PATH, ['--version']),
    },
    build: { dir: relative(REPO_ROOT, resolve(buildDir, '..')) || '.', builtAt: manifestTime(buildDir) },
    git: {
      commit: commandOutput('git', ['rev-parse', '--short', 'HEAD']),
      dirty: (commandOutput('git', ['status', '--porcelain']) ?? '') !== '',
    },
  };
}
