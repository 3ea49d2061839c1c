from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(7,0), b BOOLEAN, d DOUBLE, j INT, i INT, f FLOAT, dt DATE, ts TIMESTAMP, s STRING").json(INPUT)
result = df.select("id", expr("ltrim(CASE WHEN isnan(f) THEN translate(s, 'lo', '01') WHEN (b OR (d <= 3.75D)) THEN substring(s, 0, 10) ELSE concat_ws('-', s, '42') END) AS c1"), (F.when(col("ts").isNotNull(), lit(.001).cast("decimal(4,3)")).otherwise(col("m")) / F.nullif(F.round(F.bround(F.greatest(col("m"), col("m"), col("m")), 3), 1), lit(0))).alias("c2"), expr("CASE WHEN (id = 3L) THEN ts WHEN (i <> 2) THEN ts WHEN (ts < TIMESTAMP'1999-12-31 23:59:59.999') THEN ts ELSE ts END AS c3"))
OUTPUT_MODE = "append"
