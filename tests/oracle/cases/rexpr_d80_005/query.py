from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, sum(nullif(CAST(i AS BIGINT), 86400L)) AS a1, sum(CAST((i % nullif(i, 0)) AS BIGINT)) AS a2, round(avg((- m)), 2) AS a3, round(avg(i), 0) AS a4 FROM src GROUP BY i")
OUTPUT_MODE = "update"
