spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("(NOT coalesce((try_multiply(j, i) BETWEEN 10 AND 0), false))").createOrReplaceTempView("src")
result = spark.sql("SELECT s, round(avg(abs(round((0.001 - n), 3))), 2) AS a1, max((j + 1)) AS a4, min(TIMESTAMP'2024-02-29 00:00:00') AS a2, min(s) AS a3 FROM src GROUP BY s")
OUTPUT_MODE = "update"
