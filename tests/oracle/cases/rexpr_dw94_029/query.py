from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("((ifnull(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-02-29 00:00:00') IS NULL) OR (id < 1000L))").createOrReplaceTempView("src")
result = spark.sql("SELECT concat(space(3), s) AS k1, round(avg(d), 0) AS a1, max(nullif(i, -1)) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
