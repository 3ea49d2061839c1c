from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("coalesce((d > 100.0D), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT hash(CASE WHEN (id = -2L) THEN i ELSE 5 END) AS k1, round(avg((n + n)), 0) AS a1, avg(CASE WHEN (n <> 0.5) THEN i WHEN (d IS NOT NULL) THEN i WHEN (m IS NOT NULL) THEN i ELSE i END) AS a2, max(next_day(dt, 'Funday')) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
