from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("j").agg(F.count((F.when((~F.coalesce(col("b"), lit(False))), col("id")).when(col("b"), col("id")) / F.nullif(F.hash(col("b")), lit(0)))).alias("a1"), F.count_if((col("b") > col("s").isNotNull())).alias("a2"), F.round(F.avg(F.when((col("s") >= lit("Hello")), (lit(86400).cast("bigint") / F.nullif(col("d"), lit(0)))).when(col("s").try_cast("boolean"), col("d")).when((col("id") < lit(-3.10).cast("decimal(3,2)")), lit(2.0)).otherwise(col("d"))), 3).alias("a3"), F.sum(F.when((col("j").isNotNull() | col("b")), F.instr(col("s"), "o")).otherwise(lit(0))).alias("a4")).orderBy("j")
OUTPUT_MODE = "complete"
ORDERED = True
