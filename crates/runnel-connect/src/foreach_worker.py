# Runnel's worker for Spark Connect's `foreach` (runnel connect starts it with `python -c`).
# Spark's framing on the socket PYTHON_WORKER_FACTORY_SOCK_PATH names: in, the client's
# Python version, the pickled (func, None, ser, ser) the client sent, then per micro-batch
# its id (8 bytes) and its rows as Arrow IPC; out, 0 when done, or -2 and the traceback.
# Rows become pyspark Rows as the client's collect() makes them; the function runs on
# partition 0 with the batch id as TaskContext's "streaming.sql.batchId".
import os
import sys

from pyspark.serializers import CPickleSerializer, UTF8Deserializer, read_long, write_int, write_with_length
from pyspark.worker_util import check_python_version, get_sock_file_to_executor


def main(infile, outfile):
    import traceback

    try:
        check_python_version(infile)
        os.environ["SPARK_CONNECT_MODE_ENABLED"] = "1"
        length = int.from_bytes(infile.read(4), "big", signed=True)
        func = CPickleSerializer().loads(infile.read(length))[0]
        import pyarrow as pa
        from pyspark.sql.conversion import ArrowTableToRowsConversion
        from pyspark.sql.pandas.types import from_arrow_schema
        from pyspark.taskcontext import TaskContext

        write_int(0, outfile)
        outfile.flush()
    except BaseException:
        write_int(-2, outfile)
        write_with_length(traceback.format_exc().encode("utf-8"), outfile)
        outfile.flush()
        return
    while True:
        head = infile.read(8)
        if len(head) < 8:
            return
        batch_id = int.from_bytes(head, "big", signed=True)
        length = int.from_bytes(infile.read(4), "big", signed=True)
        data = infile.read(length)
        try:
            table = pa.ipc.open_stream(data).read_all()
            schema = from_arrow_schema(table.schema, prefer_timestamp_ntz=True)
            rows = ArrowTableToRowsConversion.convert(table, schema, binary_as_bytes=True)
            ctx = TaskContext._getOrCreate()
            ctx._localProperties = {"streaming.sql.batchId": str(batch_id)}
            ctx._partitionId = 0
            for _ in func(0, iter(rows)) or []:
                pass
            write_int(0, outfile)
        except BaseException:
            write_int(-2, outfile)
            write_with_length(traceback.format_exc().encode("utf-8"), outfile)
            outfile.flush()
            return
        outfile.flush()


# A server that ends first leaves a closed pipe to write to: the worker ends quietly.
try:
    with get_sock_file_to_executor(timeout=None) as sock_file:
        main(sock_file, sock_file)
except OSError:
    pass
