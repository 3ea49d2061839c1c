from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(s <> ' ')").createOrReplaceTempView("src")
result = spark.sql("SELECT abs(greatest(10, 3)) AS k1, min(abs(m)) AS a1, min(3L) AS a2, max(CAST(t AS BOOLEAN)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
