from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce(b, true)").withColumn("b", expr("(0.5D <= 2)")).withColumn("c2", lit(1).cast("bigint")).withColumn("c3", expr("second(ts)")).withColumn("c4", F.date_add(F.when(col("id").isNotNull(), col("dt")).otherwise(col("dt")), col("i"))).select("id", "c2", "c3", "c4").where("((b AND b) OR (ts IS NOT NULL))")
OUTPUT_MODE = "append"
