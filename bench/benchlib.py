"""What the benchmark scripts in bench/ share (imported, not run: bench/run skips it).

  * where things are: the inputs folder ($BENCH_INPUTS, default bench/inputs)
    and the binaries ($BENCH_BINARY_DIR, default .build/release);
  * smoke mode ($BENCH_SMOKE=1, set by `bench/run --smoke`): tiny inputs, one run;
  * the machine-readable results each script writes with --json FILE, which
    bench/run collects for its Growth section;
  * a tmux harness: a detached session of a given size on a private socket
    (`tmux -L SOCKET -f /dev/null`), its screen, its keys, its pane's process.
"""

import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
INPUTS = os.environ.get("BENCH_INPUTS") or os.path.join(HERE, "inputs")
BINARY_DIR = os.environ.get("BENCH_BINARY_DIR") or os.path.join(REPO, ".build", "release")
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
MB = 1_000_000
MIB = 1 << 20


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def default_runs(fallback=5):
    return int(os.environ.get("BENCH_RUNS") or fallback)


def runs_text(n):
    return "%d run%s" % (n, "" if n == 1 else "s")


def binary(name):
    """The default path of a product (hearsay, hearsay-store-stress)."""
    return os.path.join(BINARY_DIR, name)


def input_path(name):
    """A file given on the command line as a path, or a name in the inputs folder."""
    if os.sep in name or os.path.exists(name):
        return name
    return os.path.join(INPUTS, name)


def size_label(nbytes):
    if nbytes >= 950_000:   # 1mb.txt is a little under 10^6 bytes
        return "%.0f MB" % (nbytes / MB)
    return "%.0f KB" % (nbytes / 1000)


def percentile(values, p):
    """The p-th percentile (0-100), nearest rank, of a non-empty list."""
    xs = sorted(values)
    k = max(0, min(len(xs) - 1, int(-(-p * len(xs) // 100)) - 1))
    return xs[k]


def median(values):
    return statistics.median(values)


# ---------------------------------------------------------------------------
# Machine-readable results (for bench/run's Growth section).

def series(figure, unit, value_unit, points, note=""):
    """One figure measured at several sizes.

    unit: what the size counts, "MB" (10^6 bytes of input) or "1k annotations";
    value_unit: "ms", "s" or "MiB"; points: [(size in `unit`, value), ...].
    """
    return {"figure": figure, "unit": unit, "value_unit": value_unit,
            "points": [[float(s), float(v)] for s, v in points if v is not None], "note": note}


def write_json(path, benchmark, all_series, extra=None):
    if not path:
        return
    data = {"benchmark": benchmark, "series": all_series}
    if extra:
        data.update(extra)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# tmux harness.

class Tmux:
    """A detached tmux session on a private socket, running one command.

    The environment is the same for every program: LANG=C.UTF-8, LESS= (no
    user options for less), no Swift backtraces. tmux's own server start is in
    every figure that includes the session start, for every program alike.
    """

    def __init__(self, command, width=120, height=40, tag="bench"):
        self.socket = "%s-%d-%d" % (tag, os.getpid(), time.monotonic_ns())
        self.width, self.height = width, height
        self.started = time.monotonic()
        env_args = ["-e", "LANG=C.UTF-8", "-e", "LESS=", "-e", "SWIFT_BACKTRACE=enable=no"]
        self.run("new-session", "-d", "-s", "b", "-x", str(width), "-y", str(height),
                 *env_args, command)

    def run(self, *args):
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args],
                              capture_output=True, text=True).stdout

    def screen(self):
        return self.run("capture-pane", "-p", "-t", "b")

    def rows(self):
        text = self.screen().split("\n")
        return (text + [""] * self.height)[:self.height]

    def keys(self, *keys):
        """tmux send-keys: key names (Space, NPage, Escape) or literal text."""
        self.run("send-keys", "-t", "b", *keys)

    def pane_pid(self):
        out = self.run("display-message", "-p", "-t", "b", "#{pane_pid}").strip()
        return int(out) if out.isdigit() else None

    def kill(self):
        self.run("kill-server")
        remove_socket(self.socket)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()

    def wait(self, predicate, timeout=30.0, interval=0.002, what="the screen"):
        """Polls the screen until predicate(rows) is true; returns the time it took
        (from the call), or raises TimeoutError."""
        start = time.monotonic()
        while True:
            rows = self.rows()
            if predicate(rows):
                return time.monotonic() - start
            if time.monotonic() - start > timeout:
                raise TimeoutError("timed out after %.0f s waiting for %s; screen ends with:\n%s"
                                   % (timeout, what, "\n".join(rows[-3:])))
            time.sleep(interval)


def remove_socket(name):
    """tmux leaves the socket file of a private server behind after kill-server:
    remove it, so runs do not pile up files in /tmp/tmux-UID/."""
    folder = os.path.join(os.environ.get("TMUX_TMPDIR") or "/tmp", "tmux-%d" % os.getuid())
    try:
        os.unlink(os.path.join(folder, name))
    except OSError:
        pass


def have(*programs):
    from shutil import which
    return all(which(p) for p in programs)


def first_words(path, n=24):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.strip():
                return line.strip()[:n]
    raise SystemExit("%s: empty" % path)


def tail_words(path, n=30):
    """The last n words of a file (\\w+ runs, so punctuation and quote marks do
    not matter)."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - 65536))
        tail = f.read().decode("utf-8", "replace")
    return re.findall(r"\w+", tail)[-n:]


def text_words(rows, program, width):
    """The words of the text area of a captured screen, in reading order.

    less: every row but the last (its prompt); a row that fills the width was
    wrapped by less in the middle of a line (it cuts words), so it is joined to
    the next without a space. hearsay: the rows between the title bar (row 0)
    and the status line (the last two rows), each cut at the side pane's border
    "│"; the margin's cursor mark is not a word.
    """
    if program == "less":
        text = ""
        for row in rows[:-1]:
            text += row + ("" if len(row) >= width else " ")
    else:
        text = " ".join(row.split("│", 1)[0] for row in rows[1:-2])
    return re.findall(r"\w+", text)


def last_line(path):
    """The last non-blank line of a file (read from its end)."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(max(0, size - 65536))
        tail = f.read().decode("utf-8", "replace")
    lines = [l.strip() for l in tail.split("\n") if l.strip()]
    if not lines:
        raise SystemExit("%s: empty" % path)
    return lines[-1]


# ---------------------------------------------------------------------------
# /proc.

def proc_status(pid):
    """VmRSS and VmHWM of a process in KiB (None when it has gone)."""
    out = {}
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(rest.split()[0])
    except (OSError, ValueError):
        return None
    return out


def cpu_ticks(pid):
    """User + system CPU time of a process, in clock ticks (None when it has gone)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])   # utime, stime (fields 14 and 15)
    except (OSError, IndexError, ValueError):
        return None


def children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except (OSError, ValueError):
        return []


def program_pid(pane_pid, name):
    """The pid of the program `name` in a tmux pane: the pane's process itself
    (tmux runs the command through `sh -c` only when it has shell syntax)."""
    todo = [pane_pid]
    while todo:
        pid = todo.pop(0)
        try:
            with open("/proc/%d/comm" % pid) as f:
                comm = f.read().strip()
        except OSError:
            continue
        if comm == name[:15]:
            return pid
        todo.extend(children(pid))
    return None
