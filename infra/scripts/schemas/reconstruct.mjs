// Rebuilds a trimmed Pulumi package schema from a published nodejs SDK (see vendor-schemas.sh).
// usage: node reconstruct.mjs <package name> <unpacked npm package folder> <packages.json> > schema.json
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { SdkIndex, deprecation } from "./sdk-index.mjs";
import { TypeMapper } from "./type-mapper.mjs";
import { objectType, enumType } from "./types.mjs";
import { applyDefaults } from "./defaults.mjs";

const [name, packageFolder, settingsFile] = process.argv.slice(2);
const root = path.resolve(packageFolder);
const settings = JSON.parse(fs.readFileSync(settingsFile, "utf8"))[name];
const sdk = new SdkIndex(root);
const pending = new Map();
const tokenToBase = new Map([...sdk.resources].map(([token, base]) => [base, token]));

const moduleOf = namespaces => namespaces.length === 0 ? "index"
    : settings.groupVersionModules ? `${settings.groups[namespaces[0]] ?? namespaces[0]}/${namespaces[1]}` : namespaces[0];
const tokenName = (namespaces, typeName) =>
    /^Get[A-Z]/.test(typeName) || namespaces[0] === "config" ? typeName[0].toLowerCase() + typeName.slice(1) : typeName;
const token = (namespaces, typeName) => settings.documentTypes?.[namespaces.join(".")]?.includes(typeName)
    ? `${name}:${namespaces[0]}/documents:${typeName}`
    : settings.groupVersionModules || namespaces.length === 0 && name !== "aws"
    ? `${name}:${moduleOf(namespaces)}:${typeName}`
    : `${name}:${moduleOf(namespaces)}/${tokenName(namespaces, typeName)}:${tokenName(namespaces, typeName)}`;

const mapper = new TypeMapper({
    typedEnumRefs: !settings.groupVersionModules,
    typeToken(kind, namespaces, typeName) {
        const result = token(namespaces, typeName);
        const entry = pending.get(result) ?? { kind: "object", namespaces, typeName, seen: new Set() };
        entry.seen.add(kind);
        pending.set(result, entry);
        return result;
    },
    enumToken(namespaces, typeName) {
        const result = token(namespaces, typeName);
        pending.set(result, { kind: "enum", namespaces, typeName, seen: new Set() });
        return result;
    },
    refToken(base, imported) {
        const source = sdk.declarations(base);
        const declaration = source.statements.find(s => ts.isImportDeclaration(s)
            && s.importClause?.namedBindings && ts.isNamedImports(s.importClause.namedBindings)
            && s.importClause.namedBindings.elements.some(e => e.name.text === imported));
        const file = sdk.declaringFile(sdk.resolveImport(base, declaration.moduleSpecifier.text), imported);
        return tokenToBase.get(file) ?? raise(`${imported} (${path.relative(root, file)}) is not a resource class`);
    },
});

/** Maps the property members of an interface or class; `filter` picks which members count. */
function properties(members, base, filter = () => true) {
    const result = {};
    const required = [];
    for (const member of members) {
        if (!ts.isPropertySignature(member) && !ts.isPropertyDeclaration(member)) continue;
        if (member.modifiers?.some(m => m.kind === ts.SyntaxKind.StaticKeyword) || !filter(member)) continue;
        const key = member.name.getText();
        const { spec, undefinedAllowed } = mapper.member(member.type, base);
        const message = deprecation(member);
        if (message !== undefined) spec.deprecationMessage = message;
        result[key] = spec;
        if (!member.questionToken && !undefinedAllowed) required.push(key);
    }
    return { properties: sortKeys(result), required: required.sort() };
}

function interfaceIn(base, interfaceName) {
    return sdk.declarations(base).statements.find(s => ts.isInterfaceDeclaration(s) && s.name.text === interfaceName);
}

function secrets(base) {
    const js = sdk.javascript(base);
    const inputs = [...js.matchAll(/pulumi\.secret\(args\.(\w+)\)/g)].map(m => m[1]);
    const outputs = [...js.matchAll(/additionalSecretOutputs: \[([^\]]*)\]/g)].flatMap(m => [...m[1].matchAll(/"(\w+)"/g)].map(x => x[1]));
    return { inputs, outputs };
}

function resource(resourceToken) {
    const base = sdk.resources.get(resourceToken);
    const className = resourceToken === name ? "Provider" : resourceToken.split(":").at(-1);
    const source = sdk.declarations(base);
    const cls = source.statements.find(s => ts.isClassDeclaration(s) && s.name?.text === className);
    const isOutput = m => m.type && ts.isTypeReferenceNode(m.type) && m.type.typeName.getText() === "pulumi.Output";
    const outputs = properties(cls.members, base, isOutput);
    const args = properties(interfaceIn(base, `${className}Args`)?.members ?? [], base);
    const state = interfaceIn(base, `${className}State`);
    const { inputs: secretInputs, outputs: secretOutputs } = secrets(base);
    for (const key of secretOutputs) if (outputs.properties[key]) outputs.properties[key].secret = true;
    for (const key of secretInputs) if (args.properties[key]) args.properties[key].secret = true;
    applyDefaults(sdk.javascript(base), /resourceInputs\["(\w+)"\] = (?:pulumi\.output\()?\(args\?\.\w+\) \?\? ([^;]*?)\)?(?:\.apply\(JSON\.stringify\))?;/g, args.properties);
    const entry = { properties: outputs.properties };
    if (settings.resourceObjectType) entry.type = "object";
    entry.required = outputs.required;
    entry.inputProperties = args.properties;
    if (args.required.length) entry.requiredInputs = args.required;
    if (state && settings.stateInputs) {
        const stateProps = properties(state.members, base).properties;
        for (const key of secretOutputs) if (stateProps[key]) stateProps[key].secret = true;
        entry.stateInputs = { properties: stateProps, type: "object" };
    }
    const aliases = [...sdk.javascript(base).matchAll(/\{ type: "([^"]+)" \}/g)].map(m => ({ type: m[1] }));
    if (aliases.length) entry.aliases = aliases;
    const message = deprecation(cls);
    if (message !== undefined) entry.deprecationMessage = message;
    return entry;
}

function fn(functionToken) {
    const base = sdk.functions.get(functionToken);
    const functionName = functionToken.split(":").at(-1);
    const upper = functionName[0].toUpperCase() + functionName.slice(1);
    const args = interfaceIn(base, `${upper}Args`);
    const result = properties(interfaceIn(base, `${upper}Result`).members, base);
    const inputs = args ? properties(args.members, base) : undefined;
    const entry = {};
    if (inputs) entry.inputs = withRequired({ properties: inputs.properties, type: "object" }, inputs.required);
    entry.outputs = withRequired({ properties: result.properties, type: "object" }, result.required);
    return entry;
}

function raise(message) {
    throw new Error(message);
}

function withRequired(spec, required) {
    if (required.length) spec.required = required;
    return spec;
}

function sortKeys(object) {
    return Object.fromEntries(Object.keys(object).sort().map(k => [k, object[k]]));
}

const schema = { ...settings.header, version: settings.version };
const resources = {};
for (const resourceToken of settings.resources) resources[resourceToken] = resource(resourceToken);
const functions = {};
for (const functionToken of settings.functions) functions[functionToken] = fn(functionToken);
const providerClass = resource(name);
schema.config = settings.config === "provider-inputs" ? { variables: configVariables(providerClass) } : settings.config;
schema.provider = { ...settings.providerExtras, ...providerSection(providerClass) };
schema.resources = resources;
if (settings.functions.length || settings.verbatimFunctions) schema.functions = { ...functions, ...settings.verbatimFunctions };
schema.types = {};
while (true) {
    const next = [...pending].find(([t]) => !(t in schema.types));
    if (!next) break;
    const [typeToken, entry] = next;
    schema.types[typeToken] = entry.kind === "enum" ? enumType(root, entry, !settings.groupVersionModules) : objectType({ root, sdk, entry, properties, settings, typeToken });
}
for (const patch of settings.patches ?? []) applyPatch(schema, patch);
process.stdout.write(JSON.stringify(schema));

function providerSection(providerResource) {
    const section = {};
    if (settings.resourceObjectType) section.type = "object";
    if (Object.keys(providerResource.properties).length && settings.providerOutputs) section.properties = providerResource.properties;
    if (Object.keys(providerResource.inputProperties).length) section.inputProperties = providerResource.inputProperties;
    if (providerResource.requiredInputs) section.requiredInputs = providerResource.requiredInputs;
    return section;
}

function configVariables(providerResource) {
    const file = path.join(root, "config", "vars");
    const variables = {};
    for (const statement of sdk.declarations(file).statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
            const key = declaration.name.getText();
            const spec = mapper.member(declaration.type, file).spec;
            const message = deprecation(statement);
            if (message !== undefined) spec.deprecationMessage = message;
            if (providerResource.inputProperties[key]?.secret) spec.secret = true;
            variables[key] = spec;
        }
    }
    applyDefaults(sdk.javascript(file), /"(\w+)", \{\s*get\(\) \{\s*return __config\.get\w*\("\w+"\) \?\? ([^;]*);/g, variables);
    return sortKeys(variables);
}

function applyPatch(target, { path: keys, value }) {
    let node = target;
    for (const key of keys.slice(0, -1)) node = node[key];
    if (value === null) delete node[keys.at(-1)];
    else node[keys.at(-1)] = value;
}
