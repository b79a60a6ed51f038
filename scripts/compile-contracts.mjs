// Compiles contracts/BatteryTraceRegistry.sol with the solc pinned in
// scripts/npm/package.json and writes the committed artifact
// contracts/BatteryTraceRegistry.json (or the file given with --out).
//
// The output is a pure function of the source and the pinned compiler: fixed
// standard-JSON settings, a repo-relative source unit name, no metadata hash in the
// bytecode (bytecodeHash "none"), and a fixed key order in the JSON. So running it
// twice, or on another machine, gives byte-identical output, and
// tests/contracts/test_contract_artifact.cpp can require exactly that.
//
//   node scripts/compile-contracts.mjs [--out FILE]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const top = resolve(here, '..');
const npmDir = join(here, 'npm');
const contractName = 'BatteryTraceRegistry';
const sourceUnit = `contracts/${contractName}.sol`;

function fail(message) {
  process.stderr.write(`compile-contracts: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  let out = join(top, 'contracts', `${contractName}.json`);
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--out' && i + 1 < argv.length) out = resolve(argv[++i]);
    else fail(`unknown argument '${argv[i]}' (usage: compile-contracts [--out FILE])`);
  }
  return { out };
}

function loadSolc() {
  const pinned = JSON.parse(readFileSync(join(npmDir, 'package.json'), 'utf8')).dependencies.solc;
  let solc;
  try {
    solc = createRequire(join(npmDir, 'package.json'))('solc');
  } catch (e) {
    fail(`solc is not installed in scripts/npm (run: cd scripts/npm && npm ci): ${e.message}`);
  }
  // A stale node_modules would silently produce other bytecode: insist on the pin.
  const version = solc.version();
  if (!version.startsWith(`${pinned}+`))
    fail(`solc ${version} is installed but package.json pins ${pinned} (run: cd scripts/npm && npm ci)`);
  return { solc, version };
}

// The settings that determine the bytecode; recorded in the artifact as they are.
const settings = {
  optimizer: { enabled: true, runs: 200 },
  // Cancun rather than solc's default (Prague): every EVM dev node and consortium
  // engine we target accepts it.
  evmVersion: 'cancun',
  // No IPFS/Swarm hash of the metadata in the bytecode: that hash covers source paths
  // and would tie the bytecode to the machine's layout.
  metadata: { bytecodeHash: 'none' },
};

function compile(solc, source) {
  const input = {
    language: 'Solidity',
    sources: { [sourceUnit]: { content: source } },
    settings: {
      ...settings,
      outputSelection: { [sourceUnit]: { [contractName]: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const diagnostics = output.errors ?? [];
  // Warnings fail the build too, as compiler warnings do for the C++ (BT_WERROR).
  if (diagnostics.length > 0)
    fail(`solc reported:\n${diagnostics.map((d) => d.formattedMessage ?? d.message).join('\n')}`);
  const contract = output.contracts?.[sourceUnit]?.[contractName];
  if (!contract) fail(`no ${contractName} in the compiler output`);
  return contract;
}

const { out } = parseArgs(process.argv.slice(2));
const { solc, version } = loadSolc();
const sourceBytes = readFileSync(join(top, sourceUnit));
const contract = compile(solc, sourceBytes.toString('utf8'));
const artifact = {
  contractName,
  compiler: { name: 'solc', version },
  source: sourceUnit,
  settings,
  abi: contract.abi,
  bytecode: `0x${contract.evm.bytecode.object}`,
  deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
  sourceSha256: createHash('sha256').update(sourceBytes).digest('hex'),
};
writeFileSync(out, `${JSON.stringify(artifact, null, 2)}\n`);
