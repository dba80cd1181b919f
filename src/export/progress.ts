/** Progress: a redrawn bar on a TTY (pages, pages/s, ETA), a plain line every few seconds otherwise. */
import type { ExportEffects, ExportOptions } from "./types.js";

const LINE_EVERY_MS = 5_000;
const BAR_EVERY_MS = 100;

export class Progress {
  private done = 0;
  private failed = 0;
  private total: number | null = null;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly mode: "bar" | "lines" | "none";

  constructor(
    mode: ExportOptions["progress"],
    private readonly stream: ExportEffects["progressStream"],
  ) {
    this.mode = mode === "auto" ? (stream.isTTY ? "bar" : "lines") : mode;
  }

  /** Once every planned page is known (the path sources ran dry), the ETA can be shown. */
  setTotal(total: number): void {
    this.total = total;
  }

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    const now = Date.now();
    if (this.mode === "none" || now - this.lastDraw < (this.mode === "bar" ? BAR_EVERY_MS : LINE_EVERY_MS))
      return;
    this.lastDraw = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = (now - this.started) / 1000;
    const rate = this.done / Math.max(secs, 0.001);
    const total = this.total !== null ? Math.max(this.total, this.done) : null;
    const eta = total !== null && rate > 0 ? `ETA ${Math.ceil((total - this.done) / rate)}s` : "ETA ?";
    const failed = this.failed ? `, ${this.failed} failed` : "";
    const counts = `${this.done}/${total ?? "?"} pages, ${rate.toFixed(1)} pages/s, ${eta}${failed}`;
    if (this.mode === "lines") {
      this.stream.write(`export: ${counts}\n`);
      return;
    }
    const width = 24;
    const filled = total ? Math.round((width * this.done) / Math.max(total, 1)) : 0;
    this.stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${counts}\x1b[K`);
  }

  /** The last count, in lines mode too: pages a crawl found after the last line must not go unsaid. */
  finish(): void {
    if (this.mode === "none") return;
    this.draw(Date.now());
    if (this.mode === "bar") this.stream.write("\n");
  }
}
