from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(d / nullif(i, 0))")).withColumn("c2", F.concat(F.when(col("b"), col("s")).when(col("b"), col("s")).otherwise(col("s")), col("s"))).withColumn("c3", expr("format_string('%s-%d', s, i)")).withColumn("c4", expr("(CASE WHEN b THEN id WHEN (m IS NOT NULL) THEN id WHEN (id IS NOT NULL) THEN id ELSE id END / nullif(100.0D, 0))")).withColumn("c5", F.lpad(F.date_format(F.add_months(F.date_add(col("dt"), col("i")), F.length(col("s"))), "yyyy-MM-dd HH:mm:ss.SSS"), 6, " ")).drop("j", "d", "m", "n", "s", "b", "dt", "ts").where(col("d").isNotNull())
OUTPUT_MODE = "append"
