from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("t").agg(expr("avg(month(ts)) AS a1"), F.min(col("dt")).alias("a2"), F.sort_array(F.collect_set(F.nvl2(F.next_day(lit(None).cast("date"), "fri"), F.lpad(lit("日本"), 6, "*"), lit(" ")))).alias("a3"), expr("sum((i + i)) AS a4")).orderBy("t")
OUTPUT_MODE = "complete"
ORDERED = True
