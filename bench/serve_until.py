"""Polls a starting `kiosk serve` for bench/cold.sh, in one process: a curl started for each poll took a
tenth to a third of a core from the two being measured.

    python3 bench/serve_until.py LABEL START_NS PID PORT

Every 20 ms asks http://localhost:PORT/health until it answers 200 and until it says the site is baked;
prints two rows for cold.sh's TSV (label, seconds since START_NS, CPU seconds the process PID had used by
then). Exits 1 when the process ends first.
"""
import os
import sys
import time
import urllib.error
import urllib.request

label, start, pid, port = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ticks = os.sysconf("SC_CLK_TCK")


def cpu_seconds():
    """User and system CPU the process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks


def health_body():
    """/health's body when it answers 200, else None (not listening yet, or not healthy)."""
    try:
        with urllib.request.urlopen(f"http://localhost:{port}/health", timeout=5) as answer:
            return answer.read().decode()
    except (urllib.error.URLError, ConnectionError):
        return None


health = None
while True:
    body = health_body()
    seconds = (time.time_ns() - start) / 1e9
    if body is not None and health is None:
        health = (seconds, cpu_seconds())
    if body is not None and ('"site":"ready"' in body or '"site"' not in body):
        print(f"{label} /health\t{health[0]:.2f}\t{health[1]:.2f}\t")
        print(f"{label} site baked\t{seconds:.2f}\t{cpu_seconds():.2f}\t")
        break
    if not os.path.exists(f"/proc/{pid}"):
        sys.exit(1)
    time.sleep(0.02)
