# Python data sources (pyspark.sql.datasource): a batch reader (DDL and StructType
# schemas, partitions of a subclass of InputPartition, the default single partition,
# options, rows as tuples, lists and Rows, a schema given to the reader), streaming
# readers into a memory sink (admission control with getDefaultReadLimit and
# latestOffset(start, limit) under the default trigger and under Trigger.AvailableNow, a
# SimpleDataSourceStreamReader), hashlib in a reader, and PySpark's errors.
# python_data_sources.txt is what PySpark 4.3 printed for this script (see
# tests/tables/README.md).
import hashlib
import re
import sys
from pyspark.sql import SparkSession, Row
from pyspark.sql.datasource import (
    DataSource,
    DataSourceReader,
    DataSourceStreamReader,
    SimpleDataSourceStreamReader,
    InputPartition,
)
from pyspark.sql.streaming.datasource import ReadAllAvailable, ReadLimit, ReadMaxRows, SupportsTriggerAvailableNow
from pyspark.sql.types import StructType, StructField, IntegerType, StringType, LongType

spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "2").getOrCreate())
scratch = sys.argv[1]


def err(label, f):
    # The conditions the error's text names (Spark's DATA_SOURCE_NOT_FOUND reaches
    # PySpark as a Py4JJavaError; the worker's errors as text inside a PythonException).
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, "error", re.findall(r"\[([A-Z_.]+)\]", str(e)) or type(e).__name__)


class RangePartition(InputPartition):
    def __init__(self, start, end):
        self.start = start
        self.end = end


class NumbersReader(DataSourceReader):
    def __init__(self, n):
        self.n = n

    def partitions(self):
        half = self.n // 2
        return [RangePartition(0, half), RangePartition(half, self.n)]

    def read(self, partition):
        assert isinstance(partition, RangePartition)
        for i in range(partition.start, partition.end):
            yield (i, hashlib.md5(str(i).encode()).hexdigest()[:8], i * i)


class Numbers(DataSource):
    @classmethod
    def name(cls):
        return "numbers"

    def schema(self):
        return "id INT, tag STRING, square LONG"

    def reader(self, schema):
        return NumbersReader(int(self.options.get("count", "4")))


class PeopleReader(DataSourceReader):
    def read(self, partition):
        yield Row(age=3, name="ann")
        yield ["bob", None]
        yield ("cy", 41)


class People(DataSource):
    def schema(self):
        return StructType([StructField("name", StringType()), StructField("age", IntegerType())])

    def reader(self, schema):
        return PeopleReader()


spark.dataSource.register(Numbers)
spark.dataSource.register(People)
df = spark.read.format("numbers").option("count", "6").load()
print(df.schema.simpleString())
df.show()
print(df.count(), df.where("id > 3").collect())
spark.read.format("People").load().orderBy("name").show()
print(spark.read.format("numbers").schema("a INT, b STRING, c LONG").load().collect()[:2])
print(hashlib.sha256("runnel".encode()).hexdigest(), hashlib.sha1("a".encode()).hexdigest())
print(hashlib.sha512("".encode()).hexdigest()[:32], len(hashlib.md5("x".encode()).digest()))


class Block(InputPartition):
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi


class ChainReader(DataSourceStreamReader):
    def __init__(self, height):
        self.height = height

    def initialOffset(self):
        return {"block": 0}

    def getDefaultReadLimit(self):
        return ReadMaxRows(5)

    def latestOffset(self, start, limit):
        s = start["block"]
        if isinstance(limit, ReadMaxRows):
            return {"block": min(s + limit.max_rows, self.height)}
        return {"block": self.height}

    def partitions(self, start, end):
        if start["block"] >= end["block"]:
            return []
        return [Block(start["block"], end["block"])]

    def read(self, partition):
        for b in range(partition.lo, partition.hi):
            yield (b, hashlib.sha256(str(b).encode()).hexdigest()[:12])

    def commit(self, end):
        self.committed = end


class Chain(DataSource):
    @classmethod
    def name(cls):
        return "chain"

    def schema(self):
        return "block INT, hash STRING"

    def streamReader(self, schema):
        return ChainReader(int(self.options.get("height", "12")))


spark.dataSource.register(Chain)
s = spark.readStream.format("chain").load()
print(s.isStreaming, s.schema.simpleString())
q = s.writeStream.format("memory").queryName("chain_default").start()
q.processAllAvailable()
print([p["numInputRows"] for p in q.recentProgress if p["numInputRows"] > 0])
q.stop()
spark.sql("select * from chain_default order by block").show(20)
q = (s.writeStream.format("memory").queryName("chain_now").trigger(availableNow=True)
     .option("checkpointLocation", scratch + "/chain_now").start())
q.awaitTermination()
print([p["numInputRows"] for p in q.recentProgress if p["numInputRows"] > 0])
print(spark.sql("select count(*), min(block), max(block) from chain_now").collect())


# A reader that supports Trigger.AvailableNow keeps its read limit: batches of at most 5
# blocks up to the target it fixed when the query started.
class TargetReader(ChainReader, SupportsTriggerAvailableNow):
    def prepareForTriggerAvailableNow(self):
        self.height = 9


class ChainTarget(Chain):
    @classmethod
    def name(cls):
        return "chain_target"

    def streamReader(self, schema):
        return TargetReader(12)


spark.dataSource.register(ChainTarget)
q = (spark.readStream.format("chain_target").load().writeStream.format("memory").queryName("target_now")
     .trigger(availableNow=True).option("checkpointLocation", scratch + "/target_now").start())
q.awaitTermination()
print([p["numInputRows"] for p in q.recentProgress if p["numInputRows"] > 0])
# A query with a checkpoint restarts from the offset it committed: the chain grows from 7
# to 12 blocks between two runs, and the second run reads blocks 7 to 11 only.
for height in ["7", "12"]:
    q = (spark.readStream.format("chain").option("height", height).load().writeStream.format("json")
         .option("path", scratch + "/chain_out").option("checkpointLocation", scratch + "/chain_ck").start())
    q.processAllAvailable()
    print(height, [(p["sources"][0]["startOffset"], p["sources"][0]["endOffset"], p["numInputRows"])
                   for p in q.recentProgress if p["numInputRows"] > 0])
    q.stop()
print(spark.read.json(scratch + "/chain_out").orderBy("block").collect()[5:9])


class CounterReader(SimpleDataSourceStreamReader):
    def initialOffset(self):
        return {"n": 0}

    def read(self, start):
        n = start["n"]
        if n >= 6:
            return (iter([]), start)
        return (iter([(n, "x" * (n + 1)), (n + 1, "y")]), {"n": n + 2})

    def readBetweenOffsets(self, start, end):
        return iter([(i, "again") for i in range(start["n"], end["n"])])


class Counter(DataSource):
    def schema(self):
        return "n INT, s STRING"

    def simpleStreamReader(self, schema):
        return CounterReader()


spark.dataSource.register(Counter)
q = spark.readStream.format("Counter").load().writeStream.format("memory").queryName("counter").start()
q.processAllAvailable()
q.stop()
spark.sql("select * from counter order by n").show()


class NoRead(DataSourceReader):
    pass


class Broken(DataSource):
    def schema(self):
        return "x INT"

    def reader(self, schema):
        return NoRead()


class WrongWidth(DataSource):
    def schema(self):
        return "x INT, y INT"

    def reader(self, schema):
        return PeopleReader()


spark.dataSource.register(Broken)
spark.dataSource.register(WrongWidth)
err("not registered", lambda: spark.read.format("nowhere").load().collect())
err("no read", lambda: spark.read.format("Broken").load().collect())
err("wrong width", lambda: spark.read.format("WrongWidth").load().collect())
err("not a DataSource", lambda: spark.dataSource.register(NoRead))


class NoOffsets(DataSourceStreamReader):
    def read(self, partition):
        yield (1,)


class Partial(DataSource):
    def schema(self):
        return "x INT"

    def streamReader(self, schema):
        return NoOffsets()


spark.dataSource.register(Partial)
err("batch read of a stream-only source", lambda: spark.read.format("Partial").load().collect())
