from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("d", expr("(CASE WHEN (m < 99.99) THEN id WHEN b THEN id ELSE id END / nullif(d, 0))")).withColumn("c2", (F.bround(col("n"), 1) / F.nullif(col("n"), lit(0)))).withColumn("c3", F.date_add(F.trunc(col("dt"), "YEAR"), col("i"))).withColumn("j", expr("(i % nullif(i, 0))")).select("id", "c2", "c3")
OUTPUT_MODE = "append"
