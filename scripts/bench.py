#!/usr/bin/env python3
"""Diglot's benchmark (`make bench`).

Generates a corpus of N editions from the committed article and the second test article under varied slugs,
then measures, each over several runs (min / median / max, wall time and peak memory of the whole process):
  - `diglot build` of the whole corpus, and the raw `cmark` command on the same Markdown bytes;
  - `diglot build` of one edition, a cold process;
  - `diglot serve` rebuilding after a one-line edit of one article (save to reload event), and its build worker
    alone (request to answer).
Everything is written under .bench/ (ignored by git). Standard library only. DIGLOT=path measures another
build of diglot (an earlier commit's, to compare) on the same corpus.
"""
import argparse, json, os, shutil, socket, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, ".bench")
DIGLOT = os.environ.get("DIGLOT", os.path.join(ROOT, ".build", "release", "diglot"))
SOURCES = [
    ("melkonyan", os.path.join(ROOT, "content", "melkonyan-2022")),
    ("petrova", os.path.join(ROOT, "Tests", "Fixtures", "second-article")),
]


def make_corpus(count, folder):
    """Made afresh each time: a run stopped in the middle of the serve benchmark leaves its edit behind."""
    content = os.path.join(folder, "content")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(content)
    shutil.copy(os.path.join(ROOT, "content", "site.yaml"), content)
    for index in range(count):
        prefix, source = SOURCES[index % len(SOURCES)]
        target = os.path.join(content, f"{prefix}-{index + 1:04d}")
        os.makedirs(target)
        for name in ("article.md", "edition.yaml", "annotations.yaml"):
            if os.path.exists(os.path.join(source, name)):
                shutil.copy(os.path.join(source, name), target)
    return content


def measure(command, runs, **kwargs):
    """Runs a command `runs` times; wall times, the peak memory of the largest run and the CPU times (user, system)
    of each run, via GNU time. On a shared virtual machine the user time is the steadiest figure: wall time also
    counts the time other guests hold the cores, and system time (mostly writing files) swings with the host's
    load on its disks."""
    times, peaks, cpus = [], [], []
    for _ in range(runs):
        report = tempfile.NamedTemporaryFile(delete=False).name
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", report] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode(errors='replace')[-2000:]}")
        with open(report) as handle:
            peak, user, system = handle.read().strip().splitlines()[-1].split()
        peaks.append(int(peak) / 1024)
        cpus.append((float(user), float(system)))
        os.unlink(report)
    return times, max(peaks), cpus


def cpu(cpus):
    """The median CPU time, user + system, in seconds."""
    return statistics.median(user + system for user, system in cpus)


def summary(name, times, peak, cpus):
    user = statistics.median(user for user, _ in cpus)
    system = statistics.median(system for _, system in cpus)
    return (f"{name:<44} min {min(times)*1000:9.1f} ms   median {statistics.median(times)*1000:9.1f} ms   "
            f"max {max(times)*1000:9.1f} ms   peak {peak:7.1f} MiB   cpu {cpu(cpus)*1000:9.1f} ms "
            f"(user {user*1000:.0f}, sys {system*1000:.0f})")


class OneLineEdit:
    """The edit both rebuild benchmarks time: a space added to, then taken from, one line of the first edition's
    article, which must change the file (a rebuild of unchanged text writes nothing and measures less)."""
    BEFORE = "Кибербезопасность — один"
    AFTER = "Кибербезопасность  — один"

    def __init__(self, content):
        slug = sorted(name for name in os.listdir(content) if not name.endswith(".yaml"))[0]
        self.article = os.path.abspath(os.path.join(content, slug, "article.md"))
        with open(self.article, encoding="utf-8") as handle:
            self.original = handle.read()
        if self.BEFORE not in self.original:
            sys.exit(f"the benchmark's edit does not apply to {self.article}")

    def text(self, run):
        return self.original.replace(self.BEFORE, self.AFTER, 1) if run % 2 == 0 else self.original

    def save(self, text):
        # As editors save atomically: a hidden temporary renamed over the article, one change for the watcher.
        temporary = os.path.join(os.path.dirname(self.article), ".article.md.bench-tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, self.article)


def serve_rebuild(content, runs):
    """Save-to-reload times of `diglot serve` after a one-line edit of one article."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([DIGLOT, "serve", "--content", content, "--templates", os.path.join(ROOT, "templates"),
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 600
        while time.time() < deadline:
            if server.poll() is not None:
                sys.exit(f"diglot serve ended: {server.stderr.read().decode(errors='replace')[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        # The first build must be done before an edit is timed: wait until the site's index is served.
        while time.time() < deadline:
            with socket.create_connection(("127.0.0.1", port)) as probe:
                probe.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
                if probe.recv(64).startswith(b"HTTP/1.1 200"):
                    break
            time.sleep(0.2)
        events = socket.create_connection(("127.0.0.1", port))
        origin = f"http://127.0.0.1:{port}"
        events.sendall(f"GET /__diglot/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: {origin}\r\nAccept: text/event-stream\r\n\r\n".encode())
        events.settimeout(60)
        events.recv(4096)
        edit = OneLineEdit(content)
        times = []

        def drain():
            events.settimeout(0.5)
            try:
                while events.recv(4096):
                    pass
            except socket.timeout:
                pass
            events.settimeout(60)

        try:
            for run in range(runs):
                drain()
                start = time.perf_counter()
                edit.save(edit.text(run))
                received = b""
                while b"data: reload" not in received:
                    received += events.recv(4096)
                times.append(time.perf_counter() - start)
        finally:
            edit.save(edit.original)
        events.close()
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def worker_rebuild(content, runs):
    """The build worker alone (`diglot build-worker`, as the preview drives it): request to answer for a rebuild
    after the one-line edit, without the file watcher, the settle period and the browser's event stream."""
    edit = OneLineEdit(content)
    output = os.path.join(BENCH, "out-worker", "public")
    worker = subprocess.Popen([DIGLOT, "build-worker", "--content", content, "--templates", os.path.join(ROOT, "templates"),
                               "--output", output], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def request(changes):
        start = time.perf_counter()
        worker.stdin.write((json.dumps({"changes": changes}) + "\n").encode())
        worker.stdin.flush()
        if not worker.stdout.readline():
            sys.exit("the build worker ended")
        return time.perf_counter() - start

    def edited(run):
        edit.save(edit.text(run))
        return request([edit.article])

    try:
        request([])
        # The first rebuild fills the worker's caches (parsed references, the editorial layer); it is not counted.
        edited(0)
        return [edited(run) for run in range(1, runs + 1)]
    finally:
        edit.save(edit.original)
        worker.stdin.close()
        worker.wait(timeout=60)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editions", type=int, default=int(os.environ.get("EDITIONS", 1000)))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", 3)))
    parser.add_argument("--serve-editions", type=int, default=50)
    args = parser.parse_args()
    if not os.access(DIGLOT, os.X_OK):
        sys.exit("build diglot first: make diglot")
    os.makedirs(BENCH, exist_ok=True)

    content = make_corpus(args.editions, os.path.join(BENCH, f"corpus-{args.editions}"))
    joined = os.path.join(BENCH, f"all-{args.editions}.md")
    with open(joined, "wb") as out:
        for slug in sorted(os.listdir(content)):
            path = os.path.join(content, slug, "article.md")
            if os.path.exists(path):
                with open(path, "rb") as handle:
                    out.write(handle.read())
    size = os.path.getsize(joined) / 1e6
    lines = [f"corpus: {args.editions} editions, {size:.1f} MB of Markdown; {args.runs} runs each; {os.cpu_count()} cores"]

    output = os.path.join(BENCH, "out", "public")
    build = [DIGLOT, "build", "--content", content, "--templates", os.path.join(ROOT, "templates"), "--output", output]
    build_times, build_peak, build_cpus = measure(build, args.runs)
    cmark_times, cmark_peak, cmark_cpus = measure(["cmark", joined], args.runs)
    lines.append(summary(f"diglot build, {args.editions} editions", build_times, build_peak, build_cpus))
    lines.append(summary(f"cmark, the same {size:.1f} MB", cmark_times, cmark_peak, cmark_cpus))
    # GNU time counts CPU in hundredths of a second: a tiny corpus can show none for cmark.
    cmark_cpu = cpu(cmark_cpus)
    cpu_ratio = f"{cpu(build_cpus) / cmark_cpu:.1f}x cpu" if cmark_cpu > 0 else "cpu ratio n/a (cmark under 10 ms)"
    lines.append(f"{'ratio diglot / cmark (medians)':<44} {statistics.median(build_times) / statistics.median(cmark_times):.1f}x wall, {cpu_ratio}")

    single = make_corpus(1, os.path.join(BENCH, "corpus-1"))
    one = [DIGLOT, "build", "--content", single, "--templates", os.path.join(ROOT, "templates"),
           "--output", os.path.join(BENCH, "out-1", "public")]
    lines.append(summary("diglot build, one edition (cold process)", *measure(one, max(args.runs, 10))))
    lines.append(summary("diglot --help (process start alone)", *measure([DIGLOT, "--help"], 10)))

    served = make_corpus(args.serve_editions, os.path.join(BENCH, f"corpus-serve-{args.serve_editions}"))
    worker = worker_rebuild(served, max(args.runs * 5, 15))
    lines.append(summary(f"build worker: one article rebuilt, {args.serve_editions} ed.", worker, 0, [(0, 0)]).rsplit("peak", 1)[0])
    rebuilds = serve_rebuild(served, max(args.runs * 5, 15))
    lines.append(summary(f"serve: one-line edit to reload, {args.serve_editions} editions", rebuilds, 0, [(0, 0)]).rsplit("peak", 1)[0])

    report = "\n".join(lines)
    print(report)
    with open(os.path.join(BENCH, "results.txt"), "w") as handle:
        handle.write(report + "\n")


if __name__ == "__main__":
    main()
