from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, s STRING, m DECIMAL(10,2), t STRING, j INT, n DECIMAL(5,3), ts TIMESTAMP, b BOOLEAN, dt DATE, d DOUBLE").json(INPUT)
result = df.filter("(d >= 0.5D)").withColumn("c1", expr("soundex(t)")).withColumn("c2", expr("greatest(d, (CASE WHEN (d IS NOT NULL) THEN pow(100, 3) END / nullif(d, 0)))")).withColumn("c3", expr("(id DIV nullif(i, 0))")).withColumn("c4", expr("CASE WHEN (n IS NOT NULL) THEN DATE'2023-12-31' WHEN (i >= 1) THEN dt WHEN b THEN DATE'2025-03-01' ELSE dt END")).drop("s", "t", "j", "n", "ts", "b").filter((~F.coalesce(F.when((col("dt") > F.to_date(lit("2024-02-29"))), col("m").isNotNull()).otherwise(lit(None).cast("boolean")), lit(False))))
OUTPUT_MODE = "append"
