from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, s STRING, ts TIMESTAMP, dt DATE, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), j INT, t STRING").load(INPUT)
result = df.where("(NOT coalesce((n BETWEEN 0.001 AND 12.345), false))").withColumn("c1", expr("floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)")).withColumn("c2", F.bround(F.ceil(F.when((col("n") <= lit(.5).cast("decimal(2,1)")), col("m")).otherwise(col("n"))), 0)).withColumn("c3", expr("date_trunc('yyyy', CAST(TRY_CAST('' AS DATE) AS TIMESTAMP))")).withColumn("c4", (col("i") + col("id"))).withColumn("c5", (col("m") * col("m") * col("m") * col("m") * col("m"))).drop("k", "dt", "d")
OUTPUT_MODE = "append"
