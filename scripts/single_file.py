#!/usr/bin/env python3
"""Writes the one-file build: a single self-contained HTML file made from a release dist/.

Usage: single_file.py DIST OUT.html

The wasm, the corpus bundle, wasm-bindgen's JavaScript glue and its snippets are embedded as
inert data blocks (base64 or text); a small start-up script turns them into blob: modules and
starts the app, so the file opens from file:// with no server. Styles and the icon are inlined.
A Content-Security-Policy with the hashes of the inline script and style keeps injected script
out, as in the hosted build. There is no service worker in this form (file:// has none).
"""
import base64, hashlib, html, json, pathlib, re, sys


def sha256(text):
    return "'sha256-%s'" % base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def main(dist, out):
    dist = pathlib.Path(dist)
    index = (dist / "index.html").read_text(encoding="utf-8")
    # The app's wasm, not the Web Worker's (own articles need a served build).
    wasm_name = next(p.name for p in sorted(dist.glob("*_bg.wasm")) if not p.name.startswith("explorer-worker"))
    glue_name = wasm_name[: -len("_bg.wasm")] + ".js"
    css = "\n".join(p.read_text(encoding="utf-8") for p in sorted(dist.glob("*.css")))
    glue = (dist / glue_name).read_text(encoding="utf-8")
    snippets = {p.relative_to(dist).as_posix(): p.read_text(encoding="utf-8") for p in sorted(dist.glob("snippets/**/*.js"))}
    icon = base64.b64encode((dist / "assets" / "icon.svg").read_bytes()).decode()

    def block(id_, kind, text):
        # Data blocks are never run; only "</script" could end one early, so it is escaped.
        return '<script type="%s" id="%s">%s</script>' % (kind, id_, text.replace("</script", "<\\/script"))

    boot = """
const text = (id) => document.getElementById(id).textContent;
const bytes = (id) => Uint8Array.from(atob(text(id).trim()), (c) => c.charCodeAt(0));
const moduleUrl = (source) => URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
let glue = text("explorer-glue");
for (const [path, id] of %s) {
  const url = moduleUrl(text(id));
  // Only the import statements: the same path also names the wasm's import module.
  for (const q of ['"', "'"]) glue = glue.split("from " + q + "./" + path + q).join('from "' + url + '"');
}
const app = await import(moduleUrl(glue));
await app.default({ module_or_path: bytes("explorer-wasm") });
""" % json.dumps([[p, "explorer-snippet-%d" % i] for i, p in enumerate(snippets)])

    csp = ("default-src 'none'; script-src %s blob: 'wasm-unsafe-eval'; style-src %s; img-src data:; "
           "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'") % (sha256(boot), sha256(css))

    head = re.search(r"<head>(.*?)</head>", index, re.S).group(1)
    keep = [m for m in re.findall(r"<meta [^>]*>|<title>.*?</title>", head, re.S)
            if "Content-Security-Policy" not in m and "explorer-build" not in m]
    body = re.search(r"<body>(.*?)</body>", index, re.S).group(1)
    body = re.sub(r"<script.*?</script>", "", body, flags=re.S)

    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>",
             '<meta http-equiv="Content-Security-Policy" content="%s" />' % html.escape(csp, quote=True)]
    parts += keep
    # The data blocks go in <head>: the app takes over <body> when it starts.
    parts += ['<link rel="icon" href="data:image/svg+xml;base64,%s" />' % icon,
              "<style>%s</style>" % css,
              block("explorer-bundle", "application/octet-stream", base64.b64encode((dist / "corpus.bin").read_bytes()).decode()),
              block("explorer-wasm", "application/octet-stream", base64.b64encode((dist / wasm_name).read_bytes()).decode()),
              block("explorer-glue", "text/plain", glue)]
    parts += [block("explorer-snippet-%d" % i, "text/plain", s) for i, s in enumerate(snippets.values())]
    parts += ['<script type="module">%s</script>' % boot, "</head>", "<body>", body.strip(), "</body>", "</html>"]
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(out).write_text("\n".join(parts) + "\n", encoding="utf-8")
    print("single_file: wrote %s (%d bytes)" % (out, pathlib.Path(out).stat().st_size), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: single_file.py DIST OUT.html")
    main(sys.argv[1], sys.argv[2])
