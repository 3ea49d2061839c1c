from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((F.isnan(col("d")) | (col("d") >= lit(float("nan"))))).createOrReplaceTempView("src")
result = spark.sql("SELECT (i <> 0) AS k1, sum(CASE WHEN CAST(id AS BOOLEAN) THEN greatest(i, nullif(i, 0), i) ELSE 0 END) AS a1, sum(CASE WHEN isnan(d) THEN quarter(dt) ELSE 0 END) AS a2, max(nullif(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END, DATE'2025-03-01')) AS a3 FROM src GROUP BY (i <> 0)")
OUTPUT_MODE = "update"
