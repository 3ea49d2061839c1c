from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.where(col("t").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT ((i + i) / nullif(d, 0)) AS k1, (max(round(100BD, 3)) - min(round(100BD, 3))) AS a1, max(ts) AS a2, round(avg((i - i)), 0) AS a3 FROM src GROUP BY ((i + i) / nullif(d, 0))")
OUTPUT_MODE = "update"
