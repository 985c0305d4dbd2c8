/** Command-line flags of the browser host, parsed without side effects so they can be tested. */

export interface CliOptions {
  /** 0 lets the operating system pick a free port. */
  port: number;
  /** Undefined means the same user-data folder the desktop app uses. */
  dataDir: string | undefined;
  openBrowser: boolean;
}

export type CliParse =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = `Usage: tsx scripts/web-host/cli.ts [--port N] [--data-dir DIR] [--no-open]

Serves the built StudyPath renderer and its back end on http://127.0.0.1 for development and tests.

  --port N          port to listen on (default: 0, any free port)
  --data-dir DIR    folder for the database (default: the desktop app's user-data folder)
  --no-open         do not open the address in the system browser
  --help            show this help`;

function parsePort(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\d{1,5}$/.test(raw)) return undefined;
  const port = Number(raw);
  return port <= 65_535 ? port : undefined;
}

export function parseCliArgs(argv: readonly string[]): CliParse {
  const options: CliOptions = { port: 0, dataDir: undefined, openBrowser: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    const takeValue = (): string | undefined => {
      if (inlineValue !== undefined) return inlineValue;
      i += 1;
      return argv[i];
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--no-open':
        if (inlineValue !== undefined) return { kind: 'error', message: '--no-open takes no value' };
        options.openBrowser = false;
        break;
      case '--port': {
        const port = parsePort(takeValue());
        if (port === undefined) return { kind: 'error', message: '--port needs a number from 0 to 65535' };
        options.port = port;
        break;
      }
      case '--data-dir': {
        const dir = takeValue();
        if (dir === undefined || dir === '') return { kind: 'error', message: '--data-dir needs a folder' };
        options.dataDir = dir;
        break;
      }
      default:
        return { kind: 'error', message: `unknown argument: ${arg}` };
    }
  }
  return { kind: 'run', options };
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
