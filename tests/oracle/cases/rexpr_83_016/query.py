from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(12,4), s STRING, k BIGINT, ts TIMESTAMP, n DECIMAL(9,5), dt DATE, f FLOAT, j INT, d DOUBLE, i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt AS k1, count_if((j <> k)) AS a1, max(CAST(hour(TIMESTAMP'2024-02-29 00:00:00') AS STRING)) AS a2, max(CAST(j AS STRING)) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
