/** A one-line progress indicator on a terminal; silent when output is piped. */
export class Progress {
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  update(text: string): void {
    if (!this.enabled) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r${text.slice(0, width).padEnd(width)}`);
    this.shown = true;
  }

  done(): void {
    if (!this.shown) return;
    this.stream.write(`\r${' '.repeat(Math.max(20, (this.stream.columns ?? 80) - 1))}\r`);
    this.shown = false;
  }
}
