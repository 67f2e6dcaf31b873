import { devices, type Project } from "@playwright/test";

/**
 * Debian's Chromium, as every Playwright config here drives it: Playwright cannot
 * download its own browsers on this machine, and the background-networking
 * flags keep Chromium from calling hosts the closed network refuses.
 */
export const chromiumProject: Project = {
  name: "chromium",
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
};
