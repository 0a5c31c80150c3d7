"""`awesome-lint server` whose guard sees every changed page as different, as
test_cli.py's refusal test forces it: the server must then refuse to format."""

from __future__ import annotations

from awesome_lint import fix
from awesome_lint.server.protocol import serve

_real = fix.render_html
fix.render_html = lambda text: _real(text) + str(len(text)).encode()

if __name__ == "__main__":
    serve(0.0)
