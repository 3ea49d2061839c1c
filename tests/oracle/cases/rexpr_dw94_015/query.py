from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.find_in_set(lit(""), lit("o")).between(lit(-1), lit(10)), expr("CASE WHEN b THEN m ELSE m END").alias("c2"), expr("coalesce(j, 10)").alias("c3"), F.nvl2(F.when(col("b"), col("i")).when(col("b"), col("i")).when((col("id") > lit(1000).cast("bigint")), col("i")).otherwise(col("i")), F.concat_ws("-", col("j").cast("string"), col("s")), lit("42")).alias("c4")).where(F.coalesce(F.ifnull(col("c4").isNotNull(), lit(True)), lit(True)))
OUTPUT_MODE = "append"
