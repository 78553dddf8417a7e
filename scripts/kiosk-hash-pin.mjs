// `npm run kiosk:hash-pin`: turns the kiosk administrator's PIN into the `exitPinHash` the kiosk configuration
// takes (`scrypt$<salt>$<key>`), so the PIN itself is never written down. Plain Node, no dependencies: it can be
// copied to and run on the machine being set up.
//
//   npm run kiosk:hash-pin              asks for the PIN twice, without showing it
//   echo 2468 | npm run kiosk:hash-pin  reads it from standard input (first line)
//   npm run kiosk:hash-pin -- 2468      takes it as an argument (it then stays in the shell's history)
//
// Prints only the hash on standard output. The parameters must match main/kiosk/pin.ts, which checks PINs; a
// unit test hashes with this script and verifies there.
import { randomBytes, scrypt } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** As the PIN field in the page and the IPC check allow (main/security/ipc-guard.ts: MAX_PIN_LENGTH). */
const MIN_LENGTH = 4;
const MAX_LENGTH = 64;

function fail(message) {
  console.error(`kiosk:hash-pin: ${message}`);
  process.exit(1);
}

function hashPin(pin) {
  const salt = randomBytes(SALT_BYTES);
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFC'), salt, KEY_BYTES, SCRYPT, (error, key) => {
      if (error) reject(error);
      else resolve(`scrypt$${salt.toString('hex')}$${key.toString('hex')}`);
    });
  });
}

/** Asks on the terminal, echoing nothing. */
function ask(question) {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  process.stderr.write(question);
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function readStdin() {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPin() {
  const args = process.argv.slice(2);
  if (args.length > 1) fail('give at most one PIN (quote it if it has spaces)');
  if (args.length === 1) return args[0];
  if (!process.stdin.isTTY) return readStdin();
  const pin = await ask('Administrator PIN: ');
  const again = await ask('The same PIN again: ');
  if (pin !== again) fail('the two PINs differ; nothing was printed');
  return pin;
}

const pin = await readPin();
if ([...pin].length < MIN_LENGTH) fail(`the PIN must have at least ${MIN_LENGTH} characters`);
if (pin.length > MAX_LENGTH) fail(`the PIN must have at most ${MAX_LENGTH} characters`);
if (pin.trim() !== pin) fail('the PIN starts or ends with a space, which a kiosk keypad may not type');
console.log(await hashPin(pin));
console.error('Put this in the kiosk configuration as "exitPinHash".');
