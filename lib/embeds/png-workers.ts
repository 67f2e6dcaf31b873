import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ResvgRenderOptions } from "@resvg/resvg-js";

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * The worker's whole program: parse, render and PNG-encode with resvg, so none
 * of the three touches the main thread. Loaded from node_modules by path (as
 * the fonts are) rather than bundled: it is a plain CommonJS script that the
 * bundler never sees.
 */
const WORKER_SOURCE = (resvgPath: string) => `
const { parentPort } = require("node:worker_threads");
const { Resvg } = require(${JSON.stringify(resvgPath)});
parentPort.on("message", ({ svg, options }) => {
  try {
    const rendered = new Resvg(svg, options).render();
    parentPort.postMessage({ png: rendered.asPng(), width: rendered.width, height: rendered.height });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});`;

/**
 * A small pool of worker threads that rasterise SVGs. It does not bound its own
 * concurrency: callers go through a WorkQueue (png.ts) whose slots match the
 * workers, so an idle worker is always there; a worker that dies is replaced.
 */
export class PngWorkerPool {
  private idle: Worker[] = [];
  private readonly source = WORKER_SOURCE(path.join(process.cwd(), "node_modules", "@resvg", "resvg-js", "index.js"));

  render(svg: string, options: ResvgRenderOptions): Promise<RenderedPng> {
    const worker = this.idle.pop() ?? this.spawn();
    return new Promise<RenderedPng>((resolve, reject) => {
      const done = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (reply: { png?: Uint8Array; width?: number; height?: number; error?: string }) => {
        done();
        this.idle.push(worker);
        if (reply.error || !reply.png) reject(new Error(`PNG rendering failed: ${reply.error ?? "no image"}`));
        else
          resolve({
            png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength),
            width: reply.width!,
            height: reply.height!,
          });
      };
      const onError = (error: Error) => {
        done();
        void worker.terminate(); // not put back: the next render starts a fresh worker
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`The PNG worker exited (${code}) mid-render`));
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ svg, options });
    });
  }

  private spawn(): Worker {
    const worker = new Worker(this.source, { eval: true });
    // Idle workers never keep the process (a test run, a script) alive.
    worker.unref();
    return worker;
  }
}
