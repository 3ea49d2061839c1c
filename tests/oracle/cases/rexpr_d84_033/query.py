from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((col("dt").isNotNull() | col("k").isNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT nvl2(t, nullif(i, 0), i) AS k1, bool_or(b) AS a1, sum((id + (id + id))) AS a2, (max((-2L / -4)) - min((-2L / -4))) AS a3 FROM src GROUP BY nvl2(t, nullif(i, 0), i)")
OUTPUT_MODE = "complete"
