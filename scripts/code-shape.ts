/**
 * Two measures of the code's shape, kept honest by test/unit/code-shape.test.ts (and printed by running this file):
 * - functions longer than a page: every function-like node in src/ (declarations, methods, accessors, constructors,
 *   function expressions, arrow functions), measured from its first line to its last, nested functions included;
 * - module-level mutable values in src/core: a top-level `let` or `var`; a top-level `const` whose object a
 *   function changes (a Map or Set given `.set`/`.add`/`.delete`/`.clear`, an array or typed array written to by
 *   index or `.push`, an object given a property); a top-level `const` holding an instance of a class of the same
 *   file that has a field not marked readonly. Tables filled while the module loads (by top-level statements) and
 *   only read afterwards are constant (lexicon tables, fold tables) and are not counted.
 *   A pattern with the g or y flag keeps its lastIndex: those set by a function are listed apart ("patterns"), as
 *   position scratch that every use sets before it reads it; they are held to a ceiling of their own.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

export interface MutableValue {
  file: string;
  line: number;
  name: string;
  why: string;
  /** A global or sticky pattern whose lastIndex a function sets (see above). */
  pattern: boolean;
}

export function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.join(dir, e.name)] : []))
    .sort();
}

function parse(file: string, text?: string): ts.SourceFile {
  return ts.createSourceFile(file, text ?? fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText(sf);
  return '(anonymous)';
}

/** Every function-like node of `file` longer than `max` lines. */
export function longFunctions(file: string, max: number, text?: string): LongFunction[] {
  const sf = parse(file, text);
  const out: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) out.push({ file, line: first + 1, name: nameOf(node, sf), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const MUTATING_METHODS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'fill', 'sort', 'reverse', 'copyWithin']);

function isAssignmentTarget(node: ts.Node): boolean {
  const p = node.parent;
  if (ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
}

function insideFunction(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (ts.isFunctionLike(p) || ts.isClassStaticBlockDeclaration(p)) return true;
  return false;
}

/** How a function changes the object a top-level const names, if it does: `X.set(…)`, `X[i] = …`, `X.p = …`. */
function mutation(id: ts.Identifier): string | undefined {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.expression === id) {
    if (isAssignmentTarget(p)) return `.${p.name.text} assigned`;
    if (MUTATING_METHODS.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p) return `.${p.name.text}() called`;
  }
  if (ts.isElementAccessExpression(p) && p.expression === id && isAssignmentTarget(p)) return 'written by index';
  return undefined;
}

/** The classes declared in the file that have a field (or parameter property) not marked readonly. */
function mutableClasses(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  const readonly = (mods: readonly ts.ModifierLike[] | undefined) => !!mods?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword);
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        if (ts.isPropertyDeclaration(member) && !readonly(ts.getModifiers(member)) && !ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) out.add(node.name.text);
        if (ts.isConstructorDeclaration(member)) {
          for (const p of member.parameters) {
            const mods = ts.getModifiers(p);
            if (mods?.length && !readonly(mods)) out.add(node.name.text);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The module-level values of `file` (or of `text`, read as that file) that change after it has loaded. */
export function mutableValues(file: string, text?: string): MutableValue[] {
  const sf = parse(file, text);
  const out: MutableValue[] = [];
  const consts = new Map<string, ts.VariableDeclaration>();
  const classes = mutableClasses(sf);
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of st.declarationList.declarations) {
      const line = sf.getLineAndCharacterOfPosition(d.getStart(sf)).line + 1;
      const name = d.name.getText(sf);
      if (!isConst) out.push({ file, line, name, why: 'let/var', pattern: false });
      else if (d.initializer && ts.isNewExpression(d.initializer) && ts.isIdentifier(d.initializer.expression) && classes.has(d.initializer.expression.text)) {
        out.push({ file, line, name, why: `an instance of ${d.initializer.expression.text}, which has fields to change`, pattern: false });
      } else if (ts.isIdentifier(d.name)) consts.set(d.name.text, d);
    }
  }
  const reported = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && consts.has(node.text) && !reported.has(node.text) && insideFunction(node)) {
      const why = mutation(node);
      if (why) {
        reported.add(node.text);
        const d = consts.get(node.text)!;
        out.push({ file, line: sf.getLineAndCharacterOfPosition(d.getStart(sf)).line + 1, name: node.text, why, pattern: why === '.lastIndex assigned' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.sort((a, b) => a.line - b.line);
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? '.');
  const long = tsFiles(path.join(root, 'src')).flatMap((f) => longFunctions(f, 80));
  const all = tsFiles(path.join(root, 'src/core')).flatMap((f) => mutableValues(f));
  console.log(`${long.length} functions over 80 lines in src/`);
  for (const f of long.sort((a, b) => b.lines - a.lines)) console.log(`  ${f.lines}\t${path.relative(root, f.file)}:${f.line} ${f.name}`);
  for (const [title, list] of [['module-level mutable values', all.filter((m) => !m.pattern)], ['patterns whose lastIndex a function sets', all.filter((m) => m.pattern)]] as const) {
    console.log(`${list.length} ${title} in src/core`);
    for (const m of list) console.log(`  ${path.relative(root, m.file)}:${m.line} ${m.name} (${m.why})`);
  }
}
