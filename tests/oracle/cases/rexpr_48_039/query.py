from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(id <=> m) AS c1"), expr("add_months(dateadd(CASE WHEN (dt < to_date('2000-01-01')) THEN to_date('2000-01-01') WHEN (m BETWEEN 1.25 AND -3.10) THEN DATE'2024-02-29' WHEN true THEN dt ELSE CASE WHEN (m IS NOT NULL) THEN dt ELSE dt END END, 0), CASE WHEN (s IS NOT NULL) THEN i END)").alias("c2"), F.add_months(F.greatest(F.date_add(col("dt"), col("i")), col("dt")), col("i")).alias("c3"), F.locate("o", F.regexp_replace(col("s"), "^.", ""), 5).cast("decimal(12,2)").alias("c4")).filter(F.coalesce(F.coalesce(col("c1"), col("c1"), lit(True)), lit(True)))
OUTPUT_MODE = "append"
