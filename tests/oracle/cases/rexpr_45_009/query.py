from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, t STRING, j INT, dt DATE, b BOOLEAN, m DECIMAL(38,10), i INT, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j, max(id) AS a1, round(avg((i + d)), 0) AS a2, sum(CASE WHEN (m < 1.25) THEN m ELSE 0 END) AS a3 FROM src GROUP BY j")
OUTPUT_MODE = "complete"
