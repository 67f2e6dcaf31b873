import { describe, expect, it } from "vitest";
import { OverloadedError } from "./errors";
import { WorkQueue } from "./work-queue";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("WorkQueue", () => {
  it("runs at most `concurrency` tasks, queues `maxWaiting` more, and refuses the rest with a 503 and Retry-After", async () => {
    const queue = new WorkQueue({ concurrency: 2, maxWaiting: 3, retryAfterSeconds: 7 });
    const g = gate();
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await g.opened;
      running--;
      return "done";
    };
    const accepted = Array.from({ length: 5 }, () => queue.run(task));
    expect(queue.load).toEqual({ running: 2, waiting: 3 });
    expect(() => queue.assertRoom()).toThrow(OverloadedError);
    const refused = await queue.run(task).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OverloadedError);
    expect((refused as OverloadedError).status).toBe(503);
    expect((refused as OverloadedError).retryAfterSeconds).toBe(7);
    g.open();
    expect(await Promise.all(accepted)).toEqual(["done", "done", "done", "done", "done"]);
    expect(peak).toBe(2);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
    expect(() => queue.assertRoom()).not.toThrow();
  });

  it("frees the slot of a task that fails", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 0, retryAfterSeconds: 1 });
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => 42)).toBe(42);
  });
});
