from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(col("dt").isNotNull(), lit(False)))).withColumn("c1", expr("coalesce(m, m, 0.001)")).withColumn("s", expr("conv(t, 36, 10)")).withColumn("c3", expr("md5(i)")).withColumn("c4", col("t")).withColumn("c5", F.when(col("b"), lit(-2).cast("bigint")).when(col("b"), col("id")).otherwise(lit(86400).cast("bigint"))).withColumn("c6", F.octet_length(F.rpad(col("s"), 3, "é"))).select("id", "c1", "c3", "c4", "c5", "c6").filter((F.when(F.endswith(col("s"), lit("é")), F.endswith(lit("o"), lit("o"))).when(col("ts").isNotNull(), col("t").rlike("^[A-Z]")) | col("d").isNotNull()))
OUTPUT_MODE = "append"
