// Object and enum types of a nodejs SDK (types/input.d.ts, types/output.d.ts, types/enums/**) as schema types.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { applyTypeDefaults } from "./defaults.mjs";

function interfaceIn(sdk, root, file, namespaces, name) {
    let statements = sdk.declarations(path.join(root, "types", file)).statements;
    for (const namespace of namespaces) {
        const module = statements.find(s => ts.isModuleDeclaration(s) && s.name.text === namespace);
        if (!module) return undefined;
        statements = module.body.statements;
    }
    return statements.find(s => ts.isInterfaceDeclaration(s) && s.name.text === name);
}

/** An object type: properties from the input and output shapes, `required` from the input one and the output's always-set fields. */
export function objectType({ root, sdk, entry, properties, settings, typeToken }) {
    const input = interfaceIn(sdk, root, "input", entry.namespaces, entry.typeName);
    const output = interfaceIn(sdk, root, "output", entry.namespaces, entry.typeName);
    const base = path.join(root, "types", input ? "input" : "output");
    const inputShape = input ? properties(input.members, path.join(root, "types", "input")) : undefined;
    const outputShape = output ? properties(output.members, path.join(root, "types", "output")) : undefined;
    if (!inputShape && !outputShape) throw new Error(`type ${typeToken} not found under ${base}`);
    const spec = { properties: { ...outputShape?.properties, ...inputShape?.properties }, type: "object" };
    spec.properties = Object.fromEntries(Object.keys(spec.properties).sort().map(k => [k, spec.properties[k]]));
    if (entry.namespaces.length === 0) applyTypeDefaults(fs.readFileSync(path.join(root, "types", "input.js"), "utf8"), entry.typeName, spec.properties);
    const isConfig = entry.namespaces[0] === "config";
    const isFunctionType = /^[a-z]+:[^:]*\/get[A-Z]/.test(typeToken) || /:get[A-Z]\w*$/.test(typeToken) && !settings.groupVersionModules;
    if (isConfig) return spec;
    if (isFunctionType) {
        const required = (inputShape ?? outputShape).required;
        if (required.length) spec.required = required;
        return spec;
    }
    if (inputShape?.required.length) spec.required = inputShape.required;
    // The schema lists requiredOutputs only where they add to `required` (nodejs SDK output shapes show the union).
    if (outputShape && outputShape.required.join() !== (inputShape?.required ?? []).join()) {
        spec.language = { nodejs: { requiredOutputs: outputShape.required } };
    }
    return spec;
}

/** An enum: `export declare const X: { readonly Name: "value"; ... }` in types/enums/<module>/index.d.ts. */
export function enumType(root, entry, named) {
    const file = path.join(root, "types", "enums", ...entry.namespaces, "index.d.ts");
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const declaration = statement.declarationList.declarations[0];
        if (declaration.name.getText() !== entry.typeName) continue;
        const values = declaration.type.members.map(m => {
            const literal = m.type.literal;
            const value = ts.isStringLiteral(literal) ? literal.text : Number(literal.getText());
            return named ? { name: m.name.getText(), value } : { value };
        });
        return { type: typeof values[0].value === "string" ? "string" : "integer", enum: values };
    }
    throw new Error(`enum ${entry.typeName} not found in ${file}`);
}
