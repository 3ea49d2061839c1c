# str(e) of a caught Spark error: "[CONDITION] message SQLSTATE: nnnnn" (PySpark 4.3 adds
# the query plan after it, which the runner does not give: the lines print what both
# agree on), with getCondition(), getSqlState() and getMessageParameters().
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.errors import PySparkException

spark = SparkSession.builder.getOrCreate()
df = spark.createDataFrame([(1, "a"), (2, "b")], ["id", "name"])
cases = [
    ("unresolved", lambda: df.select(F.col("nam")).collect()),
    ("table", lambda: spark.table("no_such_table").collect()),
    ("divzero", lambda: spark.sql("SELECT 1/0").collect()),
    ("cast", lambda: spark.sql("SELECT CAST('x' AS INT)").collect()),
    ("groupby", lambda: df.groupBy("id").agg(F.col("name")).collect()),
    ("routine", lambda: spark.sql("SELECT nofn(1)").collect()),
]
for label, f in cases:
    try:
        f()
        print(label, "no error")
    except PySparkException as e:
        s = str(e)
        cond, state = e.getCondition(), e.getSqlState()
        print(label, type(e).__name__, cond, state)
        print("  starts with [cond]:", s.startswith(f"[{cond}] "), "has SQLSTATE:", f" SQLSTATE: {state}" in s)
        print("  text before SQLSTATE ends with:", repr(s.split(" SQLSTATE: ")[0][-12:]) if label in ("divzero", "cast") else "-")
        print("  params:", sorted(e.getMessageParameters().items()))
try:
    int("x")
except ValueError as e:
    print("ValueError:", str(e), "SQLSTATE" in str(e))
