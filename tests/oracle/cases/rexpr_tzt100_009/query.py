spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "dt", expr("signum(CASE WHEN ('é' RLIKE '[0-9]+') THEN (i * m) WHEN (t BETWEEN ' ' AND '42') THEN CASE WHEN (j IS NOT NULL) THEN n ELSE n END WHEN b THEN bround(m, -1) ELSE (- n) END)").alias("c1"), expr("CAST(12 AS BIGINT) AS c2"), col("dt").cast("int").alias("c3"))
OUTPUT_MODE = "append"
