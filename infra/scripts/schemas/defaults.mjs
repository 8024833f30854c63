// Default values the nodejs SDK fills in for omitted inputs, read back from its JavaScript.

/** Defaults the SDK fills in: `(args?.x) ?? "literal"` gives `default`, `?? utilities.getEnv("A", "B")` gives `defaultInfo`. */
export function applyDefaults(js, pattern, target) {
    for (const m of js.matchAll(pattern)) {
        const [, key, fallback] = m;
        if (!target[key]) continue;
        const env = /^utilities\.getEnv\w*\(([^)]*)\)?/.exec(fallback);
        if (env) target[key].defaultInfo = { environment: [...env[1].matchAll(/"([^"]+)"/g)].map(x => x[1]) };
        else if (/^("[^"]*"|true|false|-?\d+(\.\d+)?)$/.test(fallback)) target[key].default = JSON.parse(fallback);
    }
}

/** Defaults of an object type: `function <type>ProvideDefaults(val)` in types/input.js sets `x: (val.x) ?? fallback`. */
export function applyTypeDefaults(inputJs, typeName, target) {
    const name = typeName[0].toLowerCase() + typeName.slice(1);
    const body = new RegExp(`function ${name}ProvideDefaults\\(val\\) \\{([\\s\\S]*?)\\n\\}`).exec(inputJs);
    if (body) applyDefaults(body[1], /(\w+): \(val\.\w+\) \?\? ([^\n]*?),?\n/g, target);
}
