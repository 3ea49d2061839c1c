from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("dt") > F.to_date(lit("2023-12-31")))).withColumn("i", F.ifnull(lit(3), lit(10))).withColumn("i", F.when((col("k") >= lit(0).cast("bigint")), col("i")).when(col("b"), lit(5))).withColumn("n", expr("(n - m)"))
OUTPUT_MODE = "append"
