#!/usr/bin/env python3
"""Where a CPU profile's samples go, from async-profiler's collapsed output (one "frame;frame;... count" per line).

    profile-areas.py PROFILE.collapsed

Prints the share of all samples under each area (a sample counts for the first area, in the order below, that one of
its frames names), then the 25 frames with the most samples of their own. The areas are the ones issue 22 asked about, and issue 18's history.
"""
import collections
import sys

AREAS = [
    ("JIT compiler threads", ("C2Compiler", "C1Compiler", "CompileBroker")),
    ("garbage collection", ("G1", "GCTaskThread", "SerialHeap", "VMThread")),
    ("decision log (console writer thread)", ("ConsoleLog.writeLoop", "ConsoleLog.drain")),
    ("history writer", ("JdbcHistoryStore",)),
    ("history: H2 / PostgreSQL driver, Agroal (other threads)", ("org/h2/", "org/postgresql/", "io/agroal")),
    ("history: the record (Recorder)", ("api/history/Recorder",)),
    ("reading and binding the request", ("AssessmentRequest", "jackson/databind/deser", "ServerJacksonMessageBodyReader")),
    ("Bean Validation", ("hibernate/validator",)),
    ("deciding (domain)", ("Advisor.decide", "Counterfactuals")),
    ("wording (domain)", ("Wording.",)),
    ("market advice", ("AssessmentMarket", "MarketAdvice", "OfferingListing")),
    ("mapping to the answer", ("AssessmentMapper",)),
    ("other assessment work", ("AssessmentService", "AssessmentResource")),
    ("writing the answer (Jackson)", ("ObjectWriter.writeValue", "EncodedFragments")),
    ("socket writes", ("writev", "VertxOutputStream.writeBlocking", "FileDispatcherImpl.write")),
    ("metrics", ("micrometer",)),
    ("HTTP: Netty/Vert.x/RESTEasy", ("io/netty", "io/vertx", "resteasy")),
]


def main(path):
    total = 0
    areas = collections.Counter()
    own = collections.Counter()
    for line in open(path):
        stack, count = line.rsplit(" ", 1)
        count = int(count)
        total += count
        frames = stack.split(";")
        own[frames[-1]] += count
        area = next((name for name, marks in AREAS if any(m in f for f in frames for m in marks)), "other")
        areas[area] += count
    print("samples: %d" % total)
    for name, _ in AREAS + [("other", ())]:
        print("%6.1f %%  %s" % (100.0 * areas[name] / total, name))
    print("frames with the most samples of their own:")
    for frame, count in own.most_common(25):
        print("%6.1f %%  %s" % (100.0 * count / total, frame[:140]))


if __name__ == "__main__":
    main(sys.argv[1])
