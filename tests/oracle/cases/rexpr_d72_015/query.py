from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, d DOUBLE, i INT, ts TIMESTAMP, f FLOAT, dt DATE, s STRING, m DECIMAL(18,6)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, round(avg(((i * 10) % nullif(i, 0))), 2) AS a1, sum((m - m)) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
