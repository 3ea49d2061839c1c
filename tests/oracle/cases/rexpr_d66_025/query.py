from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce((col("i") + col("id")).isNotNull(), lit(True))).withColumn("c1", expr("if(regexp_like(t, '[aeiou]{2}'), (datediff(to_date('2024-02-29'), dt) / nullif(i, 0)), 3.75D)")).withColumn("d", expr("least(((id - id) + least(c1, d, d)), c1)")).select("id", "c1")
OUTPUT_MODE = "append"
