from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", expr("least(m, m, m)"), F.floor((col("m") * lit(3)), 1).alias("c2"), expr("(m - CASE WHEN (i IS NOT NULL) THEN m WHEN (id <> 3L) THEN m WHEN true THEN 100BD ELSE (i - m) END)").alias("c3"), expr("(id - (pmod(i, nullif(i, 0)) + id)) AS c4"), expr("make_timestamp(year(dt), month(dt), dayofmonth(dt), 0, 0, 59.999999) AS c5"))
OUTPUT_MODE = "append"
