from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("1.25").cast("double").try_cast("bigint")).withColumn("c2", F.when(F.when(col("b"), col("b")).otherwise(col("b")), col("j")).when((col("dt") < F.to_date(lit("2024-02-29"))), lit(-1)).when((col("s") <= lit("")), col("j")).otherwise(col("i"))).drop("j", "d", "m", "b", "dt", "ts").where("(dt IS NOT NULL)")
OUTPUT_MODE = "append"
