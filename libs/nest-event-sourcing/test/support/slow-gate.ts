import { Injectable } from '@nestjs/common';

/** Holds a request in flight until the test opens the gate; `entered` resolves when it arrives. */
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
