from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, dt DATE, m DECIMAL(18,6), n DECIMAL(4,1), d DOUBLE, s STRING, f FLOAT, ts TIMESTAMP").json(INPUT)
result = df.select((col("n") / lit(3)), ((col("m") + col("n")) + lit(0.001)).alias("c2"), expr("(id - id)").alias("c3"), (F.when(col("b"), col("i")).when(col("b"), col("i")).otherwise(col("i")) + col("i")).alias("c4"), F.add_months(F.when(col("b"), col("dt")).when((col("n") > expr("-3.10")), col("dt")).when((col("dt") > F.to_date(lit("2000-01-01"))), col("dt")).otherwise(col("dt")), col("i")))
OUTPUT_MODE = "append"
