import type { Clock } from '../src/runtime/clock.js'

/** A clock that only moves when the code under test sleeps: no real waiting in unit tests. */
export class FakeClock implements Clock {
  current = 0
  readonly sleeps: number[] = []
  now(): number {
    return this.current
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.current += ms
  }
}
