// Maps the TypeScript types of a generated Pulumi nodejs SDK back to package-schema property specs.
import ts from "typescript";

const primitive = {
    [ts.SyntaxKind.StringKeyword]: { type: "string" },
    [ts.SyntaxKind.NumberKeyword]: { type: "integer" },
    [ts.SyntaxKind.BooleanKeyword]: { type: "boolean" },
    [ts.SyntaxKind.AnyKeyword]: { $ref: "pulumi.json#/Any" },
};

export class TypeMapper {
    /** `typeToken(kind, namespaces, name)` names a `#/types/` entry and queues it; `refToken(base, name)` names an imported class. */
    constructor({ typeToken, enumToken, refToken, typedEnumRefs }) {
        this.typedEnumRefs = typedEnumRefs;
        this.typeToken = typeToken;
        this.enumToken = enumToken;
        this.refToken = refToken;
    }

    /** A member's spec and whether its type admits `undefined` (an optional output). */
    member(node, base) {
        const optional = { value: false };
        const spec = this.map(node, base, optional);
        return { spec, undefinedAllowed: optional.value };
    }

    map(node, base, optional) {
        if (primitive[node.kind]) return { ...primitive[node.kind] };
        if (ts.isParenthesizedTypeNode(node)) return this.map(node.type, base, optional);
        if (ts.isArrayTypeNode(node)) return { type: "array", items: this.map(node.elementType, base, optional) };
        if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { type: "string", const: node.literal.text };
        if (ts.isTypeLiteralNode(node)) {
            const index = node.members.find(ts.isIndexSignatureDeclaration);
            if (!index) throw new Error(`unsupported object literal type: ${node.getText()}`);
            return { type: "object", additionalProperties: this.map(index.type, base, optional) };
        }
        if (ts.isUnionTypeNode(node)) return this.union(node, base, optional);
        if (ts.isTypeReferenceNode(node)) return this.reference(node, base, optional);
        throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
    }

    union(node, base, optional) {
        const branches = node.types.filter(t => {
            const isUndefined = t.kind === ts.SyntaxKind.UndefinedKeyword;
            if (isUndefined) optional.value = true;
            return !isUndefined;
        });
        if (branches.length === 1) return this.map(branches[0], base, optional);
        const specs = branches.map(b => this.map(b, base, optional));
        // "a string, or one of these" (enum, resource or document reference): the aws bridge writes it with a string type on top.
        if (this.typedEnumRefs && specs[0].type === "string" && !specs[0].$ref && specs.slice(1).every(s => s.$ref?.startsWith("#/"))) {
            return { type: "string", oneOf: [{ type: "string" }, ...specs.slice(1).map(s => ({ type: "string", ...s }))] };
        }
        return { oneOf: specs };
    }

    reference(node, base, optional) {
        const name = node.typeName.getText();
        if (name === "pulumi.Input" || name === "pulumi.Output") return this.map(node.typeArguments[0], base, optional);
        if (name === "pulumi.asset.Asset") return { $ref: "pulumi.json#/Asset" };
        if (name === "pulumi.asset.Archive") return { $ref: "pulumi.json#/Archive" };
        const parts = name.split(".");
        if (parts[0] === "inputs" || parts[0] === "outputs") {
            return { $ref: `#/types/${this.typeToken(parts[0], parts.slice(1, -1), parts.at(-1))}` };
        }
        if (parts[0] === "enums") {
            const ref = `#/types/${this.enumToken(parts.slice(1, -1), parts.at(-1))}`;
            return this.typedEnumRefs ? { type: "string", $ref: ref } : { $ref: ref };
        }
        if (parts.length === 1) return { $ref: `#/types/${this.refToken(base, name)}` };
        throw new Error(`unsupported type reference ${name}`);
    }
}
