from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, make_date(2023, 12, 28) AS k2, datediff(max(dt), min(dt)) AS a1, bool_and(CAST(id AS BOOLEAN)) AS a2, min(s) AS a3, count_if((m >= 100BD)) AS a4 FROM src GROUP BY t, k2")
OUTPUT_MODE = "update"
