from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((col("i") + F.when(lit(False), expr("100BD")).when((col("id") != lit(86400).cast("bigint")), col("n")).when(lit(True), col("n"))).alias("c1"), ((col("n") / F.nullif(col("j"), lit(0))) < (col("m") * col("m"))).alias("c2"), expr("CAST(CAST(ts AS BIGINT) AS BOOLEAN) AS c3"))
OUTPUT_MODE = "append"
