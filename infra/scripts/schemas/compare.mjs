// Lists where two schema files differ, ignoring key order: one line per differing JSON path.
// usage: node compare.mjs <expected.json> <actual.json>   (exit code 1 when they differ)
import fs from "node:fs";

const [expectedFile, actualFile] = process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(expectedFile, "utf8"));
const actual = JSON.parse(fs.readFileSync(actualFile, "utf8"));
const lines = [];
diff(expected, actual, []);
for (const line of lines) console.log(line);
process.exit(lines.length ? 1 : 0);

function diff(a, b, path) {
    const where = path.map(p => `[${JSON.stringify(p)}]`).join("") || "(root)";
    if (isObject(a) && isObject(b)) {
        for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
            if (!(key in b)) lines.push(`only vendored: ${where}[${JSON.stringify(key)}] = ${short(a[key])}`);
            else if (!(key in a)) lines.push(`only generated: ${where}[${JSON.stringify(key)}] = ${short(b[key])}`);
            else diff(a[key], b[key], [...path, key]);
        }
    } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every(isObject)) {
        a.forEach((item, i) => diff(item, b[i], [...path, i]));
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
        lines.push(`differs: ${where}: vendored ${short(a)}, generated ${short(b)}`);
    }
}

function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

function short(value) {
    const text = JSON.stringify(value);
    return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
