'use strict';
/**
 * The extraction pool's worker when newsgraph runs from its TypeScript sources (ts-jest), not from dist/:
 * compiles each .ts module as it is required (typescript's transpileModule, with the project's compiler
 * options), then loads extraction-worker.ts. The built package never uses this file.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const tsconfigPath = path.resolve(__dirname, '..', '..', 'tsconfig.json');
const { config } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(tsconfigPath));
const compilerOptions = {
  ...options,
  module: ts.ModuleKind.CommonJS,
  sourceMap: false,
  inlineSourceMap: true,
};

function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
}

// Node tries the extensions in the order they were registered: .ts goes first, so that `./lexicon`
// finds lexicon.ts beside a lexicon.json, as TypeScript resolves it.
const registered = { ...require.extensions };
for (const extension of Object.keys(registered)) delete require.extensions[extension];
require.extensions['.ts'] = compileTypeScript;
Object.assign(require.extensions, registered);

module.exports = require('./extraction-worker.ts');
