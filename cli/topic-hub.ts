#!/usr/bin/env node
/**
 * `topic-hub`: the command line of topic-hub-elements. It turns a folder of Markdown files
 * (`hubs/<id>.md`, `articles/<id>.md`) into the content bundle the elements load.
 *
 *   topic-hub init <dir> | check <dir> | build <dir> [--out <outdir>] [--search pagefind] [--inline-index] | preview <dir> [--port <n>]
 *   topic-hub export <dir> --hub <id> [--out <outdir>] [--script <url>] [--frame] [--lang <code>]
 *
 * Exit codes: 0 done, 1 content errors or a refused action, 2 a usage mistake.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { version } from '../package.json' with { type: 'json' };
import { build, check } from './build.js';
import { init } from './init.js';
import { preview } from './preview.js';

const defaultOutDir = 'dist-hub';
const defaultExportDir = 'hub-export';
const defaultPort = 8080;

interface Command {
  usage: string;
  summary: string;
  details: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(dir: string, values: Record<string, unknown>): Promise<number>;
}

const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

const commands: Record<string, Command> = {
  init: {
    usage: 'topic-hub init <dir>',
    summary: 'Write a starter content folder: one hub, three articles, every field explained.',
    details: `Creates <dir> (it must not exist or be empty) with hubs/<id>.md, where <id> is made from the
folder name, and three articles/*.md. Comments in each file explain every field.`,
    options: helpOption,
    run: (dir) => init(dir),
  },
  check: {
    usage: 'topic-hub check <dir>',
    summary: 'Validate a content folder and list every problem; writes nothing.',
    details: `Prints each problem as "file: field: what is wrong" and exits 1, or prints a one-line
summary and exits 0.`,
    options: helpOption,
    run: (dir) => check(dir),
  },
  build: {
    usage: `topic-hub build <dir> [--out <outdir>] [--search pagefind] [--inline-index]`,
    summary: `Write <outdir>/bundle.json (default outdir: ${defaultOutDir}).`,
    details: `Validates <dir> and writes the bundle to <outdir>/bundle.json and its search index to
<outdir>/search-index.<hash>.json (fetched when a reader first searches), each with .gz and .br
copies, creating <outdir>. On any content error it writes nothing: a previous <outdir> stays as it was. Other files in <outdir>
are never touched (but <outdir>/pagefind/ with --search pagefind). Serve <outdir> from any web server.

Options:
  -o, --out <outdir>   Output folder (default: ${defaultOutDir})
  --search pagefind    Also write a Pagefind index of the articles to <outdir>/pagefind/, for
                       search over large corpora (needs the pagefind package; the page needs
                       script-src 'wasm-unsafe-eval')
  --inline-index       Keep the search index inside bundle.json, for apps that import the bundle
                       as a module (import hub from './hub/bundle.json') instead of loading it with src`,
    options: {
      ...helpOption,
      out: { type: 'string', short: 'o', default: defaultOutDir },
      search: { type: 'string' },
      'inline-index': { type: 'boolean' },
    },
    run: (dir, values) => {
      if (values.search !== undefined && values.search !== 'pagefind') {
        throw new UsageError(`--search must be "pagefind", not "${values.search}"`, commands.build);
      }
      return build(dir, String(values.out), { search: values.search, inlineIndex: values['inline-index'] === true });
    },
  },
  preview: {
    usage: `topic-hub preview <dir> [--port <n>]`,
    summary: 'Serve a page with every hub of the folder; rebuilds and reloads on every save.',
    details: `Serves http://127.0.0.1:<n>/ with each hub in <topic-hub> and a search across all hubs,
under the strict policy default-src 'self'. Content errors show on the page and in the terminal.
Stops on Ctrl+C.

Options:
  -p, --port <n>  Port to listen on (default: ${defaultPort}; 0 picks a free one)`,
    options: { ...helpOption, port: { type: 'string', short: 'p', default: String(defaultPort) } },
    run: async (dir, values) => {
      const port = Number(values.port);
      if (!/^\d+$/.test(String(values.port)) || port > 65535) {
        throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`, commands.preview);
      }
      return preview(dir, port);
    },
  },
  export: {
    usage: 'topic-hub export <dir> --hub <id> [options]',
    summary: 'Write a static page of one hub that needs no JavaScript, for pages that cannot load a script.',
    details: `Renders hub <id> of <dir> to <outdir>/index.html (default outdir: ${defaultExportDir}), one page per
reading path in <outdir>/paths/, and their stylesheets in <outdir>/styles/. The pages show everything
without JavaScript, print well, and work under the policy default-src 'none'; style-src 'self'.
Embed them with an <iframe> or serve them as they are. On any content error it writes nothing.

Options:
  --hub <id>          The hub to export (required)
  -o, --out <outdir>  Output folder (default: ${defaultExportDir})
  --script <url>      URL of topic-hub.js (http(s), /path, or a path relative to <outdir>): the
                      pages load it and upgrade to the live elements
                      (search, reading progress); also writes <outdir>/bundle.json, which they load
  --frame             For an <iframe> on another site: links open in the top window, and the pages
                      tell the parent their height (embed-frame.js); writes embed-host.js for the
                      page that holds the frame, which sizes it
  --lang <code>       The reader's language: <html lang> and dir, and the language of the UI
                      (shipped: en, de, ar; others show English). Default: the hub's lang, else en`,
    options: {
      ...helpOption,
      hub: { type: 'string' },
      out: { type: 'string', short: 'o', default: defaultExportDir },
      script: { type: 'string' },
      lang: { type: 'string' },
      frame: { type: 'boolean', default: false },
    },
    run: async (dir, values) => {
      if (typeof values.hub !== 'string' || values.hub === '') throw new UsageError('missing --hub <id>', commands.export);
      const script = values.script === undefined ? undefined : String(values.script);
      // A scheme other than http(s) or a protocol-relative `//host/…` would load from where the policy does not allow.
      if (script !== undefined && !/^(https?:\/\/[^/]|(?![a-z][a-z\d+.-]*:)(?!\/\/)[^\s"'<>]+$)/i.test(script)) {
        throw new UsageError(
          `--script must be an http(s) URL or a path (relative to the output folder, or from /), not "${script}"`,
          commands.export,
        );
      }
      const { exportHub } = await import('./export.js');
      return exportHub(dir, {
        hub: values.hub,
        outDir: String(values.out),
        script,
        lang: values.lang === undefined ? undefined : String(values.lang),
        frame: Boolean(values.frame),
      });
    },
  },
};

const generalHelp = `topic-hub ${version}: build your own hub for the topic-hub elements from a folder of Markdown.

Usage: topic-hub <command> <dir> [options]

Commands:
${Object.values(commands)
  .map(({ usage, summary }) => `  ${usage.replace('topic-hub ', '').padEnd(34)}${summary}`)
  .join('\n')}

Options:
  -h, --help     Show this help; "topic-hub <command> --help" for one command
  -v, --version  Print the version

Start with: topic-hub init my-hub && topic-hub preview my-hub`;

const commandHelp = (command: Command) => `Usage: ${command.usage}\n\n${command.summary}\n\n${command.details}`;

/** A mistake in how the command was called: usage on stderr, exit code 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!)
  );
}

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) throw new UsageError('missing command');
  if (name === '-h' || name === '--help' || name === 'help') {
    const command = rest[0] === undefined ? undefined : commands[rest[0]];
    console.log(command ? commandHelp(command) : generalHelp);
    return 0;
  }
  if (name === '-v' || name === '--version') {
    console.log(version);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) throw new UsageError(`unknown command "${name}"`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message, command);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(commandHelp(command));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('missing the content folder <dir>', command);
  if (positionals.length > 1) throw new UsageError(`one folder only, got ${positionals.length}: ${positionals.join(' ')}`, command);
  return command.run(positionals[0], values);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`topic-hub: ${error.message}\n`);
    console.error(error.command ? commandHelp(error.command) : generalHelp);
    process.exitCode = 2;
  } else if (isFileSystemError(error)) {
    // The machine, not the content: an output folder that is a file, a full disk, no permission.
    console.error(`topic-hub: ${error.syscall ? `${error.syscall} ` : ''}${error.path ?? ''} failed: ${error.code} (${error.message})`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
