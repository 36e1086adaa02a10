import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingest-progress';

/** Progress bars on a terminal; plain log lines elsewhere (CI logs, pipes). */
export function createProgressDisplay(stream: NodeJS.WriteStream = process.stderr) {
  const interactive = Boolean(stream.isTTY);
  const bars = interactive
    ? new cliProgress.MultiBar(
        { stream, format: ' {label} |{bar}| {value}/{total} {detail}', hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let files: cliProgress.SingleBar | null = null;
  let embed: cliProgress.SingleBar | null = null;
  let passages = 0;
  let lastLoggedEmbed = -1;

  return {
    onProgress(event: IngestProgress): void {
      switch (event.phase) {
        case 'scan':
          if (bars) files = bars.create(event.files, event.unchanged, { label: 'files    ', detail: `(${event.unchanged} unchanged)` });
          else stream.write(`Corpus: ${event.files} files, ${event.unchanged} unchanged\n`);
          break;
        case 'parse':
          passages += event.passages;
          if (files) files.update(event.done, { detail: `${passages} passages · ${event.source}` });
          else stream.write(`Parsed ${event.source}: ${event.passages} passages\n`);
          break;
        case 'failed':
          if (bars) bars.log(`Skipped ${event.source}: ${event.message}\n`);
          else stream.write(`Skipped ${event.source}: ${event.message}\n`);
          break;
        case 'notice':
          if (bars) bars.log(`${event.message}\n`);
          else stream.write(`${event.message}\n`);
          break;
        case 'embed':
          if (bars) {
            embed ??= bars.create(event.total, 0, { label: 'embedding', detail: 'sentences' });
            embed.update(event.done);
          } else if (event.total > 0 && (event.done === event.total || event.done - lastLoggedEmbed >= 256)) {
            lastLoggedEmbed = event.done;
            stream.write(`Embedded ${event.done}/${event.total} sentences\n`);
          }
          break;
        case 'write':
          if (!bars) stream.write('Writing index\n');
          break;
      }
    },
    stop(): void {
      bars?.stop();
    },
  };
}
