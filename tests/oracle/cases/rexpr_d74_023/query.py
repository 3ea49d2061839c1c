from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("f").isNotNull(), col("ts")).otherwise(col("ts"))).withColumn("c2", F.when(col("b"), col("m")).otherwise(col("m"))).withColumn("c3", expr("(id % nullif(i, 0))")).withColumn("c4", expr("pmod(least(i, instr(s, 'o')), nullif(extract(YEAR FROM CASE WHEN (m = 1.25) THEN DATE'2000-01-01' WHEN b THEN dt ELSE dt END), 0))")).withColumn("c5", expr("dateadd(dt, i)")).drop("i", "j", "f", "m", "b", "dt")
OUTPUT_MODE = "append"
