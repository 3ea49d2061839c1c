from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("lpad(t, 6, 'é') AS k1"), "s").agg(F.max(col("i")).alias("a1"), expr("bool_or((n IS NULL)) AS a2"), expr("max((id - i)) AS a3")).filter("a1 IS NOT NULL").orderBy("k1", "s")
OUTPUT_MODE = "complete"
ORDERED = True
