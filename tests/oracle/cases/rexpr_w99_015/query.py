from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce((col("f") == (col("i") + col("i"))), lit(False)))).withColumn("c1", expr("next_day(nullif(CASE WHEN (f > -1.5D) THEN dt WHEN (i < 0) THEN to_date('2023-12-31') WHEN (s >= '42') THEN dt END, to_date('2023-12-31')), 'fri')")).withColumn("c2", expr("nullif(weekofyear(dt), 10)")).withColumn("c3", (col("id") % F.nullif(col("j"), lit(0)))).withColumn("c4", expr("greatest(n, 0.5)")).select("id", "c1", "c2", "c3", "c4").where("(((c4 <> 0.001) OR (c2 > 5)) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
