// Indexes a published Pulumi nodejs SDK: which file declares each resource token (`static __pulumiType`)
// and each function token (`pulumi.runtime.invoke("...")`), and parses .d.ts files on demand.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export class SdkIndex {
    constructor(root) {
        this.root = path.resolve(root);
        this.resources = new Map();
        this.functions = new Map();
        this.files = new Map();
        for (const file of walk(this.root)) {
            const text = fs.readFileSync(file, "utf8");
            const base = file.slice(0, -".js".length);
            for (const m of text.matchAll(/static __pulumiType = '([^']+)'/g)) this.resources.set(m[1], base);
            for (const m of text.matchAll(/pulumi\.runtime\.invoke\("([^"]+)"/g)) this.functions.set(m[1], base);
        }
    }

    /** The parsed declaration file of a module base path (without extension). */
    declarations(base) {
        if (!this.files.has(base)) {
            const text = fs.readFileSync(`${base}.d.ts`, "utf8");
            this.files.set(base, ts.createSourceFile(`${base}.d.ts`, text, ts.ScriptTarget.Latest, true));
        }
        return this.files.get(base);
    }

    javascript(base) {
        return fs.readFileSync(`${base}.js`, "utf8");
    }

    /** The module base path an import specifier of `fromBase` points at (`./index` and `../sns` resolve to index files). */
    resolveImport(fromBase, specifier) {
        const target = path.resolve(path.dirname(fromBase), specifier);
        return fs.existsSync(`${target}.d.ts`) ? target : path.join(target, "index");
    }

    /** Follows `export * from "./x"` / `export { X } from "./x"` chains of an index file to the file declaring `name`. */
    declaringFile(base, name, seen = new Set()) {
        if (seen.has(base)) return undefined;
        seen.add(base);
        const source = this.declarations(base);
        for (const statement of source.statements) {
            if ((ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && statement.name?.text === name) return base;
            // index files re-export classes as `export type Role = import("./role").Role;`
            if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name && ts.isImportTypeNode(statement.type)) {
                return this.declaringFile(this.resolveImport(base, statement.type.argument.literal.text), name, seen);
            }
        }
        for (const statement of source.statements) {
            if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
            const names = statement.exportClause && ts.isNamedExports(statement.exportClause)
                ? statement.exportClause.elements.map(e => e.name.text) : undefined;
            if (names && !names.includes(name)) continue;
            const found = this.declaringFile(this.resolveImport(base, statement.moduleSpecifier.text), name, seen);
            if (found) return found;
        }
        return undefined;
    }
}

function* walk(directory) {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== "node_modules" && entry.name !== "types") yield* walk(full);
        } else if (entry.name.endsWith(".js")) {
            yield full;
        }
    }
}

/** The text of a member's `@deprecated` JSDoc tag, if any. */
export function deprecation(node) {
    const tag = ts.getJSDocTags(node).find(t => t.tagName.text === "deprecated");
    if (!tag) return undefined;
    const comment = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    return (comment ?? "").trim();
}
