/**
 * The users file's SHA-256 (the resume record's identity of the file), hashed on the other core.
 *
 * Hashing is a quarter of the validation pass's time on one core (two SHA-256 passes: this one
 * and the per-chunk hashes, bench/validate-speed.ts), and needs nothing from the pass. A bare
 * worker (inline code, no bundle to load) reads and hashes the file beside it; small files are
 * hashed in the pass itself, where starting a thread would cost more than it saves.
 */
import { Worker } from 'node:worker_threads'

/** Files from this size on are hashed in a worker. */
export const HASH_WORKER_MIN_BYTES = 4 << 20

export interface FileHash {
  bytes: number
  sha256: string
}

const HASHER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { openSync, readSync, closeSync } = require('node:fs')
const fd = openSync(workerData.path, 'r')
const buffer = Buffer.allocUnsafe(workerData.readSize)
const hash = createHash('sha256')
let bytes = 0
for (let n; (n = readSync(fd, buffer, 0, buffer.length, bytes)) > 0; bytes += n) hash.update(buffer.subarray(0, n))
closeSync(fd)
parentPort.postMessage({ bytes, sha256: hash.digest('hex') })
`

/** Resolves to the file's size and hash, or undefined when the worker could not tell. */
export function hashFileInWorker(path: string, readSize: number): Promise<FileHash | undefined> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(HASHER, {
        eval: true,
        workerData: { path, readSize },
        // It allocates one read buffer (outside the heap): a small heap keeps its memory small.
        resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8 },
      })
    } catch {
      resolve(undefined)
      return
    }
    worker.once('message', (result: FileHash) => resolve(result))
    worker.once('error', () => resolve(undefined))
    worker.once('exit', () => resolve(undefined))
  })
}
