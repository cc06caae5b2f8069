import { Injectable } from '@nestjs/common';

/** Lets a test hold a request in flight: `entered` resolves when it arrives, `open()` lets it go on. */
@Injectable()
export class SlowGate {
  private release!: () => void;
  private arrived!: () => void;
  private readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  readonly entered = new Promise<void>((resolve) => (this.arrived = resolve));

  enter(): Promise<void> {
    this.arrived();
    return this.opened;
  }

  open(): void {
    this.release();
  }
}
