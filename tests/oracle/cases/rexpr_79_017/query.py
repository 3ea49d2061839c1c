from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, d DOUBLE, dt DATE, f FLOAT, s STRING, t STRING, ts TIMESTAMP, m DECIMAL(10,2), i INT, b BOOLEAN").load(INPUT)
result = df.groupBy("dt", F.format_number(col("i"), 3).alias("k2")).agg(expr("sum(CASE WHEN (i <= d) THEN i ELSE 0 END) AS a1"), expr("round(avg(ascii(concat(CAST(i AS STRING), CAST(dt AS STRING), t))), 3) AS a2"))
OUTPUT_MODE = "update"
