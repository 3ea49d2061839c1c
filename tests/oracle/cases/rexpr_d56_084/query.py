from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when(col("b"), col("n")).when(col("i").isNotNull(), col("n")).otherwise((col("m") * col("m")))).withColumn("c2", expr("coalesce((n <> CASE WHEN b THEN k ELSE k END), (d IS NULL), true)")).withColumn("c3", F.trim(lit("42"))).withColumn("c4", F.date_trunc("yyyy", col("i").cast("timestamp"))).select("id", "c1", "c2", "c3", "c4").filter((col("c1") < lit(.5).cast("decimal(2,1)")))
OUTPUT_MODE = "append"
