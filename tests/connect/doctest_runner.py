"""Runs PySpark's own doctests of a Spark Connect module against a server, as the
module's `_test()` does (`doctest.testmod` with ELLIPSIS | NORMALIZE_WHITESPACE,
`spark` a session on SPARK_CONNECT_TESTING_REMOTE, the working directory
SPARK_HOME), and prints one JSON object: how many examples were tried and which
failed (docstring name, line of the example in the module, its source, and what
went wrong).

    SPARK_HOME=DIR SPARK_CONNECT_TESTING_REMOTE=sc://127.0.0.1:PORT \
        python doctest_runner.py pyspark.sql.connect.streaming.query
"""

import doctest
import importlib
import io
import json
import os
import sys


class Recorder(doctest.DocTestRunner):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.failed = []

    def _record(self, test, example, what):
        line = (test.lineno or 0) + example.lineno + 1
        self.failed.append(
            {"test": test.name, "line": line, "source": example.source.strip(), "what": what.strip()[-600:]}
        )

    def report_failure(self, out, test, example, got):
        self._record(test, example, f"expected:\n{example.want}got:\n{got}")

    def report_unexpected_exception(self, out, test, example, exc_info):
        self._record(test, example, "".join(doctest._exception_traceback(exc_info).splitlines(True)[-3:]))


def main(name: str) -> None:
    from pyspark.sql import SparkSession

    module = importlib.import_module(name)
    os.chdir(os.environ["SPARK_HOME"])
    globs = module.__dict__.copy()
    globs["spark"] = SparkSession.builder.remote(os.environ["SPARK_CONNECT_TESTING_REMOTE"]).getOrCreate()
    runner = Recorder(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    for test in doctest.DocTestFinder().find(module, name, globs=globs):
        runner.run(test, out=io.StringIO().write)
    result = runner.summarize(verbose=False)
    globs["spark"].stop()
    print(json.dumps({"module": name, "attempted": result.attempted, "failed": runner.failed}))


if __name__ == "__main__":
    main(sys.argv[1])
