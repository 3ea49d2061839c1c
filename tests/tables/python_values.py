# Python values PySpark hands to a script and takes back: decimal.Decimal (collect(),
# UDF arguments and results, lit, createDataFrame, arithmetic in the default context,
# quantize/round/format), datetime.timedelta for DAY TO SECOND intervals, and
# createDataFrame's schema inference (tuples, names, dicts, Rows, nested values, atomic
# schemas, PySpark's CANNOT_MERGE_TYPE / CANNOT_DETERMINE_TYPE). python_values.txt is
# what PySpark 4.3 printed for this script (see tests/tables/README.md).
import sys
from pyspark.sql import SparkSession, Row
from datetime import datetime, date, timedelta
from pyspark.sql import functions as F
from pyspark.sql.types import StructType, StructField, DecimalType, StringType
from decimal import Decimal, ROUND_HALF_UP
import decimal
spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "2").getOrCreate())
df = spark.sql("select cast(1 as decimal(5,2)) a, 1.5BD b, sum(x) s from values (cast(1.25 as decimal(4,2))), (2.5) t(x)")
r = df.collect()
print(r)
print(r[0].a, type(r[0].a).__name__, r[0]["s"] + 1, r[0].a * 2, str(r[0].b), repr(r[0].b), float(r[0].b), r[0].a == Decimal("1.00"), r[0].a == 1)
print(r[0].asDict())
d = Decimal("10.125")
print(d / 3, d // 3, d % 3, -d, abs(-d), d + 1, round(d, 2), round(d), int(d), d > 10, d < 10.2, sorted([Decimal("2"), Decimal("1.5"), 3]))
print(d.quantize(Decimal("0.01")), d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("1.500").normalize(), f"{d:.2f}", f"{Decimal('1234567.891'):,.2f}", "{:>10}".format(Decimal("1.5")))
print(Decimal(0.1), Decimal(3), Decimal("1e-7"), isinstance(d, Decimal), decimal.Decimal("2.50"), sum([Decimal("1.1"), Decimal("2.2")]))
schema = StructType([StructField("name", StringType()), StructField("price", DecimalType(10, 2))])
p = spark.createDataFrame([("a", Decimal("1.005")), ("b", Decimal("20"))], schema)
p.show()
print(p.collect(), p.select(F.sum("price")).collect())
print(spark.range(1).select(F.lit(Decimal("1.50")).alias("x")).schema.simpleString(), spark.range(1).select(F.lit(Decimal("1.50")) * 2).collect())
try:
    print(Decimal("1") + 1.5)
except TypeError as e:
    print("TypeError", e)
@F.udf(returnType=DecimalType(10, 2))
def tax(p):
    return p * Decimal("1.2") if p is not None else None
@F.udf("string")
def show_type(p):
    return type(p).__name__ + ":" + str(p)
df = spark.sql("select cast(x as decimal(6,3)) p from values (1.005), (2.5), (null) t(x)")
print(df.select(tax("p").alias("t"), show_type("p").alias("s")).collect())
def t(label, f):
    try:
        df = f()
        print(label, df.schema.simpleString(), df.collect())
    except Exception as e:
        print(label, "error", type(e).__name__, getattr(e, "getCondition", lambda: None)())
t("tuples", lambda: spark.createDataFrame([(1, "a", 2.5, True)]))
t("names", lambda: spark.createDataFrame([(1, None), (None, "x")], ["n", "s"]))
t("dicts", lambda: spark.createDataFrame([{"b": 1, "a": "x"}, {"a": "y", "b": 2}]))
t("rows", lambda: spark.createDataFrame([Row(name="x", age=3), Row(name="y", age=None)]))
t("types", lambda: spark.createDataFrame([(Decimal("1.5"), datetime(2024, 1, 2, 3, 4, 5), date(2024, 1, 2), [1, 2], {"k": 1.5}, Row(a=1, b="z"))], ["d", "ts", "dt", "arr", "m", "st"]))
t("allnone", lambda: spark.createDataFrame([(1, None)], ["a", "b"]))
t("mixed", lambda: spark.createDataFrame([(1,), (2.5,)], ["a"]))
t("intfloat", lambda: spark.createDataFrame([(1.5,), (2,)], ["a"]))
t("names short", lambda: spark.createDataFrame([(1, 2, 3)], ["a"]))
t("list rows", lambda: spark.createDataFrame([[1, "a"], [2, "b"]], ["n", "s"]))
t("single values", lambda: spark.createDataFrame([1, 2, 3], "int"))
t("td", lambda: spark.createDataFrame([(timedelta(seconds=5),)], ["x"]))
t("empty arr", lambda: spark.createDataFrame([([],)], ["x"]))
t("bigint", lambda: spark.createDataFrame([(2**40,)], ["x"]))
t("dict names", lambda: spark.createDataFrame([{"a": 1}], ["z"]))

# os.makedirs / os.mkdir make the folder a stream then reads (Spark wants it to exist).
import os
base = os.path.join(sys.argv[1], "made")
os.makedirs(os.path.join(base, "in"), exist_ok=True)
os.makedirs(os.path.join(base, "in"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "in"))
except FileExistsError as e:
    print("makedirs again:", type(e).__name__, isinstance(e, OSError))
try:
    os.mkdir(os.path.join(base, "in"))
except OSError as e:
    print("mkdir again:", type(e).__name__)
os.mkdir(os.path.join(base, "other"))
print("isdir", os.path.isdir(os.path.join(base, "other")))
mq = spark.readStream.schema("a LONG").json(os.path.join(base, "in")).writeStream.format("memory").queryName("made_in").start()
with open(os.path.join(base, "in", "a.json"), "w") as f:
    f.write('{"a": 5}\n')
mq.processAllAvailable()
print("read from the made folder", spark.sql("select * from made_in").collect())
mq.stop()
