// `npm run edge -- [--listen 6081] [--backend 127.0.0.1:3000 ...]`: a local Varnish with Byline's
// configuration in front of running Byline instances, to try the edge cache on one machine.
import { INSTALL_HINT, findVarnishd, parseAddress, startVarnish, type Backend } from './varnish';

function options(argv: string[]): { listen: Backend; backends: Backend[] } {
  let listen = parseAddress('6081');
  const backends: Backend[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (!value || !['--listen', '--backend'].includes(flag)) {
      throw new Error(`unknown option "${argv[i - (inline === undefined ? 1 : 0)]}" (use --listen PORT or HOST:PORT, --backend HOST:PORT, repeatable)`);
    }
    if (flag === '--listen') listen = parseAddress(value);
    else backends.push(...value.split(',').map((v) => parseAddress(v)));
  }
  return { listen, backends: backends.length ? backends : [parseAddress(String(process.env.PORT || 3000))] };
}

async function main() {
  let parsed: ReturnType<typeof options>;
  try {
    parsed = options(process.argv.slice(2));
  } catch (error) {
    console.error(`npm run edge: ${(error as Error).message}`);
    process.exit(2);
  }
  if (!findVarnishd()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const varnish = await startVarnish(parsed).catch((error: Error) => {
    console.error(`npm run edge: ${error.message}`);
    process.exit(1);
  });
  const backends = parsed.backends.map((b) => `${b.host}:${b.port}`).join(', ');
  console.log(`Varnish listens on ${varnish.url}, in front of ${backends}.`);
  console.log(`Start each Byline instance with EDGE_PURGE_URLS=${varnish.url} (and SITE_URL set to the address readers use), so writes purge it.`);
  console.log('Responses carry X-Cache: HIT or MISS. Stop with Ctrl-C.');
  const stop = () => void varnish.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  varnish.process.on('exit', (code) => {
    console.error(`varnishd exited (${code ?? 'signal'})`);
    process.exit(1);
  });
}

void main();
