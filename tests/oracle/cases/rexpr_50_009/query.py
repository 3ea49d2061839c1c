from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, round(avg(nullif((least(i, i) * d), 3.75D)), 2) AS a1, max(lpad(concat_ws('-', CAST(m AS STRING), t, s), 6, ' ')) AS a2 FROM src GROUP BY i")
OUTPUT_MODE = "update"
