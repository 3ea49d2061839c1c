from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("b") | col("d").isNotNull().isNull())).withColumn("c1", expr("(m + 99.99)")).withColumn("c2", F.unix_timestamp(F.least(col("dt"), col("dt"), F.trunc(col("dt"), "mon")))).withColumn("dt", expr("CASE WHEN (id >= (i + i)) THEN dt ELSE trunc(date_add(dt, i), 'mon') END")).withColumn("c4", expr("(lpad(s, 8, 'ab') IN ('x-y'))")).withColumn("c5", expr("CASE WHEN (i IS NOT NULL) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END")).select("id", "c1", "c2", "c4", "c5")
OUTPUT_MODE = "append"
