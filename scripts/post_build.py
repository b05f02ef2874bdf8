#!/usr/bin/env python3
"""Trunk post-build hook for release builds, run in Trunk's staging folder.

1. Moves Trunk's inline start-up script into a file of its own, so the Content-Security-Policy
   can allow only the app's own scripts (no inline script).
2. Adds that Content-Security-Policy and the build id to index.html.
3. Writes sw.js: the service worker with this build's id and the list of every file of the
   build to precache.

It can also run on a finished dist/ (TRUNK_PROFILE=release TRUNK_STAGING_DIR=dist): after the
corpus bundle is replaced, it stamps a new build id and file list.

Debug builds (trunk serve) are left alone: no service worker under the development server.
"""
import hashlib, json, os, pathlib, re, sys

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'none'; worker-src 'self'; manifest-src 'self'")


def main():
    if os.environ.get("TRUNK_PROFILE") != "release":
        return
    staging = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
    source = pathlib.Path(os.environ.get("TRUNK_SOURCE_DIR", pathlib.Path(__file__).resolve().parent.parent))
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    # Running again on a finished build (to re-stamp a changed corpus) replaces the old stamp.
    html = re.sub(r'\s*<meta (http-equiv="Content-Security-Policy"|name="explorer-build")[^>]*>', "", html)

    inline = re.compile(r'<script type="module"(?P<attrs>[^>]*)>(?P<body>.*?)</script>', re.S)
    def extract(m):
        body = m.group("body")
        if "src=" in m.group("attrs"):
            return m.group(0)
        name = "boot-%s.js" % hashlib.sha256(body.encode()).hexdigest()[:16]
        (staging / name).write_text(body, encoding="utf-8")
        return '<script type="module" src="./%s"></script>' % name
    html = inline.sub(extract, html)
    if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
        sys.exit("post_build: an inline script is left in index.html; the CSP would block it")

    files = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*")
                   if p.is_file() and p.name not in ("sw.js", "index.html"))
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.encode() + b"\0" + (staging / f).read_bytes())
    digest.update(html.encode())
    build = digest.hexdigest()[:16]

    head = ('<meta http-equiv="Content-Security-Policy" content="%s" />\n'
            '    <meta name="explorer-build" content="%s" />\n    ' % (CSP, build))
    html = html.replace("<meta charset=\"utf-8\" />", "<meta charset=\"utf-8\" />\n    " + head.rstrip() , 1)
    index.write_text(html, encoding="utf-8")

    template = (source / "web" / "sw.js").read_text(encoding="utf-8")
    precache = ["./", "./index.html"] + ["./" + f for f in files]
    sw = template.replace('"__BUILD_ID__"', json.dumps(build)).replace("__PRECACHE__", json.dumps(precache, indent=2))
    (staging / "sw.js").write_text(sw, encoding="utf-8")
    print("post_build: build %s, %d files precached, CSP set" % (build, len(precache)), file=sys.stderr)


if __name__ == "__main__":
    main()
