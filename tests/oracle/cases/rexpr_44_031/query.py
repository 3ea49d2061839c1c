from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, f FLOAT, m DECIMAL(7,0), k BIGINT, ts TIMESTAMP, d DOUBLE, n DECIMAL(4,1), b BOOLEAN, dt DATE, s STRING, j INT").json(INPUT)
result = df.withColumn("c1", expr("(i + i)")).withColumn("c2", (col("i").cast("decimal(20,0)").cast("string") != F.substr(F.concat_ws(", ", col("s"), col("s")), lit(5), lit(3))).cast("string")).withColumn("c3", expr("floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)")).withColumn("c4", F.when(col("b"), F.when(col("b"), col("ts")).when((col("k") != lit(3).cast("bigint")), col("ts")).otherwise(col("ts"))).otherwise(F.try_to_timestamp(col("s")))).withColumn("c5", expr("(0.5D * id)")).drop("i", "f", "m", "k", "n", "b", "dt", "s", "j")
OUTPUT_MODE = "append"
