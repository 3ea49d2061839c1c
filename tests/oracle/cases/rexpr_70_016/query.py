from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("t").endswith("o"), F.bround(lit(None).cast("double"), 0)).when(col("b"), col("f")).when((col("i") <= col("m")), F.round(lit(0.1))).otherwise(col("f"))).withColumn("c2", expr("size(split(CASE WHEN isnan(-1.5D) THEN replace(s, 'l', 'LL') WHEN (i IS NOT NULL) THEN t WHEN (b AND b) THEN 'é' ELSE t END, '  *'))")).withColumn("m", F.when(col("b"), lit("2024-02-29")).when((col("f") == lit(-1.5)), col("t")).try_cast("decimal(5,1)")).withColumn("dt", expr("date_sub(next_day(dt, 'wednesday'), 10)")).drop("i", "d", "f", "b").filter((col("d") <= lit(3.75)))
OUTPUT_MODE = "append"
