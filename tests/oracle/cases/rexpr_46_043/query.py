from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.isnan(col("d")) | (col("dt") < F.to_date(lit("2025-03-01"))))).withColumn("c1", F.exp(F.bround(col("m").cast("double"), 0)).try_cast("int")).withColumn("c2", expr("nvl2((id IS NOT NULL), (m <= 0.001), true)")).withColumn("c3", expr("CASE WHEN b THEN trim(s) WHEN (b OR (id >= -2L)) THEN s ELSE s END")).withColumn("c4", expr("(0 * id)")).withColumn("c5", F.locate("l", col("s"), 1)).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
