from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(4,1), b BOOLEAN, d DOUBLE, k BIGINT, s STRING, j INT, dt DATE, i INT, ts TIMESTAMP, m DECIMAL(12,4)").json(INPUT)
df.where((F.when(col("b"), lit(3).cast("bigint")).otherwise(col("k")).isNull() | col("ts").isNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT i, (5 - i) AS k2, avg((n - i)) AS a1, count_if((s IS NULL)) AS a2, sum(CASE WHEN (id = 3L) THEN 0L WHEN b THEN id WHEN b THEN id ELSE id END) AS a3, max(md5(i)) AS a4 FROM src GROUP BY i, (5 - i)")
OUTPUT_MODE = "update"
