import { availableParallelism } from "node:os";
import { OverloadedError } from "@/lib/errors";

export interface WorkQueueOptions {
  /** Tasks running at once. */
  concurrency: number;
  /** Tasks allowed to wait for a slot; one more is refused at once. */
  maxWaiting: number;
  /** What a refused caller is told (Retry-After). */
  retryAfterSeconds: number;
}

/**
 * A bounded queue for expensive work that runs off the main thread (scrypt,
 * PNG rendering): at most `concurrency` tasks at once, at most `maxWaiting`
 * more in line, and an OverloadedError (503 + Retry-After) for anything past
 * that — so a flood of one kind of request cannot take every thread of the
 * process, or pile up without end, while other requests wait.
 */
export class WorkQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly options: WorkQueueOptions) {}

  /** Tasks running and waiting now (for tests and benchmarks). */
  get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.waiting.length };
  }

  /** True when run() would refuse a task now. */
  get full(): boolean {
    return this.active >= this.options.concurrency && this.waiting.length >= this.options.maxWaiting;
  }

  /** Throws the OverloadedError run() would, without queueing anything: lets a caller refuse before preparing costly input. */
  assertRoom(): void {
    if (this.full) throw new OverloadedError(this.options.retryAfterSeconds);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.options.concurrency) {
      this.active++;
    } else {
      if (this.waiting.length >= this.options.maxWaiting) throw new OverloadedError(this.options.retryAfterSeconds);
      // The finishing task hands its slot straight to the first in line (active stays the same).
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** Threads for one kind of heavy work: one core is left to the main thread; never more than `cap`. */
export function workerSlots(cap: number): number {
  return Math.max(1, Math.min(cap, availableParallelism() - 1));
}
