/**
 * Runs one contender of `bench/compare` as a child process and measures it from the outside, the
 * same way for both: spawn time, the arrival time of every stdout line, exit time, and peak RSS
 * (ru_maxrss of the node process from `/usr/bin/time -f %M` when present, and VmHWM read from
 * /proc/<pid>/status every 20 ms as a second opinion; the larger is kept).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

const TIME = '/usr/bin/time'

export interface ChildRun {
  exitCode: number
  /** Epoch ms just before spawn, and when the process exited. */
  spawnedAt: number
  exitedAt: number
  lines: { at: number; text: string }[]
  stdout: string
  stderr: string
  /** The larger of the two peak readings below, KiB. */
  peakRssKiB: number
  /** ru_maxrss from /usr/bin/time, KiB (undefined without /usr/bin/time). */
  timeMaxRssKiB: number | undefined
  /** Largest VmHWM polled from /proc, KiB. */
  polledHwmKiB: number
  /** VmRSS samples (epoch ms, KiB), every 20 ms. */
  samples: { at: number; rssKiB: number }[]
  /** Arrival time (epoch ms) of the first stdout line matching `pattern`. */
  lineAt(pattern: RegExp): number | undefined
}

export async function runChild(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<ChildRun> {
  const timed = existsSync(TIME)
  const [file, ...rest] = timed
    ? [TIME, '-f', 'bench-maxrss=%M', process.execPath, ...args]
    : [process.execPath, ...args]
  const spawnedAt = Date.now()
  const child = spawn(file as string, rest, { env, cwd })
  const lines: { at: number; text: string }[] = []
  let stdout = ''
  let stderr = ''
  let partial = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const at = Date.now()
    stdout += chunk
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    for (const text of parts) lines.push({ at, text })
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })

  let polledHwmKiB = 0
  const samples: { at: number; rssKiB: number }[] = []
  let nodePid: number | undefined = timed ? undefined : child.pid
  let polling = false
  const poll = async (): Promise<void> => {
    if (polling) return
    polling = true
    try {
      if (nodePid === undefined && child.pid !== undefined) {
        const children = await readFile(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
        const first = Number(children.trim().split(/\s+/)[0])
        if (first > 0) nodePid = first
      }
      if (nodePid !== undefined) {
        const status = await readFile(`/proc/${nodePid}/status`, 'utf8')
        const hwm = Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0)
        polledHwmKiB = Math.max(polledHwmKiB, hwm)
        const rss = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0)
        if (rss > 0) samples.push({ at: Date.now(), rssKiB: rss })
      }
    } catch {
      // Not started yet, or already gone.
    } finally {
      polling = false
    }
  }
  const timer = setInterval(() => void poll(), 20)
  let exitedAt = 0
  child.on('exit', () => {
    exitedAt = Date.now()
  })
  const exitCode = await new Promise<number>((done) =>
    child.on('close', (code) => done(code ?? -1)),
  )
  clearInterval(timer)
  if (partial) lines.push({ at: exitedAt, text: partial })
  const reported = /bench-maxrss=(\d+)/.exec(stderr)?.[1]
  return {
    exitCode,
    spawnedAt,
    exitedAt: exitedAt || Date.now(),
    lines,
    stdout,
    stderr: stderr.replace(/^bench-maxrss=\d+\n?/m, ''),
    peakRssKiB: Math.max(reported ? Number(reported) : 0, polledHwmKiB),
    timeMaxRssKiB: reported ? Number(reported) : undefined,
    polledHwmKiB,
    samples,
    lineAt: (pattern) => lines.find((line) => pattern.test(line.text))?.at,
  }
}
