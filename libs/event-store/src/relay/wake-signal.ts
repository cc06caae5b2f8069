/** A wait that ends on a timeout or as soon as someone calls `wake()` (a NOTIFY, a stop). */
export class WakeSignal {
  private pending = false;
  private release?: () => void;

  wake(): void {
    this.pending = true;
    this.release?.();
  }

  async wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      this.release = done;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
    this.release = undefined;
    this.pending = false;
  }
}
