from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(col("b"), lit(True))).withColumn("c1", F.least(F.nvl(lit(0).cast("bigint"), lit(0).cast("bigint")), col("id"), col("id"))).withColumn("c2", F.when(F.isnan(col("d")).isNull(), col("n").try_cast("bigint")).when(col("c1").cast("boolean"), (col("id") + col("id"))).otherwise(col("c1"))).withColumn("c3", expr("(ts - INTERVAL 1 DAY)")).select("id", "c1", "c2", "c3").where(((F.crc32(col("t")) <= F.log(col("d"))) | (col("s") >= lit("é"))))
OUTPUT_MODE = "append"
