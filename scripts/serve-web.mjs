// Serves the browser build (out/web) on 127.0.0.1 and prints its address.
import { preview } from 'vite';

const portArgument = process.argv.indexOf('--port');
const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : 4173;

const server = await preview({
  configFile: 'vite.web.config.ts',
  configLoader: 'runner',
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  logLevel: 'warn',
});
console.log(
  `Lisible is being served at ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`} (Ctrl+C to stop)`,
);
