from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(9,5), s STRING, dt DATE, t STRING, m DECIMAL(7,0), i INT, j INT, ts TIMESTAMP, d DOUBLE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT greatest(dt, dt, dt) AS k1, min((i % 3)) AS a1, avg(i) AS a2, min(round(d, -1)) AS a3, bool_or((s RLIKE '^\\\\s')) AS a4 FROM src GROUP BY greatest(dt, dt, dt)")
OUTPUT_MODE = "complete"
