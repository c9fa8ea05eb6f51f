/**
 * A real single-node Slurm cluster for tests, started from scratch in a temporary folder and
 * stopped again afterwards. Follows ../shared/notes/slurm-on-one-machine.md.
 *
 * Nothing system-wide is read or changed: the cluster has its own slurm.conf (found by every
 * Slurm tool through the SLURM_CONF environment variable, which sbatch also passes on to the
 * jobs), its own munge key and socket (`AuthInfo=socket=...`, used by Slurm's auth and
 * credential plugins alike) and its own controller and node ports, all under the temporary
 * folder. So an existing /etc/slurm/slurm.conf, /etc/munge/munge.key, /run/munge or a running
 * production munged/slurmd on the same machine are left alone. The daemons run in the foreground
 * as children of the test process; they are stopped by the PIDs recorded when they were started
 * (checked against the process name, so a reused PID is never hit), never by name.
 *
 * Needs root (munged runs as the `munge` user, Slurm as root) and the Debian packages `munge
 * slurm-wlm slurmctld slurmd slurm-client`.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { slurmConf } from './slurmConf.ts';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll interval for node, job and process states (the notes: 0.25 s). */
const POLL_MS = 250;

export interface StartOptions {
  /** Overall deadline for munged, slurmctld and slurmd to come up and the node to be idle. */
  timeoutMs?: number;
}

export interface SubmitOptions {
  /** `--array`, e.g. `0-3`. */
  array: string;
  /** Working directory of the job (`--chdir`); default: the current directory. */
  chdir?: string;
  /** `--output` pattern (`%A` job id, `%a` task id); default: Slurm's, in the working directory. */
  output?: string;
  cpusPerTask?: number;
  /** More sbatch options, placed before the script. */
  sbatchArgs?: string[];
  /** Positional arguments passed to the script. */
  args?: string[];
  /** Extra environment for the job (sbatch exports its whole environment to the job). */
  env?: Record<string, string>;
}

export interface TaskResult {
  /** Array task id. */
  task: number;
  /** Final `JobState`, e.g. COMPLETED, FAILED, CANCELLED, TIMEOUT. */
  state: string;
  /** Exit code of the batch script (first half of `ExitCode=code:signal`). */
  exitCode: number;
  /** Signal that ended it, 0 if none. */
  signal: number;
  /** The full `scontrol -o show job` line, for messages. */
  raw: string;
}

interface Daemon {
  name: 'munged' | 'slurmctld' | 'slurmd';
  pidFile: string;
  logFile: string;
  pid?: number;
}

export interface Cluster {
  /** The temporary folder holding configuration, state, logs and PID files. */
  readonly dir: string;
  /** Short host name, the cluster's only node. */
  readonly host: string;
  readonly cpus: number;
  /** This process's environment without Slurm variables, plus SLURM_CONF: for any Slurm command against the cluster. */
  readonly env: NodeJS.ProcessEnv;
  /** PIDs of the daemons this harness started. */
  readonly pids: Readonly<Record<Daemon['name'], number | undefined>>;
  /** Submits a batch script as a job array; returns the job id. */
  submitArray(script: string, options: SubmitOptions): Promise<string>;
  /** Waits until no task of the job is pending or running; returns every task's outcome, by task id. */
  waitForJob(jobId: string, options?: { timeoutMs?: number }): Promise<TaskResult[]>;
  /** Runs a Slurm client command against this cluster. */
  slurm(command: string, args: string[]): Promise<string>;
  /** The last lines of every daemon log, for error messages. */
  logs(lines?: number): string;
  /** Cancels remaining jobs, stops the daemons it started, removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

const PROGRAMS = ['sbatch', 'squeue', 'scontrol', 'sinfo', 'scancel', 'slurmctld', 'slurmd', 'munged', 'munge', 'unmunge', 'mungekey'];

/** Full path of a program on PATH or in /usr/sbin, /usr/bin (root's daemons live in sbin). */
function which(program: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(':').concat(['/usr/local/sbin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']);
  return dirs.filter(Boolean).map((d) => join(d, program)).find((p) => existsSync(p));
}

/** The Slurm and munge programs this harness needs that are not installed (empty: all there). */
export function missingPrograms(): string[] {
  return PROGRAMS.filter((p) => !which(p));
}

/** Starts munged, slurmctld and slurmd and waits until the node is idle. */
export async function startCluster(options: StartOptions = {}): Promise<Cluster> {
  if (process.getuid?.() !== 0) throw new Error('startCluster needs root (munged runs as the munge user, slurmd as root)');
  const cluster = new LocalCluster();
  try {
    await cluster.start(options.timeoutMs ?? 90_000);
  } catch (error) {
    const logs = cluster.logs();
    await cluster.stop().catch(() => {});
    throw new Error(`${(error as Error).message}\n\n${logs}`);
  }
  return cluster;
}

/** Stops a cluster started by startCluster (see Cluster.stop). */
export function stopCluster(cluster: Cluster | undefined): Promise<void> {
  return cluster ? cluster.stop() : Promise.resolve();
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether PID is alive and is the named program (not a zombie, not a reused PID). */
function isRunning(pid: number, name: string): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ..."; comm is cut to 15 characters.
    const match = /^\d+ \((.*)\) (\S)/.exec(stat);
    return !!match && match[1] === name.slice(0, 15) && match[2] !== 'Z';
  } catch {
    return false;
  }
}

/** Task ids of an `ArrayTaskId` value: `3`, `2-3`, `0,4-8:2`, optionally with `%throttle`; [0] for a job that is no array. */
export function taskIds(value: string): number[] {
  const ids: number[] = [];
  for (const part of value.split('%')[0].split(',').filter(Boolean)) {
    const [range, step = '1'] = part.split(':');
    const [first, last = first] = range.split('-').map(Number);
    for (let id = first; id <= last; id += Number(step)) ids.push(id);
  }
  return ids.length > 0 ? ids : [0];
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

class LocalCluster implements Cluster {
  readonly dir: string;
  readonly host = hostname().split('.')[0];
  readonly cpus = availableParallelism();
  readonly env: NodeJS.ProcessEnv;
  private readonly conf: string;
  private readonly mungeSocket: string;
  private readonly daemons: Daemon[];
  private readonly jobs = new Set<string>();
  private stopped = false;
  private readonly onExit = () => this.killSync();

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'ronghe-slurm-'));
    this.conf = join(this.dir, 'slurm.conf');
    this.mungeSocket = join(this.dir, 'munge-run', 'munge.socket');
    // Slurm variables of a surrounding job or user setup would steer the clients elsewhere.
    this.env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(SLURM|SBATCH|SALLOC|SRUN|SQUEUE|SINFO|SCONTROL)_/.test(name)));
    this.env.SLURM_CONF = this.conf;
    const daemon = (name: Daemon['name'], dir = this.dir): Daemon => ({ name, pidFile: join(dir, `${name}.pid`), logFile: join(dir, `${name}.log`) });
    this.daemons = [daemon('munged', join(this.dir, 'munge-run')), daemon('slurmctld'), daemon('slurmd')];
    process.on('exit', this.onExit);
  }

  get pids() {
    const [munged, slurmctld, slurmd] = this.daemons.map((d) => d.pid);
    return { munged, slurmctld, slurmd };
  }

  async start(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    chmodSync(this.dir, 0o755); // the munge user must reach its folders below
    await this.startMunge(deadline);
    this.writeSlurmConf(await freePort(), await freePort());
    await this.launch(this.daemons[1], 'slurmctld', ['-D', '-f', this.conf], deadline);
    await this.launch(this.daemons[2], 'slurmd', ['-D', '-f', this.conf, '-N', this.host], deadline);
    await this.waitForIdleNode(deadline);
  }

  /** Own key (0600) in its own 0700 folder and own socket, PID, log and seed files, all owned by munge. */
  private async startMunge(deadline: number): Promise<void> {
    const uid = Number((await run('id', ['-u', 'munge'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'munge'])).stdout.trim());
    const etc = join(this.dir, 'munge-etc');
    const runDir = join(this.dir, 'munge-run');
    mkdirSync(etc, { mode: 0o700 });
    mkdirSync(runDir, { mode: 0o755 });
    const key = join(etc, 'munge.key');
    await run('mungekey', ['--create', `--keyfile=${key}`]);
    for (const [path, mode] of [[etc, 0o700], [runDir, 0o755], [key, 0o600]] as const) {
      chownSync(path, uid, gid);
      chmodSync(path, mode);
    }
    const munged = this.daemons[0];
    await this.launch(munged, 'munged', ['--foreground', `--key-file=${key}`, `--socket=${this.mungeSocket}`, `--pid-file=${munged.pidFile}`, `--log-file=${munged.logFile}`, `--seed-file=${join(runDir, 'munged.seed')}`], deadline, { uid, gid });
    // A credential made and checked through our socket proves munged answers.
    await this.until(deadline, 'munged to answer on its socket', async () => {
      try {
        await run('bash', ['-c', 'munge -n --socket="$1" | unmunge --socket="$1" >/dev/null', 'bash', this.mungeSocket]);
        return true;
      } catch {
        return false;
      }
    });
  }

  private writeSlurmConf(ctldPort: number, slurmdPort: number): void {
    const d = this.dir;
    mkdirSync(join(d, 'state'));
    mkdirSync(join(d, 'spool'));
    const lines = slurmConf({
      dir: d,
      host: this.host,
      cpus: this.cpus,
      ctldPort,
      slurmdPort,
      mungeSocket: this.mungeSocket,
      ctld: this.daemons[1],
      slurmd: this.daemons[2],
    });
    writeFileSync(join(d, 'plugstack.conf'), '');
    writeFileSync(this.conf, lines.join('\n') + '\n');
  }

  /**
   * Starts a daemon in the foreground as a child of this process (so its PID is known without a
   * race, an early exit is seen at once, and it is reaped when stopped) and waits until it has
   * written its PID file, its sign of being up.
   */
  private async launch(daemon: Daemon, command: string, args: string[], deadline: number, user?: { uid: number; gid: number }): Promise<void> {
    const outFile = join(this.dir, `${daemon.name}.out`);
    const out = openSync(outFile, 'a');
    const child = spawn(which(command) ?? command, args, { env: this.env, stdio: ['ignore', out, out], ...user });
    closeSync(out);
    child.unref();
    let exited: string | undefined;
    let failed: Error | undefined;
    child.once('error', (error) => (failed = error));
    child.once('exit', (code, signal) => (exited = signal ?? String(code)));
    await this.until(deadline, `${daemon.name} to write its PID file ${daemon.pidFile}`, async () => {
      if (failed) throw new Error(`${daemon.name} did not start: ${failed.message}`);
      if (exited !== undefined) throw new Error(`${daemon.name} exited during start-up (${exited})`);
      if (child.pid && !daemon.pid) daemon.pid = child.pid;
      return existsSync(daemon.pidFile) && readFileSync(daemon.pidFile, 'utf8').trim() !== '';
    });
  }

  private async waitForIdleNode(deadline: number): Promise<void> {
    let last = '';
    await this.until(deadline, () => `node ${this.host} to be idle (last sinfo state: ${last || 'none'})`, async () => {
      for (const d of this.daemons) if (d.pid && !isRunning(d.pid, d.name)) throw new Error(`${d.name} (PID ${d.pid}) exited during start-up`);
      try {
        last = (await this.slurm('sinfo', ['-h', '-N', '-n', this.host, '-o', '%t'])).trim();
      } catch (error) {
        last = `sinfo failed: ${(error as Error).message.split('\n')[0]}`;
      }
      return last === 'idle';
    });
  }

  /** Polls check every 0.25 s until it returns true; throws naming what it waited for at the deadline. */
  private async until(deadline: number, what: string | (() => string), check: () => Promise<boolean>): Promise<void> {
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`Slurm test cluster: timed out waiting for ${typeof what === 'string' ? what : what()}`);
      await sleep(POLL_MS);
    }
  }

  async slurm(command: string, args: string[]): Promise<string> {
    try {
      return (await run(command, args, { env: this.env, timeout: 30_000 })).stdout;
    } catch (error) {
      const e = error as Error & { stderr?: string };
      throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr?.trim() || e.message}`);
    }
  }

  async submitArray(script: string, options: SubmitOptions): Promise<string> {
    const flags = [`--array=${options.array}`, '--parsable'];
    if (options.chdir) flags.push(`--chdir=${options.chdir}`);
    if (options.output) flags.push(`--output=${options.output}`);
    if (options.cpusPerTask) flags.push(`--cpus-per-task=${options.cpusPerTask}`);
    const out = await run('sbatch', [...flags, ...(options.sbatchArgs ?? []), script, ...(options.args ?? [])], {
      env: { ...this.env, ...options.env },
      timeout: 30_000,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`sbatch ${script} failed: ${error.stderr?.trim() || error.message}`);
    });
    const jobId = out.stdout.trim().split(';')[0];
    if (!/^\d+$/.test(jobId)) throw new Error(`sbatch printed no job id: ${out.stdout}${out.stderr}`);
    this.jobs.add(jobId);
    return jobId;
  }

  async waitForJob(jobId: string, options: { timeoutMs?: number } = {}): Promise<TaskResult[]> {
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    let pending = '';
    await this.until(deadline, () => `job ${jobId} to finish; still queued:\n${pending}`, async () => {
      pending = (await this.slurm('squeue', ['-h', '-j', jobId, '-o', '%i %T'])).trim();
      return pending === '';
    });
    const text = await this.slurm('scontrol', ['-o', 'show', 'job', jobId]);
    const tasks = text
      .trim()
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((raw): TaskResult[] => {
        const field = (name: string) => new RegExp(`(?:^| )${name}=(\\S*)`).exec(raw)?.[1] ?? '';
        const [code, signal] = field('ExitCode').split(':').map(Number);
        // Tasks that never started share one line: ArrayTaskId=2-3 (or 2,5-7:2, with %throttle).
        return taskIds(field('ArrayTaskId')).map((task) => ({ task, state: field('JobState'), exitCode: code, signal, raw }));
      });
    return tasks.sort((a, b) => a.task - b.task);
  }

  logs(lines = 30): string {
    // In the foreground, a daemon's output file holds its log and also what it printed before
    // opening the log file (configuration errors); the log file is the fallback.
    return this.daemons
      .map((d) => [join(this.dir, `${d.name}.out`), d.logFile].find((f) => existsSync(f) && readFileSync(f, 'utf8').trim() !== ''))
      .filter((f): f is string => f !== undefined)
      .map((f) => `--- ${f} (last ${lines} lines) ---\n${tail(f, lines)}`)
      .join('\n');
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    // Cancel what is left of our jobs while the controller still runs, and give their steps a moment.
    if (this.jobs.size && this.daemons[1].pid && isRunning(this.daemons[1].pid, 'slurmctld')) {
      try {
        await this.slurm('scancel', [...this.jobs]);
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline && (await this.slurm('squeue', ['-h', '-o', '%i'])).trim()) await sleep(POLL_MS);
      } catch {
        // The daemons are stopped below anyway.
      }
    }
    // Node daemon first, then the controller, then munge: each by its recorded PID only.
    for (const daemon of [...this.daemons].reverse()) {
      const pid = daemon.pid;
      if (!pid || !isRunning(pid, daemon.name)) continue;
      process.kill(pid, 'SIGTERM');
      const deadline = Date.now() + 15_000;
      while (isRunning(pid, daemon.name) && Date.now() < deadline) await sleep(POLL_MS);
      if (isRunning(pid, daemon.name)) process.kill(pid, 'SIGKILL');
    }
    process.off('exit', this.onExit);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Last resort when the test process exits without stop(): SIGTERM to the recorded PIDs. */
  private killSync(): void {
    if (this.stopped) return;
    for (const daemon of [...this.daemons].reverse())
      if (daemon.pid && isRunning(daemon.pid, daemon.name)) {
        try {
          process.kill(daemon.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
  }
}
