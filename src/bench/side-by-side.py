#!/usr/bin/env python3
"""CPU per request of POST /assessments for two or more builds side by side (issue 22: before and after a change).

   src/bench/side-by-side.py lean|full APP_DIR_A APP_DIR_B ...   (each a target/quarkus-app copy)

   All JVMs start at once (history off, no authentication, -Xmx128m, as cpu.sh), each is warmed at saturation in
   turn, then wrk (one thread, CONN connections) takes alternating turns; per turn: CPU seconds the JVM used divided by
   the requests it answered. Prints every turn and the medians. Env: WARMUP (40 s), SECONDS (10), ROUNDS (3), CONN (32).
   A dir's config/application.properties overrides config as usual."""
import os, sys, subprocess, socket, time, json, urllib.request, statistics, tempfile
HZ = os.sysconf("SC_CLK_TCK")
if len(sys.argv) < 4 or sys.argv[1] not in ("lean", "full"):
    sys.exit("usage: side-by-side.py lean|full APP_DIR_A APP_DIR_B ...")
mode = sys.argv[1]; dirs = sys.argv[2:]
WARM = int(os.environ.get("WARMUP", 40)); SEC = int(os.environ.get("SECONDS", 10)); ROUNDS = int(os.environ.get("ROUNDS", 3))
CONN = int(os.environ.get("CONN", 32))
body = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "profile.json")).read()
def port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p
def cpu(pid):
    f = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split(); return (int(f[11]) + int(f[12])) / HZ
lua = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
lua.write('wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' % json.dumps(body))
if mode == "lean": lua.write('wrk.headers["Prefer"] = "return=minimal"\n')
lua.close()
env = dict(os.environ, ADVISOR_HISTORY="off", ADVISOR_AUTH="none")
procs = []
for d in dirs:
    p = port()
    pr = subprocess.Popen(["java", "-Xmx128m", "-Dquarkus.http.port=%d" % p, "-jar", "quarkus-run.jar"], cwd=d, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs.append((d, p, pr))
for d, p, pr in procs:
    for _ in range(600):
        try: urllib.request.urlopen("http://127.0.0.1:%d/q/health/live" % p, timeout=1); break
        except Exception: time.sleep(0.2)
def wrk(p, secs):
    out = subprocess.run(["wrk", "-t1", "-c%d" % CONN, "-d%ds" % secs, "-s", lua.name, "--latency", "http://127.0.0.1:%d/assessments" % p],
                         capture_output=True, text=True).stdout
    reqs = int([l for l in out.splitlines() if "requests in" in l][0].split()[0])
    non2 = [l for l in out.splitlines() if "Non-2xx" in l]
    return reqs, non2
try:
    for d, p, pr in procs:
        wrk(p, WARM)
    res = {d: [] for d in dirs}
    for r in range(ROUNDS):
        for d, p, pr in procs:
            c0 = cpu(pr.pid); n, non2 = wrk(p, SEC); c1 = cpu(pr.pid)
            us = (c1 - c0) / n * 1e6
            res[d].append(us)
            print("round %d %s: %.1f us/req  %d req/s %s" % (r + 1, d, us, n // SEC, non2), flush=True)
    for d in dirs:
        print("MEDIAN %s: %.1f us/req  %s" % (d, statistics.median(res[d]), ["%.1f" % x for x in res[d]]))
finally:
    for d, p, pr in procs: pr.terminate()
