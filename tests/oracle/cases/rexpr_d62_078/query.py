from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter((col("b") | (col("s") <= lit("")))).createOrReplaceTempView("src")
result = spark.sql("SELECT array_contains(split(date_format(dt, 'MMM d, yyyy'), ','), 'Hello') AS k1, count_if((d IS NOT NULL)) AS a1, round(avg(pmod(m, nullif(m, 0))), 3) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
