from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, n DECIMAL(5,3), k BIGINT, dt DATE, i INT, s STRING, d DOUBLE, m DECIMAL(38,10), ts TIMESTAMP").json(INPUT)
result = df.where("((s ILIKE 'a%') OR (k IS NOT NULL))").withColumn("c1", expr("CASE (id <> 1L) WHEN false THEN (n IS NOT NULL) WHEN true THEN (ts IS NOT NULL) ELSE (id = 86400L) END")).withColumn("c2", expr("isnan(CASE WHEN c1 THEN f WHEN (i >= 1) THEN d WHEN c1 THEN d END)")).withColumn("c3", expr("f")).select("id", "c1", "c2", "c3").filter("(coalesce((n IS NOT NULL), true) OR (s IS NULL))")
OUTPUT_MODE = "append"
