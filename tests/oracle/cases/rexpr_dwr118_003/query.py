from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT hash(TIMESTAMP'2024-02-29 00:00:00') AS k1, round(stddev_samp(i), 6) AS a1, count(DISTINCT i) > -1 AS a2 FROM src GROUP BY hash(TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "update"
