import type { EpochRecord } from './fit-loop.js';

/** Where progress goes and how the terminal behaves. */
export interface ProgressOutput {
  /** Writes raw text to the log stream (stderr). */
  readonly write: (text: string) => void;
  /** stderr is an interactive terminal: draw a progress bar within each epoch. */
  readonly interactive: boolean;
  /** Running in GitHub Actions: wrap the epoch lines in a collapsed log group. */
  readonly githubActions: boolean;
  readonly now: () => number;
}

const BAR_WIDTH = 24;
const BAR_INTERVAL_MS = 100;

/** Formats seconds as 1h02m, 3m05s or 4.2s. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One epoch line: `epoch 3/30  loss 0.4213  acc 0.8120  val_loss 0.4410  val_auc 0.8311  1.2s  ETA 33.6s`. */
export function formatEpochLine(record: EpochRecord, epochs: number, epochSeconds: number, etaSeconds: number): string {
  const metrics = (['loss', 'acc', 'val_loss', 'val_acc', 'val_auc'] as const)
    .filter((k) => record[k] !== undefined)
    .map((k) => `${k} ${(record[k] as number).toFixed(4)}`);
  return `epoch ${String(record.epoch).padStart(String(epochs).length)}/${epochs}  ${metrics.join('  ')}  ${formatDuration(epochSeconds)}  ETA ${formatDuration(etaSeconds)}`;
}

/** Progress of one training run: per-epoch lines with ETA, log groups in Actions, a bar on a TTY. */
export class TrainingProgress {
  private epochStart = 0;
  private lastBar = 0;
  private barShown = false;
  private readonly epochTimes: number[] = [];

  constructor(
    private readonly out: ProgressOutput,
    private readonly epochs: number,
  ) {}

  begin(title: string): void {
    this.out.write(this.out.githubActions ? `::group::${title}\n` : `${title}\n`);
    this.epochStart = this.out.now();
  }

  batch(epoch: number, step: number, steps: number): void {
    if (!this.out.interactive) return;
    const now = this.out.now();
    if (step < steps && now - this.lastBar < BAR_INTERVAL_MS) return;
    this.lastBar = now;
    const filled = Math.round((step / steps) * BAR_WIDTH);
    this.out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] epoch ${epoch}/${this.epochs} batch ${step}/${steps}`);
    this.barShown = true;
  }

  epoch(record: EpochRecord, stopped: boolean): void {
    const now = this.out.now();
    const seconds = (now - this.epochStart) / 1000;
    this.epochStart = now;
    this.epochTimes.push(seconds);
    const mean = this.epochTimes.reduce((a, b) => a + b, 0) / this.epochTimes.length;
    const eta = stopped ? 0 : mean * (this.epochs - record.epoch);
    const clear = this.barShown ? '\r\x1b[2K' : '';
    this.barShown = false;
    this.out.write(`${clear}${formatEpochLine(record, this.epochs, seconds, eta)}${stopped ? '  (early stopping)' : ''}\n`);
  }

  note(text: string): void {
    this.out.write(`${text}\n`);
  }

  end(): void {
    if (this.barShown) this.out.write('\r\x1b[2K');
    if (this.out.githubActions) this.out.write('::endgroup::\n');
  }
}
