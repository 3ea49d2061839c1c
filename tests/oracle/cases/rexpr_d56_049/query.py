from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN (s RLIKE 'o$') THEN (coalesce(i, 3) * m) WHEN b THEN CASE WHEN b THEN m ELSE m END WHEN ('2024-02-29' ILIKE 'H%') THEN m ELSE (m * datediff(dt, dt)) END AS c1"), expr("(trim(substring(t, 2, 0)) <> CASE WHEN regexp_like(s, 'o$') THEN CASE WHEN b THEN s WHEN b THEN t WHEN false THEN t ELSE s END WHEN b THEN rtrim(t) WHEN (id IS NOT NULL) THEN s ELSE s END)").alias("c2"), col("t").ilike("% %").alias("c3"), expr("dateadd(try_to_date(s), instr(s, 'o'))").alias("c4"), F.when(col("s").isNotNull(), col("id").cast("string")).when(col("t").isNotNull(), col("s")).when(col("b"), col("t")).otherwise(F.left(col("t"), lit(1)))).where((col("j").isNotNull() | col("j").isNull()))
OUTPUT_MODE = "append"
